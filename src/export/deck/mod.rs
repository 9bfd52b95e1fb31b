//! The slide plan that the PDF deck and the PowerPoint deck share: which slides a deck has,
//! what each draws, its wrapped text boxes and its speaker notes. Both writers read the same
//! [`Slide`]s, so the PDF pages and the PowerPoint slides are the same deck.
//!
//! Plan, in order: a title slide; per journey an overview (the stakeholder map of who is
//! active where, with each persona's emotion curve across the stages), then the stages in
//! groups of two or three (every lane of those stages as lists of items), and for a to-be
//! map with a baseline a comparison slide; then the personas, two to a slide. For the
//! example's seven maps that is about 1 + stages / 2 slides a map.
//!
//! Drawn for projection: slides are 960 × 540 pt (16:9) and no text is smaller than
//! [`MIN_PT`]. Nothing is scaled down to fit: what does not fit is cut with "and N more",
//! and the cut items are written out in full in the speaker notes, so a presenter never
//! loses content. The detailed deck of whole diagrams (`--deck full`) is drawn by
//! `crate::export::pdf` from the diagrams themselves.

mod compare;
mod overview;
mod persona;
mod stage;
mod title;

pub use persona::persona_slide;
pub use title::title_slide;

use crate::diagram::drawing::{Anchor, Canvas, Color, Drawing, Item, Paint, Stroke};
use crate::diagram::palette::{HAIRLINE, INK, MUTED};
use crate::diagram::text::{Style, Weight, width, wrap, wrap_clamped};
use crate::model::{Journey, Persona, Site};

/// Slide width in points.
pub const SLIDE_W: f32 = 960.0;
/// Slide height in points.
pub const SLIDE_H: f32 = 540.0;
/// The smallest text on any slide, in points: readable on a projected 16:9 slide.
pub const MIN_PT: f32 = 10.0;
/// Side margin.
pub const M: f32 = 40.0;
/// Top of the content area (below the section label).
pub const TOP: f32 = 56.0;
/// Bottom of the content area (above the footer).
pub const BOTTOM: f32 = 500.0;
/// The waymark accent: section labels, rules, the title slide's band.
pub const ACCENT: &str = "#0B4F7C";

/// The theme's logo in the footer band: centred under the hairline at 512 pt, between the
/// footer's title and the slide number, at most 96 × 16 pt (the PowerPoint master's logo and
/// the PDF pages').
pub const LOGO_BOX: [f32; 4] = [(SLIDE_W - 96.0) / 2.0, 518.0, 96.0, 16.0];

/// 10 pt semibold: lane labels, column headings (upper case).
pub const LABEL: Style = Style {
    size: 10.0,
    weight: Weight::SemiBold,
    line: 14.0,
};
/// 10 pt regular: the second line of an item (channel, owner, status).
pub const META: Style = Style {
    size: 10.0,
    weight: Weight::Regular,
    line: 13.0,
};
/// 11 pt regular: list items.
pub const ITEM: Style = Style {
    size: 11.0,
    weight: Weight::Regular,
    line: 14.0,
};
/// 24 pt semibold: a slide's headline.
pub const H2: Style = Style {
    size: 24.0,
    weight: Weight::SemiBold,
    line: 30.0,
};

/// A paragraph of a [`TextBox`].
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    /// The text, wrapped within the box (by us for the PDF, by PowerPoint in a slide).
    pub text: String,
    /// Size and weight, in points.
    pub style: Style,
    /// Colour.
    pub color: Color,
    /// Whether it is a list item with a bullet.
    pub bullet: bool,
    /// Whether a paragraph without a bullet is indented as far as a bulleted one's text
    /// (an item's second line: channel, owner, status).
    pub indent: bool,
    /// Space before the paragraph, in points.
    pub space_before: f32,
}

/// A text box of paragraphs, in slide points: an editable text frame in PowerPoint, lines
/// of text in the PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// Its paragraphs, top to bottom.
    pub paras: Vec<Para>,
}

/// The indent of a bulleted paragraph's text, in points (PowerPoint's `marL` of 171450 EMU).
pub const BULLET_INDENT: f32 = 13.5;

impl Para {
    /// A paragraph of `text` in `style` and colour `hex`, `space_before` points below the one
    /// before it.
    pub fn new(text: &str, style: Style, hex: &str, space_before: f32) -> Para {
        Para {
            text: text.to_string(),
            style,
            color: Color::hex(hex).unwrap_or(Color::BLACK),
            bullet: false,
            indent: false,
            space_before,
        }
    }

    /// This paragraph as a bulleted list item.
    pub fn bulleted(mut self) -> Para {
        self.bullet = true;
        self
    }

    /// This paragraph indented like a bulleted one's text.
    pub fn indented(mut self) -> Para {
        self.indent = true;
        self
    }

    fn text_width(&self, w: f32) -> f32 {
        if self.bullet || self.indent {
            w - BULLET_INDENT
        } else {
            w
        }
    }

    /// Its lines wrapped to a box `w` wide.
    pub fn lines(&self, w: f32) -> Vec<String> {
        wrap(&self.text, self.style, self.text_width(w))
    }

    /// Its height in a box `w` wide, space before included.
    pub fn height(&self, w: f32) -> f32 {
        self.space_before + self.lines(w).len().max(1) as f32 * self.style.line
    }
}

impl TextBox {
    /// The height its paragraphs take, which may be less than [`TextBox::h`].
    pub fn used(&self) -> f32 {
        self.paras.iter().map(|p| p.height(self.w)).sum()
    }

    /// Draws the paragraphs as lines of text into `c` (the PDF's form of the box), with the
    /// same wrapping the layout measured.
    pub fn draw(&self, c: &mut Canvas) {
        let mut y = self.y;
        for p in &self.paras {
            y += p.space_before;
            let x = if p.bullet || p.indent {
                self.x + BULLET_INDENT
            } else {
                self.x
            };
            let hex = p.color.to_hex();
            let lines = p.lines(self.w);
            if p.bullet {
                let base = y + p.style.baseline();
                c.text(self.x + 2.0, base, p.style, &hex, Anchor::Start, "•");
            }
            c.lines(x, y, p.style, &hex, &lines);
            y += lines.len().max(1) as f32 * p.style.line;
        }
    }
}

/// `text` cut to `max` lines of `w` in `style`, ending in "…" when cut.
pub fn clamp(text: &str, style: Style, w: f32, max: usize) -> String {
    let lines = wrap_clamped(text, style, w, max);
    if lines.len() <= max && !lines.last().is_some_and(|l| l.ends_with('…')) {
        return text.to_string();
    }
    let sep = if text.contains(' ') { " " } else { "" };
    lines.join(sep)
}

/// One slide before it is written.
#[derive(Debug, Clone)]
pub struct Slide {
    /// The small-caps label at the top left ("JOURNEY MAP", "PERSONAS", …); empty on the
    /// title slide, which has no frame.
    pub section: String,
    /// Right of the section label: the journey title, "Stages 1–2 of 7", ….
    pub note: String,
    /// Footer text after the site title (journey title or persona names).
    pub footer: String,
    /// Shapes and one-line labels, in slide points.
    pub drawing: Drawing,
    /// Wrapped text boxes over the drawing.
    pub boxes: Vec<TextBox>,
    /// Speaker notes, one paragraph a line; empty for none.
    pub notes: String,
}

impl Slide {
    fn new(section: &str, note: &str, footer: &str) -> Slide {
        Slide {
            section: section.to_string(),
            note: note.to_string(),
            footer: footer.to_string(),
            drawing: Canvas::new().into_page(SLIDE_W, SLIDE_H),
            boxes: Vec::new(),
            notes: String::new(),
        }
    }

    /// The body as one drawing: the shapes, then the text boxes as lines of text (the PDF).
    pub fn body(&self) -> Drawing {
        let mut c = Canvas::new();
        for b in &self.boxes {
            b.draw(&mut c);
        }
        let mut d = self.drawing.clone();
        d.items.extend(c.into_page(SLIDE_W, SLIDE_H).items);
        d
    }
}

/// Every slide of the readable deck of `journeys`, in order, without the frame (see
/// [`frame`]).
pub fn slides(site: &Site, journeys: &[&Journey]) -> Vec<Slide> {
    use rayon::prelude::*;
    let per_journey: Vec<Vec<Slide>> = journeys.par_iter().map(|j| section(site, j)).collect();
    let mut out = vec![title::title_slide(site, journeys)];
    out.extend(per_journey.into_iter().flatten());
    out.extend(persona_slides(site, journeys));
    out
}

/// The slides of one journey: its overview, its stages, its comparison.
pub fn section(site: &Site, j: &Journey) -> Vec<Slide> {
    let mut v = overview::overview_slides(site, j);
    v.extend(stage::stage_slides(site, j));
    v.extend(compare::compare_slide(site, j));
    v
}

/// The persona slides of `journeys`, two personas a slide.
pub fn persona_slides(site: &Site, journeys: &[&Journey]) -> Vec<Slide> {
    personas(site, journeys)
        .chunks(2)
        .map(|pair| persona::persona_slide(site, pair))
        .collect()
}

/// The personas the selected journeys list, in the site's order.
pub fn personas<'a>(site: &'a Site, journeys: &[&Journey]) -> Vec<&'a Persona> {
    site.personas
        .iter()
        .filter(|p| journeys.iter().any(|j| j.personas.contains(&p.id)))
        .collect()
}

/// The frame of a slide: its `section` label and `note` at the top, and the footer (site
/// title · `footer`) over a hairline; with `numbered` (`(n, total)`) the slide number at the
/// bottom right. A slide without a section (the title slide) has no frame.
pub fn frame(
    site_title: &str,
    (section, note, footer): (&str, &str, &str),
    numbered: Option<(usize, usize)>,
) -> Canvas {
    let mut c = Canvas::new();
    if section.is_empty() {
        return c;
    }
    let label = section.to_uppercase();
    c.rect(M, 24.0, 4.0, 14.0, 0.0, Paint::fill(ACCENT));
    c.text(
        M + 12.0,
        35.0,
        Style::SMALL_BOLD,
        ACCENT,
        Anchor::Start,
        &label,
    );
    if !note.is_empty() {
        let x = M + 12.0 + width(&label, Style::SMALL_BOLD) + 12.0;
        let note = clamp(note, Style::SMALL, SLIDE_W - M - x, 1);
        c.text(x, 35.0, Style::SMALL, MUTED, Anchor::Start, &note);
    }
    let y = SLIDE_H - 28.0;
    c.line(M, y, SLIDE_W - M, y, Stroke::new(HAIRLINE, 1.0));
    let left = if footer.is_empty() {
        site_title.to_string()
    } else {
        format!("{site_title} · {footer}")
    };
    let left = clamp(&left, Style::SMALL, SLIDE_W - 2.0 * M - 120.0, 1);
    c.text(M, SLIDE_H - 12.0, Style::SMALL, MUTED, Anchor::Start, &left);
    if let Some((n, total)) = numbered {
        number(&mut c, n, total);
    }
    c
}

impl Slide {
    /// Its frame ([`frame`]), numbered `n / total` when given.
    pub fn frame(&self, site_title: &str, numbered: Option<(usize, usize)>) -> Canvas {
        let parts = (
            self.section.as_str(),
            self.note.as_str(),
            self.footer.as_str(),
        );
        frame(site_title, parts, numbered)
    }
}

/// Draws the slide number `n / total` at the bottom right.
pub fn number(c: &mut Canvas, n: usize, total: usize) {
    let text = format!("{n} / {total}");
    c.text(
        SLIDE_W - M,
        SLIDE_H - 12.0,
        Style::SMALL,
        MUTED,
        Anchor::End,
        &text,
    );
}

/// A heading in [`LABEL`] style, upper case, in `hex`.
fn label(c: &mut Canvas, x: f32, y: f32, hex: &str, text: &str) {
    c.text(x, y, LABEL, hex, Anchor::Start, &text.to_uppercase());
}

/// A column of items under a heading, cut with "and N more" where it would pass `bottom`;
/// the items cut are returned for the notes.
fn column(
    site: &Site,
    (x, y, w, bottom): (f32, f32, f32, f32),
    heading: &str,
    items: &[String],
) -> (TextBox, Vec<String>) {
    let ui = &site.config.ui;
    let mut paras = vec![Para::new(&heading.to_uppercase(), LABEL, MUTED, 0.0)];
    let mut used = LABEL.line;
    let mut cut = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let p = Para::new(&clamp(item, ITEM, w - BULLET_INDENT, 3), ITEM, INK, 3.0).bulleted();
        let h = p.height(w);
        let shortened = p.text != *item;
        let rest = items.len() - i;
        if used + h + if rest > 1 { META.line + 3.0 } else { 0.0 } > bottom - y {
            paras.push(Para::new(
                &ui.t_n("deck-and-more", rest as i64),
                META,
                MUTED,
                3.0,
            ));
            cut.extend(items[i..].iter().cloned());
            break;
        }
        used += h;
        paras.push(p);
        if shortened {
            cut.push(item.clone());
        }
    }
    if items.is_empty() {
        let none = ui.t("label-none-recorded");
        paras.push(Para::new(&none, ITEM, MUTED, 3.0));
    }
    let tb = TextBox {
        x,
        y,
        w,
        h: bottom - y,
        paras,
    };
    (tb, cut)
}

/// The journey's narrative for the notes: its description, then the Markdown body.
fn narrative(j: &Journey) -> String {
    let mut v: Vec<&str> = Vec::new();
    if let Some(d) = &j.description {
        v.push(d);
    }
    if !j.narrative.trim().is_empty() {
        v.push(j.narrative.trim());
    }
    v.join("\n\n")
}

/// Every text run of `slide` as drawn (frame included) with its size in points: what the
/// 10 pt rule is checked on.
pub fn text_sizes(site_title: &str, slide: &Slide) -> Vec<(String, f32)> {
    let mut d = slide
        .frame(site_title, Some((1, 1)))
        .into_page(SLIDE_W, SLIDE_H);
    d.items.extend(slide.body().items);
    let mut out = Vec::new();
    sizes_of(&d.items, 1.0, &mut out);
    out
}

/// The text runs of `items` with their sizes at `scale` (embedded drawings are scaled).
fn sizes_of(items: &[Item], scale: f32, out: &mut Vec<(String, f32)>) {
    for item in items {
        match item {
            Item::Text(t) => out.push((t.text.clone(), t.style.size * scale)),
            Item::Embed {
                drawing, scale: s, ..
            } => sizes_of(&drawing.items, scale * s, out),
            Item::Link { items, .. } => sizes_of(items, scale, out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Site {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default();
        crate::pipeline::check_site(root, as_of)
            .site
            .expect("the example checks")
    }

    /// The example's deck: about 1 + stages / 2 slides a map, personas two a slide, and no
    /// text under 10 pt on any slide.
    #[test]
    fn the_example_deck_is_short_and_readable() {
        let site = example();
        let journeys: Vec<&Journey> = site.journeys.iter().map(|j| &**j).collect();
        let slides = slides(&site, &journeys);
        assert!(slides.len() <= 34, "{} slides", slides.len());
        for (i, s) in slides.iter().enumerate() {
            for (text, size) in text_sizes(&site.config.title, s) {
                assert!(size >= MIN_PT, "slide {}: {text:?} at {size} pt", i + 1);
            }
        }
    }
}
