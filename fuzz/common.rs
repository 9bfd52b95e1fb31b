//! Helpers shared by the fuzz targets: a one-file site in memory around the fuzzed file.
#![allow(dead_code)]

use std::path::Path;

use waymark::load::{LoadedSite, MemSource, load_from};

/// The site config every one-file site uses (that of tests/fixtures/minimal).
pub const CONFIG: &str = "title: Fuzz site\nreview_every: 90d\nteams: [Marketing, Sales, Service]\nstages:\n  - { id: awareness, name: Awareness }\n  - { id: evaluation, name: Evaluation }\n  - { id: purchase, name: Purchase }\n";

/// A persona the fuzzed journeys may name.
pub const PERSONA: &str = "---\nname: Hospital buyer\nrole: Procurement lead\nkind: buyer\nbuying_role: approver\n---\nBuys.\n";

/// An asset file the fuzzed journeys may name.
pub const ASSETS: &str = "- { id: dose-study, title: Dose study, format: article, stages: [awareness], status: published }\n";

/// The site with `bytes` at `rel` and the default config, persona and assets elsewhere
/// (a file at one of their paths replaces it).
pub fn site_with(rel: &str, bytes: &[u8]) -> MemSource {
    let mut m = MemSource::default();
    m.files.insert("waymark.yaml".into(), CONFIG.as_bytes().to_vec());
    m.files.insert("content/personas/buyer.md".into(), PERSONA.as_bytes().to_vec());
    m.files.insert("content/assets/a.yaml".into(), ASSETS.as_bytes().to_vec());
    m.files.insert(rel.into(), bytes.to_vec());
    m
}

/// Loads `source` as the site `fuzz/`.
pub fn load(source: &MemSource) -> LoadedSite {
    load_from(Path::new("fuzz"), source)
}

/// The as-of date of every target.
pub fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// Checks the loaded site, resolves it when it has no error, and draws every diagram.
pub fn check_and_draw(loaded: LoadedSite) {
    let checked = waymark::pipeline::check_loaded(loaded, as_of());
    if let Some(site) = &checked.site {
        for j in &site.journeys {
            let _ = waymark::diagram::journey_diagram(site, j);
            let _ = waymark::diagram::stakeholder_map(site, j);
        }
    }
    let _ = waymark::diagnostic::to_human(&checked.diagnostics, &checked.loaded.sources, false);
}
