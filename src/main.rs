//! The `waymark` command line: `init`, `check`, `build` and `export`.

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
        #[command(flatten)]
        date: AsOf,
    },
    /// Check the site, then write it as static HTML (default: SITE/public).
    Build {
        /// The site folder (holds waymark.yaml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Output folder; replaced atomically.
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Print errors only.
        #[arg(short, long)]
        quiet: bool,
        #[command(flatten)]
        date: AsOf,
    },
    // --- export (PNG, PDF, CSV, JSON): all logic in waymark::export ---
    /// Export slide-ready files: PNG diagrams, a PDF deck, CSV tables and site.json.
    Export {
        /// The site folder (holds waymark.yaml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// What to export.
        #[arg(long, value_enum, default_value_t = ExportKind::All)]
        format: ExportKind,
        /// Output folder (default: SITE/public); files go into its exports/ folder.
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Only this journey (its PNGs, its own PDF ID.pdf, its CSV rows).
        #[arg(long, value_name = "ID")]
        journey: Option<String>,
        /// PNGs without the white background.
        #[arg(long)]
        transparent: bool,
        /// No progress bar, errors only.
        #[arg(short, long)]
        quiet: bool,
        #[command(flatten)]
        date: AsOf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportKind {
    Png,
    Pdf,
    Csv,
    Json,
    All,
}

impl ExportKind {
    fn formats(self) -> Vec<waymark::export::ExportFormat> {
        use waymark::export::ExportFormat as F;
        match self {
            ExportKind::Png => vec![F::Png],
            ExportKind::Pdf => vec![F::Pdf],
            ExportKind::Csv => vec![F::Csv],
            ExportKind::Json => vec![F::Json],
            ExportKind::All => F::ALL.to_vec(),
        }
    }
}

fn run_export(
    site: PathBuf,
    kind: ExportKind,
    out: Option<PathBuf>,
    opts: waymark::export::ExportOptions,
    quiet: bool,
    as_of: Option<NaiveDate>,
) -> ExitCode {
    let out = out.unwrap_or_else(|| site.join("public"));
    let checked = pipeline::check_site(&site, pipeline::as_of_date(as_of));
    report(&checked, true);
    let Some(s) = &checked.site else {
        eprintln!("error: nothing was exported");
        return ExitCode::FAILURE;
    };
    match waymark::export::write_exports(s, &kind.formats(), &opts, &out) {
        Ok(paths) => {
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
    /// instead of SOURCE_DATE_EPOCH or today.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Readable messages with the source line.
    Human,
    /// One JSON object per diagnostic per line.
    Json,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    waymark::check::parse_date(s).ok_or_else(|| format!("`{s}` is not a date; write YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Init { dir } => match waymark::init::init(&dir) {
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
        },
        Command::Check { site, format, date } => {
            let checked = pipeline::check_site(&site, pipeline::as_of_date(date.as_of));
            match format {
                Format::Json => print!("{}", diagnostic::to_json_lines(&checked.diagnostics)),
                Format::Human => report(&checked, false),
            }
            if checked.error_count() > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Build {
            site,
            out,
            quiet,
            date,
        } => {
            let out = out.unwrap_or_else(|| site.join("public"));
            match pipeline::build_site(&site, &out, pipeline::as_of_date(date.as_of)) {
                Ok(built) => {
                    report(&built.checked, quiet);
                    if !quiet {
                        eprintln!("Wrote {} files to {}", built.files, built.out.display());
                    }
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
        Command::Export {
            site,
            format,
            out,
            journey,
            transparent,
            quiet,
            date,
        } => {
            let opts = waymark::export::ExportOptions {
                journey,
                transparent,
                progress: !quiet,
                ..Default::default()
            };
            run_export(site, format, out, opts, quiet, date.as_of)
        }
    }
}

/// Prints diagnostics (warnings too unless `quiet`) and a summary to stderr.
fn report(checked: &Checked, quiet: bool) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let shown: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| !quiet || d.is_error())
        .cloned()
        .collect();
    eprint!(
        "{}",
        diagnostic::to_human(&shown, &checked.loaded.sources, color)
    );
    if !quiet || checked.error_count() > 0 {
        eprintln!(
            "{} error(s), {} warning(s)",
            checked.error_count(),
            checked.warning_count()
        );
    }
}
