//! `views:` as written, in `waymark.yaml` (site-wide) and in a journey's front matter.
//!
//! A view is a named version of a map (a short working version beside the detailed
//! master): which lanes, stages and personas it shows, and whether hypotheses and the
//! narrative are in it. Names stay [`SStr`] here so that `check` can point at an unknown
//! lane, stage or persona with a "did you mean".

use schemars::JsonSchema;
use serde::Deserialize;

use super::raw::SStr;

/// One entry of `views:`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawView {
    /// Kebab-case id: names the page `journeys/JOURNEY.ID.html` and the PNG
    /// `exports/JOURNEY.ID.png`. In a journey, the id of a site view overrides that view.
    #[schemars(with = "String")]
    pub id: SStr,
    /// Display name (default: the id in title case), e.g. `Working version`.
    #[serde(default)]
    pub name: Option<String>,
    /// The lanes shown, by the journey's field names; leave out for all.
    #[serde(default)]
    #[schemars(with = "Option<Vec<crate::base::lane::Lane>>")]
    pub lanes: Option<Vec<SStr>>,
    /// The stages shown, by id; leave out for all. In `waymark.yaml`, a stage of the site
    /// (a journey lacking it simply does not show it); in a journey, one of its stages.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub stages: Option<Vec<SStr>>,
    /// The personas shown, by id; leave out for all. Items said of the whole buying group
    /// stay.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub personas: Option<Vec<SStr>>,
    /// Whether items whose evidence is a hypothesis are shown (default `true`).
    #[serde(default)]
    pub hypotheses: Option<bool>,
    /// Whether the Markdown narrative is shown (default `true`).
    #[serde(default)]
    pub narrative: Option<bool>,
}
