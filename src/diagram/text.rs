//! Text measuring and wrapping with the Inter faces the PNG/PDF renderer embeds.
//!
//! Widths come from shaping with harfrust (advances summed, scaled by size / units-per-em),
//! so a line measured here has the width that resvg and browsers draw with Inter.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use harfrust::{Buffer, Direction, Font, Script, ShapeOptions, ShapePlan, ShaperFont};

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

/// The units per em of the Inter face of `weight` (glyph advances are in these units).
pub fn units_per_em(weight: Weight) -> u16 {
    font(weight).units_per_em()
}

/// One glyph of shaped text. Advances and offsets are in font units (see [`units_per_em`]);
/// `cluster` is the byte offset in the text of the characters the glyph draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShapedGlyph {
    /// Glyph id in the Inter face.
    pub id: u32,
    /// Horizontal advance.
    pub x_advance: i32,
    /// Horizontal offset from the pen position.
    pub x_offset: i32,
    /// Vertical offset from the pen position (up is positive, as in OpenType).
    pub y_offset: i32,
    /// Byte offset of the glyph's cluster in the text.
    pub cluster: u32,
}

/// Per-thread shaping state: the shaper of each face, the compiled plans (one per face,
/// direction and script) and measured widths. Compiling a plan costs more than shaping a
/// short label, and diagrams and decks measure the same labels many times.
struct Shaper {
    regular: ShaperFont<'static, 'static>,
    semibold: ShaperFont<'static, 'static>,
    plans: Vec<(Weight, Direction, Option<Script>, ShapePlan)>,
    /// Widths in font units, one map per weight.
    widths: [HashMap<Box<str>, i64>; 2],
    buffer: Option<Buffer>,
}

/// Entries kept in the per-thread width cache before it starts over (bounds memory in
/// `serve`, which renders for as long as it runs).
const WIDTH_CACHE_LIMIT: usize = 65_536;

thread_local! {
    static SHAPER: RefCell<Shaper> = RefCell::new(Shaper {
        regular: ShaperFont::new(font(Weight::Regular)),
        semibold: ShaperFont::new(font(Weight::SemiBold)),
        plans: Vec::new(),
        widths: [HashMap::new(), HashMap::new()],
        buffer: None,
    });
}

impl Shaper {
    /// Shapes `text` and hands the glyph infos and positions to `f`; `None` when harfrust
    /// cannot shape it.
    fn with_shaped<R>(
        &mut self,
        text: &str,
        weight: Weight,
        f: impl FnOnce(&[harfrust::GlyphInfo], &[harfrust::GlyphPosition]) -> R,
    ) -> Option<R> {
        let mut buffer = self.buffer.take().unwrap_or_default();
        buffer.clear();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let (dir, script) = (buffer.direction(), buffer.script());
        let shaper = match weight {
            Weight::Regular => &self.regular,
            Weight::SemiBold => &self.semibold,
        };
        let index = match self
            .plans
            .iter()
            .position(|(w, d, s, _)| *w == weight && *d == dir && *s == script)
        {
            Some(i) => i,
            None => {
                let plan = ShapePlan::new(font(weight), dir, script, buffer.language(), &[]);
                self.plans.push((weight, dir, script, plan));
                self.plans.len() - 1
            }
        };
        let plan = &self.plans[index].3;
        let out = harfrust::shape(shaper, &mut buffer, ShapeOptions::new().plan(Some(plan)))
            .ok()
            .map(|()| f(buffer.glyph_infos(), buffer.glyph_positions()));
        self.buffer = Some(buffer);
        out
    }
}

/// Shapes one line of `text` in Inter of `weight` (glyphs in visual order). Empty when
/// the text is empty or cannot be shaped.
pub fn shape(text: &str, weight: Weight) -> Vec<ShapedGlyph> {
    if text.is_empty() {
        return Vec::new();
    }
    SHAPER.with_borrow_mut(|s| {
        s.with_shaped(text, weight, |infos, positions| {
            infos
                .iter()
                .zip(positions)
                .map(|(i, p)| ShapedGlyph {
                    id: i.glyph_id,
                    x_advance: p.x_advance,
                    x_offset: p.x_offset,
                    y_offset: p.y_offset,
                    cluster: i.cluster,
                })
                .collect()
        })
        .unwrap_or_default()
    })
}

/// The advance width of `text` in px when set in `size` px Inter of `weight`.
pub fn measure(text: &str, size: f32, weight: Weight) -> f32 {
    if text.is_empty() {
        return 0.0;
    }
    let units = SHAPER.with_borrow_mut(|s| {
        let slot = weight as usize;
        if let Some(&w) = s.widths[slot].get(text) {
            return Some(w);
        }
        let w = s.with_shaped(text, weight, |_, positions| {
            positions
                .iter()
                .map(|p| i64::from(p.x_advance))
                .sum::<i64>()
        })?;
        if s.widths[slot].len() >= WIDTH_CACHE_LIMIT {
            s.widths[slot].clear();
        }
        s.widths[slot].insert(Box::from(text), w);
        Some(w)
    });
    match units {
        Some(units) => units as f32 * size / f32::from(units_per_em(weight)),
        // Fall back to a generous estimate rather than failing the render.
        None => text.chars().count() as f32 * size * 0.65,
    }
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

/// The first of `styles` in which every word of `text` fits `max` px, so that a long word
/// (a stage called "Prior authorisation" in a narrow column) steps down a size instead of
/// breaking mid-word; the last style when none does (then [`wrap`] breaks the word).
pub fn fitting_style(text: &str, styles: &[Style], max: f32) -> Style {
    let fits = |style: &Style| text.split_whitespace().all(|w| width(w, *style) <= max);
    styles
        .iter()
        .copied()
        .find(fits)
        .or_else(|| styles.last().copied())
        .unwrap_or(Style::BODY)
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

    #[test]
    fn a_long_word_steps_down_a_size_before_it_breaks() {
        let styles = [Style::HEADING, Style::BODY_BOLD];
        let w = width("authorisation", Style::BODY_BOLD) + 1.0;
        assert!(width("authorisation", Style::HEADING) > w);
        assert_eq!(
            fitting_style("Prior authorisation", &styles, w),
            Style::BODY_BOLD
        );
        assert_eq!(
            fitting_style("Prior authorisation", &styles, 1000.0),
            Style::HEADING
        );
        assert_eq!(
            fitting_style("authorisation", &styles, 10.0),
            Style::BODY_BOLD
        );
    }
}
