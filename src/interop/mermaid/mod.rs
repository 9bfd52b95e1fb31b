//! Mermaid `journey` diagrams in and out: [`parse`] reads them, [`to_site`] turns them into
//! waymark journeys, [`emit`] writes waymark journeys as Mermaid. [`import`] runs
//! `waymark import mermaid`.

pub mod emit;
pub mod parse;
pub mod to_model;
pub mod to_site;

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::interop::book::{MINIMAL_CONFIG, PlannedFile, TargetSite};
use crate::interop::draft::DraftJourney;
use crate::interop::emit_yaml;
use crate::interop::slug::slugify;
use crate::model::Site;
use crate::write::OutFile;
use parse::Outcome;

/// What reading the inputs of `waymark import mermaid` gave.
#[derive(Debug, Default)]
pub struct MermaidImport {
    /// Journeys to write, with their origin for the report.
    pub journeys: Vec<(DraftJourney, String)>,
    /// Files to write (journeys, persona stubs, maybe `waymark.yaml`).
    pub files: Vec<PlannedFile>,
    /// Errors and warnings, located in the input files.
    pub diagnostics: Vec<Diagnostic>,
    /// Text of every input file, by the name used in diagnostics.
    pub sources: std::collections::BTreeMap<String, String>,
    /// Mermaid blocks of other kinds that were skipped, by file.
    pub skipped_other: Vec<(String, u32, String)>,
}

impl MermaidImport {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The `limit-exceeded` error when a parsed journey has more sections than a journey may
/// have stages, a section more tasks than a lane may have items, or all its sections more
/// tasks than a journey may have items ([`crate::limits`]):
/// refused before it is turned into a journey, which would take long for nothing.
pub(crate) fn over_limit(m: &parse::MermaidJourney, file: &str) -> Option<Diagnostic> {
    use crate::limits::{JOURNEY_ITEMS, LANE_ITEMS, STAGES, exceeded};
    if m.sections.len() > STAGES {
        let line = m.sections[STAGES].tasks.first().map_or(m.line, |t| t.line);
        return Some(exceeded(
            file,
            line,
            1,
            "sections (stages) in one journey",
            STAGES as u64,
            m.sections.len() as u64,
            "split the diagram into several journeys, one per phase",
        ));
    }
    m.sections
        .iter()
        .find(|s| s.tasks.len() > LANE_ITEMS)
        .map(|s| {
            exceeded(
                file,
                s.tasks[LANE_ITEMS].line,
                1,
                "tasks in one section (actions in one stage)",
                LANE_ITEMS as u64,
                s.tasks.len() as u64,
                "split the section into several stages",
            )
        })
        .or_else(|| {
            let total: usize = m.sections.iter().map(|s| s.tasks.len()).sum();
            let past = m
                .sections
                .iter()
                .flat_map(|s| &s.tasks)
                .nth(JOURNEY_ITEMS)?;
            Some(exceeded(
                file,
                past.line,
                1,
                "tasks in one journey (the actions of all its stages)",
                JOURNEY_ITEMS as u64,
                total as u64,
                "split the diagram into several journeys, one per phase",
            ))
        })
}

/// `path` as diagnostics show it, with `/` separators.
fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `waymark export --format mermaid --journey ID` named a journey the site does not have.
#[derive(Debug, thiserror::Error)]
#[error("no journey `{id}`; {hint}")]
pub struct UnknownJourney {
    /// The id given.
    pub id: String,
    /// The closest ids ([`crate::diagnostic::did_you_mean`]).
    pub hint: String,
}

/// `waymark export --format mermaid`: one file `ID.mmd` per journey of `site` (only
/// journey `only` when given), in journey order, each holding [`emit::journey_mermaid`];
/// an error when `only` names no journey.
pub fn export_files(site: &Site, only: Option<&str>) -> Result<Vec<OutFile>, UnknownJourney> {
    let files: Vec<OutFile> = site
        .journeys
        .iter()
        .filter(|j| only.is_none_or(|id| j.id == id))
        .map(|j| {
            OutFile::new(
                format!("{}.mmd", j.id),
                emit::journey_mermaid(site, j).into_bytes(),
            )
        })
        .collect();
    match only {
        Some(id) if files.is_empty() => Err(UnknownJourney {
            id: id.to_string(),
            hint: crate::diagnostic::did_you_mean(
                id,
                site.journeys.iter().map(|j| j.id.as_str()),
                "journey",
            ),
        }),
        _ => Ok(files),
    }
}

/// The Mermaid of [`export_files`] for standard output: the diagrams one after another, a
/// blank line between.
pub fn export_text(files: &[OutFile]) -> String {
    let texts: Vec<String> = files
        .iter()
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .collect();
    texts.join("\n")
}

/// Reads `.mmd` files and Markdown files (their journey blocks: fences ```` ```mermaid ````,
/// `~~~mermaid`, ```` ```mermaid-example ````, ```` ```{mermaid} ````, and
/// `<div class="mermaid">` / `<pre class="mermaid">`; see [`parse::mermaid_blocks`]) and
/// plans the files to write into the site at `out`. Folders are searched for `.mmd`,
/// `.mermaid` and `.md` files. A score that is not 1..5 is a warning, so one odd task
/// does not keep the other files from being written.
pub fn import(paths: &[PathBuf], out: &Path) -> MermaidImport {
    let mut importer = Importer {
        result: MermaidImport::default(),
        site: TargetSite::open(out),
        taken_ids: Vec::new(),
    };
    for path in inputs(paths) {
        importer.file(&path);
    }
    let Importer {
        mut result, site, ..
    } = importer;
    result.files = plan(&result.journeys, &site, "Mermaid journey");
    result
}

/// The files to read: each path, and the Mermaid and Markdown files in each folder (in
/// name order).
fn inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(p)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .filter(|f| {
                    f.extension().is_some_and(|x| {
                        ["mmd", "mermaid", "md", "markdown"]
                            .iter()
                            .any(|w| x.eq_ignore_ascii_case(w))
                    })
                })
                .collect();
            found.sort();
            inputs.extend(found);
        } else {
            inputs.push(p.clone());
        }
    }
    inputs
}

/// The text of the input file at `path` (shown as `file`), without a byte-order mark;
/// `None`, with an error in `diagnostics`, when it cannot be read, is too big or is not
/// UTF-8.
fn read_input(path: &Path, file: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let text = match std::fs::read(path) {
        Ok(b) if b.len() as u64 > crate::limits::MERMAID_BYTES => {
            diagnostics.push(crate::limits::exceeded(
                file,
                0,
                0,
                "bytes in one Mermaid file",
                crate::limits::MERMAID_BYTES,
                b.len() as u64,
                "import the journeys in several files",
            ));
            return None;
        }
        Ok(b) => match crate::load::decode_utf8(file, b) {
            Ok(t) => t,
            Err(d) => {
                diagnostics.push(d);
                return None;
            }
        },
        Err(e) => {
            diagnostics.push(
                Diagnostic::error("read-failed", file, 0, 0, format!("cannot read: {e}"))
                    .with_hint("check the path"),
            );
            return None;
        }
    };
    Some(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

/// An import under way: what it found so far, the target site, and the journey ids given.
struct Importer {
    result: MermaidImport,
    site: TargetSite,
    /// Ids given to the journeys imported so far (two diagrams never get the same one).
    taken_ids: Vec<String>,
}

impl Importer {
    /// Reads one input file: a `.mmd` file is one diagram, a Markdown file holds any number
    /// of blocks (a warning when it has no journey block and no error).
    fn file(&mut self, path: &Path) {
        let file = shown(path);
        let Some(text) = read_input(path, &file, &mut self.result.diagnostics) else {
            return;
        };
        self.result.sources.insert(file.clone(), text.clone());
        let is_md = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("md") || x.eq_ignore_ascii_case("markdown"));
        let blocks = if is_md {
            parse::mermaid_blocks(&text)
        } else {
            vec![parse::Block {
                text: text.clone(),
                first_line: 1,
            }]
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut found_here = 0;
        for block in blocks {
            match parse::parse(
                &block.text,
                &file,
                block.first_line,
                &mut self.result.diagnostics,
            ) {
                Outcome::Journey(m) => {
                    found_here += 1;
                    self.journey(&m, path, &file, &stem);
                }
                Outcome::OtherKind(kind) => self.other_kind(&file, is_md, block.first_line, kind),
                Outcome::Invalid => {}
            }
        }
        if is_md
            && found_here == 0
            && !self
                .result
                .diagnostics
                .iter()
                .any(|d| d.file == file && d.is_error())
        {
            self.result.diagnostics.push(
                Diagnostic::error(
                    "mermaid-none",
                    &file,
                    0,
                    0,
                    "no Mermaid journey block in this file",
                )
                .warning()
                .with_hint(
                    "a block is fenced ```mermaid (or ~~~, mermaid-example, {mermaid}) or a <div class=\"mermaid\">, and its first line is `journey`",
                ),
            );
        }
    }

    /// Adds the journey of a parsed diagram of `path` (shown as `file`, whose stem names a
    /// journey without a title); one over the size limits is an error instead.
    fn journey(&mut self, m: &parse::MermaidJourney, path: &Path, file: &str, stem: &str) {
        if let Some(d) = over_limit(m, file) {
            self.result.diagnostics.push(d);
            return;
        }
        let fallback_title = crate::base::values::title_from_id(&slugify(stem));
        let base = m
            .title
            .clone()
            .or_else(|| m.acc_title.clone())
            .filter(|t| !slugify(t).is_empty())
            .unwrap_or_else(|| stem.to_string());
        let id = self.site.journey_id(&base, &self.taken_ids);
        self.taken_ids.push(id.clone());
        let origin = format!(
            "`{}`, line {}",
            path.file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
            m.line
        );
        let draft = to_site::to_draft(m, &id, &fallback_title, &origin, &mut self.site);
        self.result
            .journeys
            .push((draft, format!("{file}:{}", m.line)));
    }

    /// A diagram of another kind at `line` of `file`: skipped in a Markdown file (listed in
    /// the report), an error in a Mermaid file.
    fn other_kind(&mut self, file: &str, is_md: bool, line: u32, kind: String) {
        if is_md {
            self.result
                .skipped_other
                .push((file.to_string(), line, kind));
        } else {
            self.result.diagnostics.push(
                Diagnostic::error(
                    "mermaid-kind",
                    file,
                    line,
                    1,
                    format!("this is a Mermaid `{kind}` diagram, not a `journey`"),
                )
                .with_hint("only `journey` diagrams can be imported"),
            );
        }
    }
}

/// The files for imported journeys: each journey, a stub for each new persona, and a
/// minimal `waymark.yaml` when the site has none.
pub fn plan(
    journeys: &[(DraftJourney, String)],
    site: &TargetSite,
    what: &str,
) -> Vec<PlannedFile> {
    let mut files = Vec::new();
    if !site.has_config {
        files.push(PlannedFile {
            rel: crate::load::CONFIG_FILE.to_string(),
            text: MINIMAL_CONFIG.to_string(),
            only_if_missing: true,
        });
    }
    // Sites made by `waymark init` have the schemas: point the new files at them.
    let schema = crate::interop::schema::SITE_SCHEMA_DIR;
    let comment = site
        .root
        .join(schema)
        .join("journey.schema.json")
        .is_file()
        .then(|| format!("../../{schema}/journey.schema.json"));
    for (j, _) in journeys {
        files.push(PlannedFile {
            rel: format!("content/journeys/{}.md", j.id),
            text: emit_yaml::journey_file(j, comment.as_deref()),
            only_if_missing: false,
        });
    }
    for p in &site.personas.named {
        if p.exists {
            continue;
        }
        let used = journeys.iter().any(|(j, _)| j.personas.contains(&p.id));
        if !used {
            continue;
        }
        files.push(PlannedFile {
            rel: format!("content/personas/{}.md", p.id),
            text: emit_yaml::persona_file(&p.name, &format!("a {what}")),
            only_if_missing: true,
        });
    }
    files
}
