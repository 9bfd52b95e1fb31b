//! The colour roles a theme's `palette:` may set (`themes/NAME/theme.yaml`), with the
//! default colour each one replaces, and the WCAG contrast ratio the `low-contrast` lint
//! measures.
//!
//! Plain values shared by `check` (which validates and lints a palette) and `model` (which
//! resolves it into a recolouring). The drawings are painted with the default colours of
//! [`crate::diagram::palette`]; a theme is applied by replacing each default colour of a
//! role with the theme's colour (see `crate::diagram::theme`), so every default here is
//! the colour of exactly one role: a test in `diagram::palette` checks that they agree.

/// One settable colour: its key in `palette:` (dotted for nested keys, e.g.
/// `lanes.actions.fill`), the default colours it replaces (`#RRGGBB`), and what it paints.
#[derive(Debug, Clone, Copy)]
pub struct Role {
    /// The key path as written in `theme.yaml`.
    pub key: &'static str,
    /// The default colours the role replaces (one for most roles).
    pub defaults: &'static [&'static str],
    /// What it paints, for `docs/themes.md` and messages.
    pub paints: &'static str,
}

const fn role(key: &'static str, defaults: &'static [&'static str], paints: &'static str) -> Role {
    Role {
        key,
        defaults,
        paints,
    }
}

/// Every palette role, in the order `docs/themes.md` lists them.
pub const ROLES: &[Role] = &[
    role(
        "accent",
        &["#0B4F7C", "#3E4C59"],
        "links, stage number badges, touchpoint and channel marks, the decks' accent",
    ),
    role("text", &["#1F2933"], "main text"),
    role(
        "muted",
        &["#52606D"],
        "secondary text, owners, gridline labels",
    ),
    role(
        "background",
        &["#FFFFFF"],
        "the drawing background, touchpoint and metric cards, text on badges",
    ),
    role("hairline", &["#DDE3EA"], "lines between lanes"),
    role("faint", &["#EDF0F4"], "column guides and emotion gridlines"),
    role("warning", &["#B42318"], "warnings (NO OWNER)"),
    role("chip", &["#E9EEF4"], "stage header chips"),
    role("lanes.actions.fill", &["#F3F4F6"], "action cards"),
    role(
        "lanes.actions.border",
        &["#D5D9DF"],
        "action and metric card borders",
    ),
    role(
        "lanes.actions.mark",
        &["#7B8794"],
        "the actions lane swatch",
    ),
    role("lanes.questions.fill", &["#EAF2FB"], "question cards"),
    role(
        "lanes.questions.border",
        &["#C3D7EE"],
        "question card borders",
    ),
    role(
        "lanes.questions.mark",
        &["#3F7CC0"],
        "the questions lane swatch",
    ),
    role(
        "lanes.touchpoints.border",
        &["#C5CED8"],
        "touchpoint card borders",
    ),
    role("lanes.pain_points.fill", &["#FDEEE8"], "pain point cards"),
    role(
        "lanes.pain_points.border",
        &["#F2C7B5"],
        "pain point card borders",
    ),
    role(
        "lanes.pain_points.mark",
        &["#C4501F"],
        "the pain points lane swatch",
    ),
    role(
        "lanes.decisions.fill",
        &["#F3EEFA"],
        "decision moment cards",
    ),
    role(
        "lanes.decisions.border",
        &["#D8CBEE"],
        "decision moment card borders",
    ),
    role(
        "lanes.decisions.mark",
        &["#6B4FA0"],
        "the decisions lane swatch",
    ),
    role("lanes.handoffs.fill", &["#E8F4F4"], "hand-off cards"),
    role(
        "lanes.handoffs.border",
        &["#BBDCDD"],
        "hand-off card borders",
    ),
    role(
        "lanes.handoffs.mark",
        &["#2D7F83"],
        "the hand-offs lane swatch",
    ),
    role(
        "lanes.opportunities.fill",
        &["#E8F5EE"],
        "opportunity cards",
    ),
    role(
        "lanes.opportunities.border",
        &["#B7DEC8"],
        "opportunity card borders",
    ),
    role(
        "lanes.opportunities.mark",
        &["#2F8152"],
        "the opportunities lane swatch and the `done` status pill",
    ),
    role(
        "personas.1",
        &["#0072B2"],
        "the first persona's curve and marker",
    ),
    role("personas.2", &["#D55E00"], "the second persona"),
    role("personas.3", &["#009E73"], "the third persona"),
    role("personas.4", &["#CC79A7"], "the fourth persona"),
    role("personas.5", &["#E69F00"], "the fifth persona"),
    role("personas.6", &["#56B4E9"], "the sixth persona"),
    role("personas.7", &["#000000"], "the seventh persona"),
    role("personas.8", &["#8C7E00"], "the eighth persona"),
    role("severity.high", &["#C0392B"], "high severity dots"),
    role("severity.medium", &["#E69F01"], "medium severity dots"),
    role("severity.low", &["#9AA5B1"], "low severity dots"),
    role(
        "status.planned.fill",
        &["#D7ECF9"],
        "`planned` pills and the to-be badge",
    ),
    role(
        "status.in-progress.fill",
        &["#CDEBDA"],
        "`in-progress` pills",
    ),
    role(
        "status.in-progress.text",
        &["#1D5C38"],
        "`in-progress` pill text",
    ),
    role("status.blocked.fill", &["#FAD9D5"], "`blocked` pills"),
    role("status.blocked.text", &["#8A1C12"], "`blocked` pill text"),
    role(
        "status.dropped.fill",
        &["#E4E7EB"],
        "`dropped` pills and the as-is badge",
    ),
];

/// Text drawn on a background that the `low-contrast` lint measures: (text role, background
/// role, where). Keys are [`ROLES`] keys.
pub const CONTRAST_PAIRS: &[(&str, &str, &str)] = &[
    ("text", "background", "text"),
    ("muted", "background", "secondary text"),
    ("warning", "background", "warnings"),
    ("accent", "background", "links"),
    ("background", "accent", "stage numbers"),
    ("text", "chip", "stage names"),
    ("text", "lanes.actions.fill", "action cards"),
    ("text", "lanes.questions.fill", "question cards"),
    ("text", "lanes.pain_points.fill", "pain point cards"),
    ("text", "lanes.decisions.fill", "decision cards"),
    ("text", "lanes.handoffs.fill", "hand-off cards"),
    ("text", "lanes.opportunities.fill", "opportunity cards"),
    ("muted", "lanes.actions.fill", "owners on action cards"),
    (
        "muted",
        "lanes.pain_points.fill",
        "owners on pain point cards",
    ),
    ("accent", "status.planned.fill", "`planned` pills"),
    (
        "status.in-progress.text",
        "status.in-progress.fill",
        "`in-progress` pills",
    ),
    (
        "status.blocked.text",
        "status.blocked.fill",
        "`blocked` pills",
    ),
    ("background", "lanes.opportunities.mark", "`done` pills"),
    ("muted", "status.dropped.fill", "`dropped` pills"),
];

/// The least contrast the `low-contrast` lint accepts (WCAG AA for body text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The role of `key`, if there is one.
pub fn role_of(key: &str) -> Option<&'static Role> {
    ROLES.iter().find(|r| r.key == key)
}

/// A colour written `#RGB` or `#RRGGBB` (hex digits in either case) as its three bytes;
/// `None` for anything else (names, `rgb()`, alpha).
pub fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let h = s.trim().strip_prefix('#')?;
    if !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let v = |i: usize, n: usize| u8::from_str_radix(&h[i..i + n], 16).ok();
    match h.len() {
        3 => Some([v(0, 1)? * 17, v(1, 1)? * 17, v(2, 1)? * 17]),
        6 => Some([v(0, 2)?, v(2, 2)?, v(4, 2)?]),
        _ => None,
    }
}

/// `#RRGGBB`, upper case.
pub fn to_hex(c: [u8; 3]) -> String {
    format!("#{:02X}{:02X}{:02X}", c[0], c[1], c[2])
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(c: [u8; 3]) -> f64 {
    let ch = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
}

/// The WCAG 2 contrast ratio of two colours, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_colour_has_one_role() {
        let mut seen = std::collections::BTreeMap::new();
        for r in ROLES {
            for d in r.defaults {
                assert!(parse_hex(d).is_some(), "{d}");
                assert!(seen.insert(*d, r.key).is_none(), "{d} twice");
            }
        }
        for (fg, bg, _) in CONTRAST_PAIRS {
            assert!(role_of(fg).is_some() && role_of(bg).is_some(), "{fg} {bg}");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        let r = contrast(parse_hex("#52606D").unwrap(), [255, 255, 255]);
        assert!((r - 6.3).abs() < 0.3, "{r}");
        assert_eq!(parse_hex("#abc"), Some([0xAA, 0xBB, 0xCC]));
        assert_eq!(parse_hex("red"), None);
        assert_eq!(parse_hex("#12345g"), None);
    }
}
