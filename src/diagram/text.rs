//! Text measuring, wrapping and shaping with the faces the PNG and PDF writers draw:
//! Inter first, then the fallback faces of [`crate::fonts`] for scripts Inter lacks.
//!
//! Widths come from shaping with harfrust (advances summed, scaled by size / units-per-em),
//! so a line measured here has the width that the PNG and PDF draw. A line in a script
//! Inter covers (Latin, Greek, Cyrillic) is shaped with Inter alone, as before; a line with
//! other characters is cut into runs by face (never inside a grapheme cluster) and, for
//! drawing, ordered right to left where the Unicode bidi algorithm says so.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{OnceLock, RwLock};

use harfrust::{Buffer, Direction, Font, Script, ShapeOptions, ShapePlan, ShaperFont};
use unicode_segmentation::UnicodeSegmentation;

pub use crate::fonts::{FaceId, INTER_REGULAR, INTER_SEMIBOLD, Weight};

/// Inter's cap height as a fraction of the em (used to centre text on a line box).
pub const CAP_HEIGHT: f32 = 0.727;

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
    /// 36 pt semibold, line 44 (a deck's title slide, PDF and PowerPoint).
    pub const DISPLAY: Style = Style {
        size: 36.0,
        weight: Weight::SemiBold,
        line: 44.0,
    };
    /// 16 pt regular, line 24 (a deck's lead text: description, quote, role).
    pub const LEAD: Style = Style {
        size: 16.0,
        weight: Weight::Regular,
        line: 24.0,
    };

    /// Offset from the top of a line box to the baseline, centring the cap height.
    pub fn baseline(self) -> f32 {
        (self.line + self.size * CAP_HEIGHT) / 2.0
    }
}

/// The harfrust font of face `id`, made once per process and font file (the primary
/// faces change with the theme: [`crate::fonts::set_primary`]).
fn font(id: FaceId) -> Option<&'static Font> {
    static MADE: OnceLock<RwLock<HashMap<(usize, u32), &'static Font>>> = OnceLock::new();
    let face = crate::fonts::face(id)?;
    let key = (face.data.as_ptr() as usize, face.index);
    let made = MADE.get_or_init(|| RwLock::new(HashMap::new()));
    if let Some(f) = made.read().ok()?.get(&key) {
        return Some(f);
    }
    let f: &'static Font = Box::leak(Box::new(Font::new(face.data, face.index)?));
    made.write().ok()?.insert(key, f);
    Some(f)
}

/// The units per em of the Inter face of `weight` (the unit of cached widths).
pub fn units_per_em(weight: Weight) -> u16 {
    crate::fonts::inter(weight).units_per_em()
}

/// The units per em of face `id` (1000 when it is unknown).
pub fn face_units_per_em(id: FaceId) -> u16 {
    crate::fonts::face(id).map_or(1000, |f| f.units_per_em())
}

/// One glyph of shaped text. Advances and offsets are in the units of its face (see
/// [`face_units_per_em`]); `cluster` is the byte offset in the text of the characters the
/// glyph draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShapedGlyph {
    /// The face the glyph is drawn from.
    pub face: FaceId,
    /// Glyph id in that face.
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
/// direction and script), the width cache and a reusable buffer. Compiling a plan costs more
/// than shaping a short label, and diagrams and decks measure the same words many times.
///
/// The cache is per thread rather than shared: pages render in parallel, a lookup in a
/// `RefCell` takes no lock, and each thread shapes a word only once (a portfolio's
/// vocabulary is small). A 16-shard locked shared cache measured the same within noise on
/// 2 cores for the 1,000-journey portfolio, so the simpler one stays.
struct Shaper {
    /// The [`crate::fonts::generation`] the state below was made with.
    generation: u64,
    shapers: HashMap<FaceId, ShaperFont<'static, 'static>>,
    plans: Vec<(FaceId, Direction, Option<Script>, ShapePlan)>,
    /// Widths in Inter's font units of space-free segments, alone and followed by a space,
    /// one map per weight (a width does not depend on the size, which only scales it).
    widths: [HashMap<Box<str>, Widths>; 2],
    buffer: Option<Buffer>,
}

/// The cached widths of a segment, in font units.
///
/// Both are kept because Inter SemiBold kerns `.`, `,` and `…` against a following space:
/// a line is the sum of its words each with its space after it (the last without), which is
/// exactly the width of the line shaped whole, since nothing kerns or substitutes across a
/// space into the next word (a test checks every pair of characters).
#[derive(Debug, Clone, Copy)]
struct Widths {
    /// The segment alone.
    alone: i64,
    /// The segment followed by a space.
    spaced: i64,
}

/// Entries kept in the per-thread width cache before it starts over (bounds memory in
/// `serve`, which renders for as long as it runs).
const WIDTH_CACHE_LIMIT: usize = 65_536;

thread_local! {
    static SHAPER: RefCell<Shaper> = RefCell::new(Shaper {
        generation: 0,
        shapers: HashMap::new(),
        plans: Vec::new(),
        widths: [HashMap::new(), HashMap::new()],
        buffer: None,
    });
}

/// Runs `f` on this thread's shaper, emptied first when the primary faces changed since
/// it was filled (a theme with other fonts).
fn with_shaper<R>(f: impl FnOnce(&mut Shaper) -> R) -> R {
    SHAPER.with_borrow_mut(|s| {
        let g = crate::fonts::generation();
        if s.generation != g {
            s.shapers.clear();
            s.plans.clear();
            s.widths.iter_mut().for_each(HashMap::clear);
            s.generation = g;
        }
        f(s)
    })
}

/// A run of text set in one face, in one direction: byte range in the line.
#[derive(Debug, Clone)]
struct FaceRun {
    range: Range<usize>,
    face: FaceId,
}

/// Cuts `text` into runs by the face that draws each grapheme cluster (the first face of
/// the chain that covers its first visible character). Spaces and marks stay in the run
/// they follow when its face has them; a character no font covers is left to Inter (it
/// draws a box, and `check` warns of it).
fn face_runs(text: &str, weight: Weight) -> Vec<FaceRun> {
    let inter = FaceId::inter(weight);
    let mut runs: Vec<FaceRun> = Vec::new();
    for (i, g) in text.grapheme_indices(true) {
        let visible = g.chars().find(|c| !crate::fonts::draws_nothing(*c));
        let face = match (visible, runs.last()) {
            (None, Some(last))
                if crate::fonts::face(last.face).is_some_and(|f| {
                    g.chars()
                        .all(|c| f.covers(c) || crate::fonts::draws_nothing(c))
                }) =>
            {
                last.face
            }
            (None, _) => inter,
            (Some(c), _) => crate::fonts::face_for(c, weight).unwrap_or(inter),
        };
        match runs.last_mut() {
            Some(last) if last.face == face => last.range.end = i + g.len(),
            _ => runs.push(FaceRun {
                range: i..i + g.len(),
                face,
            }),
        }
    }
    runs
}

impl Shaper {
    /// Shapes `text` in face `face` (direction and script guessed unless `dir` is given)
    /// and hands the glyph infos and positions to `f`; `None` when harfrust cannot shape it.
    fn with_shaped<R>(
        &mut self,
        text: &str,
        face: FaceId,
        dir: Option<Direction>,
        f: impl FnOnce(&[harfrust::GlyphInfo], &[harfrust::GlyphPosition]) -> R,
    ) -> Option<R> {
        let font = font(face)?;
        let mut buffer = self.buffer.take().unwrap_or_default();
        buffer.clear();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        if let Some(d) = dir {
            buffer.set_direction(d);
        }
        let (dir, script) = (buffer.direction(), buffer.script());
        let shaper = self
            .shapers
            .entry(face)
            .or_insert_with(|| ShaperFont::new(font));
        let index = match self
            .plans
            .iter()
            .position(|(w, d, s, _)| *w == face && *d == dir && *s == script)
        {
            Some(i) => i,
            None => {
                let plan = ShapePlan::new(font, dir, script, buffer.language(), &[]);
                self.plans.push((face, dir, script, plan));
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

    /// The advance in Inter's font units of `text` shaped whole (each face run shaped
    /// apart, its advances scaled from its own units per em).
    fn shaped_units(&mut self, text: &str, weight: Weight) -> Option<i64> {
        let sum = |_: &[harfrust::GlyphInfo], positions: &[harfrust::GlyphPosition]| {
            positions
                .iter()
                .map(|p| i64::from(p.x_advance))
                .sum::<i64>()
        };
        if crate::fonts::inter_covers(text, weight) {
            return self.with_shaped(text, FaceId::inter(weight), None, sum);
        }
        let inter_upem = i64::from(units_per_em(weight));
        let mut total = 0;
        for run in face_runs(text, weight) {
            let units = self.with_shaped(&text[run.range.clone()], run.face, None, sum)?;
            let upem = i64::from(face_units_per_em(run.face)).max(1);
            total += (units * inter_upem + upem / 2) / upem;
        }
        Some(total)
    }

    /// The widths of a space-free `segment`, from the cache or shaped once.
    fn segment(&mut self, segment: &str, weight: Weight) -> Option<Widths> {
        let slot = weight as usize;
        if let Some(&w) = self.widths[slot].get(segment) {
            return Some(w);
        }
        let alone = if segment.is_empty() {
            0
        } else {
            self.shaped_units(segment, weight)?
        };
        let spaced = self.shaped_units(&format!("{segment} "), weight)?;
        if self.widths[slot].len() >= WIDTH_CACHE_LIMIT {
            self.widths[slot].clear();
        }
        let w = Widths { alone, spaced };
        self.widths[slot].insert(Box::from(segment), w);
        Some(w)
    }

    /// The advance of a line in font units: its space-separated segments, each measured once
    /// and cached, summed; every segment but the last with the space after it.
    fn line_units(&mut self, text: &str, weight: Weight) -> Option<i64> {
        let mut segments = text.split(' ').peekable();
        let mut total = 0;
        while let Some(segment) = segments.next() {
            let w = self.segment(segment, weight)?;
            total += if segments.peek().is_some() {
                w.spaced
            } else {
                w.alone
            };
        }
        Some(total)
    }

    /// Glyph advances of `word` shaped whole, attributed to the characters they draw: entry
    /// `k` is the advance up to the start of character `k` (the last is the whole width).
    /// An estimate of each prefix's own width, to know where to look for a break; `None`
    /// for a word that needs fallback faces (the break search then measures prefixes).
    fn prefix_advances(&mut self, word: &str, weight: Weight) -> Option<Vec<i64>> {
        if !crate::fonts::inter_covers(word, weight) {
            return None;
        }
        let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        self.with_shaped(word, FaceId::inter(weight), None, |infos, positions| {
            let mut per_char = vec![0_i64; starts.len()];
            for (info, pos) in infos.iter().zip(positions) {
                let k = starts.partition_point(|&s| s <= info.cluster as usize);
                per_char[k.saturating_sub(1)] += i64::from(pos.x_advance);
            }
            let mut acc = vec![0_i64; starts.len() + 1];
            for k in 0..starts.len() {
                acc[k + 1] = acc[k] + per_char[k];
            }
            acc
        })
    }

    /// The glyphs of one line in visual order: bidi runs left to right, each cut into face
    /// runs (reversed within a right-to-left run) and shaped in its direction.
    fn shape_line(&mut self, text: &str, weight: Weight) -> Vec<ShapedGlyph> {
        let glyphs = |face: FaceId, base: usize| {
            move |infos: &[harfrust::GlyphInfo], positions: &[harfrust::GlyphPosition]| {
                infos
                    .iter()
                    .zip(positions)
                    .map(|(i, p)| ShapedGlyph {
                        face,
                        id: i.glyph_id,
                        x_advance: p.x_advance,
                        x_offset: p.x_offset,
                        y_offset: p.y_offset,
                        cluster: i.cluster + base as u32,
                    })
                    .collect::<Vec<_>>()
            }
        };
        let rtl_free = !text.chars().any(is_rtl);
        if rtl_free && crate::fonts::inter_covers(text, weight) {
            let face = FaceId::inter(weight);
            return self
                .with_shaped(text, face, None, glyphs(face, 0))
                .unwrap_or_default();
        }
        let mut out = Vec::new();
        for (range, rtl) in visual_runs(text) {
            let mut runs = face_runs(&text[range.clone()], weight);
            if rtl {
                runs.reverse();
            }
            let dir = if rtl {
                Direction::RightToLeft
            } else {
                Direction::LeftToRight
            };
            for run in runs {
                let (a, b) = (range.start + run.range.start, range.start + run.range.end);
                if let Some(g) =
                    self.with_shaped(&text[a..b], run.face, Some(dir), glyphs(run.face, a))
                {
                    out.extend(g);
                }
            }
        }
        out
    }
}

/// Whether `c` is a strong right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// and their presentation forms): a quick test before running the bidi algorithm.
fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// The runs of one line in visual order (left to right), each with whether it is set
/// right to left; the paragraph direction comes from the first strong character (the
/// Unicode bidi algorithm, rules P2–P3).
fn visual_runs(text: &str) -> Vec<(Range<usize>, bool)> {
    let info = unicode_bidi::BidiInfo::new(text, None);
    let mut out = Vec::new();
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            out.push((run, rtl));
        }
    }
    out
}

/// Px width of `units` font units at `style`, or an estimate from `chars` when the text
/// could not be shaped (a generous one, rather than failing the render).
fn to_px(units: Option<i64>, chars: usize, size: f32, weight: Weight) -> f32 {
    match units {
        Some(units) => units as f32 * size / f32::from(units_per_em(weight)),
        None => chars as f32 * size * 0.65,
    }
}

/// Shapes one line of `text` in `weight` with the fallback chain: glyphs in visual order
/// (right-to-left runs reversed as the bidi algorithm orders them), each with its face.
/// Empty when the text is empty or cannot be shaped.
pub fn shape(text: &str, weight: Weight) -> Vec<ShapedGlyph> {
    if text.is_empty() {
        return Vec::new();
    }
    with_shaper(|s| s.shape_line(text, weight))
}

/// The advance width of `text` in px when set in `size` px Inter of `weight`; each
/// space-separated segment is shaped once per thread and cached.
pub fn measure(text: &str, size: f32, weight: Weight) -> f32 {
    if text.is_empty() {
        return 0.0;
    }
    let units = with_shaper(|s| s.line_units(text, weight));
    to_px(units, text.chars().count(), size, weight)
}

/// The advance width of `text` in px, shaped whole without the cache (the reference that
/// [`measure`] must equal; for tests and benchmarks).
pub fn measure_uncached(text: &str, size: f32, weight: Weight) -> f32 {
    let units = with_shaper(|s| s.shaped_units(text, weight));
    to_px(units, text.chars().count(), size, weight)
}

/// The width of `text` in `style`.
pub fn width(text: &str, style: Style) -> f32 {
    measure(text, style.size, style.weight)
}

/// A line being filled: its text, its width in font units alone and with a space after it
/// (`None` when unshapeable), and its length in characters.
#[derive(Default)]
struct Filling {
    text: String,
    units: Option<i64>,
    open: Option<i64>,
    chars: usize,
}

/// Wraps `text` greedily into lines no wider than `max` px; a word that alone is too wide is
/// broken between characters. Whitespace runs collapse to one space. Never returns an empty
/// list for non-blank text; returns an empty list for blank text.
///
/// Each word is measured once (cached) and a line's width is the running sum of its words
/// and spaces, so growing lines are never shaped again.
pub fn wrap(text: &str, style: Style, max: f32) -> Vec<String> {
    // A line break in the text (Mermaid's `<br>`, a YAML `\n`) starts a new line.
    if text.contains('\n') {
        return text
            .split('\n')
            .flat_map(|part| wrap_line(part, style, max))
            .collect();
    }
    wrap_line(text, style, max)
}

/// [`wrap`] for text without line breaks.
fn wrap_line(text: &str, style: Style, max: f32) -> Vec<String> {
    let (size, weight) = (style.size, style.weight);
    with_shaper(|s| {
        let mut lines = Vec::new();
        let mut line = Filling::default();
        for word in text.split_whitespace() {
            let w = s.segment(word, weight);
            let (alone, spaced) = (w.map(|w| w.alone), w.map(|w| w.spaced));
            let chars = word.chars().count();
            let candidate = if line.text.is_empty() {
                Filling {
                    text: String::new(),
                    units: alone,
                    open: spaced,
                    chars,
                }
            } else {
                Filling {
                    text: String::new(),
                    units: line.open.zip(alone).map(|(l, w)| l + w),
                    open: line.open.zip(spaced).map(|(l, w)| l + w),
                    chars: line.chars + 1 + chars,
                }
            };
            if to_px(candidate.units, candidate.chars, size, weight) <= max {
                let mut text = std::mem::take(&mut line.text);
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
                line = Filling { text, ..candidate };
                continue;
            }
            if !line.text.is_empty() {
                lines.push(std::mem::take(&mut line).text);
            }
            if to_px(alone, chars, size, weight) <= max {
                line = Filling {
                    text: word.to_string(),
                    units: alone,
                    open: spaced,
                    chars,
                };
            } else {
                let mut pieces = break_word(s, word, style, max);
                line = pieces.pop().unwrap_or_default();
                lines.extend(pieces.into_iter().map(|p| p.text));
            }
        }
        if !line.text.is_empty() {
            lines.push(line.text);
        }
        lines
    })
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

/// Breaks one word into pieces that each fit `max` (at least one character a piece): each
/// piece is the longest prefix of the rest that fits, or its first character.
///
/// The word is shaped once to estimate where each piece ends; only the prefixes around that
/// point are measured on their own, so a long word costs a few shapings per piece, not one
/// per character. Prefix widths grow with each character, so the piece found is the one a
/// character-by-character search finds.
fn break_word(s: &mut Shaper, word: &str, style: Style, max: f32) -> Vec<Filling> {
    let (size, weight) = (style.size, style.weight);
    // Pieces end on grapheme-cluster boundaries only (an accent never leaves its letter).
    let bounds: Vec<usize> = word
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([word.len()])
        .collect();
    let n = bounds.len() - 1;
    // Where UAX #14 allows a break inside the word (after a hyphen or a slash, between
    // ideographs); a piece ends at the last of these that fits, else at a cluster.
    let allowed: Vec<bool> = {
        let mut ok = vec![false; word.len() + 1];
        for (at, _) in unicode_linebreak::linebreaks(word) {
            ok[at] = true;
        }
        bounds.iter().map(|&b| ok[b]).collect()
    };
    let inter_word = crate::fonts::inter_covers(word, weight);
    let estimate = if bounds.len() == word.chars().count() + 1 {
        s.prefix_advances(word, weight)
    } else {
        None
    };
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < n {
        // Whether the piece of characters start..end is too wide (a piece of one character
        // never is), and its widths.
        let over = |s: &mut Shaper, end: usize| {
            let w = s.segment(&word[bounds[start]..bounds[end]], weight);
            let units = w.map(|w| w.alone);
            (
                end - start > 1 && to_px(units, end - start, size, weight) > max,
                w,
            )
        };
        // First guess: the first end at which the estimate is too wide.
        let guess = (start + 2..=n)
            .find(|&end| {
                let est = estimate.as_ref().map(|a| a[end] - a[start]);
                to_px(est, end - start, size, weight) > max
            })
            .unwrap_or(n + 1);
        // The piece ends at the largest end that is not over, with the next one over.
        let mut end = (guess - 1).clamp(start + 1, n);
        let (mut is_over, mut w) = over(s, end);
        while is_over {
            end -= 1;
            (is_over, w) = over(s, end);
        }
        while end < n {
            let (next_over, next) = over(s, end + 1);
            if next_over {
                break;
            }
            (end, w) = (end + 1, next);
        }
        // Latin, Greek and Cyrillic words keep breaking between characters as before
        // (their break points are the reference of the width-cache tests); words in other
        // scripts break where UAX #14 allows.
        if end < n
            && !allowed[end]
            && !inter_word
            && let Some(b) = (start + 1..end).rev().find(|&b| allowed[b])
        {
            end = b;
            w = over(s, end).1;
        }
        pieces.push(Filling {
            text: word[bounds[start]..bounds[end]].to_string(),
            units: w.map(|w| w.alone),
            open: w.map(|w| w.spaced),
            chars: end - start,
        });
        start = end;
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

    /// The wrap as it was before the width cache: every candidate line shaped whole.
    fn wrap_reference(text: &str, style: Style, max: f32) -> Vec<String> {
        let w = |t: &str| measure_uncached(t, style.size, style.weight);
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if w(&candidate) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if w(word) <= max {
                line = word.to_string();
                continue;
            }
            let mut piece = String::new();
            for ch in word.chars() {
                piece.push(ch);
                if piece.chars().count() > 1 && w(&piece) > max {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(ch);
                }
            }
            line = piece;
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Letters, digits, punctuation and the typographic marks labels use.
    fn sample_chars() -> Vec<char> {
        (0x21u8..0x7F)
            .map(char::from)
            .chain("éüßÅøçñ–—…→·’“”«»€£°±×".chars())
            .collect()
    }

    #[test]
    fn a_space_breaks_every_kern_and_substitution() {
        // The cache sums words, each with the space after it: exact only if nothing
        // interacts across a space with the next word, in either weight.
        let chars = sample_chars();
        for weight in [Weight::Regular, Weight::SemiBold] {
            for &a in &chars {
                for &b in &chars {
                    let t = format!("{a} {b}");
                    assert_eq!(
                        measure(&t, 13.0, weight).to_bits(),
                        measure_uncached(&t, 13.0, weight).to_bits(),
                        "{t:?} {weight:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn cached_widths_and_wraps_equal_shaping_whole() {
        let texts = [
            "Reviews the tender (CT-2026/04) with the IT-security lead — 3 days before the vote.",
            "Is the 5-year TCO lower than the \"current\" vendor's?  Ask: procurement & finance.",
            "AVAILABILITY: \u{201c}Yes\u{201d} → Plan B / plan C… VAT 19 %, 1.000,00 €",
            "Pneumonoultramicroscopicsilicovolcanoconiosis-and-a-very-long-hyphenated-compound",
            "https://example.org/a/very/long/path/that/never/breaks/at/a/space?query=1&x=2",
            "Ta Te To Ty Va Ve Vo Wa We Yo AV AW LT LY P. F, \"A\" 'T' (J) [Q] {V}",
            "x",
            "",
        ];
        let widths = [24.0, 40.0, 80.0, 120.0, 216.0, 400.0];
        let styles = [
            Style::SMALL,
            Style::SMALL_BOLD,
            Style::BODY,
            Style::BODY_BOLD,
            Style::HEADING,
            Style::TITLE,
        ];
        for text in texts {
            for style in styles {
                assert_eq!(
                    width(text, style).to_bits(),
                    measure_uncached(text, style.size, style.weight).to_bits(),
                    "{text:?}"
                );
                for max in widths {
                    assert_eq!(
                        wrap(text, style, max),
                        wrap_reference(text, style, max),
                        "{text:?} {style:?} {max}"
                    );
                }
            }
        }
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
