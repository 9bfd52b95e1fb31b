//! The pipeline as one call: load → check → model → views → render → write.
//!
//! `waymark check` runs [`check_site`]; `waymark build` runs [`build_site`]. Both measure
//! health against one as-of date ([`as_of_date`]).
//!
//! Render sits below export and interop, so it is here that they meet: [`HOOKS`] gives
//! render the export download links and the Mermaid drawer ([`mermaid_svg`]), and
//! [`render_site`] adds the exports to an in-memory render.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::{self, Diagnostic};
use crate::export::cache::ExportCache;
use crate::history::{self, SiteHistory};
use crate::load::{self, LoadedSite};
use crate::model::ExportSet;
use crate::model::{self, Site};
use crate::render::{self, ThemeFiles};
use crate::views::health::{self, SiteHealth};
use crate::write::{self, OutFile};

pub mod incremental;

/// The result of checking a site.
#[derive(Debug)]
pub struct Checked {
    /// What was read (its `sources` serve error snippets).
    pub loaded: LoadedSite,
    /// Errors and lints, sorted: errors first, then by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// The resolved site, when there was no error.
    pub site: Option<Site>,
    /// The site's health (the lints, the badges), computed once for check and render.
    pub health: Option<SiteHealth>,
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
    let t = std::time::Instant::now();
    let loaded = load::load_site(root);
    timing("load", t);
    check_loaded(loaded, as_of)
}

/// With `WAYMARK_TIMINGS` set, prints how long a step took to stderr (for benchmarks).
pub fn timing(step: &str, since: std::time::Instant) {
    if std::env::var_os("WAYMARK_TIMINGS").is_some() {
        eprintln!(
            "timing: {step}: {:.1} ms",
            since.elapsed().as_secs_f64() * 1e3
        );
    }
}

/// Checks a site already read (`waymark serve` re-reads only the files that changed).
pub fn check_loaded(loaded: LoadedSite, as_of: NaiveDate) -> Checked {
    let mut diagnostics = loaded.diagnostics.clone();
    let t = std::time::Instant::now();
    let (found, names) = crate::check::check_with_names(&loaded);
    diagnostics.extend(found);
    timing("check", t);
    let (site, health) = if diagnostics.iter().any(Diagnostic::is_error) {
        (None, None)
    } else {
        let t = std::time::Instant::now();
        let site = model::build_with(&loaded, as_of, &names);
        timing("model", t);
        let t = std::time::Instant::now();
        let health = SiteHealth::of(&site);
        timing("health", t);
        diagnostics.extend(findings_as_lints(&health.findings));
        (Some(site), Some(health))
    };
    diagnostic::sort(&mut diagnostics);
    Checked {
        loaded,
        diagnostics,
        site,
        health,
    }
}

/// The health findings of a resolved site, as warnings.
pub fn lints(site: &Site) -> Vec<Diagnostic> {
    findings_as_lints(&health::findings(site))
}

fn findings_as_lints(findings: &[health::Finding]) -> Vec<Diagnostic> {
    findings
        .iter()
        .map(|f| {
            let d = Diagnostic::error(
                f.kind.code(),
                &f.source.file,
                f.source.line,
                f.source.column,
                f.message.clone(),
            )
            .warning()
            .with_hint(f.hint.clone());
            match &f.related {
                Some((at, message)) => d.with_related(diagnostic::Related {
                    file: at.file.clone(),
                    line: at.line,
                    column: at.column,
                    message: message.clone(),
                }),
                None => d,
            }
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
    /// An export failed (a bug in a diagram writer); nothing was written.
    #[error(transparent)]
    Export(#[from] crate::export::ExportError),
    /// `--market CODE` names no market of the site; nothing was written.
    #[error("unknown market `{market}` given to --market: {hint}")]
    UnknownMarket {
        /// The code given.
        market: String,
        /// What to write instead.
        hint: String,
    },
}

/// Narrows `checked` (a clean check) to `market` ([`model::for_market`]) and recomputes its
/// health; an error when `market` is not a valid code or not one of the site's `markets:`.
fn narrow_to_market(checked: &mut Checked, market: &str) -> Result<(), BuildError> {
    let Some(site) = checked.site.as_mut() else {
        return Ok(());
    };
    let unknown = |hint: String| BuildError::UnknownMarket {
        market: market.to_string(),
        hint,
    };
    if let Some(hint) = crate::base::values::market_hint(market) {
        return Err(unknown(hint));
    }
    let markets = &site.config.mlr.markets;
    if !markets.is_empty() && !markets.iter().any(|m| m == market) {
        return Err(unknown(diagnostic::did_you_mean(
            market,
            markets.iter().map(String::as_str),
            "market",
        )));
    }
    *site = model::for_market(site, market);
    checked.health = Some(SiteHealth::of(site));
    Ok(())
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

/// How to build, beyond the site and the output folder.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Commits on the change history page (`--history N`).
    pub history_limit: usize,
    /// Overrides `exports:` of `waymark.yaml` (`--no-exports` gives [`ExportSet::NONE`]).
    pub exports: Option<ExportSet>,
    /// Where PNGs and the deck are cached; [`ExportCache::off`] to make every file.
    pub cache: ExportCache,
    /// Replace a non-empty output folder that waymark did not make (`--force`).
    pub force: bool,
    /// Build the site as this market sees it (`--market CODE`, [`model::for_market`]).
    pub market: Option<String>,
}

impl BuildOptions {
    /// The defaults for the site at `root`: full history, the site's `exports:`, and the
    /// cache in `root/.waymark/cache`.
    pub fn for_site(root: &Path) -> BuildOptions {
        BuildOptions {
            history_limit: history::DEFAULT_HISTORY,
            exports: None,
            cache: ExportCache::at(ExportCache::default_dir(root)),
            force: false,
            market: None,
        }
    }
}

/// [`build_site`] with the number of commits for the change history page, and `force`:
/// replace a non-empty `out` that waymark did not make (`--force`); no export cache.
pub fn build_site_with(
    root: &Path,
    out: &Path,
    as_of: NaiveDate,
    history_limit: usize,
    force: bool,
) -> Result<Built, BuildError> {
    let opts = BuildOptions {
        history_limit,
        exports: None,
        cache: ExportCache::off(),
        force,
        market: None,
    };
    build_site_opts(root, out, as_of, &opts)
}

/// Checks the site at `root`, then renders its pages and exports straight into a temporary
/// folder beside `out` (pages in parallel, each written as soon as it is made), and swaps
/// that in for `out`. Nothing is written to `out` when anything fails.
pub fn build_site_opts(
    root: &Path,
    out: &Path,
    as_of: NaiveDate,
    opts: &BuildOptions,
) -> Result<Built, BuildError> {
    let mut checked = check_site(root, as_of);
    let Some(site) = checked.site.as_mut() else {
        return Err(BuildError::Invalid(Box::new(checked)));
    };
    if let Some(set) = opts.exports {
        site.config.exports = set;
    }
    if let Some(m) = &opts.market {
        narrow_to_market(&mut checked, m)?;
    }
    let site = checked.site.as_ref().expect("checked above");
    let history = history::collect(root, opts.history_limit);
    let theme = ThemeFiles::load(root, &site.config.theme)?;
    let target = write::Target {
        out,
        site: root,
        force: opts.force,
    };
    let staging = write::Staging::begin(&target)?;
    let count = std::sync::atomic::AtomicUsize::new(0);
    let sink = |path: &str, bytes: &[u8], source: Option<&Path>| -> Result<(), BuildError> {
        match source {
            Some(from) => staging.write_linked(path, bytes, from)?,
            None => staging.write(path, bytes)?,
        }
        count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    };
    let t = std::time::Instant::now();
    let input = render::Pages {
        site,
        theme: &theme,
        history: history.as_ref(),
        health: checked.health.as_ref(),
        hooks: &HOOKS,
    };
    let (pages, exports) = rayon::join(
        || {
            render::render_site_into(&input, &|_| true, &|f: OutFile| {
                sink(&f.path, &f.bytes, None)
            })
        },
        || {
            crate::export::build_exports(site, &opts.cache, &|f: OutFile| {
                sink(&f.path, &f.bytes, f.source.as_deref())
            })
        },
    );
    pages?;
    exports?;
    timing("render and write", t);
    let t = std::time::Instant::now();
    staging.commit()?;
    timing("swap", t);
    Ok(Built {
        files: count.into_inner(),
        checked,
        out: out.to_path_buf(),
    })
}

/// What pages need from export and interop ([`render::Hooks`]): the download links of
/// the exports a site writes, and Mermaid journeys in narratives drawn by [`mermaid_svg`].
pub const HOOKS: render::Hooks = render::Hooks {
    journey_downloads: crate::export::journey_downloads,
    persona_downloads: crate::export::persona_downloads,
    view_downloads: crate::export::view_downloads,
    mermaid: mermaid_svg,
};

/// The SVG of the Mermaid `journey` diagram in `source` (a ```mermaid block of a
/// narrative), drawn as a waymark journey diagram whose element ids start with `id`;
/// `None` when `source` is not a journey or has errors ([`render::markdown::Mermaid`]).
pub fn mermaid_svg(source: &str, id: &str) -> Option<String> {
    let (site, journey) = crate::interop::mermaid::to_model::journey_site(source, id)?;
    Some(crate::diagram::journey_diagram(&site, &journey))
}

/// Every output file of a resolved `site` rendered with `theme`, in memory, sorted by
/// path: the pages and theme files ([`render::render_site`]) and every export
/// (`exports/…`, [`crate::export::export_files`], made without a cache). An export that
/// fails is a [`render::RenderError::Io`] on the path `exports`.
pub fn render_site(site: &Site, theme: &ThemeFiles) -> Result<Vec<OutFile>, render::RenderError> {
    render_site_with(site, theme, None)
}

/// [`render_site`] with what git knows about the site: last changes on the pages, the
/// footer's commit, and `changes.html`.
pub fn render_site_with(
    site: &Site,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
) -> Result<Vec<OutFile>, render::RenderError> {
    let mut out = render::render_site(site, theme, history, &HOOKS)?;
    let exports = crate::export::export_files(
        site,
        &crate::export::ExportFormat::ALL,
        &crate::export::ExportOptions::default(),
    )
    .map_err(|e| render::RenderError::Io {
        path: "exports".into(),
        message: e.to_string(),
    })?;
    out.extend(exports);
    // The build's PowerPoint decks are each journey's own (`ID.pptx`), as the journey
    // pages link them.
    if site.config.exports.pptx {
        for j in &site.journeys {
            let bytes =
                crate::export::pptx::deck(site, &[j]).map_err(|e| render::RenderError::Io {
                    path: format!("exports/{}.pptx", j.id).into(),
                    message: e.to_string(),
                })?;
            out.push(OutFile::new(format!("exports/{}.pptx", j.id), bytes));
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Renders every output file of the resolved site at `root` (its theme and overrides read
/// from there), in memory ([`render_site`]).
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
    render_site_with(site, &theme, history)
}

/// What `waymark check --links` found.
#[derive(Debug)]
pub struct LinkCheck {
    /// Internal links checked, broken ones, external URLs listed.
    pub report: crate::links::Report,
    /// Number of output files read.
    pub files: usize,
}

/// `waymark check --links`: renders the site at `root` in memory ([`render_files`]), adds
/// its `static/` files as a build copies them (links that leave the site are skipped), and
/// checks every internal link and `#anchor` ([`crate::links::check_files`]).
pub fn check_links(root: &Path, site: &Site) -> Result<LinkCheck, render::RenderError> {
    let mut files = render_files(root, site)?;
    for f in load::walk::files_within(root, &root.join("static")).files {
        if !files.iter().any(|o| o.path == f.rel) {
            files.push(OutFile::new(
                f.rel,
                std::fs::read(&f.path).unwrap_or_default(),
            ));
        }
    }
    Ok(LinkCheck {
        report: crate::links::check_files(&files),
        files: files.len(),
    })
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
