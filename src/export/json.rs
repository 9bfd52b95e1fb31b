//! `site.json`: the whole resolved model, for other tools.
//!
//! The shape is documented in `docs/exports.md`. `schema_version` changes whenever a field is
//! renamed or removed or its meaning changes; added fields do not change it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::ExportError;
use crate::model::{Asset, Journey, Persona, Site, SiteConfig};
use crate::views::health::{self, Finding, JourneyHealth};

/// The version of the `site.json` layout.
pub const SCHEMA_VERSION: u32 = 1;

/// The top-level object of `site.json`.
#[derive(Serialize)]
pub struct SiteJson<'a> {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// `waymark VERSION`.
    pub generator: String,
    /// The date health was measured against.
    pub as_of: chrono::NaiveDate,
    /// `waymark.yaml`, resolved.
    pub config: &'a SiteConfig,
    /// Every journey with its stages and lanes.
    pub journeys: &'a [std::sync::Arc<Journey>],
    /// Every persona.
    pub personas: &'a [Persona],
    /// The content inventory.
    pub assets: &'a [Asset],
    /// Health: every finding, and the counts per journey id.
    pub health: Health,
    /// Every to-be map with a baseline in the site against that baseline: the ids, per
    /// stage the changes (with their sentences), the emotion deltas and the metric pairs.
    pub comparisons: Vec<crate::views::compare::Comparison>,
}

/// The health part of `site.json`.
#[derive(Serialize)]
pub struct Health {
    /// Every finding (the lints of `waymark check`), journeys in order, then site-wide ones.
    pub findings: Vec<Finding>,
    /// Journey id → counts.
    pub journeys: BTreeMap<String, JourneyHealth>,
}

/// `site.json` bytes: pretty-printed, two-space indent, a final newline.
pub fn site_json(site: &Site) -> Result<Vec<u8>, ExportError> {
    let doc = SiteJson {
        schema_version: SCHEMA_VERSION,
        generator: format!("waymark {}", env!("CARGO_PKG_VERSION")),
        as_of: site.as_of,
        config: &site.config,
        journeys: &site.journeys,
        personas: &site.personas,
        assets: &site.assets,
        health: Health {
            findings: health::findings(site),
            journeys: site
                .journeys
                .iter()
                .map(|j| (j.id.clone(), health::journey_health(site, j)))
                .collect(),
        },
        comparisons: crate::views::compare::comparisons(site),
    };
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| ExportError::Data {
        what: "site.json".into(),
        message: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}
