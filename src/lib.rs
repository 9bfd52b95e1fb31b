//! waymark: journey maps as code.
//!
//! One way through: files → [`load`] (spans kept) → [`check`] (diagnostics) → [`model`]
//! (ids resolved) → [`views`] (derived) → [`diagram`] and [`render`] → [`export`] →
//! [`write`](mod@write). [`pipeline`] runs them in order; [`init`] writes a starter site.
//!
//! # Layers
//!
//! The pipeline only flows down: a module may use the modules of its own layer and of the
//! layers above it in this table (lower numbers), never of a later one. `tests/layers.rs`
//! reads this table and fails on any `crate::` path in `src/` that goes the other way
//! (unit-test modules, `#[cfg(test)]`, may build fixtures with the whole crate).
//!
//! | # | Layer | Modules | Why here |
//! |---|-------|---------|----------|
//! | 0 | base | [`base`], [`diagnostic`], [`i18n`], [`fonts`] | plain values, messages, catalogues and font faces that every layer reads; they use no other module |
//! | 1 | load | [`load`], [`limits`], [`write`](mod@write) | the file system: reading sources (limits guard each raw file as it is parsed), writing output files ([`write::OutFile`], the one output-file type) |
//! | 2 | check | [`check`] | diagnostics on the loaded files, before anything is resolved |
//! | 3 | model | [`model`] | the resolved site |
//! | 4 | views | [`views`], [`history`], [`interop`] | what is derived from the model: health, plans; git history and diffs; Mermaid and sheet import and Mermaid export |
//! | 5 | diagram | [`diagram`] | SVG journey diagrams and stakeholder maps |
//! | 6 | render | [`render`] | HTML pages; what it needs from export and interop comes in as [`render::Hooks`] |
//! | 7 | export | [`export`] | PNG, PDF, CSV and JSON files |
//! | 8 | pipeline | [`pipeline`], [`links`], [`init`] | composes the layers: build, check, render with exports, the link check, the starter site |
//! | 9 | serve | [`serve`] | the preview server, and the command line (`src/main.rs`, which only parses arguments and calls the library) |

pub mod base;
pub mod check;
pub mod diagnostic;
pub mod diagram;
pub mod export;
pub mod fonts;
pub mod history;
pub mod i18n;
pub mod init;
pub mod interop;
pub mod limits;
pub mod links;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod serve;
pub mod views;
pub mod write;
