//! Diagrams of a journey: the journey diagram, the stakeholder map and the as-is ↔ to-be
//! comparison chart.
//!
//! Each is drawn once into a typed [`Drawing`] (shapes and positioned text runs, with the
//! lane and stage extents), a pure function of the resolved model; the writers read that
//! drawing: [`svg::write`] for pages and downloads (deterministic bytes, every model string
//! escaped, every id prefixed per diagram, `wm-<journey>-jd-` and `wm-<journey>-sm-`), and
//! the PNG and PDF writers in `export`. Text is set in Inter 400/600 with the fallback faces
//! of [`crate::fonts`], wrapped by measuring it with the same font files the exports draw.

pub mod card;
pub mod compare;
pub mod drawing;
pub mod journey;
pub mod layout;
pub mod matrix;
pub mod palette;
pub mod stakeholder;
pub mod svg;
pub mod text;
pub mod theme;

use crate::model::{Journey, Site};

pub use drawing::Drawing;
pub use svg::Form;

/// The journey diagram: stages as columns, swimlanes as rows (actions, questions,
/// touchpoints, emotion chart, pain points, decision moments, hand-offs, opportunities,
/// metrics); empty lanes are left out.
pub fn journey_drawing(site: &Site, journey: &Journey) -> Drawing {
    with_logo(site, themed(site, journey::draw(site, journey)))
}

/// `d` with the site's theme applied ([`theme::apply`]).
fn themed(site: &Site, mut d: Drawing) -> Drawing {
    theme::apply(&site.theme, &mut d);
    d
}

/// `d` (a diagram opening with the title block of [`layout::header`]) with the theme's
/// logo in its top right corner, as high as the state pill's row (20 px), so that a PNG
/// pasted into a slide carries the brand.
fn with_logo(site: &Site, mut d: Drawing) -> Drawing {
    let (max_w, max_h) = (120.0, 20.0);
    if let Some(mut img) = theme::logo_item(&site.theme, 0.0, layout::MARGIN, max_w, max_h) {
        img.x = d.width - layout::MARGIN - img.w;
        d.items.push(drawing::Item::Image(img));
    }
    d
}

/// [`journey_drawing`] with only the lanes whose key (`Actions`, `Emotion`, `Pain points`,
/// …) is in `lanes`: the PDF deck's detail pages, which split the lanes over pages. The
/// emotion lane still draws the step-level emotions of actions whose lane is not shown.
pub fn journey_drawing_lanes(site: &Site, journey: &Journey, lanes: &[&str]) -> Drawing {
    with_logo(
        site,
        themed(site, journey::draw_lanes(site, journey, Some(lanes))),
    )
}

/// The stakeholder map: personas as rows, stages as columns, marking where each persona is
/// active, where it enters, and its emotion there.
pub fn stakeholder_drawing(site: &Site, journey: &Journey) -> Drawing {
    let d = themed(site, stakeholder::draw(site, journey));
    // A map of no persona draws nothing (and has no PNG): no logo alone.
    if d.is_empty() { d } else { with_logo(site, d) }
}

/// The backlog's value × effort matrix of `scored` (the numbered opportunities of
/// [`crate::views::backlog::Backlog::scored`]), as an SVG element in the compact form for
/// the page; each dot links to `#opp-N`.
pub fn value_effort_matrix(site: &Site, scored: &[crate::views::backlog::BacklogItem]) -> String {
    svg::write(&themed(site, matrix::draw(site, scored)), Form::Compact)
}

/// The 20 px mark of a well-known channel ([`palette::known_channel`]: `web`, `email`,
/// `event`, …) as an inline SVG element for a table cell, its ids starting with `id_prefix`
/// (unique on the page) and named by the channel's kind, in the site's theme; `None` for a
/// channel waymark does not know (it is shown as written, without a mark).
pub fn channel_icon(site: &Site, channel: &str, id_prefix: &str) -> Option<String> {
    let kind = palette::known_channel(channel)?;
    let mut c = drawing::Canvas::new();
    palette::channel_mark(&mut c, Some(kind), 10.0, 10.0);
    let mut d = c.finish(id_prefix, 20.0, 20.0, kind, "");
    d.background = None;
    Some(svg::write(&themed(site, d), Form::Inline))
}

/// The comparison chart of a to-be map against its baseline
/// ([`crate::views::compare::comparison_of`]): each persona's emotion per stage, as-is
/// dashed, to-be solid, the change labelled. `None` when `to_be` has no baseline in the
/// site.
pub fn compare_drawing(site: &Site, to_be: &Journey) -> Option<Drawing> {
    let cmp = crate::views::compare::comparison_of(site, to_be)?;
    Some(themed(site, compare::draw(site, to_be, &cmp)))
}

/// [`journey_drawing`] as an SVG element, inline form (the `.svg` download).
pub fn journey_diagram(site: &Site, journey: &Journey) -> String {
    svg::write(&journey_drawing(site, journey), Form::Inline)
}

/// [`stakeholder_drawing`] as an SVG element, inline form.
pub fn stakeholder_map(site: &Site, journey: &Journey) -> String {
    svg::write(&stakeholder_drawing(site, journey), Form::Inline)
}

/// [`journey_drawing`] written in `form`; [`Form::Compact`] is the one for pages (the same
/// drawing in about half the bytes).
pub fn journey_diagram_as(site: &Site, journey: &Journey, form: Form) -> String {
    svg::write(&journey_drawing(site, journey), form)
}

/// [`stakeholder_drawing`] written in `form`.
pub fn stakeholder_map_as(site: &Site, journey: &Journey, form: Form) -> String {
    svg::write(&stakeholder_drawing(site, journey), form)
}
