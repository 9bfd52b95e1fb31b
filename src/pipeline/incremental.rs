//! Checking again after an edit of journey files only, as `waymark serve` does on save.
//!
//! A journey file's check diagnostics, its resolved journey and its health findings depend
//! on that file, `waymark.yaml`, the site's [`Names`] (every id and stage the site defines),
//! the assets and the as-of date, and on nothing else. So after an edit of journey files
//! only, when the names come out the same, the results of the other journey files are taken
//! from the last good check ([`Memo`]) and only the edited files are checked, resolved and
//! scored again. The site-wide part (names, duplicate ids, `waymark.yaml`) is always redone,
//! and when the names changed (an id or a stage added, renamed or removed) so is everything.
//! `tests/serve.rs` compares the result with a full check and build, file by file.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Checked, findings_as_lints, timing};
use crate::base::names::Names;
use crate::check;
use crate::diagnostic::{self, Diagnostic};
use crate::load::LoadedSite;
use crate::model::{self, Site};
use crate::views::health::SiteHealth;

/// What one good check leaves for the next: the per-file results and the resolved site.
pub struct Memo {
    parts: Parts,
    site: Arc<Site>,
    health: Arc<SiteHealth>,
    /// Journey file (site-relative path) → its index in `site.journeys`.
    index: HashMap<String, usize>,
}

/// The per-file results of one check ([`check_reusing`]), from which a [`Memo`] is made
/// once its site is shared.
pub struct Parts {
    as_of: NaiveDate,
    names: Names,
    /// Each journey file's own diagnostics, by site-relative path.
    journeys: HashMap<String, Vec<Diagnostic>>,
    /// The diagnostics of every asset file's own checks.
    assets: Vec<Diagnostic>,
    /// How many journey files' results came from the memo.
    reused: usize,
}

impl Parts {
    /// How many journey files' check results were taken from the memo (0 when it was not
    /// used); for tests and timings.
    pub fn reused(&self) -> usize {
        self.reused
    }
}

impl Memo {
    /// The memo of a check whose resolved site and health are now `site` and `health`.
    pub fn new(parts: Parts, site: Arc<Site>, health: Arc<SiteHealth>) -> Memo {
        let index = site
            .journeys
            .iter()
            .enumerate()
            .map(|(i, j)| (j.source.file.clone(), i))
            .collect();
        Memo {
            parts,
            site,
            health,
            index,
        }
    }

    /// The resolved site of that check.
    pub fn site(&self) -> &Arc<Site> {
        &self.site
    }

    /// Its health.
    pub fn health(&self) -> &Arc<SiteHealth> {
        &self.health
    }

    /// Journey `file`'s index in the memo's site, unless the file is in `changed`.
    fn kept(&self, file: &str, changed: &BTreeSet<String>) -> Option<usize> {
        if changed.contains(file) {
            return None;
        }
        self.index.get(file).copied()
    }
}

/// Checks `loaded` as [`super::check_loaded`] does and gives the same result, reusing
/// `memo` for every journey file not in `changed` (site-relative paths). The caller
/// promises that since `memo`'s check only journey files in `changed` were edited, added or
/// removed; the memo is ignored when the as-of date or the site's names differ.
pub fn check_reusing(
    loaded: LoadedSite,
    as_of: NaiveDate,
    memo: Option<&Memo>,
    changed: &BTreeSet<String>,
) -> (Checked, Parts) {
    use rayon::prelude::*;
    let t = std::time::Instant::now();
    let mut diagnostics = loaded.diagnostics.clone();
    let (site_wide, names) = check::check_site(&loaded);
    diagnostics.extend(site_wide);
    let memo = memo.filter(|m| m.parts.as_of == as_of && m.parts.names == names);
    let per_journey: Vec<(String, Option<Vec<Diagnostic>>)> = loaded
        .journeys
        .par_iter()
        .map(|doc| {
            let kept = memo
                .filter(|_| !changed.contains(&doc.file))
                .and_then(|m| m.parts.journeys.get(&doc.file));
            (doc.file.clone(), kept.cloned())
        })
        .collect();
    let reused = per_journey.iter().filter(|(_, d)| d.is_some()).count();
    let per_journey: Vec<(String, Vec<Diagnostic>)> = per_journey
        .into_par_iter()
        .zip(loaded.journeys.par_iter())
        .map(|((file, kept), doc)| {
            (
                file,
                kept.unwrap_or_else(|| check::check_journey(doc, &names)),
            )
        })
        .collect();
    let assets = match memo {
        Some(m) => m.parts.assets.clone(),
        None => loaded
            .assets
            .par_iter()
            .flat_map_iter(|doc| check::check_asset_file(doc, &names))
            .collect(),
    };
    diagnostics.extend(per_journey.iter().flat_map(|(_, d)| d.iter().cloned()));
    diagnostics.extend(assets.iter().cloned());
    timing("check", t);
    let parts = Parts {
        as_of,
        names,
        journeys: per_journey.into_iter().collect(),
        assets,
        reused,
    };
    let (site, health) = if diagnostics.iter().any(Diagnostic::is_error) {
        (None, None)
    } else {
        let t = std::time::Instant::now();
        let site = model::build_reusing(&loaded, as_of, &parts.names, &|doc| {
            let m = memo?;
            Some(m.site.journeys[m.kept(&doc.file, changed)?].clone())
        });
        timing("model", t);
        let t = std::time::Instant::now();
        // Only journey files changed since the memo's check: its inventory lookups hold.
        if let Some(m) = memo {
            site.index_sharing(&m.site);
        }
        timing("index", t);
        let t = std::time::Instant::now();
        let health = SiteHealth::of_reusing(&site, &|i| {
            let m = memo?;
            m.health
                .journey_part(m.kept(&site.journeys[i].source.file, changed)?)
        });
        timing("health", t);
        diagnostics.extend(findings_as_lints(&health.findings));
        (Some(site), Some(health))
    };
    diagnostic::sort(&mut diagnostics);
    let checked = Checked {
        loaded,
        diagnostics,
        site,
        health,
    };
    (checked, parts)
}
