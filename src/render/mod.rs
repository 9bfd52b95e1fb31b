//! Render: the resolved site → HTML pages and theme files, in memory.
//!
//! Takes a [`Site`] and a [`ThemeFiles`] (built-in templates and theme assets, merged with
//! a site's overrides) and gives every output file as an [`OutFile`] with a relative,
//! `/`-separated path. Writing them to disk is the next step's job. Output is deterministic:
//! no clock, stable order, same input same bytes.
//!
//! Render sits below `export` and `interop` and calls neither: what pages need from them
//! (the export download links, Mermaid journeys drawn in narratives) comes in as [`Hooks`],
//! which [`crate::pipeline`] fills; the exports themselves are made and added there too.
//!
//! Templates are Tera 2 with autoescape on for `.html`; they see only the view structs and
//! the serialized model. The only strings inserted unescaped (`| safe`) are the narrative
//! HTML (sanitised by [`markdown::render`]) and the SVG diagrams (escaped by their writer).

pub mod markdown;
mod pages;
pub mod search;
pub mod theme;
mod ui;
mod view_page;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::history::SiteHistory;
use crate::model::{Journey, Site};
use crate::views::health::SiteHealth;
use crate::write::OutFile;

pub use theme::TemplateSource;

/// Download links of a page: (message key of the link's label, e.g. `download-png`; file
/// name below `exports/`, e.g. `ct-purchase.png`), in the order shown.
pub type Downloads = Vec<(&'static str, String)>;

/// What pages need from the layers above render, as plain functions (render may not call
/// `export` or `interop`): [`crate::pipeline::HOOKS`] gives the real ones, [`Hooks::NONE`]
/// links no export and leaves Mermaid blocks as code.
#[derive(Debug, Clone, Copy)]
pub struct Hooks {
    /// The downloads of a journey page: `(site, journey, stakeholders)`, `stakeholders`
    /// telling whether the journey's stakeholder map draws anything (else it has no PNG).
    pub journey_downloads: fn(&Site, &Journey, bool) -> Downloads,
    /// The downloads of the page of the persona with id `(site, id)`.
    pub persona_downloads: fn(&Site, &str) -> Downloads,
    /// The downloads of a view's page `journeys/ID.VIEW.html`: `(site, journey, view id)`.
    pub view_downloads: fn(&Site, &Journey, &str) -> Downloads,
    /// Draws the ```mermaid blocks of narratives ([`markdown::Mermaid`]).
    pub mermaid: markdown::Mermaid,
}

impl Hooks {
    /// No download links, no Mermaid drawing.
    pub const NONE: Hooks = Hooks {
        journey_downloads: |_, _, _| Vec::new(),
        persona_downloads: |_, _| Vec::new(),
        view_downloads: |_, _, _| Vec::new(),
        mermaid: markdown::NO_MERMAID,
    };
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

/// Renders every page and theme file of `site` (no exports: `crate::pipeline` adds them),
/// sorted by path; with `history`, what git knows about the site: last changes on the
/// pages, the footer's commit, and `changes.html`.
pub fn render_site(
    site: &Site,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
    hooks: &Hooks,
) -> Result<Vec<OutFile>, RenderError> {
    render_selected(site, theme, history, None, hooks, &|_| true)
}

/// Like [`render_site`], but renders only the pages whose output path `select` accepts
/// (theme files are always included), with the site's `health` when the caller has it.
/// `waymark serve` uses it to re-render only what an edit touches. Files come sorted by
/// path.
pub fn render_selected(
    site: &Site,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
    health: Option<&SiteHealth>,
    hooks: &Hooks,
    select: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<OutFile>, RenderError> {
    let out = std::sync::Mutex::new(Vec::new());
    let input = Pages {
        site,
        theme,
        history,
        health,
        hooks,
    };
    render_site_into(&input, select, &|f: OutFile| {
        out.lock().map_err(|_| poisoned())?.push(f);
        Ok::<(), RenderError>(())
    })?;
    let mut out = out.into_inner().map_err(|_| poisoned())?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn poisoned() -> RenderError {
    RenderError::Io {
        path: PathBuf::new(),
        message: "a render thread panicked".into(),
    }
}

/// What a render reads: the site and its theme, and what the caller has for it.
#[derive(Clone, Copy)]
pub struct Pages<'a> {
    /// The resolved site.
    pub site: &'a Site,
    /// Templates and theme assets.
    pub theme: &'a ThemeFiles,
    /// What git knows about the site (last changes, `changes.html`); `None` outside git.
    pub history: Option<&'a SiteHistory>,
    /// The site's health when the caller has it (a build has it from `check`); else it is
    /// computed when a page needs it.
    pub health: Option<&'a SiteHealth>,
    /// Download links and Mermaid drawing from the layers above ([`Hooks`]).
    pub hooks: &'a Hooks,
}

/// Renders the pages of `input.site` that `select` accepts, and the theme files, giving
/// each file to `sink` as soon as it is made (from several threads, in no fixed order), so
/// that a build can write pages while others render and never holds the whole site in
/// memory. Exports are not made here (see [`crate::pipeline`]). Stops at the first error of
/// a template or of `sink`.
pub fn render_site_into<E>(
    input: &Pages,
    select: &(dyn Fn(&str) -> bool + Sync),
    sink: &(dyn Fn(OutFile) -> Result<(), E> + Sync),
) -> Result<(), E>
where
    E: From<RenderError> + Send,
{
    // The theme's faces measure every diagram and label drawn from here.
    crate::diagram::theme::install(&input.site.theme);
    let theme = input.theme;
    let tera = pages::engine(theme, input.site.config.ui.clone())?;
    let inputs = pages::Inputs {
        site: input.site,
        tera: &tera,
        theme,
        history: input.history,
        health: input.health,
        hooks: input.hooks,
        select,
    };
    pages::render_pages(&inputs, sink)?;
    for (path, bytes) in &theme.assets {
        sink(OutFile::new(format!("theme/{path}"), bytes.clone()))?;
    }
    if let Some(css) = theme::theme_css(&input.site.theme) {
        sink(OutFile::new("theme/theme.css", css.into_bytes()))?;
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
