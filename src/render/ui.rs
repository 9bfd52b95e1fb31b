//! The site's language in the templates: the Tera function `t` and the filters `ldate`,
//! `sdate` and `num`, all reading the catalogue of `waymark.yaml`'s `language`
//! ([`crate::i18n::Catalogue`]).
//!
//! - `{{ t(key="nav-journeys") }}`: the message, in the site's language, else English,
//!   else the key itself (a theme's typo shows, it does not fail the build).
//! - Every other keyword argument is a Fluent argument: `{{ t(key="x", n=3) }}` (numbers stay
//!   numbers, so plural selects work), `{{ t(key="y", date=d | ldate) }}`.
//! - `d | ldate`: an ISO date (`2026-12-03`) in the locale's long form; `d | sdate`: its short
//!   form; `n | num`: an integer with the locale's digit grouping. A value that is not a date
//!   or an integer is shown as it is.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, Value};

use crate::i18n::Catalogue;

/// Registers `t`, `ldate`, `sdate`, `signed` and `num` on `tera` for the catalogue `ui`.
pub(super) fn register(tera: &mut Tera, ui: Arc<Catalogue>) {
    let c = ui.clone();
    tera.register_function("t", move |kwargs: Kwargs, _: &State| message(&c, &kwargs));
    let c = ui.clone();
    tera.register_filter("ldate", move |v: &Value, _: Kwargs, _: &State| {
        date(v, |d| c.date_long(d))
    });
    let c = ui.clone();
    tera.register_filter("sdate", move |v: &Value, _: Kwargs, _: &State| {
        date(v, |d| c.date_short(d))
    });
    tera.register_filter("signed", |v: &Value, _: Kwargs, _: &State| {
        Value::from(signed(v))
    });
    tera.register_filter("num", move |v: &Value, _: Kwargs, _: &State| {
        match v.as_i64() {
            Some(n) => Value::from(ui.number(n)),
            None => v.clone(),
        }
    });
}

/// An emotion score or change as the diagrams write it (`+2`, `0`, `−1`); empty for
/// anything that is not an integer (a score not recorded), so `{% if x %}` tells them apart.
fn signed(v: &Value) -> String {
    match v.as_i64() {
        Some(n) if n > 0 => format!("+{n}"),
        Some(n) if n < 0 => format!("−{}", -n),
        Some(_) => "0".into(),
        None => String::new(),
    }
}

/// The message of `t(key=…, …)`.
fn message(ui: &Catalogue, kwargs: &Kwargs) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get("key")?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == "key" {
            continue;
        }
        let v = if let Some(n) = value.as_i64() {
            FluentValue::from(n)
        } else if let Some(f) = value.as_f64() {
            FluentValue::from(f)
        } else if let Some(s) = value.as_str() {
            FluentValue::from(s.to_string())
        } else {
            FluentValue::from(value.to_string())
        };
        args.set(name.to_string(), v);
    }
    Ok(ui.format(&key, (args.iter().next().is_some()).then_some(&args)))
}

/// `v` as a date formatted by `f`, else `v` unchanged.
fn date(v: &Value, f: impl Fn(chrono::NaiveDate) -> String) -> Value {
    match v.as_str().and_then(|s| s.parse::<chrono::NaiveDate>().ok()) {
        Some(d) => Value::from(f(d)),
        None => v.clone(),
    }
}
