//! Parsing of the few values the format writes as text: dates, periods, ids, markets and
//! export names. Pure functions of their text; `check` reports what they refuse, `model`
//! reads what they accept, `interop` and the command line use them on their own inputs.

use chrono::NaiveDate;
use serde_saphyr::Spanned;

/// The names `exports:` accepts in its list form, in output order.
pub const EXPORT_NAMES: [&str; 5] = ["png", "pdf", "csv", "json", "pptx"];

/// Parses an ISO date `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// Parses a review period such as `90d`, `12w`, `6m` (30 days) or `1y` (365 days); a bare
/// number is days. Gives days, at least 1.
pub fn parse_period(text: &str) -> Option<u32> {
    let t = text.trim().to_ascii_lowercase();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u32 = num.parse().ok()?;
    let factor = match unit.trim() {
        "" | "d" | "day" | "days" => 1,
        "w" | "week" | "weeks" => 7,
        "m" | "month" | "months" => 30,
        "y" | "year" | "years" => 365,
        _ => return None,
    };
    n.checked_mul(factor).filter(|d| *d > 0)
}

/// Whether `id` is kebab-case: lowercase ASCII letters and digits in words joined by `-`.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The id of a journey or persona document: `id:` when given, else the file stem.
pub fn doc_id(explicit: &Option<Spanned<String>>, stem: &str) -> String {
    explicit
        .as_ref()
        .map_or_else(|| stem.to_string(), |s| s.value.clone())
}

/// `awareness-stage` → `Awareness stage`.
pub fn title_from_id(id: &str) -> String {
    let words = id.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `None` when `code` is an ISO 3166-1 alpha-2 country code in upper case (`DE`, from the
/// list of the `celes` crate); else the hint for `unknown-market`: the code meant when the
/// value is one in lower case, a three-letter code, a country name or a common alias
/// (`UK`, `England` → `GB`), else the closest codes.
pub fn market_hint(code: &str) -> Option<String> {
    use celes::Country;
    let t = code.trim();
    if t.len() == 2 && t.bytes().all(|b| b.is_ascii_uppercase()) && Country::from_alpha2(t).is_ok()
    {
        return None;
    }
    // The codes people write that ISO does not use: the UK is `GB`, Greece (EU usage `EL`) `GR`.
    let t = match t.to_ascii_uppercase().as_str() {
        "UK" => "GB",
        "EL" => "GR",
        _ => t,
    };
    let meant = Country::from_alpha2(t)
        .or_else(|_| Country::from_alpha3(t))
        .or_else(|_| Country::from_alias(t))
        .or_else(|_| Country::from_name(t))
        .or_else(|_| t.parse::<Country>());
    if let Ok(c) = meant {
        return Some(format!(
            "did you mean `{}` ({})? markets are ISO 3166-1 alpha-2 codes in upper case",
            c.alpha2, c.long_name
        ));
    }
    Some(
        "write the two-letter ISO 3166-1 alpha-2 code in upper case, e.g. US, DE, GB, JP, FR"
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(parse_period("90d"), Some(90));
        assert_eq!(parse_period("12w"), Some(84));
        assert_eq!(parse_period("6m"), Some(180));
        assert_eq!(parse_period("45"), Some(45));
        assert_eq!(parse_period("0d"), None);
        assert_eq!(parse_period("soon"), None);
    }

    #[test]
    fn dates_and_ids() {
        assert!(parse_date("2026-09-30").is_some());
        assert!(parse_date("2026-02-30").is_none());
        assert!(is_kebab_case("ct-purchase-2"));
        assert!(!is_kebab_case("CT_purchase"));
        assert!(!is_kebab_case("a--b"));
        assert_eq!(title_from_id("first-concern"), "First concern");
    }
}
