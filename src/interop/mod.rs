//! Interop: journeys in from Mermaid and spreadsheets, out to Mermaid, and JSON Schemas of
//! the file format for editors.
//!
//! Importers fill a [`draft::DraftJourney`], which [`emit_yaml`] writes as a waymark file
//! into a site ([`book`] knows what the site already has and never overwrites without
//! `--force`); [`import`] plans and verifies a whole `waymark import`. Exporters read the
//! resolved [`crate::model`] ([`mermaid::export_files`]).

pub mod book;
pub mod draft;
pub mod emit_yaml;
pub mod import;
pub mod mermaid;
pub mod schema;
pub mod sheet;
pub mod slug;

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;

/// Reads every journey file an import plans to write (`content/journeys/…`) as `check`
/// would, limits included ([`crate::limits`]); gives the errors (located in the planned
/// file, whose text is added to `sources` for snippets). `import` writes nothing when there
/// is one, so it never writes a journey that `check` would refuse to load.
pub fn verify(
    files: &[book::PlannedFile],
    sources: &mut BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.rel.starts_with("content/journeys/"))
    {
        if let Err(d) = crate::load::parse_journey(&f.rel, &f.text) {
            sources.insert(f.rel.clone(), f.text.clone());
            let hint = d.hint.clone().unwrap_or_default();
            out.push(d.with_hint(format!(
                "{hint} (this is the journey the import would write; nothing was written)"
            )));
        }
    }
    out
}
