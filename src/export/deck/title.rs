//! The title slide: the site's title and description, how many maps and personas the deck
//! holds, and the newest review date of its maps (never the clock, so the deck is the same
//! for the same input).

use super::{ACCENT, Para, SLIDE_H, SLIDE_W, Slide, TextBox, personas};
use crate::diagram::drawing::{Canvas, Paint, Stroke};
use crate::diagram::palette::{INK, MUTED};
use crate::diagram::text::{Style, wrap};
use crate::model::{Journey, Site};

/// The height of `text` wrapped to `w` in `style`, counting at most `max` lines.
fn lines(text: &str, style: Style, w: f32, max: usize) -> f32 {
    wrap(text, style, w).len().clamp(1, max) as f32 * style.line
}

/// The title slide of the deck of `journeys`.
pub fn title_slide(site: &Site, journeys: &[&Journey]) -> Slide {
    let ui = &site.config.ui;
    let (left, col) = (72.0, 600.0);
    let label = ui.t("deck-journey-maps").to_uppercase();
    let title = super::clamp(&site.config.title, Style::DISPLAY, col, 3);
    let mut head = vec![Para::new(&label, Style::SMALL_BOLD, MUTED, 0.0)];
    head.push(Para::new(&title, Style::DISPLAY, INK, 6.0));
    let mut h = Style::SMALL_BOLD.line + 6.0 + lines(&title, Style::DISPLAY, col, 3);
    if let Some(d) = &site.config.description {
        let d = super::clamp(d, Style::LEAD, col, 5);
        head.push(Para::new(&d, Style::LEAD, MUTED, 12.0));
        h += 12.0 + lines(&d, Style::LEAD, col, 5);
    }
    let top = 96.0;
    let rule = (top + h + 24.0).min(380.0);
    let mut c = Canvas::new();
    c.rect(0.0, 0.0, 12.0, SLIDE_H, 0.0, Paint::fill(ACCENT));
    // The theme's logo above the title, at most 200 × 40 pt.
    crate::diagram::theme::place_logo(&site.theme, &mut c, left, 40.0, 200.0, 40.0);
    c.line(left, rule, left + 64.0, rule, Stroke::new(ACCENT, 3.0));
    let mut counts = fluent_bundle::FluentArgs::new();
    counts.set("journeys", journeys.len());
    counts.set("personas", personas(site, journeys).len());
    let review = journeys
        .iter()
        .filter_map(|j| j.reviewed)
        .max()
        .map_or_else(
            || ui.t("deck-not-reviewed"),
            |d| ui.t_args("deck-latest-review", &[("date", &ui.date_short(d))]),
        );
    let maps = ui.t("deck-maps").to_uppercase();
    let reviewed = ui.t("deck-reviewed").to_uppercase();
    let facts = vec![
        Para::new(&maps, Style::SMALL_BOLD, MUTED, 0.0),
        Para::new(
            &ui.format("deck-maps-count", Some(&counts)),
            Style::BODY,
            INK,
            2.0,
        ),
        Para::new(&reviewed, Style::SMALL_BOLD, MUTED, 10.0),
        Para::new(&review, Style::BODY, INK, 2.0),
    ];
    let mut slide = Slide::new("", "", "");
    slide.drawing = c.into_page(SLIDE_W, SLIDE_H);
    slide.boxes = vec![
        TextBox {
            x: left,
            y: top,
            w: col,
            h: rule - top - 8.0,
            paras: head,
        },
        TextBox {
            x: left,
            y: rule + 20.0,
            w: col,
            h: 100.0,
            paras: facts,
        },
    ];
    slide.notes = site.config.description.clone().unwrap_or_default();
    slide
}
