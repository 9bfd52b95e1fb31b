//! Interop: journeys in from Mermaid and spreadsheets, out to Mermaid, and JSON Schemas of
//! the file format for editors.
//!
//! Importers fill a [`draft::DraftJourney`], which [`emit_yaml`] writes as a waymark file
//! into a site ([`book`] knows what the site already has and never overwrites without
//! `--force`). Exporters read the resolved [`crate::model`].

pub mod book;
pub mod draft;
pub mod emit_yaml;
pub mod mermaid;
pub mod schema;
pub mod sheet;
pub mod slug;
