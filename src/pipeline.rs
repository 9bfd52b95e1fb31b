//! The pipeline as one call: load → check → model → views → render → write.
//!
//! `waymark check` runs [`check_site`]; `waymark build` runs [`build_site`]. Both measure
//! health against one as-of date ([`as_of_date`]).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::{self, Diagnostic};
use crate::load::{self, LoadedSite};
use crate::model::{self, Site};
use crate::render::{self, ThemeFiles};
use crate::views::health;
use crate::write::{self, OutFile};

/// The result of checking a site.
#[derive(Debug)]
pub struct Checked {
    /// What was read (its `sources` serve error snippets).
    pub loaded: LoadedSite,
    /// Errors and lints, sorted: errors first, then by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// The resolved site, when there was no error.
    pub site: Option<Site>,
}

impl Checked {
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }
}

/// Loads and checks the site at `root`; resolves it when there is no error.
pub fn check_site(root: &Path, as_of: NaiveDate) -> Checked {
    check_loaded(load::load_site(root), as_of)
}

/// Checks a site already read (`waymark serve` re-reads only the files that changed).
pub fn check_loaded(loaded: LoadedSite, as_of: NaiveDate) -> Checked {
    let mut diagnostics = loaded.diagnostics.clone();
    diagnostics.extend(crate::check::check(&loaded));
    let site = if diagnostics.iter().any(Diagnostic::is_error) {
        None
    } else {
        let site = model::build(&loaded, as_of);
        diagnostics.extend(lints(&site));
        Some(site)
    };
    diagnostic::sort(&mut diagnostics);
    Checked {
        loaded,
        diagnostics,
        site,
    }
}

/// The health findings of a resolved site, as warnings.
pub fn lints(site: &Site) -> Vec<Diagnostic> {
    health::findings(site)
        .into_iter()
        .map(|f| {
            Diagnostic::error(
                f.kind.code(),
                &f.source.file,
                f.source.line,
                f.source.column,
                f.message,
            )
            .warning()
            .with_hint(f.hint)
        })
        .collect()
}

/// Why a build wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The site has errors; nothing was written.
    #[error("the site has {} error(s); nothing was written", .0.error_count())]
    Invalid(Box<Checked>),
    /// A template failed.
    #[error(transparent)]
    Render(#[from] render::RenderError),
    /// The output could not be written; the previous output is untouched.
    #[error(transparent)]
    Write(#[from] write::WriteError),
}

/// What a successful build did.
#[derive(Debug)]
pub struct Built {
    /// The check result (warnings only).
    pub checked: Checked,
    /// Where the site was written.
    pub out: PathBuf,
    /// Number of files written.
    pub files: usize,
}

/// Checks, renders and writes the site at `root` into `out`, atomically.
pub fn build_site(root: &Path, out: &Path, as_of: NaiveDate) -> Result<Built, BuildError> {
    let checked = check_site(root, as_of);
    let Some(site) = &checked.site else {
        return Err(BuildError::Invalid(Box::new(checked)));
    };
    let files = render_files(root, site)?;
    let static_dir = root.join("static");
    write::write_atomically(out, &files, Some(&static_dir))?;
    let count = files.len();
    Ok(Built {
        checked,
        out: out.to_path_buf(),
        files: count,
    })
}

/// Renders every output file of a resolved site, in memory.
pub fn render_files(root: &Path, site: &Site) -> Result<Vec<OutFile>, render::RenderError> {
    let theme = ThemeFiles::load(root, &site.config.theme)?;
    let files = render::render_site(site, &theme)?;
    Ok(files
        .into_iter()
        .map(|f| OutFile {
            path: f.path,
            bytes: f.bytes,
        })
        .collect())
}

/// The date that health is measured against: `flag` when given, else `SOURCE_DATE_EPOCH`
/// (seconds since 1970, the reproducible-builds convention) when set and valid, else today.
pub fn as_of_date(flag: Option<NaiveDate>) -> NaiveDate {
    if let Some(d) = flag {
        return d;
    }
    if let Some(d) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
    {
        return d.date_naive();
    }
    chrono::Local::now().date_naive()
}
