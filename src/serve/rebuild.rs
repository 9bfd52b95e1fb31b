//! The in-memory site of `waymark serve` and how it is rebuilt after a change.
//!
//! What is incremental (see docs/serve.md):
//! - Always done in full: the site-wide part of the checks (ids, `waymark.yaml`), and the
//!   site-wide pages (index, plan, ownership, backlog, search page and index).
//! - Done again only for the edited files when only journey files changed: reading and
//!   parsing, and, while the site's names (ids, stages) stay the same, each file's checks,
//!   its resolved journey and its health findings ([`pipeline::incremental`]); the other
//!   files' results are kept from the last good check.
//! - Skipped when only journey files changed: the pages of journeys that were not edited
//!   (each holds two SVG diagrams, the costly part) and of personas that the edited
//!   journeys neither name now nor named before; the theme and templates are not re-read.
//! - Deferred when only journey files changed: the edited journeys' own pages are rendered
//!   first and the reload is sent; the other affected pages (site-wide pages, personas,
//!   linked to-be/as-is maps) are rendered right after by [`Builder::finish`]. The server
//!   holds requests for those pages until they are ready, so no stale page is served.
//! - Anything else (waymark.yaml, a persona, an asset file, a template, the theme, static/)
//!   re-renders every page.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::diagnostic::{self, Diagnostic};
use crate::model::Site;
use crate::pipeline::{self, incremental::Memo};
use crate::render::{self, ThemeFiles};
use crate::views::health::SiteHealth;
use crate::write::OutFile;

/// The outcome of one (re)build.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The site was rebuilt; `pages` files were rendered.
    Built {
        /// How many files were rendered (not reused).
        rendered: usize,
        /// Whether only part of the site was re-rendered.
        incremental: bool,
        /// Pages left for [`Builder::finish`].
        deferred: usize,
        /// Warnings (lints) of the new site.
        warnings: usize,
        /// How long it took.
        took: Duration,
    },
    /// The site has errors; the last good files stay served.
    Failed {
        /// The located errors as plain text (file:line:column, source line, caret, hint).
        plain: String,
        /// The same for a terminal (coloured when `color` was asked).
        terminal: String,
    },
}

/// The last good output, the resolved site it came from, and what to render with.
pub struct Builder {
    root: PathBuf,
    as_of: NaiveDate,
    color: bool,
    theme: Option<ThemeFiles>,
    site: Option<Arc<Site>>,
    /// Whether the last rebuild failed (the next one then renders everything).
    failed: bool,
    /// What was read last time: a journey edit re-reads only that file.
    loaded: Option<crate::load::LoadedSite>,
    /// Output path → bytes of the last good build (static/ files included). Shared, so that
    /// publishing a build to the server copies no page.
    pub files: BTreeMap<String, Arc<Vec<u8>>>,
    /// Pages of the last build still to render (see [`Builder::finish`]).
    deferred: BTreeSet<String>,
    /// The health of `site`, computed once per rebuild.
    health: Option<Arc<SiteHealth>>,
    /// The last good check's per-file results (see [`pipeline::incremental`]).
    memo: Option<Memo>,
}

/// The site-wide pages, which list every journey.
const SITE_PAGES: &[&str] = &[
    "index.html",
    "plan.html",
    "ownership.html",
    "backlog.html",
    "channels.html",
    "register.html",
    "search.html",
    "search-index.js",
    "sitemap.xml",
];

impl Builder {
    /// A builder for the site at `root` (nothing built yet).
    pub fn new(root: &Path, as_of: NaiveDate, color: bool) -> Self {
        Builder {
            root: root.to_path_buf(),
            as_of,
            color,
            theme: None,
            site: None,
            loaded: None,
            failed: false,
            files: BTreeMap::new(),
            deferred: BTreeSet::new(),
            health: None,
            memo: None,
        }
    }

    /// Rebuilds after `changed` (absolute or root-relative paths; empty = everything).
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Outcome {
        let start = Instant::now();
        // An unfinished build is finished first (the loop always finishes; tests may not).
        if !self.deferred.is_empty() {
            let _ = self.finish();
        }
        let rel: Vec<String> = changed.iter().map(|p| self.rel(p)).collect();
        let journeys_only = !rel.is_empty()
            && rel.iter().all(|r| {
                r.starts_with("content/journeys/")
                    && (r.ends_with(".md") || r.ends_with(".yaml") || r.ends_with(".yml"))
            });
        let loaded = match (journeys_only, self.loaded.take()) {
            (true, Some(mut loaded)) => {
                for r in &rel {
                    crate::load::reload_journey(&mut loaded, &self.root.join(r));
                }
                loaded
            }
            _ => crate::load::load_site(&self.root),
        };
        // The last good check's per-file results, when only journey files changed since.
        pipeline::timing("re-read", start);
        let memo = self.memo.take().filter(|_| journeys_only && !self.failed);
        let changed: BTreeSet<String> = rel.iter().cloned().collect();
        let (mut checked, parts) =
            pipeline::incremental::check_reusing(loaded, self.as_of, memo.as_ref(), &changed);
        drop(memo);
        let site = checked.site.take();
        let health = checked.health.take();
        self.loaded = Some(std::mem::take(&mut checked.loaded));
        let Some(site) = site else {
            let errors: Vec<Diagnostic> = checked
                .diagnostics
                .into_iter()
                .filter(Diagnostic::is_error)
                .collect();
            self.failed = true;
            let sources = &self.loaded.as_ref().expect("just stored").sources;
            return Outcome::Failed {
                plain: diagnostic::to_human(&errors, sources, false),
                terminal: diagnostic::to_human(&errors, sources, self.color),
            };
        };
        let warnings = checked.diagnostics.len();
        let incremental =
            journeys_only && !self.failed && self.site.is_some() && self.theme.is_some();
        let site = Arc::new(site);
        let health = Arc::new(health.unwrap_or_else(|| SiteHealth::of(&site)));
        let t = Instant::now();
        let result = if incremental {
            self.render_journeys(&site, &health, &rel)
        } else {
            self.render_all(&site, &health)
        };
        pipeline::timing("render", t);
        match result {
            Ok(rendered) => {
                self.failed = false;
                self.memo = Some(Memo::new(parts, site.clone(), health.clone()));
                self.site = Some(site);
                self.health = Some(health);
                Outcome::Built {
                    rendered,
                    incremental,
                    deferred: self.deferred.len(),
                    warnings,
                    took: start.elapsed(),
                }
            }
            Err(e) => {
                self.failed = true;
                let text = format!("error: {e}\n");
                Outcome::Failed {
                    plain: text.clone(),
                    terminal: text,
                }
            }
        }
    }

    fn render_all(
        &mut self,
        site: &Site,
        health: &SiteHealth,
    ) -> Result<usize, render::RenderError> {
        let theme = ThemeFiles::load(&self.root, &site.config.theme)?;
        let out = render_selected(site, &theme, health, &|p| !p.starts_with("exports/"))?;
        let mut files = static_files(&self.root);
        let rendered = out.len();
        for f in out {
            files.insert(f.path, Arc::new(f.bytes));
        }
        self.files = files;
        self.theme = Some(theme);
        Ok(rendered)
    }

    /// Only journey files changed: re-render the pages that can show them.
    fn render_journeys(
        &mut self,
        site: &Site,
        health: &SiteHealth,
        rel: &[String],
    ) -> Result<usize, render::RenderError> {
        let old = self.site.as_ref().expect("an earlier build");
        let touched: BTreeSet<&str> = rel.iter().map(String::as_str).collect();
        let mut ids: BTreeSet<String> = BTreeSet::new();
        let mut personas: BTreeSet<String> = BTreeSet::new();
        for s in [old, site] {
            for j in s
                .journeys
                .iter()
                .filter(|j| touched.contains(j.source.file.as_str()))
            {
                ids.insert(j.id.clone());
                if let Some(b) = &j.baseline {
                    ids.insert(b.clone());
                }
                // The parent lists the edited map and links it from its diagram.
                if let Some(p) = &j.parent {
                    ids.insert(p.clone());
                }
                personas.extend(j.personas.iter().cloned());
            }
        }
        // To-be maps that name an edited map as their baseline show its title, and so do
        // the sub-journeys of an edited map (in their breadcrumb).
        for j in &site.journeys {
            let names_edited = |r: &Option<String>| r.as_ref().is_some_and(|b| ids.contains(b));
            if names_edited(&j.baseline) || names_edited(&j.parent) {
                ids.insert(j.id.clone());
            }
        }
        // First the edited journeys' own pages; the rest is deferred.
        // (with their named views' pages, which draw the same map)
        let first: BTreeSet<String> = site
            .journeys
            .iter()
            .filter(|j| touched.contains(j.source.file.as_str()))
            .flat_map(|j| journey_pages(j))
            .collect();
        let mut rest: BTreeSet<String> = ids
            .iter()
            .filter_map(|id| site.journey(id))
            .flat_map(journey_pages)
            .collect();
        // A comparison shows both its maps (only to-be maps with a baseline have one).
        rest.extend(ids.iter().map(|id| format!("compare/{id}.html")));
        rest.extend(personas.iter().map(|p| format!("personas/{p}.html")));
        rest.extend(SITE_PAGES.iter().map(|p| (*p).to_string()));
        rest.extend(crate::render::market_plan_paths(site));
        rest.retain(|p| !first.contains(p));
        // A map that no longer has a baseline in the site loses its comparison.
        for id in &ids {
            let compared = site
                .journey(id)
                .and_then(|j| j.baseline.as_ref())
                .is_some_and(|b| site.journey(b).is_some());
            if !compared {
                self.files.remove(&format!("compare/{id}.html"));
            }
        }
        // A journey that is gone (file deleted or id changed) loses its pages, and a view
        // that is gone its page.
        for j in &old.journeys {
            let now: Vec<String> = site.journey(&j.id).map(journey_pages).unwrap_or_default();
            for page in journey_pages(j) {
                if !now.contains(&page) {
                    self.files.remove(&page);
                }
            }
        }
        let theme = self.theme.as_ref().expect("an earlier build");
        let out = render_selected(site, theme, health, &|p| first.contains(p))?;
        let rendered = out.len();
        for f in out {
            self.files.insert(f.path, Arc::new(f.bytes));
        }
        self.deferred = rest;
        Ok(rendered)
    }

    /// The site of the last good build.
    pub fn site(&self) -> Option<Arc<Site>> {
        self.site.clone()
    }

    /// Output paths that the last [`Builder::rebuild`] left to [`Builder::finish`].
    pub fn pending(&self) -> Vec<String> {
        self.deferred.iter().cloned().collect()
    }

    /// Renders the pages the last rebuild deferred; returns how many files it rendered.
    pub fn finish(&mut self) -> Result<usize, render::RenderError> {
        let pages = std::mem::take(&mut self.deferred);
        if pages.is_empty() {
            return Ok(0);
        }
        let (Some(site), Some(theme), Some(health)) = (&self.site, &self.theme, &self.health)
        else {
            return Ok(0);
        };
        let out = render_selected(site, theme, health, &|p| pages.contains(p))?;
        let rendered = out.len();
        for f in out {
            self.files.insert(f.path, Arc::new(f.bytes));
        }
        Ok(rendered)
    }

    fn rel(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// The pages of journey `j`: `journeys/ID.html` and its named views' `journeys/ID.VIEW.html`.
fn journey_pages(j: &crate::model::Journey) -> Vec<String> {
    std::iter::once(format!("journeys/{}.html", j.id))
        .chain(
            j.views
                .iter()
                .map(|v| format!("journeys/{}.{}.html", j.id, v.id)),
        )
        .collect()
}

/// The pages of `site` that `select` accepts, rendered with its `health` (no exports: each
/// is made on its first request).
fn render_selected(
    site: &Site,
    theme: &ThemeFiles,
    health: &SiteHealth,
    select: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<OutFile>, render::RenderError> {
    let hooks = &pipeline::HOOKS;
    render::render_selected(site, theme, None, Some(health), hooks, select)
}

/// The files of `static/` of the site at `root`, by their path in the output; links that
/// leave the site are skipped, as in a build ([`crate::load::walk`]).
fn static_files(root: &Path) -> BTreeMap<String, Arc<Vec<u8>>> {
    let mut out = BTreeMap::new();
    for f in crate::load::walk::files_within(root, &root.join("static")).files {
        if let Ok(bytes) = std::fs::read(&f.path) {
            out.insert(f.rel, Arc::new(bytes));
        }
    }
    out
}
