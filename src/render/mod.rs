//! Render: the resolved site → HTML pages and theme files, in memory.
//!
//! Takes a [`Site`] and a [`ThemeFiles`] (built-in templates and theme assets, merged with
//! a site's overrides) and gives every output file as an [`OutputFile`] with a relative,
//! `/`-separated path. Writing them to disk is the next step's job. Output is deterministic:
//! no clock, stable order, same input same bytes.
//!
//! Templates are Tera 2 with autoescape on for `.html`; they see only the view structs and
//! the serialized model. The only strings inserted unescaped (`| safe`) are the narrative
//! HTML (sanitised by [`markdown::render`]) and the SVG diagrams (escaped by their writer).

pub mod markdown;
mod pages;
pub mod search;
pub mod theme;
mod ui;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::history::SiteHistory;
use crate::model::Site;
use crate::views::health::SiteHealth;

pub use theme::TemplateSource;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative, `/`-separated path, e.g. `journeys/ct-purchase.html`.
    pub path: String,
    /// File contents.
    pub bytes: Vec<u8>,
}

/// Templates and theme assets to render with.
#[derive(Debug, Clone)]
pub struct ThemeFiles {
    /// Template name (e.g. `journey.html`) → source.
    pub templates: BTreeMap<String, TemplateSource>,
    /// Asset path below `theme/` (e.g. `style.css`, `fonts/Inter-Regular.otf`) → bytes.
    pub assets: BTreeMap<String, Vec<u8>>,
}

/// What can go wrong while rendering.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed to parse or render.
    #[error("template `{name}`{}: {message}", origin(.file))]
    Template {
        /// Template name, e.g. `journey.html`.
        name: String,
        /// The override file it came from; `None` for a built-in template.
        file: Option<PathBuf>,
        /// Tera's message (with the template excerpt).
        message: String,
    },
    /// The configured theme has no folder in the site.
    #[error("theme `{theme}` not found: expected the folder {}", .expected.display())]
    ThemeNotFound {
        /// Theme name from `waymark.yaml`.
        theme: String,
        /// Where it was looked for.
        expected: PathBuf,
    },
    /// A theme or template file could not be read.
    #[error("cannot read {}: {message}", .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

fn origin(file: &Option<PathBuf>) -> String {
    match file {
        Some(f) => format!(" (override {})", f.display()),
        None => " (built-in)".to_string(),
    }
}

impl ThemeFiles {
    /// The built-in templates and default theme.
    pub fn builtin() -> Self {
        ThemeFiles {
            templates: theme::TEMPLATES
                .iter()
                .map(|(name, src)| {
                    (
                        (*name).to_string(),
                        TemplateSource {
                            source: (*src).to_string(),
                            file: None,
                        },
                    )
                })
                .collect(),
            assets: theme::ASSETS
                .iter()
                .map(|(path, bytes)| ((*path).to_string(), bytes.to_vec()))
                .collect(),
        }
    }

    /// The built-in files merged with the overrides of the site at `site_root`:
    /// `themes/THEME/` (style.css, other assets, templates/) and then `templates/`.
    pub fn load(site_root: &Path, theme: &str) -> Result<Self, RenderError> {
        let mut files = Self::builtin();
        theme::load_overrides(site_root, theme, &mut files.templates, &mut files.assets)?;
        Ok(files)
    }
}

/// Render every page and theme file of `site`, in a stable order.
pub fn render_site(site: &Site, theme: &ThemeFiles) -> Result<Vec<OutputFile>, RenderError> {
    render_site_with(site, theme, None)
}

/// [`render_site`] with what git knows about the site: last changes on the pages, the
/// footer's commit, and `changes.html`.
pub fn render_site_with(
    site: &Site,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
) -> Result<Vec<OutputFile>, RenderError> {
    render_site_selected(site, theme, history, &|_| true)
}

/// Like [`render_site_with`], but renders only the pages whose output path `select`
/// accepts (theme files are always included). `waymark serve` uses it to re-render only
/// what an edit touches. Files come sorted by path.
pub fn render_site_selected(
    site: &Site,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
    select: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<OutputFile>, RenderError> {
    let out = std::sync::Mutex::new(Vec::new());
    render_site_into(site, theme, history, None, select, &|f: OutputFile| {
        out.lock().map_err(|_| poisoned())?.push(f);
        Ok::<(), RenderError>(())
    })?;
    let mut out = out.into_inner().map_err(|_| poisoned())?;
    // The exports the pages link (PNGs, deck, CSVs, site.json), when selected. A build
    // makes them itself, from its cache (`pipeline`); this is the all-in-memory path.
    if select("exports/deck.pdf") {
        let exports = crate::export::export_files(
            site,
            &crate::export::ExportFormat::ALL,
            &crate::export::ExportOptions::default(),
        )
        .map_err(|e| RenderError::Io {
            path: "exports".into(),
            message: e.to_string(),
        })?;
        out.extend(exports.into_iter().map(|f| OutputFile {
            path: f.path,
            bytes: f.bytes,
        }));
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn poisoned() -> RenderError {
    RenderError::Io {
        path: PathBuf::new(),
        message: "a render thread panicked".into(),
    }
}

/// Renders the pages of `site` that `select` accepts, and the theme files, giving each
/// file to `sink` as soon as it is made (from several threads, in no fixed order), so that
/// a build can write pages while others render and never holds the whole site in memory.
/// `health` is the site's health when the caller has it (a build has it from `check`);
/// else it is computed when a page needs it. Exports are not made here (see
/// [`crate::pipeline`]). Stops at the first error of a template or of `sink`.
pub fn render_site_into<E>(
    site: &Site,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
    health: Option<&SiteHealth>,
    select: &(dyn Fn(&str) -> bool + Sync),
    sink: &(dyn Fn(OutputFile) -> Result<(), E> + Sync),
) -> Result<(), E>
where
    E: From<RenderError> + Send,
{
    let tera = pages::engine(theme, site.config.ui.clone())?;
    let inputs = pages::Inputs {
        site,
        tera: &tera,
        theme,
        history,
        health,
        select,
    };
    pages::render_pages(&inputs, sink)?;
    for (path, bytes) in &theme.assets {
        sink(OutputFile {
            path: format!("theme/{path}"),
            bytes: bytes.clone(),
        })?;
    }
    Ok(())
}

/// The markets that get a content plan of their own (`plan/MARKET.html`): the site's
/// `markets:`, or only the market of a `--market` build; none on a site without markets.
pub fn plan_markets(site: &Site) -> Vec<String> {
    match &site.config.mlr.market {
        Some(m) => vec![m.clone()],
        None => site.config.mlr.markets.clone(),
    }
}

/// The output paths of the per-market plans, `plan/MARKET.html` ([`plan_markets`]).
pub fn market_plan_paths(site: &Site) -> Vec<String> {
    plan_markets(site)
        .iter()
        .map(|m| format!("plan/{m}.html"))
        .collect()
}
