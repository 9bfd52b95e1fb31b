//! `waymark import sheet FILE.csv|FILE.xlsx`: a spreadsheet of journey rows into a journey.
//!
//! One row per item, with a header row naming the columns (any order, any case):
//! `stage, persona, lane, text, owner, channel, severity, evidence`. `stage`, `lane` and
//! `text` are required. Stages appear in the order of their first row; an empty `stage`
//! cell means "the same stage as the row above" (merged cells read that way). The lanes:
//! `action`, `question`, `emotion` (text −2..2, needs a persona), `touchpoint` (owner,
//! channel), `pain point` (owner, severity), `opportunity` (owner), `decision`, `goal`
//! (the stage goal). `evidence` is a source, optionally led by `known:` or `hypothesis:`.
//!
//! A bad row is reported with its row and column and skipped; nothing is written when the
//! bad rows outnumber the good ones.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::interop::book::{PlannedFile, TargetSite};
use crate::interop::draft::{
    DraftEvidence, DraftJourney, DraftOwned, DraftStage, DraftText, DraftTouchpoint,
};
use crate::interop::slug::slugify;
use crate::limits;

/// The columns, in the template's order.
pub const COLUMNS: [&str; 8] = [
    "stage", "persona", "lane", "text", "owner", "channel", "severity", "evidence",
];

/// The lanes a row can be in.
pub const LANES: [&str; 8] = [
    "action",
    "question",
    "emotion",
    "touchpoint",
    "pain point",
    "opportunity",
    "decision",
    "goal",
];

/// What reading a sheet gave.
#[derive(Debug, Default)]
pub struct SheetImport {
    /// The journey, when enough rows were good.
    pub journey: Option<DraftJourney>,
    /// Files to write.
    pub files: Vec<PlannedFile>,
    /// Errors (bad rows) and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// The CSV text for error snippets (empty for .xlsx).
    pub sources: BTreeMap<String, String>,
    /// Rows imported.
    pub good_rows: usize,
    /// Rows skipped for errors.
    pub bad_rows: usize,
}

/// A sheet row: 1-based row number and its cells as text.
type Row = (u32, Vec<String>);

fn column_letter(i: usize) -> String {
    let mut n = i + 1;
    let mut s = String::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.insert(0, (b'A' + r as u8) as char);
        n = (n - 1) / 26;
    }
    s
}

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

fn norm(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn lane_of(s: &str) -> Option<&'static str> {
    Some(match norm(s).as_str() {
        "action" | "actions" | "does" => "action",
        "question" | "questions" | "asks" => "question",
        "emotion" | "emotions" | "feels" | "feeling" => "emotion",
        "touchpoint" | "touchpoints" | "touch point" | "touch points" => "touchpoint",
        "pain point" | "pain points" | "pain" | "pains" | "painpoint" | "painpoints" => {
            "pain point"
        }
        "opportunity" | "opportunities" => "opportunity",
        "decision" | "decisions" | "decision moment" | "decision moments" => "decision",
        "goal" | "stage goal" => "goal",
        _ => return None,
    })
}

/// `hypothesis: interviews` → { source: interviews, confidence: hypothesis }.
pub fn evidence(s: &str) -> Option<DraftEvidence> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    for (word, conf) in [("hypothesis", "hypothesis"), ("known", "known")] {
        if let Some(head) = s.get(..word.len())
            && head.eq_ignore_ascii_case(word)
        {
            let rest = &s[word.len()..];
            if rest.is_empty() || rest.starts_with([':', ' ', '-', '–', ',', ';']) {
                let src = rest
                    .trim_start_matches([':', ' ', '-', '–', ',', ';'])
                    .trim();
                return Some(DraftEvidence {
                    source: (!src.is_empty()).then(|| src.to_string()),
                    confidence: Some(conf),
                });
            }
        }
    }
    Some(DraftEvidence {
        source: Some(s.to_string()),
        confidence: None,
    })
}

/// Reads the sheet at `path` and plans a journey into the site at `out`.
pub fn import(path: &Path, out: &Path, title: Option<&str>, id: Option<&str>) -> SheetImport {
    let mut result = SheetImport::default();
    let file = path.to_string_lossy().replace('\\', "/");
    let is_xlsx = path.extension().is_some_and(|x| {
        ["xlsx", "xlsm", "xls", "ods"]
            .iter()
            .any(|w| x.eq_ignore_ascii_case(w))
    });
    let rows = if is_xlsx {
        read_xlsx(path, &file, &mut result)
    } else {
        read_csv(path, &file, &mut result)
    };
    let Some(rows) = rows else {
        return result;
    };
    let mut rows = rows
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    let Some((header_row, header)) = rows.next() else {
        result.diagnostics.push(
            Diagnostic::error("sheet-empty", &file, 0, 0, "the sheet has no rows")
                .with_hint(format!("start with a header row: {}", COLUMNS.join(", "))),
        );
        return result;
    };
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
            Some(c) => {
                col.entry(c).or_insert(i);
            }
            None => result.diagnostics.push(
                Diagnostic::error(
                    "sheet-column",
                    &file,
                    header_row,
                    i as u32 + 1,
                    format!(
                        "column {} `{h}` is not a known column; ignored",
                        column_letter(i)
                    ),
                )
                .warning()
                .with_hint(did_you_mean(&n, COLUMNS, "column")),
            ),
        }
    }
    let missing: Vec<&str> = ["stage", "lane", "text"]
        .into_iter()
        .filter(|c| !col.contains_key(c))
        .collect();
    if !missing.is_empty() {
        result.diagnostics.push(
            Diagnostic::error(
                "sheet-header",
                &file,
                header_row,
                1,
                format!("the header row has no {} column", missing.join(", ")),
            )
            .with_hint(format!(
                "the first row names the columns: {}",
                COLUMNS.join(", ")
            )),
        );
        return result;
    }

    let mut site = TargetSite::open(out);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let jid = match id {
        Some(i) => i.to_string(),
        None => site.journey_id(title.unwrap_or(&stem), &[]),
    };
    let jtitle = title
        .map(str::to_string)
        .unwrap_or_else(|| crate::base::values::title_from_id(&slugify(&stem)));
    let mut journey = DraftJourney {
        id: jid,
        title: jtitle,
        narrative: format!(
            "Imported from the sheet `{}`.\n",
            path.file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        ),
        ..Default::default()
    };
    let mut stage_names: Vec<String> = Vec::new();
    let mut emotion_sums: Vec<Vec<(String, f64, u32)>> = Vec::new();
    let mut last_stage: Option<String> = None;

    for (row, cells) in rows {
        let get = |c: &str| {
            col.get(c)
                .and_then(|&i| cells.get(i))
                .map(String::as_str)
                .unwrap_or("")
        };
        let at = |c: &str| col.get(c).map(|&i| i as u32 + 1).unwrap_or(1);
        let letter = |c: &str| col.get(c).map(|&i| column_letter(i)).unwrap_or_default();
        let mut errors: Vec<Diagnostic> = Vec::new();
        let mut err = |c: &str, msg: String, hint: String| {
            errors.push(
                Diagnostic::error(
                    "sheet-row",
                    &file,
                    row,
                    at(c),
                    format!("row {row}, column {} ({c}): {msg}", letter(c)),
                )
                .with_hint(hint),
            );
        };
        let stage_cell = get("stage");
        let stage_name = if stage_cell.is_empty() {
            last_stage.clone()
        } else {
            Some(stage_cell.to_string())
        };
        let text = get("text");
        let lane = lane_of(get("lane"));
        if stage_name.is_none() {
            err(
                "stage",
                "no stage".into(),
                "name the stage of the first row; an empty stage cell below means the same stage"
                    .into(),
            );
        }
        if lane.is_none() {
            let l = get("lane");
            err(
                "lane",
                if l.is_empty() {
                    "no lane".into()
                } else {
                    format!("`{l}` is not a lane")
                },
                did_you_mean(&norm(l), LANES, "lane"),
            );
        }
        if text.is_empty() {
            err(
                "text",
                "no text".into(),
                "write what the persona does, asks or feels".into(),
            );
        }
        let lane = lane.unwrap_or("action");
        let persona_cell = get("persona");
        let mut severity = None;
        let sev = get("severity");
        if !sev.is_empty() {
            if lane == "pain point" {
                match sev.to_lowercase().as_str() {
                    "low" => severity = Some("low"),
                    "medium" => severity = Some("medium"),
                    "high" => severity = Some("high"),
                    _ => err(
                        "severity",
                        format!("`{sev}` is not a severity"),
                        did_you_mean(&sev.to_lowercase(), ["low", "medium", "high"], "severity"),
                    ),
                }
            } else {
                result.diagnostics.push(
                    Diagnostic::error(
                        "sheet-ignored",
                        &file,
                        row,
                        at("severity"),
                        format!(
                            "row {row}: severity applies to pain points; ignored on a{} {lane}",
                            if lane.starts_with(['a', 'e', 'o']) {
                                "n"
                            } else {
                                ""
                            }
                        ),
                    )
                    .warning()
                    .with_hint("leave severity empty on other lanes"),
                );
            }
        }
        let mut score = None;
        if lane == "emotion" && !text.is_empty() {
            match text.trim_start_matches('+').parse::<i64>() {
                Ok(v) if (-2..=2).contains(&v) => score = Some(v),
                _ => err(
                    "text",
                    format!("emotion `{text}` is not a whole number from -2 to 2"),
                    "write -2 (very negative) to 2 (very positive)".into(),
                ),
            }
            if persona_cell.is_empty() {
                err(
                    "persona",
                    "an emotion needs a persona".into(),
                    "name the persona who feels this".into(),
                );
            }
        }
        let owner_cell = get("owner");
        let owner = if owner_cell.is_empty() {
            None
        } else if site.teams.is_empty() {
            Some(owner_cell.to_string())
        } else if let Some(t) = site
            .teams
            .iter()
            .find(|t| t.eq_ignore_ascii_case(owner_cell))
        {
            Some(t.clone())
        } else {
            err(
                "owner",
                format!("`{owner_cell}` is not a team of waymark.yaml"),
                did_you_mean(owner_cell, site.teams.iter().map(String::as_str), "team"),
            );
            None
        };
        if !errors.is_empty() {
            result.bad_rows += 1;
            result.diagnostics.extend(errors);
            continue;
        }
        let stage_name = stage_name.unwrap_or_default();
        last_stage = Some(stage_name.clone());
        result.good_rows += 1;
        let idx = match stage_names
            .iter()
            .position(|s| s.eq_ignore_ascii_case(&stage_name))
        {
            Some(i) => i,
            None => {
                let taken: Vec<String> = journey.stages.iter().map(|s| s.id.clone()).collect();
                let sid = site.stage_id(&stage_name, &taken);
                journey.stages.push(DraftStage {
                    id: sid,
                    name: Some(stage_name.clone()),
                    ..Default::default()
                });
                stage_names.push(stage_name.clone());
                emotion_sums.push(Vec::new());
                journey.stages.len() - 1
            }
        };
        let persona = (!persona_cell.is_empty()).then(|| site.personas.resolve(persona_cell));
        if let Some(p) = &persona
            && !journey.personas.contains(p)
        {
            journey.personas.push(p.clone());
        }
        let ev = evidence(get("evidence"));
        let channel = get("channel");
        let stage = &mut journey.stages[idx];
        let text = text.to_string();
        match lane {
            "action" => stage.actions.push(DraftText {
                persona,
                text,
                emotion: None,
                evidence: ev,
            }),
            "question" => stage.questions.push(DraftText {
                persona,
                text,
                emotion: None,
                evidence: ev,
            }),
            "decision" => stage.decision_moments.push(DraftText {
                persona: None,
                text,
                emotion: None,
                evidence: ev,
            }),
            "goal" => stage.goal = Some(text),
            "touchpoint" => stage.touchpoints.push(DraftTouchpoint {
                name: text,
                channel: (!channel.is_empty()).then(|| channel.to_string()),
                owner,
                personas: persona.into_iter().collect(),
                evidence: ev,
            }),
            "pain point" => stage.pain_points.push(DraftOwned {
                text,
                owner,
                severity,
                evidence: ev,
            }),
            "opportunity" => stage.opportunities.push(DraftOwned {
                text,
                owner,
                severity: None,
                evidence: ev,
            }),
            "emotion" => {
                let (Some(p), Some(v)) = (persona, score) else {
                    continue;
                };
                let sums = &mut emotion_sums[idx];
                match sums.iter_mut().find(|(q, _, _)| *q == p) {
                    Some(e) => {
                        e.1 += v as f64;
                        e.2 += 1;
                    }
                    None => sums.push((p, v as f64, 1)),
                }
            }
            _ => {}
        }
    }
    for (stage, sums) in journey.stages.iter_mut().zip(&emotion_sums) {
        for p in &journey.personas {
            if let Some((_, s, n)) = sums.iter().find(|(q, _, _)| q == p) {
                stage.emotions.push((
                    p.clone(),
                    (s / f64::from(*n)).round().clamp(-2.0, 2.0) as i8,
                ));
            }
        }
    }
    if result.good_rows == 0 || result.bad_rows > result.good_rows {
        result.diagnostics.push(
            Diagnostic::error(
                "sheet-rejected",
                &file,
                0,
                0,
                format!(
                    "{} bad row(s) against {} good; nothing was written",
                    result.bad_rows, result.good_rows
                ),
            )
            .with_hint("fix the rows above and import again"),
        );
        return result;
    }
    let journeys = vec![(journey, file.clone())];
    result.files = crate::interop::mermaid::plan(&journeys, &site, "spreadsheet");
    result.journey = journeys.into_iter().next().map(|(j, _)| j);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_evidence() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(
            evidence("Hypothesis: field notes").unwrap(),
            DraftEvidence {
                source: Some("field notes".into()),
                confidence: Some("hypothesis")
            }
        );
        assert_eq!(evidence("known").unwrap().confidence, Some("known"));
        assert_eq!(evidence("Knownledge base").unwrap().confidence, None);
        assert_eq!(lane_of("Pain_Points"), Some("pain point"));
    }
}
