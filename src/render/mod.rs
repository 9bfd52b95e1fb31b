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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::history::SiteHistory;
use crate::model::Site;

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
/// what an edit touches.
pub fn render_site_selected(
    site: &Site,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
    select: &dyn Fn(&str) -> bool,
) -> Result<Vec<OutputFile>, RenderError> {
    let tera = pages::engine(theme)?;
    let mut out = pages::render_pages(site, &tera, theme, history, select)?;
    for (path, bytes) in &theme.assets {
        out.push(OutputFile {
            path: format!("theme/{path}"),
            bytes: bytes.clone(),
        });
    }
    Ok(out)
}
