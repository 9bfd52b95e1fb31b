//! The deck's title page: the site, its counts, the newest review date and the contents.

use super::{ACCENT, BOTTOM, DISPLAY, LEAD, PAGE_H, PAGE_W, Page};
use crate::diagram::drawing::{Anchor, Canvas, Paint, Stroke};
use crate::diagram::palette::{HAIRLINE, INK, MUTED};
use crate::diagram::text::{Style, wrap_clamped};
use crate::model::{Journey, Site};

/// The newest `reviewed` date of the journeys: the deck's date.
fn newest_review(journeys: &[&Journey]) -> Option<chrono::NaiveDate> {
    journeys.iter().filter_map(|j| j.reviewed).max()
}

pub(super) fn title_page(site: &Site, journeys: &[&Journey], contents: &[(String, usize)]) -> Page {
    let mut page = Page::new("", "");
    let mut s = Canvas::new();
    s.rect(0.0, 0.0, 12.0, PAGE_H, 0.0, Paint::fill(ACCENT));
    let left = 72.0;
    let col = 470.0;
    let mut y = 120.0;
    s.text(
        left,
        y,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        &site.config.ui.t("deck-journey-maps").to_uppercase(),
    );
    y += 16.0;
    let title = wrap_clamped(&site.config.title, DISPLAY, col, 3);
    s.lines(left, y, DISPLAY, INK, &title);
    y += title.len() as f32 * DISPLAY.line + 12.0;
    if let Some(d) = &site.config.description {
        let lines = wrap_clamped(d, LEAD, col, 4);
        s.lines(left, y, LEAD, MUTED, &lines);
        y += lines.len() as f32 * LEAD.line + 12.0;
    }
    y += 16.0;
    s.line(left, y, left + 64.0, y, Stroke::new(ACCENT, 3.0));
    y += 28.0;
    let personas: usize = site
        .personas
        .iter()
        .filter(|p| journeys.iter().any(|j| j.personas.contains(&p.id)))
        .count();
    let ui = &site.config.ui;
    let mut counts = fluent_bundle::FluentArgs::new();
    counts.set("journeys", journeys.len());
    counts.set("personas", personas);
    let facts = [
        (
            ui.t("deck-maps"),
            ui.format("deck-maps-count", Some(&counts)),
        ),
        (
            ui.t("deck-reviewed"),
            newest_review(journeys).map_or_else(
                || ui.t("deck-not-reviewed"),
                |d| ui.t_args("deck-latest-review", &[("date", &ui.date_short(d))]),
            ),
        ),
    ];
    for (k, v) in facts {
        s.text(
            left,
            y,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &k.to_uppercase(),
        );
        s.text(left + 90.0, y, Style::BODY, INK, Anchor::Start, &v);
        y += 24.0;
    }
    // Contents, right column.
    let cx = 600.0;
    let cw = PAGE_W - cx - 56.0;
    let mut cy = 120.0;
    let heading = site.config.ui.t("deck-contents").to_uppercase();
    s.text(cx, cy, Style::SMALL_BOLD, MUTED, Anchor::Start, &heading);
    cy += 14.0;
    let max_rows = ((BOTTOM - cy) / 26.0).floor() as usize;
    let shown = contents.len().min(max_rows.max(1));
    for (title, page_index) in contents.iter().take(shown) {
        s.line(cx, cy, cx + cw, cy, Stroke::new(HAIRLINE, 1.0));
        let t = wrap_clamped(title, Style::BODY, cw - 40.0, 1);
        s.lines(cx, cy + 4.0, Style::BODY, INK, &t);
        s.text(
            cx + cw,
            cy + 4.0 + Style::BODY.baseline(),
            Style::BODY,
            MUTED,
            Anchor::End,
            &(page_index + 1).to_string(),
        );
        cy += 26.0;
    }
    if contents.len() > shown {
        s.text(
            cx,
            cy + 16.0,
            Style::SMALL,
            MUTED,
            Anchor::Start,
            &site
                .config
                .ui
                .t_n("deck-and-more", (contents.len() - shown) as i64),
        );
    }
    page.body = s;
    page
}
