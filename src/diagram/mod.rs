//! SVG diagrams of a journey: the journey diagram and the stakeholder map.
//!
//! Both are pure functions from the resolved model to a complete, self-contained `<svg>`
//! element: deterministic (same input, same bytes), every model string escaped, every id
//! prefixed per diagram (`wm-<journey>-jd-` and `wm-<journey>-sm-`), text set in Inter 400/600
//! and wrapped by measuring it with the same font files that the PNG and PDF exports embed.

pub mod card;
pub mod journey;
pub mod layout;
pub mod palette;
pub mod stakeholder;
pub mod svg;
pub mod text;

use crate::model::{Journey, Site};

pub use svg::Form;

/// The journey diagram: stages as columns, swimlanes as rows (actions, questions,
/// touchpoints, emotion chart, pain points, decision moments, hand-offs, opportunities,
/// metrics); empty lanes are left out. Inline form: what the PNG and PDF exports draw.
pub fn journey_diagram(site: &Site, journey: &Journey) -> String {
    journey::render(site, journey, Form::Inline)
}

/// [`journey_diagram`] with only the lanes whose label (`Actions`, `Emotion`, `Pain points`,
/// …) is in `lanes`: the PDF deck's detail pages, which split the lanes over pages. The
/// emotion lane still draws the step-level emotions of actions whose lane is not shown.
pub fn journey_diagram_lanes(site: &Site, journey: &Journey, lanes: &[&str]) -> String {
    journey::render_lanes(site, journey, Form::Inline, Some(lanes))
}

/// The stakeholder map: personas as rows, stages as columns, marking where each persona is
/// active, where it enters, and its emotion there. Inline form, as [`journey_diagram`].
pub fn stakeholder_map(site: &Site, journey: &Journey) -> String {
    stakeholder::render(site, journey, Form::Inline)
}

/// [`journey_diagram`] written in `form`; [`Form::Compact`] is the one for pages (the same
/// drawing in about half the bytes).
pub fn journey_diagram_as(site: &Site, journey: &Journey, form: Form) -> String {
    journey::render(site, journey, form)
}

/// [`stakeholder_map`] written in `form`.
pub fn stakeholder_map_as(site: &Site, journey: &Journey, form: Form) -> String {
    stakeholder::render(site, journey, form)
}
