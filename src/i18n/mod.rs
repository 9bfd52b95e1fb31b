//! The site in the team's language: UI message catalogues, and dates and numbers per locale.
//!
//! `language:` in `waymark.yaml` is a BCP 47 tag (default `en`), parsed with `unic-langid`
//! (the language-identifier crate that Fluent itself uses). Every UI string of the pages
//! and diagrams — navigation, headings, table heads, badges, empty states, legends, lane
//! names — is a message of a [Fluent](https://projectfluent.org/) catalogue; the check
//! diagnostics and their hints stay English.
//!
//! **Why `fluent-bundle`** (and not `fluent-templates`): the catalogues are a handful of
//! embedded strings plus at most one site file, known only at run time (`SITE/i18n/LANG.ftl`),
//! so a bundle built per site is all that is needed; `fluent-templates` adds a static
//! loader, directory conventions and macros meant for compile-time resource trees, and
//! would have to be bypassed for the per-site override anyway. The concurrent bundle
//! (`fluent_bundle::concurrent`) is `Sync`, so rayon's render threads share one catalogue.
//!
//! Lookup order for a key: the site's `i18n/LANG.ftl`, then the built-in catalogue of the
//! language (the exact tag, else its language subtag: `de-CH` → `de`), then English. A key
//! that only English has is reported by `check` as `missing-translation` ([`Catalogue::missing`]).
//! Built-in catalogues: [`BUILTIN`] (`i18n/*.ftl` at the crate root, `include_str!`).
//!
//! **Dates and numbers**: no well-kept crate small enough fits (ICU4X's `icu` with its data
//! is several MB and many crates for eight patterns), so [`Locale`] is a small table for the
//! built-in languages: month names, the long and the short date pattern, the group
//! separator. English keeps ISO 8601 dates (`2026-12-03`, unambiguous for US and UK teams,
//! and what the pages always showed); a language without an entry uses ISO 8601 and plain
//! digits. Arabic uses Western digits (as many Arabic business documents do) and Arabic
//! month names.
//!
//! **Direction**: `ar`, `he`, `fa` and `ur` are right to left ([`Catalogue::rtl`]); the
//! pages get `dir="rtl"`, the theme mirrors with logical properties. The diagrams keep their
//! left-to-right time axis (stages are a sequence in time, like a Gantt chart, and the SVG
//! exports must read the same in every deck); their Arabic labels are shaped and ordered by
//! the diagram's text engine (`unicode-bidi` + harfrust).

use std::collections::BTreeSet;
use std::fmt;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The built-in catalogues: language subtag → Fluent source. `en` is the reference: every
/// other built-in has exactly its keys (a unit test checks it).
pub const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../../i18n/en.ftl")),
    ("de", include_str!("../../i18n/de.ftl")),
    ("fr", include_str!("../../i18n/fr.ftl")),
    ("es", include_str!("../../i18n/es.ftl")),
    ("it", include_str!("../../i18n/it.ftl")),
    ("ja", include_str!("../../i18n/ja.ftl")),
    ("zh", include_str!("../../i18n/zh.ftl")),
    ("ar", include_str!("../../i18n/ar.ftl")),
    ("he", include_str!("../../i18n/he.ftl")),
];

/// The languages written right to left (by language subtag).
const RTL: [&str; 4] = ["ar", "he", "fa", "ur"];

/// Parses `tag` as a BCP 47 language tag; the canonical form (`de-ch` → `de-CH`) or why not.
pub fn parse_tag(tag: &str) -> Result<LanguageIdentifier, String> {
    if tag.trim().is_empty() {
        return Err("the tag is empty".into());
    }
    tag.parse::<LanguageIdentifier>().map_err(|e| e.to_string())
}

/// The path of the site's override file for `tag`, relative to the site root, when the tag
/// is valid (so that it is a safe file name): `i18n/de.ftl`.
pub fn override_path(tag: &str) -> Option<String> {
    let id = parse_tag(tag).ok()?;
    Some(format!("i18n/{id}.ftl"))
}

/// The keys a Fluent source defines (messages, not terms), in file order.
pub fn keys_of(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| {
            let (k, _) = l.split_once('=')?;
            let k = k.trim_end();
            let ok = k.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| k.to_string())
        })
        .collect()
}

/// A problem with a site's override file: where (1-based line and column) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// Fluent's message.
    pub message: String,
}

/// The UI messages of one site, in its language with English below, and its locale.
pub struct Catalogue {
    /// The tag as canonicalised (`de-CH`), or `en` when none or invalid.
    tag: String,
    /// The language subtag (`de`).
    language: String,
    /// The site override on top of the built-in catalogue of the language.
    bundle: FluentBundle<FluentResource>,
    /// English, for keys the language lacks.
    english: &'static FluentBundle<FluentResource>,
    /// Keys the language's own catalogues (built-in + override) define.
    defined: BTreeSet<String>,
    /// Whether the language has a built-in catalogue.
    builtin: bool,
    /// Whether the site has an override file.
    has_override: bool,
    /// Syntax errors of the override file.
    problems: Vec<SyntaxProblem>,
    locale: Option<&'static Locale>,
    /// The tag and the override file's text: what the messages depend on besides the
    /// built-in catalogues (which change only with waymark's version).
    fingerprint: String,
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue")
            .field("tag", &self.tag)
            .field("builtin", &self.builtin)
            .field("has_override", &self.has_override)
            .finish_non_exhaustive()
    }
}

fn bundle_for(id: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new_concurrent(vec![id.clone()]);
    // No FSI/PDI marks around arguments: the pages set `dir`, and the marks would show up
    // in `<title>`, attributes and the diagrams' text measurement.
    b.set_use_isolating(false);
    b
}

fn builtin_source(language: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, s)| *s)
}

fn english_bundle() -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    EN.get_or_init(|| {
        let id: LanguageIdentifier = "en".parse().expect("en is a tag");
        let mut b = bundle_for(&id);
        let res = FluentResource::try_new(BUILTIN[0].1.to_string())
            .expect("the English catalogue parses");
        b.add_resource(res)
            .expect("the English catalogue has no duplicate keys");
        b
    })
}

/// The English keys, in file order.
pub fn english_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| keys_of(BUILTIN[0].1))
}

fn line_col(text: &str, byte: usize) -> (u32, u32) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line as u32, col as u32)
}

impl Catalogue {
    /// The catalogue of `tag` (invalid or absent: English) with the site's override file
    /// source `site_file` (`SITE/i18n/TAG.ftl`) on top.
    pub fn new(tag: Option<&str>, site_file: Option<&str>) -> Catalogue {
        let id = tag
            .and_then(|t| parse_tag(t).ok())
            .unwrap_or_else(|| "en".parse().expect("en is a tag"));
        let language = id.language.as_str().to_string();
        let mut bundle = bundle_for(&id);
        let mut defined = BTreeSet::new();
        let builtin = builtin_source(&language);
        if let Some(src) = builtin {
            let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
            let _ = bundle.add_resource(res);
            defined.extend(keys_of(src));
        }
        let mut problems = Vec::new();
        if let Some(src) = site_file {
            let res = match FluentResource::try_new(src.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let (line, column) = line_col(src, e.pos.start);
                        problems.push(SyntaxProblem {
                            line,
                            column,
                            message: e.to_string(),
                        });
                    }
                    r
                }
            };
            bundle.add_resource_overriding(res);
            defined.extend(keys_of(src).into_iter().filter(|k| bundle.has_message(k)));
        }
        let locale = LOCALES.iter().find(|l| l.language == language);
        Catalogue {
            tag: id.to_string(),
            language,
            bundle,
            english: english_bundle(),
            defined,
            builtin: builtin.is_some(),
            has_override: site_file.is_some(),
            problems,
            locale,
            fingerprint: format!("{id}\n{}", site_file.unwrap_or_default()),
        }
    }

    /// English, built in only.
    pub fn english() -> Arc<Catalogue> {
        static EN: OnceLock<Arc<Catalogue>> = OnceLock::new();
        EN.get_or_init(|| Arc::new(Catalogue::new(None, None)))
            .clone()
    }

    /// What every message depends on besides waymark's version: the tag and the site's
    /// override file. The export cache keys everything it draws with words by it.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The canonical BCP 47 tag (`<html lang>`).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The language subtag (`de` of `de-CH`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Whether the language is written right to left (`ar`, `he`, `fa`, `ur`).
    pub fn rtl(&self) -> bool {
        RTL.contains(&self.language.as_str())
    }

    /// `rtl` or `ltr`, for `dir=`.
    pub fn dir(&self) -> &'static str {
        if self.rtl() { "rtl" } else { "ltr" }
    }

    /// Whether the language has a built-in catalogue.
    pub fn has_builtin(&self) -> bool {
        self.builtin
    }

    /// Whether the site gave an override file.
    pub fn has_override(&self) -> bool {
        self.has_override
    }

    /// Syntax errors of the site's override file.
    pub fn problems(&self) -> &[SyntaxProblem] {
        &self.problems
    }

    /// The English keys that neither the built-in catalogue of the language nor the site's
    /// override defines (they show in English), in English file order.
    pub fn missing(&self) -> Vec<&'static str> {
        english_keys()
            .iter()
            .filter(|k| !self.defined.contains(k.as_str()))
            .map(String::as_str)
            .collect()
    }

    /// The message `key` with `args`, in the site's language, else English, else the key.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for b in [&self.bundle, self.english] {
            if let Some(p) = b.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b.format_pattern(p, args, &mut errors).into_owned();
            }
        }
        key.to_string()
    }

    /// The message `key` without arguments.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one numeric argument `n` (plurals).
    pub fn t_n(&self, key: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        self.format(key, Some(&args))
    }

    /// The message `key` with string arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, FluentValue::from(*v));
        }
        self.format(key, Some(&a))
    }

    /// A date in the locale's short form (`03.12.2026`; ISO 8601 for English).
    pub fn date_short(&self, d: NaiveDate) -> String {
        match self.locale {
            Some(l) => l.short(d),
            None => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// A date in the locale's long form (`3. Dezember 2026`, `2026年12月3日`; ISO 8601 for
    /// English).
    pub fn date_long(&self, d: NaiveDate) -> String {
        match self.locale {
            Some(l) => l.long(d),
            None => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// An integer with the locale's digit grouping (`12.345`, `12 345`, `12,345`).
    pub fn number(&self, n: i64) -> String {
        let (sep, min) = self.locale.map_or((",", 1), |l| (l.group, l.min_grouping));
        group(n, sep, min)
    }
}

fn group(n: i64, sep: &str, min_grouping: usize) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    if digits.len() < 4 + (min_grouping - 1) {
        return format!("{sign}{digits}");
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// How one language writes dates and numbers (the small table of the module doc).
#[derive(Debug)]
pub struct Locale {
    language: &'static str,
    months: [&'static str; 12],
    /// `{d}`, `{dd}`, `{m}` (month name), `{mm}`, `{y}` placeholders.
    long: &'static str,
    short: &'static str,
    group: &'static str,
    /// Fewest digits above the group size before grouping starts (Spanish: 2, so `1234`
    /// but `12.345`).
    min_grouping: usize,
}

impl Locale {
    fn fill(&self, pattern: &str, d: NaiveDate) -> String {
        pattern
            .replace("{dd}", &format!("{:02}", d.day()))
            .replace("{mm}", &format!("{:02}", d.month()))
            .replace("{d}", &d.day().to_string())
            .replace("{m}", self.months[d.month0() as usize])
            .replace("{y}", &d.year().to_string())
    }
    fn long(&self, d: NaiveDate) -> String {
        self.fill(self.long, d)
    }
    fn short(&self, d: NaiveDate) -> String {
        self.fill(self.short, d)
    }
}

const NUMERIC: [&str; 12] = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
];

static LOCALES: [Locale; 8] = [
    Locale {
        language: "de",
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        long: "{d}. {m} {y}",
        short: "{dd}.{mm}.{y}",
        group: ".",
        min_grouping: 1,
    },
    Locale {
        language: "fr",
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        long: "{d} {m} {y}",
        short: "{dd}/{mm}/{y}",
        group: "\u{202F}",
        min_grouping: 1,
    },
    Locale {
        language: "es",
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        long: "{d} de {m} de {y}",
        short: "{dd}/{mm}/{y}",
        group: ".",
        min_grouping: 2,
    },
    Locale {
        language: "it",
        months: [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        long: "{d} {m} {y}",
        short: "{dd}/{mm}/{y}",
        group: ".",
        min_grouping: 1,
    },
    Locale {
        language: "ja",
        months: NUMERIC,
        long: "{y}年{m}月{d}日",
        short: "{y}/{mm}/{dd}",
        group: ",",
        min_grouping: 1,
    },
    Locale {
        language: "zh",
        months: NUMERIC,
        long: "{y}年{m}月{d}日",
        short: "{y}/{mm}/{dd}",
        group: ",",
        min_grouping: 1,
    },
    Locale {
        language: "ar",
        months: [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
        long: "{d} {m} {y}",
        short: "{dd}/{mm}/{y}",
        group: ",",
        min_grouping: 1,
    },
    Locale {
        language: "he",
        months: [
            "ינואר",
            "פברואר",
            "מרץ",
            "אפריל",
            "מאי",
            "יוני",
            "יולי",
            "אוגוסט",
            "ספטמבר",
            "אוקטובר",
            "נובמבר",
            "דצמבר",
        ],
        long: "{d} ב{m} {y}",
        short: "{dd}.{mm}.{y}",
        group: ",",
        min_grouping: 1,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_has_exactly_the_english_keys() {
        let en: BTreeSet<String> = keys_of(BUILTIN[0].1).into_iter().collect();
        assert!(en.len() > 100, "{} keys", en.len());
        for (lang, src) in BUILTIN {
            let res = FluentResource::try_new(src.to_string());
            assert!(
                res.is_ok(),
                "{lang}.ftl has syntax errors: {:?}",
                res.err().map(|e| e.1)
            );
            let keys = keys_of(src);
            let set: BTreeSet<String> = keys.iter().cloned().collect();
            assert_eq!(set.len(), keys.len(), "{lang}.ftl defines a key twice");
            let missing: Vec<_> = en.difference(&set).collect();
            let extra: Vec<_> = set.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}.ftl: missing {missing:?}, extra {extra:?}"
            );
            let c = Catalogue::new(Some(lang), None);
            assert!(c.missing().is_empty(), "{lang}: {:?}", c.missing());
            // Every message formats without a Fluent error (e.g. a misspelt variable).
            // Every variable the English catalogue uses, set to 1.
            let mut args = FluentArgs::new();
            for (i, _) in BUILTIN[0].1.match_indices("{ $") {
                let name: String = BUILTIN[0].1[i + 3..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                args.set(name, FluentValue::from(1));
            }
            for k in &keys {
                let m = c.bundle.get_message(k).and_then(|m| m.value());
                let Some(p) = m else {
                    panic!("{lang}: {k} has no value")
                };
                let mut errors = Vec::new();
                let _ = c.bundle.format_pattern(p, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang}: {k}: {errors:?}");
            }
        }
    }

    #[test]
    fn lookup_falls_back_to_english_and_overrides_win() {
        let c = Catalogue::new(Some("xx"), Some("nav-plan = Plaan\n"));
        assert_eq!(c.t("nav-plan"), "Plaan");
        assert_eq!(c.t("nav-journeys"), "Journeys");
        assert!(c.missing().contains(&"nav-journeys"));
        assert!(!c.missing().contains(&"nav-plan"));
        let de = Catalogue::new(Some("de-ch"), Some("nav-plan = Inhaltsplan\n"));
        assert_eq!(de.tag(), "de-CH");
        assert_eq!(de.t("nav-plan"), "Inhaltsplan");
        assert!(de.missing().is_empty());
        assert_eq!(c.t("no-such-key"), "no-such-key");
    }

    #[test]
    fn override_syntax_errors_have_places() {
        let c = Catalogue::new(Some("de"), Some("nav-plan = Plan\n\n!!! nope\n"));
        assert_eq!(c.problems().len(), 1);
        assert_eq!(c.problems()[0].line, 3);
        assert_eq!(c.t("nav-plan"), "Plan");
    }

    #[test]
    fn dates_and_numbers_per_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let de = Catalogue::new(Some("de"), None);
        assert_eq!(de.date_long(d), "3. Dezember 2026");
        assert_eq!(de.date_short(d), "03.12.2026");
        assert_eq!(de.number(1234567), "1.234.567");
        let ja = Catalogue::new(Some("ja"), None);
        assert_eq!(ja.date_long(d), "2026年12月3日");
        let en = Catalogue::english();
        assert_eq!(en.date_long(d), "2026-12-03");
        assert_eq!(en.number(1234), "1,234");
        let es = Catalogue::new(Some("es"), None);
        assert_eq!(es.number(1234), "1234");
        assert_eq!(es.number(12345), "12.345");
        assert_eq!(es.date_long(d), "3 de diciembre de 2026");
        assert!(Catalogue::new(Some("ar"), None).rtl());
        assert!(!de.rtl());
    }

    #[test]
    fn tags_are_bcp47() {
        assert!(parse_tag("de").is_ok());
        assert!(parse_tag("zh-Hant-TW").is_ok());
        assert!(parse_tag("german!").is_err());
        assert!(parse_tag("").is_err());
        assert_eq!(override_path("de-ch").as_deref(), Some("i18n/de-CH.ftl"));
        assert_eq!(override_path("../x"), None);
    }
}
