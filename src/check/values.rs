//! Parsing of the few values the format writes as text: dates, periods and ids.

use chrono::NaiveDate;

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

/// `awareness-stage` → `Awareness stage`.
pub fn title_from_id(id: &str) -> String {
    let words = id.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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
