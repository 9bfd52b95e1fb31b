//! Export: the resolved site → files that drop into slide decks and spreadsheets.
//!
//! Takes a [`Site`] and gives [`OutFile`]s under `exports/`: a PNG of every journey diagram
//! and stakeholder map (`ID.png`, `ID-stakeholders.png`, and `ID.VIEW.png` for each named
//! view, [`png`], [`view`]), one 16:9 PDF deck
//! (`deck.pdf`, [`pdf`]), four CSV tables (`plan.csv`, `touchpoints.csv`, `backlog.csv`,
//! `emotions.csv`, [`csv`]) and the whole resolved model (`site.json`, [`json`]). Everything is in memory and
//! deterministic: same input, same bytes; no clock, no random ids. Fonts are the two Inter
//! faces embedded in the binary and nothing else, so a PNG or a PDF is the same on every
//! machine and its text breaks where the browser's does.

pub mod cache;
pub mod csv;
pub mod deck;
pub mod json;
mod par;
pub mod pdf;
pub mod pdfdoc;
pub mod png;
pub mod portfolio;
pub mod pptx;
pub mod scene;
pub mod view;
mod zlib;

pub use view::{view_downloads, view_file_name, view_png_name};

use crate::model::{Journey, Site};
use crate::write::OutFile;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExportFormat {
    /// `exports/ID.png`, `exports/ID-stakeholders.png` and each named view's
    /// `exports/ID.VIEW.png`, 2x.
    Png,
    /// `exports/deck.pdf` (or `exports/ID.pdf` for one journey).
    Pdf,
    /// `exports/plan.csv`, `exports/touchpoints.csv`, `exports/backlog.csv`,
    /// `exports/emotions.csv`.
    Csv,
    /// `exports/site.json`.
    Json,
    /// `exports/deck.pptx` (or `exports/ID.pptx` for one journey): the PowerPoint deck.
    Pptx,
}

impl ExportFormat {
    /// Every format, in output order.
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Png,
        ExportFormat::Pdf,
        ExportFormat::Csv,
        ExportFormat::Json,
    ];

    /// The short name the progress bar shows.
    fn label(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Pptx => "pptx",
        }
    }
}

/// How to export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    /// Only this journey (PNG, PDF, CSV rows); `None` for the whole site.
    pub journey: Option<String>,
    /// Every file as this named view shows the journeys (`waymark export --view ID`): only
    /// the journeys that have the view, each as the view shows it, and `.ID` before each
    /// file's extension (`ct-purchase.working.png`, `deck.working.pdf`); `None`: the maps
    /// as they are.
    pub view: Option<String>,
    /// PNG without the white background.
    pub transparent: bool,
    /// PNG scale factor (pixels per SVG px); 2 by default.
    pub scale: f32,
    /// Show a progress bar on stderr when it is a terminal and there is enough to do.
    pub progress: bool,
    /// The detailed PDF deck of whole diagrams ([`pdf::deck_full`], `--deck full`) instead
    /// of the readable slides.
    pub full_deck: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            journey: None,
            view: None,
            transparent: false,
            scale: 2.0,
            progress: false,
            full_deck: false,
        }
    }
}

/// Why an export made nothing.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// `--journey ID` names no journey.
    #[error("no journey with id `{id}`{}", hint(.known))]
    UnknownJourney {
        /// The id asked for.
        id: String,
        /// The closest known id, if any.
        known: Option<String>,
    },
    /// `--view ID` names no view of any journey.
    #[error("no view with id `{id}`{}", hint(.known))]
    UnknownView {
        /// The id asked for.
        id: String,
        /// The closest known id, if any.
        known: Option<String>,
    },
    /// `--journey` names a journey that does not have the `--view` asked for.
    #[error("journey `{journey}` has no view `{view}`; the journeys that have it: {}", .with.join(", "))]
    NoViewOfJourney {
        /// The journey id.
        journey: String,
        /// The view id.
        view: String,
        /// The ids of the journeys that have the view.
        with: Vec<String>,
    },
    /// An SVG could not be parsed or rasterised (a bug in the diagram writer).
    #[error("cannot render {what}: {message}")]
    Render {
        /// Which file.
        what: String,
        /// Why.
        message: String,
    },
    /// The PDF writer failed.
    #[error("cannot write the PDF deck: {0}")]
    Pdf(String),
    /// CSV or JSON serialisation failed.
    #[error("cannot write {what}: {message}")]
    Data {
        /// Which file.
        what: String,
        /// Why.
        message: String,
    },
}

fn hint(known: &Option<String>) -> String {
    known
        .as_ref()
        .map(|k| format!("; did you mean `{k}`?"))
        .unwrap_or_default()
}

/// The journeys selected by `opts.journey` (all when `None`).
pub fn selected<'a>(site: &'a Site, opts: &ExportOptions) -> Result<Vec<&'a Journey>, ExportError> {
    match &opts.journey {
        None => Ok(site.journeys.iter().map(|j| &**j).collect()),
        Some(id) => match site.journey(id) {
            Some(j) => Ok(vec![j]),
            None => Err(ExportError::UnknownJourney {
                id: id.clone(),
                known: closest(id, site.journeys.iter().map(|j| &j.id)),
            }),
        },
    }
}

/// A unit of export work, for the progress bar.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(show: bool, total: usize) -> Self {
        use std::io::IsTerminal;
        // "More than a handful": a bar for a few files is only noise.
        if !show || total <= 5 || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{msg:>12} [{bar:30}] {pos}/{len} {elapsed}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress(Some(bar))
    }

    fn step(&self, msg: &'static str) {
        if let Some(b) = &self.0 {
            b.set_message(msg);
            b.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

/// The closest of `known` to `id` (for a "did you mean").
pub(crate) fn closest<'a>(id: &str, known: impl Iterator<Item = &'a String>) -> Option<String> {
    known
        .map(|k| (strsim::jaro_winkler(k, id), k))
        .filter(|(s, _)| *s > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k.clone())
}

/// Every export file of `site` in `formats`, in a stable order, with `exports/` paths.
pub fn export_files(
    site: &Site,
    formats: &[ExportFormat],
    opts: &ExportOptions,
) -> Result<Vec<OutFile>, ExportError> {
    crate::diagram::theme::install(&site.theme);
    if let Some(view) = &opts.view {
        return view::view_files(site, view, formats, opts);
    }
    let journeys = selected(site, opts)?;
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let names: Vec<(ExportFormat, String)> = formats
        .iter()
        .flat_map(|f| {
            export_names(*f, &journeys, opts)
                .into_iter()
                .map(|n| (*f, n))
        })
        .collect();
    let progress = Progress::new(opts.progress, names.len());
    let mut out = Vec::new();
    for (format, name) in names {
        // `None` only for a stakeholder map that draws nothing: no file.
        if let Some(bytes) = make(site, &journeys, &name, opts).transpose()? {
            out.push(OutFile::new(format!("exports/{name}"), bytes));
        }
        progress.step(format.label());
    }
    progress.finish();
    Ok(out)
}

/// What a journey's diagrams are drawn from: the journey, the personas it names (their
/// names, kinds and buying roles show in the legend and the stakeholder map), and the
/// site's language (the diagrams' words and dates: `waymark.yaml`'s `language` and the
/// site's `i18n/TAG.ftl`, as [`crate::i18n::Catalogue::fingerprint`]). The export
/// cache keys diagram PNGs by it, so it must hold everything `diagram::journey_diagram` and
/// `diagram::stakeholder_map` read; `tests/build.rs` checks that a cached build equals an
/// uncached one after each kind of edit.
#[derive(serde::Serialize)]
pub(crate) struct DiagramInput<'a> {
    journey: &'a Journey,
    personas: Vec<&'a crate::model::Persona>,
    ui: &'a str,
    labels: &'a crate::model::DiagramLabels,
    /// The sub-journeys the stage band links (their titles are drawn).
    details: crate::diagram::layout::StageDetails,
}

impl<'a> DiagramInput<'a> {
    pub(crate) fn of(site: &'a Site, journey: &'a Journey) -> Self {
        DiagramInput {
            journey,
            personas: journey
                .named_personas()
                .into_iter()
                .filter_map(|id| site.persona(id))
                .collect(),
            ui: site.config.ui.fingerprint(),
            labels: &site.config.labels,
            details: crate::diagram::layout::stage_details(site, journey),
        }
    }
}

/// What a journey's slides are drawn from (its section of the PDF deck, its PowerPoint deck
/// `ID.pptx`): the site's title and description (the title slide), its diagrams' input,
/// its content plan (the stage slides' content lane), its comparison, and the stage
/// vocabulary (the notes). The export cache keys them by it.
#[derive(serde::Serialize)]
pub(crate) struct DeckInput<'a> {
    title: &'a str,
    description: Option<&'a str>,
    diagram: DiagramInput<'a>,
    plan: crate::views::plan::JourneyPlan,
    compare: Option<crate::views::compare::Comparison>,
    stages: &'a [crate::model::StageDef],
}

impl<'a> DeckInput<'a> {
    pub(crate) fn of(site: &'a Site, journey: &'a Journey) -> Self {
        DeckInput {
            title: &site.config.title,
            description: site.config.description.as_deref(),
            diagram: DiagramInput::of(site, journey),
            plan: crate::views::plan::journey_plan(site, journey),
            compare: crate::views::compare::comparison_of(site, journey),
            stages: &site.config.stages,
        }
    }
}

/// The exports a build writes — those of `site.config.exports` — each given to `sink` as
/// soon as it is made, with `exports/` paths. The PNGs (in parallel) and the deck come from
/// `cache` when what they are made from did not change; the CSVs and `site.json` are cheap
/// and always made. Same bytes with and without the cache.
pub fn build_exports<E>(
    site: &Site,
    cache: &cache::ExportCache,
    sink: &(dyn Fn(OutFile) -> Result<(), E> + Sync),
) -> Result<(), E>
where
    E: From<ExportError> + Send,
{
    use rayon::prelude::*;
    crate::diagram::theme::install(&site.theme);
    let set = site.config.exports;
    let opts = ExportOptions::default();
    let options = format!("scale={} transparent={}", opts.scale, opts.transparent);
    // Every cached export is drawn with the theme: its fingerprint keys them all.
    let salted;
    let cache = if site.theme.is_plain() {
        cache
    } else {
        salted = cache.salted(&site.theme.fingerprint());
        &salted
    };
    let all: Vec<&Journey> = site.journeys.iter().map(|j| &**j).collect();
    let deck = || -> Result<(), E> {
        if !set.pdf {
            return Ok(());
        }
        sink(OutFile::new(
            "exports/deck.pdf",
            pdf::deck_cached(site, &all, cache)?,
        ))
    };
    let pngs = || -> Result<(), E> {
        if !set.png && !set.pptx {
            return Ok(());
        }
        site.journeys.par_iter().try_for_each(|j| {
            if set.pptx {
                let key = cache::Key::of("journey-pptx", "", &DeckInput::of(site, j));
                if let Some((bytes, source)) =
                    cache.get_or_make_file(&key, || pptx::deck(site, &[j]).map(Some))?
                {
                    sink(OutFile {
                        path: format!("exports/{}.pptx", j.id),
                        bytes,
                        source,
                    })?;
                }
            }
            if !set.png {
                return Ok(());
            }
            let input = DiagramInput::of(site, j);
            let key = cache::Key::of("journey-png", &options, &input);
            if let Some((bytes, source)) =
                cache.get_or_make_file(&key, || png::journey_png(site, j, &opts).map(Some))?
            {
                sink(OutFile {
                    path: format!("exports/{}.png", j.id),
                    bytes,
                    source,
                })?;
            }
            // An empty entry records "this stakeholder map draws nothing".
            let key = cache::Key::of("stakeholders-png", &options, &input);
            let made = cache.get_or_make_file(&key, || {
                png::stakeholder_png(site, j, &opts).map(|p| Some(p.unwrap_or_default()))
            })?;
            match made {
                Some((bytes, source)) if !bytes.is_empty() => sink(OutFile {
                    path: format!("exports/{}-stakeholders.png", j.id),
                    bytes,
                    source,
                })?,
                _ => {}
            }
            view::view_pngs(site, j, cache, &options, sink)
        })
    };
    let (a, b) = rayon::join(deck, pngs);
    a?;
    b?;
    if set.csv {
        for name in csv::NAMES {
            if let Some(bytes) = make(site, &all, name, &opts).transpose()? {
                sink(OutFile::new(format!("exports/{name}"), bytes))?;
            }
        }
    }
    if set.json {
        sink(OutFile::new("exports/site.json", json::site_json(site)?))?;
    }
    Ok(())
}

/// The file names under `exports/` that `format` makes for `journeys`, in order.
fn export_names(format: ExportFormat, journeys: &[&Journey], opts: &ExportOptions) -> Vec<String> {
    match format {
        ExportFormat::Png => journeys
            .iter()
            .flat_map(|j| {
                [
                    format!("{}.png", j.id),
                    format!("{}-stakeholders.png", j.id),
                ]
                .into_iter()
                .chain(j.views.iter().map(|v| view_png_name(&j.id, &v.id)))
            })
            .collect(),
        ExportFormat::Pdf => vec![match &opts.journey {
            Some(id) => format!("{id}.pdf"),
            None => "deck.pdf".to_string(),
        }],
        ExportFormat::Csv => csv::NAMES.iter().map(|n| n.to_string()).collect(),
        ExportFormat::Json => vec!["site.json".to_string()],
        ExportFormat::Pptx => vec![match &opts.journey {
            Some(id) => format!("{id}.pptx"),
            None => "deck.pptx".to_string(),
        }],
    }
}

/// The export file `name` (see [`export_names`]) of `journeys`. `None` when no export has
/// that name, and for the stakeholder map of a journey whose map draws nothing.
fn make(
    site: &Site,
    journeys: &[&Journey],
    name: &str,
    opts: &ExportOptions,
) -> Option<Result<Vec<u8>, ExportError>> {
    let journey = |id: &str| journeys.iter().copied().find(|j| j.id == id);
    match name {
        "deck.pdf" if opts.full_deck => return Some(pdf::deck_full(site, journeys)),
        "deck.pdf" => return Some(pdf::deck(site, journeys)),
        "deck.pptx" => return Some(pptx::deck(site, journeys)),
        "site.json" => return Some(json::site_json(site)),
        "plan.csv" => return Some(csv::plan_csv(site, journeys)),
        "touchpoints.csv" => return Some(csv::touchpoints_csv(site, journeys)),
        "backlog.csv" => return Some(csv::backlog_csv(site, journeys)),
        "emotions.csv" => return Some(csv::emotions_csv(site, journeys)),
        "register.csv" => return Some(csv::register_csv(site)),
        _ => {}
    }
    if let Some(j) = name.strip_suffix("-stakeholders.png").and_then(journey) {
        return png::stakeholder_png(site, j, opts).transpose();
    }
    if let Some(j) = name.strip_suffix(".png").and_then(journey) {
        return Some(png::journey_png(site, j, opts));
    }
    // `ID.VIEW.png`: the diagram of a named view (a view page's download).
    if let Some((id, view)) = name.strip_suffix(".png").and_then(|n| n.split_once('.'))
        && let Some(shown) = journey(id).and_then(|j| crate::views::named::journey_as(j, view))
    {
        return Some(png::journey_png(site, &shown, opts));
    }
    if let Some(j) = name.strip_suffix(".pdf").and_then(journey) {
        if opts.full_deck {
            return Some(pdf::deck_full(site, &[j]));
        }
        return Some(pdf::deck(site, &[j]));
    }
    if let Some(j) = name.strip_suffix(".pptx").and_then(journey) {
        return Some(pptx::deck(site, &[j]));
    }
    None
}

/// One export file by its name under `exports/` (`deck.pdf`, `ID.png`,
/// `ID-stakeholders.png`, `ID.VIEW.png`, `ID.pdf`, `plan.csv`, `touchpoints.csv`, `backlog.csv`,
/// `emotions.csv`, `site.json`) for the whole site with the default options, made on demand (the preview
/// server uses it, so that its download links work without exporting everything on each
/// keystroke). `None` when no export has that name.
pub fn export_named(site: &Site, name: &str) -> Option<Result<Vec<u8>, ExportError>> {
    crate::diagram::theme::install(&site.theme);
    let all: Vec<&Journey> = site.journeys.iter().map(|j| &**j).collect();
    make(site, &all, name, &ExportOptions::default())
}

/// The download links of one journey page, relative to `exports/`: `(message key, file)`,
/// the key of the link's label in `i18n/en.ftl` (`download-png`, …), only
/// for the exports the site writes (`site.config.exports`). `stakeholders` says whether the
/// stakeholder map has a PNG (it has when it draws anything).
pub fn journey_downloads(
    site: &Site,
    journey: &Journey,
    stakeholders: bool,
) -> Vec<(&'static str, String)> {
    let set = site.config.exports;
    let mut v = Vec::new();
    if set.png {
        v.push(("download-png", format!("{}.png", journey.id)));
        if stakeholders {
            v.push((
                "download-png-stakeholders",
                format!("{}-stakeholders.png", journey.id),
            ));
        }
    }
    if set.pdf {
        v.push(("download-pdf-deck", "deck.pdf".into()));
    }
    if set.pptx {
        v.push(("download-pptx", format!("{}.pptx", journey.id)));
    }
    if set.csv {
        v.extend([
            ("download-csv-plan", "plan.csv".into()),
            ("download-csv-touchpoints", "touchpoints.csv".into()),
            ("download-csv-backlog", "backlog.csv".into()),
            ("download-csv-emotions", "emotions.csv".into()),
            ("download-csv-register", "register.csv".into()),
        ]);
    }
    v
}

/// Writes the exports of `site` into the folder `dir` (`ID.png`, `deck.pdf`, …; each file
/// replaced atomically: written beside its place, then renamed); returns the paths written.
/// Other files in `dir` stay.
pub fn write_exports(
    site: &Site,
    formats: &[ExportFormat],
    opts: &ExportOptions,
    dir: &std::path::Path,
) -> Result<Vec<std::path::PathBuf>, WriteExportError> {
    let files = export_files(site, formats, opts)?;
    let mut written = Vec::new();
    for f in files {
        let dest = dir.join(f.path.strip_prefix("exports/").unwrap_or(&f.path));
        let io = |source| WriteExportError::Io {
            path: dest.clone(),
            source,
        };
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = dest.with_extension(format!("waymark-tmp-{}", std::process::id()));
        std::fs::write(&tmp, &f.bytes).map_err(io)?;
        std::fs::rename(&tmp, &dest).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            io(e)
        })?;
        written.push(dest);
    }
    Ok(written)
}

/// Why `waymark export` wrote nothing (or not everything).
#[derive(Debug, thiserror::Error)]
pub enum WriteExportError {
    /// Making the files failed; nothing was written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The file system said no.
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
}

/// The download links of one persona page, relative to `exports/`: the deck (which holds
/// the persona's profile page), the content plan, and the PNG of each journey listing it;
/// only the exports the site writes (`site.config.exports`).
pub fn persona_downloads(site: &Site, persona: &str) -> Vec<(&'static str, String)> {
    let set = site.config.exports;
    let mut v = Vec::new();
    if set.pdf {
        v.push(("download-pdf-deck", "deck.pdf".to_string()));
    }
    if set.csv {
        v.push(("download-csv-plan", "plan.csv".to_string()));
    }
    if set.png {
        for j in site
            .journeys_of_persona(persona)
            .filter(|j| j.personas.iter().any(|p| p == persona))
        {
            v.push(("download-png", format!("{}.png", j.id)));
        }
    }
    v
}
