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

mod build;
mod header;
mod read;
mod row;

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::interop::book::{PlannedFile, TargetSite};
use crate::interop::draft::{DraftEvidence, DraftJourney};
use build::JourneyBuilder;
use header::Columns;
use row::RowReader;

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

/// The spreadsheet letter of the 0-based column `i`: `A`, …, `Z`, `AA`, ….
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

/// A header or lane as compared: lower case, `_` and `-` as spaces, spaces collapsed.
fn norm(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lane a `lane` cell names, with its plural and a few synonyms (`does`, `feels`).
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
    let Some(rows) = read::read_rows(path, &file, &mut result) else {
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
    let Some(cols) = Columns::read(&file, header_row, &header, &mut result.diagnostics) else {
        return result;
    };
    let mut site = TargetSite::open(out);
    let mut journey = JourneyBuilder::new(path, title, id, &site);
    let mut reader = RowReader {
        file: &file,
        cols: &cols,
        last_stage: None,
    };
    for (row, cells) in rows {
        match reader.check(row, &cells, &site.teams, &mut result.diagnostics) {
            Err(errors) => {
                result.bad_rows += 1;
                result.diagnostics.extend(errors);
            }
            Ok(item) => {
                reader.last_stage = Some(item.stage.clone());
                result.good_rows += 1;
                journey.add(item, &mut site);
            }
        }
    }
    let journey = journey.finish();
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
