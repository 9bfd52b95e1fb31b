//! A persona's profile page.

use super::{ACCENT, BOTTOM, H2, LEAD, M, PAGE_W, Page, TOP};
use crate::diagram::drawing::{Anchor, Canvas, Paint, Stroke};
use crate::diagram::palette::{HAIRLINE, INK, MUTED};
use crate::diagram::text::{Style, width, wrap, wrap_clamped};
use crate::model::{Journey, Persona, Site};
use crate::views::persona as persona_view;

/// A bulleted list in a box of width `w` from `y`, at most `max_y`; returns the y below it.
/// A bulleted list of `items` from `(x, y)`, `w` wide, cut with "and N more" (in the
/// language of `ui`) before `max_y`; returns the y below it.
fn bullets(
    ui: &crate::i18n::Catalogue,
    s: &mut Canvas,
    items: &[String],
    (x, y, w, max_y): (f32, f32, f32, f32),
) -> f32 {
    let mut y = y;
    for (i, item) in items.iter().enumerate() {
        let lines = wrap(item, Style::BODY, w - 14.0);
        let h = lines.len() as f32 * Style::BODY.line;
        if y + h > max_y {
            let rest = items.len() - i;
            s.text(
                x,
                y + Style::SMALL.baseline(),
                Style::SMALL,
                MUTED,
                Anchor::Start,
                &ui.t_n("deck-and-more", rest as i64),
            );
            return y + Style::SMALL.line;
        }
        s.circle(x + 3.0, y + Style::BODY.line / 2.0, 2.5, Paint::fill(MUTED));
        s.lines(x + 14.0, y, Style::BODY, INK, &lines);
        y += h + 4.0;
    }
    y
}

/// A persona's profile page: name, role, kind and buying role, quote, channels and the
/// journeys it appears in at the left; goals, needs, questions and blockers at the right.
pub(super) fn persona_page(site: &Site, p: &Persona, journeys: &[&Journey], pages: &mut Vec<Page>) {
    let ui = &site.config.ui;
    let mut page = Page::new(&ui.t("label-persona"), &p.name);
    let mut s = Canvas::new();
    let y = profile(&mut s, site, p);
    appearances(&mut s, site, p, journeys, y);
    lists(&mut s, site, p);
    page.body = s;
    pages.push(page);
}

/// Width of the profile column.
const SIDE_W: f32 = 280.0;

/// The profile column down to the channels; returns the y below it.
fn profile(s: &mut Canvas, site: &Site, p: &Persona) -> f32 {
    let ui = &site.config.ui;
    let mut y = TOP + 4.0;
    let name = wrap_clamped(&p.name, H2, SIDE_W, 2);
    s.lines(M, y, H2, INK, &name);
    y += name.len() as f32 * H2.line + 2.0;
    if let Some(r) = &p.role {
        let lines = wrap_clamped(r, Style::BODY, SIDE_W, 2);
        s.lines(M, y, Style::BODY, MUTED, &lines);
        y += lines.len() as f32 * Style::BODY.line;
    }
    y += 10.0;
    let mut x = M;
    let role = p
        .buying_role
        .map(|b| site.config.labels.buying_roles[b as usize].clone());
    for label in [p.kind.clone(), role].into_iter().flatten() {
        let w = width(&label, Style::SMALL_BOLD) + 16.0;
        s.rect(x, y, w, 20.0, 10.0, Paint::fill("#E9EEF4"));
        s.text(
            x + 8.0,
            y + 14.0,
            Style::SMALL_BOLD,
            "#3E4C59",
            Anchor::Start,
            &label,
        );
        x += w + 6.0;
    }
    y += 36.0;
    if let Some(q) = &p.quote {
        let lines = wrap_clamped(&format!("“{q}”"), LEAD, SIDE_W - 16.0, 5);
        let h = lines.len() as f32 * LEAD.line;
        s.rect(M, y, 3.0, h, 0.0, Paint::fill(ACCENT));
        s.lines(M + 16.0, y, LEAD, INK, &lines);
        y += h + 20.0;
    }
    if !p.channels.is_empty() {
        let heading = ui.t("label-channels").to_uppercase();
        s.text(
            M,
            y + 10.0,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &heading,
        );
        let lines = wrap(&p.channels.join(" · "), Style::BODY, SIDE_W);
        s.lines(M, y + 16.0, Style::BODY, INK, &lines);
        y += 16.0 + lines.len() as f32 * Style::BODY.line + 16.0;
    }
    y
}

/// The journeys of the deck the persona appears in, and where it enters each, from `y`.
fn appearances(s: &mut Canvas, site: &Site, p: &Persona, journeys: &[&Journey], y: f32) {
    let ui = &site.config.ui;
    let view = persona_view::persona_view(site, &p.id);
    let inv: Vec<String> = view
        .journeys
        .iter()
        .filter(|v| journeys.iter().any(|j| j.id == v.journey_id))
        .map(|v| match &v.enters_at {
            Some(st) => format!(
                "{} — {} {st}{}",
                v.journey_title,
                ui.t("persona-enters-at-before"),
                ui.t("persona-enters-at-after").trim_end_matches('.')
            ),
            None => format!("{} — {}", v.journey_title, ui.t("persona-listed-inactive")),
        })
        .collect();
    if !inv.is_empty() && y < BOTTOM - 40.0 {
        let heading = ui.t("deck-in-the-journeys").to_uppercase();
        s.text(
            M,
            y + 10.0,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &heading,
        );
        bullets(ui, s, &inv, (M, y + 18.0, SIDE_W, BOTTOM));
    }
}

/// Goals, needs, questions and blockers in a 2 × 2 grid at the right.
fn lists(s: &mut Canvas, site: &Site, p: &Persona) {
    let ui = &site.config.ui;
    let gx = M + SIDE_W + 40.0;
    let gw = (PAGE_W - M - gx - 24.0) / 2.0;
    let gh = (BOTTOM - TOP - 16.0) / 2.0;
    let lists = [
        (ui.t("persona-goals"), &p.goals),
        (ui.t("persona-needs"), &p.needs),
        (ui.t("persona-questions"), &p.questions),
        (ui.t("persona-blockers"), &p.blockers),
    ];
    for (i, (label, items)) in lists.iter().enumerate() {
        let bx = gx + (i % 2) as f32 * (gw + 24.0);
        let by = TOP + 4.0 + (i / 2) as f32 * (gh + 16.0);
        let fill = if i == 3 { "#FDF5F2" } else { "#F7F9FB" };
        let paint = Paint::fill(fill).with_stroke(Stroke::new(HAIRLINE, 1.0));
        s.rect(bx, by, gw, gh, 6.0, paint);
        let heading = label.to_uppercase();
        s.text(
            bx + 16.0,
            by + 24.0,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &heading,
        );
        if items.is_empty() {
            let none = ui.t("label-none-recorded");
            s.text(
                bx + 16.0,
                by + 46.0,
                Style::BODY,
                "#7B8794",
                Anchor::Start,
                &none,
            );
        } else {
            let area = (bx + 16.0, by + 34.0, gw - 32.0, by + gh - 8.0);
            bullets(ui, s, items, area);
        }
    }
}
