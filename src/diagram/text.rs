//! Text measuring and wrapping with the Inter faces the PNG/PDF renderer embeds.
//!
//! Widths come from shaping with harfrust (advances summed, scaled by size / units-per-em),
//! so a line measured here has the width that resvg and browsers draw with Inter.

use std::sync::OnceLock;

use harfrust::{Buffer, Font, ShapeOptions, ShaperFont};

/// Inter Regular (400), the body face.
pub const INTER_REGULAR: &[u8] = include_bytes!("../../themes/default/fonts/Inter-Regular.otf");
/// Inter SemiBold (600), the heading face.
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../../themes/default/fonts/Inter-SemiBold.otf");

/// Inter's cap height as a fraction of the em (used to centre text on a line box).
pub const CAP_HEIGHT: f32 = 0.727;

/// The two weights the diagrams use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// 400.
    Regular,
    /// 600.
    SemiBold,
}

impl Weight {
    /// The CSS `font-weight` value.
    pub fn css(self) -> &'static str {
        match self {
            Weight::Regular => "400",
            Weight::SemiBold => "600",
        }
    }
}

/// A text style: size in px and weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in px.
    pub size: f32,
    /// Weight.
    pub weight: Weight,
    /// Line height in px (the line box).
    pub line: f32,
}

impl Style {
    /// 11 px regular, line 16.
    pub const SMALL: Style = Style {
        size: 11.0,
        weight: Weight::Regular,
        line: 16.0,
    };
    /// 11 px semibold, line 16 (labels, small caps).
    pub const SMALL_BOLD: Style = Style {
        size: 11.0,
        weight: Weight::SemiBold,
        line: 16.0,
    };
    /// 13 px regular, line 18 (body).
    pub const BODY: Style = Style {
        size: 13.0,
        weight: Weight::Regular,
        line: 18.0,
    };
    /// 13 px semibold, line 18.
    pub const BODY_BOLD: Style = Style {
        size: 13.0,
        weight: Weight::SemiBold,
        line: 18.0,
    };
    /// 16 px semibold, line 22 (stage names).
    pub const HEADING: Style = Style {
        size: 16.0,
        weight: Weight::SemiBold,
        line: 22.0,
    };
    /// 20 px semibold, line 28 (diagram title).
    pub const TITLE: Style = Style {
        size: 20.0,
        weight: Weight::SemiBold,
        line: 28.0,
    };

    /// Offset from the top of a line box to the baseline, centring the cap height.
    pub fn baseline(self) -> f32 {
        (self.line + self.size * CAP_HEIGHT) / 2.0
    }
}

fn font(weight: Weight) -> &'static Font {
    static REGULAR: OnceLock<Font> = OnceLock::new();
    static SEMIBOLD: OnceLock<Font> = OnceLock::new();
    let (cell, data) = match weight {
        Weight::Regular => (&REGULAR, INTER_REGULAR),
        Weight::SemiBold => (&SEMIBOLD, INTER_SEMIBOLD),
    };
    cell.get_or_init(|| Font::new(data, 0).expect("embedded Inter font parses"))
}

/// The advance width of `text` in px when set in `size` px Inter of `weight`.
pub fn measure(text: &str, size: f32, weight: Weight) -> f32 {
    if text.is_empty() {
        return 0.0;
    }
    let font = font(weight);
    let shaper = ShaperFont::new(font);
    let mut buffer = Buffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    if harfrust::shape(&shaper, &mut buffer, ShapeOptions::new()).is_err() {
        // Fall back to a generous estimate rather than failing the render.
        return text.chars().count() as f32 * size * 0.65;
    }
    let units: i64 = buffer
        .glyph_positions()
        .iter()
        .map(|p| i64::from(p.x_advance))
        .sum();
    units as f32 * size / f32::from(font.units_per_em())
}

/// The width of `text` in `style`.
pub fn width(text: &str, style: Style) -> f32 {
    measure(text, style.size, style.weight)
}

/// Wraps `text` greedily into lines no wider than `max` px; a word that alone is too wide is
/// broken between characters. Whitespace runs collapse to one space. Never returns an empty
/// list for non-blank text; returns an empty list for blank text.
pub fn wrap(text: &str, style: Style, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate, style) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if width(word, style) <= max {
            line = word.to_string();
        } else {
            let mut pieces = break_word(word, style, max);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Breaks one word into pieces that each fit `max` (at least one character a piece).
fn break_word(word: &str, style: Style, max: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for ch in word.chars() {
        piece.push(ch);
        if piece.chars().count() > 1 && width(&piece, style) > max {
            piece.pop();
            pieces.push(std::mem::take(&mut piece));
            piece.push(ch);
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Like [`wrap`], but keeps at most `max_lines` lines, ending the last kept one with "…"
/// (used only for short labels such as persona names in badges).
pub fn wrap_clamped(text: &str, style: Style, max: f32, max_lines: usize) -> Vec<String> {
    let mut lines = wrap(text, style, max);
    if lines.len() > max_lines && max_lines > 0 {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        loop {
            let candidate = format!("{last}…");
            if width(&candidate, style) <= max || last.is_empty() {
                *last = candidate;
                break;
            }
            last.pop();
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_plausible_widths() {
        let w = measure("Hello world", 13.0, Weight::Regular);
        assert!(w > 60.0 && w < 90.0, "{w}");
        assert!(measure("Hello", 13.0, Weight::SemiBold) > measure("Hello", 13.0, Weight::Regular));
    }

    #[test]
    fn wraps_and_breaks_long_words() {
        let lines = wrap(&"x".repeat(200), Style::BODY, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, Style::BODY) <= 100.0));
        assert!(wrap("   ", Style::BODY, 100.0).is_empty());
    }
}
