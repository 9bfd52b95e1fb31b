//! The pipeline as one call: load → check → model → views → render → write.
//!
//! `waymark check` runs [`check_site`]; `waymark build` runs [`build_site`]. Both measure
//! health against one as-of date ([`as_of_date`]).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::{self, Diagnostic};
use crate::history::{self, SiteHistory};
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

/// Checks, renders and writes the site at `root` into `out`, atomically, with the change
/// history of the last [`history::DEFAULT_HISTORY`] commits when the site is in git.
/// `out` must be new, empty or a previous build ([`write::guard`]).
pub fn build_site(root: &Path, out: &Path, as_of: NaiveDate) -> Result<Built, BuildError> {
    build_site_with(root, out, as_of, history::DEFAULT_HISTORY, false)
}

/// [`build_site`] with the number of commits for the change history page, and `force`:
/// replace a non-empty `out` that waymark did not make (`--force`).
pub fn build_site_with(
    root: &Path,
    out: &Path,
    as_of: NaiveDate,
    history_limit: usize,
    force: bool,
) -> Result<Built, BuildError> {
    let checked = check_site(root, as_of);
    let Some(site) = &checked.site else {
        return Err(BuildError::Invalid(Box::new(checked)));
    };
    let history = history::collect(root, history_limit);
    let files = render_files_with(root, site, history.as_ref())?;
    let target = write::Target {
        out,
        site: root,
        force,
    };
    write::write_atomically(&target, &files)?;
    let count = files.len();
    Ok(Built {
        checked,
        out: out.to_path_buf(),
        files: count,
    })
}

/// Renders every output file of a resolved site, in memory.
pub fn render_files(root: &Path, site: &Site) -> Result<Vec<OutFile>, render::RenderError> {
    render_files_with(root, site, None)
}

/// [`render_files`] with what git knows about the site (last changes, change history).
pub fn render_files_with(
    root: &Path,
    site: &Site,
    history: Option<&SiteHistory>,
) -> Result<Vec<OutFile>, render::RenderError> {
    let theme = ThemeFiles::load(root, &site.config.theme)?;
    let files = render::render_site_with(site, &theme, history)?;
    Ok(files
        .into_iter()
        .map(|f| OutFile {
            path: f.path,
            bytes: f.bytes,
        })
        .collect())
}

/// Where the as-of date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AsOfSource {
    /// `--as-of`.
    Flag,
    /// The `SOURCE_DATE_EPOCH` environment variable.
    SourceDateEpoch,
    /// The date of the HEAD commit of the repository holding the site.
    HeadCommit,
    /// The clock (today).
    Clock,
}

/// The date a build speaks for, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    /// The date.
    pub date: NaiveDate,
    /// Where it came from.
    pub source: AsOfSource,
}

/// The as-of rule with every input given: `flag`, else `SOURCE_DATE_EPOCH` (`sde`, seconds
/// since 1970) when set and valid, else the HEAD commit's date (`head`), else `today()`.
pub fn resolve_as_of(
    flag: Option<NaiveDate>,
    sde: Option<&str>,
    head: Option<NaiveDate>,
    today: impl FnOnce() -> NaiveDate,
) -> AsOf {
    let (date, source) = if let Some(d) = flag {
        (d, AsOfSource::Flag)
    } else if let Some(d) = sde
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
    {
        (d.date_naive(), AsOfSource::SourceDateEpoch)
    } else if let Some(d) = head {
        (d, AsOfSource::HeadCommit)
    } else {
        (today(), AsOfSource::Clock)
    };
    AsOf { date, source }
}

/// The as-of date of the site at `site`, every outside input given: `flag`, else
/// `sde` (the value of `SOURCE_DATE_EPOCH`), else the HEAD commit's date when the site is in
/// git, else `today()` (the clock, injectable for tests). Git is only opened when needed.
pub fn as_of_with(
    site: &Path,
    flag: Option<NaiveDate>,
    sde: Option<&str>,
    today: impl FnOnce() -> NaiveDate,
) -> AsOf {
    let valid_sde = sde.and_then(|s| s.trim().parse::<i64>().ok()).is_some();
    let head = if flag.is_none() && !valid_sde {
        crate::history::head_date(site)
    } else {
        None
    };
    resolve_as_of(flag, sde, head, today)
}

/// [`as_of_with`] with the environment and the real clock: what `check`, `build`,
/// `export` and `diff` use.
pub fn as_of_for(site: &Path, flag: Option<NaiveDate>) -> NaiveDate {
    let sde = std::env::var("SOURCE_DATE_EPOCH").ok();
    as_of_with(site, flag, sde.as_deref(), || {
        chrono::Local::now().date_naive()
    })
    .date
}

/// The date that health is measured against: `flag` when given, else `SOURCE_DATE_EPOCH`
/// (seconds since 1970, the reproducible-builds convention) when set and valid, else today.
/// Knows nothing of git; see [`as_of_for`] for the full rule.
pub fn as_of_date(flag: Option<NaiveDate>) -> NaiveDate {
    resolve_as_of(
        flag,
        std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
        None,
        || chrono::Local::now().date_naive(),
    )
    .date
}
