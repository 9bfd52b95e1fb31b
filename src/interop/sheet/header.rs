//! The header row: which column holds which field.

use std::collections::BTreeMap;

use super::{COLUMNS, column_letter, norm};
use crate::diagnostic::{Diagnostic, did_you_mean};

/// The known columns of a sheet, by name (`stage`, `text`, …), and the 0-based index of
/// the first column so named.
pub(super) struct Columns(BTreeMap<&'static str, usize>);

impl Columns {
    /// Reads the header row (row `row` of `file`): a warning for every column that is not
    /// known; `None`, with an error, when `stage`, `lane` or `text` is missing.
    pub(super) fn read(
        file: &str,
        row: u32,
        header: &[String],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Columns> {
        let mut col: BTreeMap<&'static str, usize> = BTreeMap::new();
        for (i, h) in header.iter().enumerate() {
            let n = norm(h).replace(' ', "_");
            if n.is_empty() {
                continue;
            }
            let known = COLUMNS
                .iter()
                .find(|c| **c == n || (**c == "persona" && (n == "role" || n == "personas")));
            match known {
                // The first column of a name wins; a repeat is not read.
                Some(c) => {
                    col.entry(c).or_insert(i);
                }
                None => diagnostics.push(unknown_column(file, row, i, h, &n)),
            }
        }
        let missing: Vec<&str> = ["stage", "lane", "text"]
            .into_iter()
            .filter(|c| !col.contains_key(c))
            .collect();
        if missing.is_empty() {
            return Some(Columns(col));
        }
        diagnostics.push(
            Diagnostic::error(
                "sheet-header",
                file,
                row,
                1,
                format!("the header row has no {} column", missing.join(", ")),
            )
            .with_hint(format!(
                "the first row names the columns: {}",
                COLUMNS.join(", ")
            )),
        );
        None
    }

    /// The cell of column `c` in `cells`; empty when the sheet has no such column or the
    /// row is shorter.
    pub(super) fn get<'a>(&self, cells: &'a [String], c: &str) -> &'a str {
        self.0
            .get(c)
            .and_then(|&i| cells.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The 1-based column number of `c`, for a diagnostic (1 when there is no such column).
    pub(super) fn number(&self, c: &str) -> u32 {
        self.0.get(c).map(|&i| i as u32 + 1).unwrap_or(1)
    }

    /// The column letter of `c` (`A`, `AB`); empty when there is no such column.
    pub(super) fn letter(&self, c: &str) -> String {
        self.0.get(c).map(|&i| column_letter(i)).unwrap_or_default()
    }
}

/// The warning for the header `h` (normalised `n`) of the 0-based column `i`, which names
/// no known column.
fn unknown_column(file: &str, row: u32, i: usize, h: &str, n: &str) -> Diagnostic {
    Diagnostic::error(
        "sheet-column",
        file,
        row,
        i as u32 + 1,
        format!(
            "column {} `{h}` is not a known column; ignored",
            column_letter(i)
        ),
    )
    .warning()
    .with_hint(did_you_mean(n, COLUMNS, "column"))
}
