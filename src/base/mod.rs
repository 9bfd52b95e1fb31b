//! Base: the plain values every layer shares, depending on no other module of the crate.
//!
//! [`SourceRef`] (a place in a source file), the value parsers of [`values`] (dates,
//! periods, ids, markets) and the [`names::Names`] a site defines. `load`, `check`, `model`
//! and `interop` all read them; keeping them here is what lets those layers depend only
//! downwards (see the layer table in the crate docs).

pub mod lane;
pub mod names;
pub mod theme;
pub mod values;

use serde::Serialize;

/// A place in a source file: `file` is relative to the site root, `line` and `column` are
/// 1-based. `line == 0` means "the whole file".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SourceRef {
    /// Path relative to the site folder, with `/` separators (e.g. `content/journeys/ct.md`).
    pub file: String,
    /// 1-based line in the real file (front-matter offset included); 0 when unknown.
    pub line: u32,
    /// 1-based column; 0 when unknown.
    pub column: u32,
}
