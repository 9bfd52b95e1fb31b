//! The `waymark` command line: `init`, `check`, `build`, `import`, `export` and `schema`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use waymark::diagnostic;
use waymark::pipeline::{self, BuildError, Checked};

/// Journey maps as code: turns a folder of Markdown and YAML journey files into a static
/// site with journey diagrams, persona pages and a content-by-stage plan.
#[derive(Parser)]
#[command(name = "waymark", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a small starter site (one journey, two personas, a few assets) into DIR.
    Init {
        /// Folder to create; must not exist or be empty.
        dir: PathBuf,
    },
    /// Check a site: errors and lints with file:line:column; exit 1 on errors.
    Check {
        /// The site folder (holds waymark.yaml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Also build in memory and verify every internal link and #anchor of the output
        /// (external links are listed, never fetched).
        #[arg(long)]
        links: bool,
        #[command(flatten)]
        date: AsOf,
    },
    /// Serve the site on 127.0.0.1 from memory, rebuild on save, reload open pages.
    Serve {
        /// The site folder (holds waymark.yaml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        #[command(flatten)]
        date: AsOf,
    },
    /// Check the site, then write it as static HTML (default: SITE/public).
    Build {
        /// The site folder (holds waymark.yaml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Output folder; replaced atomically. Must be new, empty or a previous build
        /// (it holds a `.waymark-build` file), and outside the site's sources.
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Replace the output folder even though waymark did not make it (everything in it
        /// is deleted). Never allowed for a folder that holds the site.
        #[arg(long)]
        force: bool,
        /// Print errors only.
        #[arg(short, long)]
        quiet: bool,
        #[command(flatten)]
        date: AsOf,
        /// Number of commits on the change history page (changes.html), in git.
        #[arg(long, value_name = "N", default_value_t = waymark::history::DEFAULT_HISTORY)]
        history: usize,
        /// Write no exports (PNG, PDF, CSV, JSON) and link none; overrides `exports:`.
        #[arg(long)]
        no_exports: bool,
        /// Where unchanged PNGs and decks are kept between builds (default SITE/.waymark/cache).
        #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
        cache_dir: Option<PathBuf>,
        /// Make every export again; read and write no cache.
        #[arg(long)]
        no_cache: bool,
        /// Build the site as one market sees it: only its journeys and the assets approved
        /// for it (an ISO 3166-1 alpha-2 code of the site's `markets:`, e.g. `DE`).
        #[arg(long, value_name = "CODE")]
        market: Option<String>,
    },
    /// Describe what changed in the maps between two git revisions (REV2: the working tree).
    Diff {
        /// The older revision: a commit, branch, tag or `HEAD~3`.
        rev1: String,
        /// The newer revision (default: the files as they are on disk).
        rev2: Option<String>,
        /// The site folder (holds waymark.yaml), inside a git work tree.
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Import journeys from Mermaid diagrams or a spreadsheet into a site.
    #[command(subcommand)]
    Import(ImportCommand),
    // --- export: PNG, PDF, CSV, JSON (waymark::export) and Mermaid (waymark::interop) ---
    /// Export a checked site: PNG diagrams, a PDF deck, CSV tables, site.json (--format
    /// png|pdf|csv|json|all, default all, into SITE/public/exports) or Mermaid (into SITE/exports).
    Export {
        /// The site folder (holds waymark.yaml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// What to write.
        #[arg(long, value_enum, default_value_t = ExportKind::All)]
        format: ExportKind,
        /// Output folder (default SITE/public/exports; SITE/exports for mermaid); `-` prints
        /// Mermaid to standard output.
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Only this journey (its PNGs, its own PDF ID.pdf, its CSV rows, its Mermaid).
        #[arg(long, value_name = "ID")]
        journey: Option<String>,
        /// The journeys as this named view shows them (a working version): only those with
        /// the view, files named ID.VIEW.png, deck.VIEW.pdf, deck.VIEW.pptx, plan.VIEW.csv, ….
        #[arg(long, value_name = "VIEW")]
        view: Option<String>,
        /// PNGs without the white background.
        #[arg(long)]
        transparent: bool,
        /// Which PDF deck: `slides` (default), readable when projected, the same slides as
        /// the PowerPoint deck; `full`, the whole diagrams with stakeholder maps, content
        /// plans and a page per persona, for reading on screen or in print.
        #[arg(long, value_enum, default_value_t = DeckKind::Slides)]
        deck: DeckKind,
        /// No progress bar and no list of files; errors only.
        #[arg(short, long)]
        quiet: bool,
        /// Overwrite files of the same name in an output folder that waymark did not make.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        date: AsOf,
    },
    /// Write JSON Schemas of waymark.yaml, journeys, personas and assets (for editors).
    Schema {
        /// Folder to write the schemas into.
        #[arg(long, default_value = ".waymark/schema")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Mermaid `journey` diagrams: .mmd files, and ```mermaid blocks in Markdown files.
    Mermaid {
        /// Files or folders (searched for .mmd, .mermaid and .md files).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The site to write into (created when missing).
        #[arg(short, long, default_value = ".")]
        out: PathBuf,
        /// Replace journey files that exist.
        #[arg(long)]
        force: bool,
    },
    /// A sheet of rows `stage, persona, lane, text, owner, channel, severity, evidence`
    /// (.csv, or the first sheet of an .xlsx) as one journey.
    Sheet {
        /// The .csv or .xlsx file.
        file: PathBuf,
        /// The site to write into (created when missing).
        #[arg(short, long, default_value = ".")]
        out: PathBuf,
        /// Journey title (default: from the file name).
        #[arg(long)]
        title: Option<String>,
        /// Journey id (default: from the file name).
        #[arg(long, value_parser = parse_id)]
        id: Option<String>,
        /// Replace the journey file when it exists.
        #[arg(long)]
        force: bool,
    },
}

fn parse_id(s: &str) -> Result<String, String> {
    if waymark::base::values::is_kebab_case(s) {
        Ok(s.to_string())
    } else {
        Err(format!(
            "`{s}` is not kebab-case (lowercase letters, digits and `-`)"
        ))
    }
}

/// `waymark export --deck`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DeckKind {
    /// About 1 + stages / 2 slides a map, no text under 10 pt.
    Slides,
    /// Whole diagrams, stakeholder maps, content plans, a page per persona.
    Full,
}

/// `waymark export --format`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportKind {
    /// Every journey diagram and stakeholder map at 2x: ID.png, ID-stakeholders.png.
    Png,
    /// One 16:9 deck: deck.pdf (ID.pdf with --journey).
    Pdf,
    /// plan.csv, touchpoints.csv, backlog.csv (UTF-8 with BOM).
    Csv,
    /// site.json: the whole resolved model.
    Json,
    /// One 16:9 PowerPoint deck of native shapes: deck.pptx (ID.pptx with --journey).
    Pptx,
    /// png, pdf, csv, json and pptx.
    All,
    /// One Mermaid `journey` diagram a journey: ID.mmd.
    Mermaid,
}

impl ExportKind {
    fn formats(self) -> Vec<waymark::export::ExportFormat> {
        use waymark::export::ExportFormat as F;
        match self {
            ExportKind::Png => vec![F::Png],
            ExportKind::Pdf => vec![F::Pdf],
            ExportKind::Csv => vec![F::Csv],
            ExportKind::Json => vec![F::Json],
            ExportKind::Pptx => vec![F::Pptx],
            // The build writes `ExportFormat::ALL`; the command adds the PowerPoint deck.
            ExportKind::All => F::ALL.iter().copied().chain([F::Pptx]).collect(),
            ExportKind::Mermaid => Vec::new(),
        }
    }
}

/// What `waymark export` was asked for, besides the format.
struct ExportRun {
    out: Option<PathBuf>,
    quiet: bool,
    force: bool,
    as_of: Option<NaiveDate>,
}

fn run_export(
    site: PathBuf,
    kind: ExportKind,
    opts: waymark::export::ExportOptions,
    run: ExportRun,
) -> ExitCode {
    let out = run
        .out
        .unwrap_or_else(|| site.join("public").join("exports"));
    let checked = pipeline::check_site(&site, pipeline::as_of_for(&site, run.as_of));
    report(&checked, true);
    let Some(s) = &checked.site else {
        eprintln!("error: nothing was exported");
        return ExitCode::FAILURE;
    };
    let files = match waymark::export::export_files(s, &kind.formats(), &opts) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match waymark::write::write_exports_into(&out, &site, &files, run.force) {
        Ok(paths) => {
            let quiet = run.quiet;
            if !quiet {
                for p in &paths {
                    println!("{}", p.display());
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
// --- end export ---

#[derive(clap::Args)]
struct AsOf {
    /// Measure overdue reviews and expired approvals against this date (YYYY-MM-DD)
    /// instead of SOURCE_DATE_EPOCH, the HEAD commit's date or today.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
}

/// Formats of `waymark diff`.
#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// Sentences grouped by journey.
    Text,
    /// The changes as data, and the sentences.
    Json,
    /// A pull-request comment.
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Readable messages with the source line.
    Human,
    /// One JSON object per diagnostic per line.
    Json,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    waymark::base::values::parse_date(s)
        .ok_or_else(|| format!("`{s}` is not a date; write YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Init { dir } => init(&dir),
        Command::Check {
            site,
            format,
            links,
            date,
        } => check(&site, format, links, date.as_of),
        Command::Serve {
            site,
            port,
            bind,
            open,
            date,
        } => serve(site, port, bind, open, date.as_of),
        Command::Build {
            site,
            out,
            force,
            quiet,
            date,
            history,
            no_exports,
            cache_dir,
            no_cache,
            market,
        } => {
            let mut opts = pipeline::BuildOptions::for_site(&site);
            opts.history_limit = history;
            opts.force = force;
            opts.market = market;
            if no_exports {
                opts.exports = Some(waymark::model::ExportSet::NONE);
            }
            if no_cache {
                opts.cache = waymark::export::cache::ExportCache::off();
            } else if let Some(dir) = cache_dir {
                opts.cache = waymark::export::cache::ExportCache::at(dir);
            }
            build(&site, out, date.as_of, quiet, &opts)
        }
        Command::Diff {
            rev1,
            rev2,
            site,
            format,
        } => diff(&site, &rev1, rev2.as_deref(), format),
        Command::Import(cmd) => import(cmd),
        Command::Export {
            site,
            format,
            out,
            journey,
            view,
            transparent,
            deck,
            quiet,
            force,
            date,
        } => match format {
            ExportKind::Mermaid if view.is_some() => {
                eprintln!("error: --view applies to png, pdf, pptx, csv and json, not to mermaid");
                ExitCode::FAILURE
            }
            ExportKind::Mermaid => {
                export_mermaid(&site, out, journey.as_deref(), date.as_of, force)
            }
            kind => {
                let opts = waymark::export::ExportOptions {
                    journey,
                    view,
                    transparent,
                    progress: !quiet,
                    full_deck: deck == DeckKind::Full,
                    ..Default::default()
                };
                run_export(
                    site,
                    kind,
                    opts,
                    ExportRun {
                        out,
                        quiet,
                        force,
                        as_of: date.as_of,
                    },
                )
            }
        },
        Command::Schema { out } => schema(&out),
    }
}

/// `waymark init DIR`.
fn init(dir: &std::path::Path) -> ExitCode {
    match waymark::init::init(dir) {
        Ok(()) => {
            println!("Created a starter site in {}.", dir.display());
            println!(
                "Next: waymark build {} && open {}/public/index.html",
                dir.display(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `waymark check SITE [--links]`.
fn check(
    site: &std::path::Path,
    format: Format,
    links: bool,
    as_of: Option<NaiveDate>,
) -> ExitCode {
    let checked = pipeline::check_site(site, pipeline::as_of_for(site, as_of));
    match format {
        Format::Json => print!("{}", diagnostic::to_json_lines(&checked.diagnostics)),
        Format::Human => report(&checked, false),
    }
    let links_ok = match (&checked.site, links) {
        (Some(s), true) => check_links(site, s),
        _ => true,
    };
    if checked.error_count() > 0 || !links_ok {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `waymark serve SITE`: runs the server on a two-thread runtime until interrupted.
fn serve(
    site: PathBuf,
    port: u16,
    bind: std::net::IpAddr,
    open: bool,
    as_of: Option<NaiveDate>,
) -> ExitCode {
    let as_of = pipeline::as_of_for(&site, as_of);
    let mut opts = waymark::serve::Options::new(site, as_of);
    opts.port = port;
    opts.bind = bind;
    opts.color = color();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(waymark::serve::run(opts, open)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: waymark serve: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `waymark build SITE` into `out` (default SITE/public).
fn build(
    site: &std::path::Path,
    out: Option<PathBuf>,
    as_of: Option<NaiveDate>,
    quiet: bool,
    opts: &pipeline::BuildOptions,
) -> ExitCode {
    let out = out.unwrap_or_else(|| site.join("public"));
    let as_of = pipeline::as_of_for(site, as_of);
    match pipeline::build_site_opts(site, &out, as_of, opts) {
        Ok(built) => {
            let detail = if quiet {
                Detail::ErrorsOnly
            } else {
                Detail::SummariseWarnings
            };
            report_with(&built.checked, detail);
            if !quiet {
                eprintln!("Wrote {} files to {}", built.files, built.out.display());
            }
            // Freeing a portfolio's model and sources takes tens of milliseconds;
            // the process ends here and the OS takes it all back at once.
            std::mem::forget(built);
            ExitCode::SUCCESS
        }
        Err(BuildError::Invalid(checked)) => {
            report(&checked, quiet);
            eprintln!("error: build stopped; {} was left as it was", out.display());
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `waymark schema --out DIR`.
fn schema(out: &std::path::Path) -> ExitCode {
    match waymark::interop::schema::write_schemas(out) {
        Ok(paths) => {
            for p in paths {
                println!("wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// `check --links`: renders in memory and checks every internal link; true when all resolve.
fn check_links(root: &std::path::Path, site: &waymark::model::Site) -> bool {
    let (r, files) = match pipeline::check_links(root, site) {
        Ok(c) => (c.report, c.files),
        Err(e) => {
            eprintln!("error: {e}");
            return false;
        }
    };
    for b in &r.broken {
        eprintln!("{}: error[broken-link]: `{}`: {}", b.page, b.href, b.reason);
    }
    if !r.external.is_empty() {
        eprintln!("External links (not fetched):");
        for (url, pages) in &r.external {
            let on: Vec<&str> = pages.iter().map(String::as_str).collect();
            eprintln!("  {url}  (on {})", on.join(", "));
        }
    }
    eprintln!(
        "Links: {} internal link(s) in {files} file(s) checked, {} broken, {} external URL(s) listed",
        r.checked,
        r.broken.len(),
        r.external.len()
    );
    r.broken.is_empty()
}

fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn import(cmd: ImportCommand) -> ExitCode {
    use waymark::interop::book::Written;
    use waymark::interop::import;
    let (plan, out, force) = match cmd {
        ImportCommand::Mermaid { paths, out, force } => (import::mermaid(&paths, &out), out, force),
        ImportCommand::Sheet {
            file,
            out,
            title,
            id,
            force,
        } => (
            import::sheet(&file, &out, title.as_deref(), id.as_deref()),
            out,
            force,
        ),
    };
    eprint!(
        "{}",
        diagnostic::to_human(&plan.diagnostics, &plan.sources, color())
    );
    if plan.failed {
        eprintln!("error: nothing was written");
        return ExitCode::FAILURE;
    }
    for line in &plan.summary {
        println!("{line}");
    }
    match plan.write(&out, force) {
        Ok(written) => {
            for w in written {
                match w {
                    Written::Created(p) => println!("created {}", out.join(p).display()),
                    Written::Replaced(p) => println!("replaced {}", out.join(p).display()),
                    Written::Kept(p) => println!("kept {} (exists)", out.join(p).display()),
                }
            }
            println!("Next: waymark check {}", out.display());
            if plan.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `waymark export --format mermaid`: `ID.mmd` files into `out` (default SITE/exports),
/// or the diagrams on standard output with `-o -`.
fn export_mermaid(
    site_dir: &std::path::Path,
    out: Option<PathBuf>,
    journey: Option<&str>,
    as_of: Option<NaiveDate>,
    force: bool,
) -> ExitCode {
    use waymark::interop::mermaid;
    let checked = pipeline::check_site(site_dir, pipeline::as_of_for(site_dir, as_of));
    let Some(site) = &checked.site else {
        report(&checked, true);
        eprintln!("error: the site has errors; nothing was exported");
        return ExitCode::FAILURE;
    };
    let files = match mermaid::export_files(site, journey) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if out.as_deref() == Some(std::path::Path::new("-")) {
        print!("{}", mermaid::export_text(&files));
        return ExitCode::SUCCESS;
    }
    let dir = out.unwrap_or_else(|| site_dir.join("exports"));
    match waymark::write::write_exports_into(&dir, site_dir, &files, force) {
        Ok(paths) => {
            for p in paths {
                println!("wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `waymark diff`: loads the site at both revisions from the object database and prints
/// the semantic difference.
fn diff(site: &std::path::Path, rev1: &str, rev2: Option<&str>, format: DiffFormat) -> ExitCode {
    use waymark::history::revision::{self, RevisionError};
    use waymark::history::{SiteRepo, text};
    let Some(repo) = SiteRepo::discover(site) else {
        eprintln!(
            "error: {} is not inside a git repository; `waymark diff` compares two commits of a site kept in git",
            site.display()
        );
        return ExitCode::FAILURE;
    };
    let load = |rev: Option<&str>| match revision::load_revision(&repo, site, rev, || {
        pipeline::as_of_for(site, None)
    }) {
        Ok(r) => {
            if let Some(first) = r.check_errors.first() {
                eprintln!(
                    "note: at {} `waymark check` reports {} error(s) (e.g. {}); compared as written",
                    r.label,
                    r.check_errors.len(),
                    first.message
                );
            }
            Some(r)
        }
        Err(e) => {
            if let RevisionError::DoesNotLoad {
                errors, sources, ..
            } = &e
            {
                eprint!("{}", diagnostic::to_human(errors, sources, color()));
            }
            eprintln!("error: {e}");
            None
        }
    };
    let Some(old) = load(Some(rev1)) else {
        return ExitCode::FAILURE;
    };
    let Some(new) = load(rev2) else {
        return ExitCode::FAILURE;
    };
    let d = waymark::history::diff::diff(&old.site, &new.site);
    let (from, to) = (&old.label, &new.label);
    let out = match format {
        DiffFormat::Text => text::to_text(&d, from, to),
        DiffFormat::Json => text::to_json(&d, from, to),
        DiffFormat::Markdown => text::to_markdown(&d, from, to),
    };
    print!("{out}");
    ExitCode::SUCCESS
}

/// Prints diagnostics (warnings too unless `quiet`) and a summary to stderr.
fn report(checked: &Checked, quiet: bool) {
    report_with(
        checked,
        if quiet {
            Detail::ErrorsOnly
        } else {
            Detail::All
        },
    );
}

/// How much of a check result to print.
#[derive(Clone, Copy, PartialEq)]
enum Detail {
    /// Every error and warning in full (`waymark check`).
    All,
    /// Errors in full, warnings as counts by code (`waymark build`).
    SummariseWarnings,
    /// Errors only.
    ErrorsOnly,
}

/// Prints diagnostics and a summary to stderr.
fn report_with(checked: &Checked, detail: Detail) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let shown: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| detail == Detail::All || d.is_error())
        .cloned()
        .collect();
    eprint!(
        "{}",
        diagnostic::to_human(&shown, &checked.loaded.sources, color)
    );
    if detail == Detail::ErrorsOnly && checked.error_count() == 0 {
        return;
    }
    eprintln!(
        "{} error(s), {} warning(s)",
        checked.error_count(),
        checked.warning_count()
    );
    if detail == Detail::SummariseWarnings && checked.warning_count() > 0 {
        let mut by_code: std::collections::BTreeMap<&str, usize> = Default::default();
        for d in checked.diagnostics.iter().filter(|d| !d.is_error()) {
            *by_code.entry(d.code.as_str()).or_default() += 1;
        }
        let list: Vec<String> = by_code.iter().map(|(c, n)| format!("{n} {c}")).collect();
        eprintln!(
            "  warnings: {}; run `waymark check` to see each one",
            list.join(", ")
        );
    }
}
