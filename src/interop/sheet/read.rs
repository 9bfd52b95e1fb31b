//! Reading a sheet's rows: CSV (`,` or `;`), `.xlsx` cell by cell, `.xls` and `.ods` as a
//! whole; every reader stops at the size limits ([`crate::limits`]).

use std::collections::BTreeMap;
use std::path::Path;

use super::{Row, SheetImport, column_letter};
use crate::diagnostic::Diagnostic;
use crate::limits;

/// Reads the rows of the sheet at `path` (shown as `file`): a workbook by its extension,
/// anything else as CSV. `None` when it cannot be read; the reason is in `out`.
pub(super) fn read_rows(path: &Path, file: &str, out: &mut SheetImport) -> Option<Vec<Row>> {
    let is_xlsx = path.extension().is_some_and(|x| {
        ["xlsx", "xlsm", "xls", "ods"]
            .iter()
            .any(|w| x.eq_ignore_ascii_case(w))
    });
    if is_xlsx {
        read_xlsx(path, file, out)
    } else {
        read_csv(path, file, out)
    }
}

/// Reads a CSV file as rows (cells trimmed), its text kept in `out.sources` for snippets;
/// a row the CSV reader cannot read is an error and counts as a bad row.
fn read_csv(path: &Path, file: &str, out: &mut SheetImport) -> Option<Vec<Row>> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.diagnostics.push(
                Diagnostic::error("read-failed", file, 0, 0, format!("cannot read: {e}"))
                    .with_hint("check the path"),
            );
            return None;
        }
    };
    if bytes.len() as u64 > limits::SHEET_BYTES {
        out.diagnostics.push(limits::exceeded(
            file,
            0,
            0,
            "bytes in one sheet",
            limits::SHEET_BYTES,
            bytes.len() as u64,
            "import the journey in parts, one sheet per journey",
        ));
        return None;
    }
    let text = match crate::load::decode_utf8(file, bytes) {
        Ok(t) => t,
        Err(d) => {
            out.diagnostics.push(d.with_hint(
                "in Excel: Save As → \"CSV UTF-8 (Comma delimited)\"; or import the .xlsx directly",
            ));
            return None;
        }
    };
    out.sources.insert(file.to_string(), text.clone());
    // Spreadsheets in many European locales save CSV with `;`.
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in reader.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line() as u32).unwrap_or(0);
                let cells: Vec<String> = r.iter().map(|c| c.trim().to_string()).collect();
                if let Some(d) = size_limit(file, line, rows.len() + 1, &cells) {
                    out.diagnostics.push(d);
                    return None;
                }
                rows.push((line, cells));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as u32).unwrap_or(0);
                out.diagnostics.push(
                    Diagnostic::error(
                        "sheet-row",
                        file,
                        line,
                        1,
                        format!("cannot read this row: {e}"),
                    )
                    .with_hint("check the quotes in this row"),
                );
                out.bad_rows += 1;
            }
        }
    }
    Some(rows)
}

/// The `limit-exceeded` error when the `n`th row read (1-based), at `line` of `file`, passes
/// [`limits::SHEET_ROWS`], or has a non-empty cell past [`limits::SHEET_COLUMNS`].
fn size_limit(file: &str, line: u32, n: usize, cells: &[String]) -> Option<Diagnostic> {
    if n > limits::SHEET_ROWS {
        return Some(limits::exceeded(
            file,
            line,
            1,
            "rows in one sheet",
            limits::SHEET_ROWS as u64,
            0,
            "import the journey in parts, one sheet per journey",
        ));
    }
    let past = (limits::SHEET_COLUMNS..cells.len()).find(|&i| !cells[i].is_empty())?;
    column_limit(file, line, past)
}

/// The limit error for a value in the 0-based column `past` when it is past the column
/// limit.
fn column_limit(file: &str, line: u32, past: usize) -> Option<Diagnostic> {
    (past >= limits::SHEET_COLUMNS).then(|| {
        limits::exceeded(
            file,
            line,
            u32::try_from(past).unwrap_or(u32::MAX - 1) + 1,
            &format!(
                "columns in one sheet (a value in column {})",
                column_letter(past)
            ),
            limits::SHEET_COLUMNS as u64,
            0,
            "a journey sheet needs the eight columns stage, persona, lane, text, owner, channel, severity, evidence; delete the others",
        )
    })
}

/// A `sheet-read` error (the workbook cannot be read), for the whole file.
fn sheet_read_error(file: &str, message: String, hint: &str) -> Diagnostic {
    Diagnostic::error("sheet-read", file, 0, 0, message).with_hint(hint)
}

/// The `limit-exceeded` error when the zip archive at `path` (an `.xlsx` or `.ods`) would
/// decompress to more than [`limits::SHEET_BYTES`] (the sizes its directory declares), or
/// when a file that is not an archive is larger than that. Checked before the workbook is
/// opened, so a zip bomb is refused without being inflated.
fn archive_too_big(path: &Path, file: &str) -> Option<Diagnostic> {
    let f = std::fs::File::open(path).ok()?;
    let on_disk = f.metadata().map(|m| m.len()).unwrap_or(0);
    let total = match zip::ZipArchive::new(f) {
        Ok(mut zip) => (0..zip.len())
            .filter_map(|i| zip.by_index_raw(i).ok().map(|e| e.size()))
            .fold(0u64, u64::saturating_add),
        Err(_) => on_disk,
    };
    (total > limits::SHEET_BYTES).then(|| {
        limits::exceeded(
            file,
            0,
            0,
            "bytes in one workbook, decompressed",
            limits::SHEET_BYTES,
            total,
            "save only the journey's sheet (or export it as CSV) and import that",
        )
    })
}

/// Reads the first sheet of a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`), refusing one
/// that would decompress past the size limit, and turning a panic of the reader into an
/// error.
fn read_xlsx(path: &Path, file: &str, out: &mut SheetImport) -> Option<Vec<Row>> {
    if let Some(d) = archive_too_big(path, file) {
        out.diagnostics.push(d);
        return None;
    }
    let is_ooxml = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("xlsx") || x.eq_ignore_ascii_case("xlsm"));
    // calamine can panic on a malformed workbook (an arithmetic overflow on a crafted cell
    // reference, found by fuzz/sheet_xlsx): that is a file the user must fix, not a crash.
    // The default hook is silenced meanwhile, so the user sees our error and no backtrace.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if is_ooxml {
            read_xlsx_cells(path, file, out)
        } else {
            read_workbook_range(path, file, out)
        }
    }));
    std::panic::set_hook(hook);
    read.unwrap_or_else(|_| {
        out.diagnostics.push(sheet_read_error(
            file,
            "cannot read the workbook: it is malformed (a cell reference or record is out of range)".into(),
            "open it in a spreadsheet program, save it again as .xlsx (or export the sheet as CSV) and import that",
        ));
        None
    })
}

/// A cell value as the text the importer reads: cached values, never formulas.
fn cell_text(c: &calamine::Data) -> String {
    use calamine::Data;
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string().trim().to_string(),
    }
}

/// The error for a workbook without any sheet, in `file`.
fn no_sheet(file: &str) -> Diagnostic {
    sheet_read_error(
        file,
        "the workbook has no sheet".into(),
        "put the rows on the first sheet",
    )
}

/// Reads the first sheet of an `.xlsx` cell by cell, stopping at the first cell past the
/// row or column limit, so that a huge sheet is never held in memory.
fn read_xlsx_cells(path: &Path, file: &str, out: &mut SheetImport) -> Option<Vec<Row>> {
    use calamine::{Reader, Xlsx, open_workbook};
    let hint = "save it as .xlsx (or export the sheet as CSV)";
    let mut wb: Xlsx<_> = match open_workbook(path) {
        Ok(wb) => wb,
        Err(e) => {
            let d = sheet_read_error(file, format!("cannot read the workbook: {e}"), hint);
            out.diagnostics.push(d);
            return None;
        }
    };
    let Some(name) = wb.sheet_names().first().cloned() else {
        out.diagnostics.push(no_sheet(file));
        return None;
    };
    let mut reader = match wb.worksheet_cells_reader(&name) {
        Ok(r) => r,
        Err(e) => {
            let d = sheet_read_error(file, format!("cannot read the first sheet: {e}"), hint);
            out.diagnostics.push(d);
            return None;
        }
    };
    let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    loop {
        let cell = match reader.next_cell() {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => {
                let d = sheet_read_error(file, format!("cannot read the first sheet: {e}"), hint);
                out.diagnostics.push(d);
                return None;
            }
        };
        let (r, c) = cell.get_position();
        let text = cell_text(&calamine::Data::from(cell.get_value().clone()));
        if text.is_empty() {
            continue;
        }
        let n = rows.len() + usize::from(!rows.contains_key(&r));
        // The column is checked before a row of that width is made: a crafted file can
        // name column 4,294,967,295.
        let over = size_limit(file, r.saturating_add(1), n, &[])
            .or_else(|| column_limit(file, r.saturating_add(1), c as usize));
        if let Some(d) = over {
            out.diagnostics.push(d);
            return None;
        }
        let row = rows.entry(r).or_default();
        if row.len() <= c as usize {
            row.resize(c as usize + 1, String::new());
        }
        row[c as usize] = text;
    }
    Some(rows.into_iter().map(|(r, cells)| (r + 1, cells)).collect())
}

/// Reads the first sheet of an `.xls` or `.ods` workbook as a whole (calamine has no cell
/// reader for them); the size was checked before.
fn read_workbook_range(path: &Path, file: &str, out: &mut SheetImport) -> Option<Vec<Row>> {
    use calamine::{Reader, open_workbook_auto};
    let hint = "save it as .xlsx (or export the sheet as CSV)";
    let mut wb = match open_workbook_auto(path) {
        Ok(wb) => wb,
        Err(e) => {
            let d = sheet_read_error(file, format!("cannot read the workbook: {e}"), hint);
            out.diagnostics.push(d);
            return None;
        }
    };
    let range = match wb.worksheet_range_at(0) {
        Some(Ok(r)) => r,
        Some(Err(e)) => {
            let d = sheet_read_error(file, format!("cannot read the first sheet: {e}"), hint);
            out.diagnostics.push(d);
            return None;
        }
        None => {
            out.diagnostics.push(no_sheet(file));
            return None;
        }
    };
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (i, r) in range.rows().enumerate() {
        let mut cells: Vec<String> = vec![String::new(); col0 as usize];
        cells.extend(r.iter().map(cell_text));
        let line = row0 + i as u32 + 1;
        if let Some(d) = size_limit(file, line, rows.len() + 1, &cells) {
            out.diagnostics.push(d);
            return None;
        }
        rows.push((line, cells));
    }
    Some(rows)
}
