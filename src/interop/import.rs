//! `waymark import`: what an import from Mermaid or a sheet would write, verified as
//! `check` would read it, and the lines that report it. Writing is [`Import::write`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::interop::book::{self, PlannedFile, WriteRefused, Written};
use crate::interop::{mermaid, sheet};

/// An import read and planned, nothing written yet.
#[derive(Debug)]
pub struct Import {
    /// Files it would write (journeys, persona stubs, maybe `waymark.yaml`), relative to
    /// the target site.
    pub files: Vec<PlannedFile>,
    /// Errors and warnings, located in the inputs or in the planned journey files.
    pub diagnostics: Vec<Diagnostic>,
    /// Text of every input and of each refused planned file, by the name diagnostics use.
    pub sources: BTreeMap<String, String>,
    /// One line per imported journey (`journey `ID` from …: N stage(s), …`) and per
    /// skipped diagram, for standard output.
    pub summary: Vec<String>,
    /// Nothing may be written: an input had errors, nothing was imported, or a planned
    /// journey would not load ([`crate::interop::verify`]).
    pub failed: bool,
}

impl Import {
    /// Writes the planned files into the site at `out` ([`book::write_planned`]; `force`
    /// replaces files that exist); gives what happened to each file, by relative path.
    pub fn write(&self, out: &Path, force: bool) -> Result<Vec<Written>, WriteRefused> {
        book::write_planned(out, &self.files, force)
    }

    /// Whether a diagnostic is an error (a sheet's skipped rows are: the import wrote, but
    /// not everything).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The plan with the planned journeys verified, unless it failed already.
    fn verified(mut self) -> Import {
        if !self.failed {
            let refused = super::verify(&self.files, &mut self.sources);
            self.failed = !refused.is_empty();
            self.diagnostics.extend(refused);
        }
        self
    }
}

/// `waymark import mermaid PATHS -o OUT`: the `journey` diagrams of the `.mmd`, `.mermaid`
/// and `.md` files in `paths` (files or folders), planned into the site at `out`.
pub fn mermaid(paths: &[PathBuf], out: &Path) -> Import {
    let r = mermaid::import(paths, out);
    let mut summary: Vec<String> = r
        .journeys
        .iter()
        .map(|(j, origin)| {
            let tasks: usize = j.stages.iter().map(|s| s.actions.len()).sum();
            format!(
                "journey `{}` from {origin}: {} stage(s), {tasks} action(s), {} persona(s)",
                j.id,
                j.stages.len(),
                j.personas.len()
            )
        })
        .collect();
    for (file, line, kind) in &r.skipped_other {
        summary.push(format!(
            "skipped a `{kind}` diagram at {file}:{line} (not a journey)"
        ));
    }
    let failed = r.has_errors() || r.journeys.is_empty();
    Import {
        files: r.files,
        diagnostics: r.diagnostics,
        sources: r.sources,
        summary,
        failed,
    }
    .verified()
}

/// `waymark import sheet FILE -o OUT`: the rows of a `.csv` or the first sheet of an
/// `.xlsx` as one journey (`title` and `id` default to ones from the file name), planned
/// into the site at `out`. Skipped rows are an error (`sheet-skipped`) but do not stop the
/// good ones from being written.
pub fn sheet(file: &Path, out: &Path, title: Option<&str>, id: Option<&str>) -> Import {
    let r = sheet::import(file, out, title, id);
    let mut summary = Vec::new();
    if let Some(j) = &r.journey {
        summary.push(format!(
            "journey `{}` from {}: {} row(s) imported, {} skipped; {} stage(s), {} persona(s)",
            j.id,
            file.display(),
            r.good_rows,
            r.bad_rows,
            j.stages.len(),
            j.personas.len()
        ));
    }
    let failed = r.journey.is_none();
    let mut diagnostics = r.diagnostics;
    if r.bad_rows > 0 && !failed {
        diagnostics.push(
            Diagnostic::error(
                "sheet-skipped",
                &file.to_string_lossy(),
                0,
                0,
                format!("{} row(s) skipped", r.bad_rows),
            )
            .with_hint("fix them and import again with --force"),
        );
    }
    Import {
        files: r.files,
        diagnostics,
        sources: r.sources,
        summary,
        failed,
    }
    .verified()
}
