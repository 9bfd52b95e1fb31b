//! Named views of a journey: master and working versions (`views:` in `waymark.yaml` and
//! in a journey's front matter), resolved.
//!
//! A view says what a shorter version of a map shows; [`crate::views::named`] applies it
//! to a journey and gives the journey as that version, which every page, diagram and
//! export draws like any other.

use serde::Serialize;

use crate::base::SourceRef;
pub use crate::base::lane::Lane;

/// Where a journey's view comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ViewOrigin {
    /// `views:` in `waymark.yaml`, as written there.
    Site,
    /// A site view that the journey overrides (a journey view with the same id): the
    /// fields the journey gives replace the site's, the others are the site's.
    Override,
    /// The journey's own view (no site view has its id).
    Journey,
}

/// A named view, resolved: `None` lists mean "all".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct View {
    /// `id`: kebab-case; the page is `journeys/JOURNEY.ID.html`.
    pub id: String,
    /// `name`, else the id in title case.
    pub name: String,
    /// `lanes`, in the diagram's order, once each; `None`: every lane.
    pub lanes: Option<Vec<Lane>>,
    /// `stages`: stage ids; `None`: every stage.
    pub stages: Option<Vec<String>>,
    /// `personas`: persona ids; `None`: every persona.
    pub personas: Option<Vec<String>>,
    /// `hypotheses` (default `true`): whether items whose evidence is a hypothesis show.
    pub hypotheses: bool,
    /// `narrative` (default `true`): whether the Markdown narrative shows.
    pub narrative: bool,
    /// Where the view was defined.
    pub origin: ViewOrigin,
    /// Where its `id` is written (the journey's, for an override).
    pub source: SourceRef,
}

impl View {
    /// Whether the view shows `lane`.
    pub fn shows(&self, lane: Lane) -> bool {
        self.lanes.as_ref().is_none_or(|l| l.contains(&lane))
    }

    /// The lanes the view shows, in the diagram's order.
    pub fn lanes_shown(&self) -> Vec<Lane> {
        Lane::ALL.into_iter().filter(|l| self.shows(*l)).collect()
    }
}
