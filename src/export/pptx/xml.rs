//! XML text for the package parts: escaping of model strings and the EMU arithmetic.

/// EMU (English Metric Units) per point: 914400 an inch, 72 points an inch.
pub const EMU_PER_PT: f32 = 12700.0;

/// `s` escaped for XML text and attribute values: `&`, `<`, `>`, `"` and `'` as entities,
/// and the characters XML 1.0 cannot hold (control characters other than tab, line feed
/// and carriage return, U+FFFE and U+FFFF) left out, so that no journey text can make a
/// part unreadable.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A length or coordinate in EMU, rounded, clamped to what DrawingML's 32-bit coordinates
/// hold (a NaN gives 0).
pub fn emu(v: f32) -> i64 {
    if v.is_nan() {
        return 0;
    }
    (v.round() as i64).clamp(-2_147_483_647, 2_147_483_647)
}

/// The XML declaration every part starts with.
pub const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The namespace declarations of a PresentationML part (`a`, `r` and `p`).
pub const NS: &str = concat!(
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
    " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            esc("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(esc("x\u{1}y\u{FFFF}\tz"), "xy\tz");
    }

    #[test]
    fn emu_rounds_and_clamps() {
        assert_eq!(emu(1.6), 2);
        assert_eq!(emu(f32::NAN), 0);
        assert_eq!(emu(1e12), 2_147_483_647);
    }
}
