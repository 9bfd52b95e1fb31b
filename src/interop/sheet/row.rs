//! Checking one data row: its stage, lane, text, severity, emotion score and owner.

use super::header::Columns;
use super::{LANES, lane_of, norm};
use crate::diagnostic::{Diagnostic, did_you_mean};

/// A row that passed its checks, ready to go into the journey.
pub(super) struct Item<'a> {
    /// The stage's name (the row's, or the one of the row above).
    pub(super) stage: String,
    /// The lane, one of [`LANES`].
    pub(super) lane: &'static str,
    /// The `text` cell.
    pub(super) text: &'a str,
    /// The `persona` cell (may be empty).
    pub(super) persona: &'a str,
    /// The owning team, as the site spells it.
    pub(super) owner: Option<String>,
    /// Pain points: `low`, `medium` or `high`.
    pub(super) severity: Option<&'static str>,
    /// Emotions: the score, −2..2.
    pub(super) score: Option<i64>,
    /// The `channel` cell (may be empty).
    pub(super) channel: &'a str,
    /// The `evidence` cell (may be empty).
    pub(super) evidence: &'a str,
}

/// Reads the data rows of one sheet through its header's columns.
pub(super) struct RowReader<'a> {
    /// The file, for diagnostics.
    pub(super) file: &'a str,
    /// Where each column is.
    pub(super) cols: &'a Columns,
    /// The stage of the last good row: an empty `stage` cell means that one.
    pub(super) last_stage: Option<String>,
}

/// One row being checked: its cells and the errors found so far.
struct Check<'r, 'a> {
    reader: &'r RowReader<'a>,
    row: u32,
    cells: &'a [String],
    errors: Vec<Diagnostic>,
}

impl<'a> Check<'_, 'a> {
    /// The cell of column `c`.
    fn get(&self, c: &str) -> &'a str {
        self.reader.cols.get(self.cells, c)
    }

    /// Records an error located in column `c` of this row.
    fn err(&mut self, c: &str, msg: String, hint: String) {
        let cols = self.reader.cols;
        let row = self.row;
        self.errors.push(
            Diagnostic::error(
                "sheet-row",
                self.reader.file,
                row,
                cols.number(c),
                format!("row {row}, column {} ({c}): {msg}", cols.letter(c)),
            )
            .with_hint(hint),
        );
    }
}

impl<'a> RowReader<'a> {
    /// Checks the data row `row`: the item it holds, or its errors, in the order of the
    /// checks. A severity on a lane other than pain points is a warning, pushed to
    /// `warnings` at once (so it comes before the row's errors). `teams` are the site's
    /// (empty: any owner is taken as written).
    pub(super) fn check(
        &self,
        row: u32,
        cells: &'a [String],
        teams: &[String],
        warnings: &mut Vec<Diagnostic>,
    ) -> Result<Item<'a>, Vec<Diagnostic>> {
        let mut c = Check {
            reader: self,
            row,
            cells,
            errors: Vec::new(),
        };
        let stage_cell = c.get("stage");
        let stage = if stage_cell.is_empty() {
            self.last_stage.clone()
        } else {
            Some(stage_cell.to_string())
        };
        let text = c.get("text");
        let lane = lane_of(c.get("lane"));
        required(&mut c, stage.is_none(), lane.is_none(), text);
        // A row without a lane is checked as an action (it is an error anyway).
        let lane = lane.unwrap_or("action");
        let severity = severity(&mut c, lane, warnings);
        let score = emotion_score(&mut c, lane, text);
        let owner = owner(&mut c, teams);
        if !c.errors.is_empty() {
            return Err(c.errors);
        }
        Ok(Item {
            stage: stage.unwrap_or_default(),
            lane,
            text,
            persona: c.get("persona"),
            owner,
            severity,
            score,
            channel: c.get("channel"),
            evidence: c.get("evidence"),
        })
    }
}

/// The errors for a row without a stage, a known lane or a text.
fn required(c: &mut Check, no_stage: bool, no_lane: bool, text: &str) {
    if no_stage {
        c.err(
            "stage",
            "no stage".into(),
            "name the stage of the first row; an empty stage cell below means the same stage"
                .into(),
        );
    }
    if no_lane {
        let l = c.get("lane");
        c.err(
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
        c.err(
            "text",
            "no text".into(),
            "write what the persona does, asks or feels".into(),
        );
    }
}

/// The `severity` cell of a pain point; on another lane it is ignored with a warning.
fn severity(c: &mut Check, lane: &str, warnings: &mut Vec<Diagnostic>) -> Option<&'static str> {
    let sev = c.get("severity");
    if sev.is_empty() {
        return None;
    }
    if lane == "pain point" {
        match sev.to_lowercase().as_str() {
            "low" => return Some("low"),
            "medium" => return Some("medium"),
            "high" => return Some("high"),
            _ => c.err(
                "severity",
                format!("`{sev}` is not a severity"),
                did_you_mean(&sev.to_lowercase(), ["low", "medium", "high"], "severity"),
            ),
        }
        return None;
    }
    let (file, row, at) = (c.reader.file, c.row, c.reader.cols.number("severity"));
    warnings.push(
        Diagnostic::error(
            "sheet-ignored",
            file,
            row,
            at,
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
    None
}

/// The score of an emotion row (its text, −2..2), which also needs a persona.
fn emotion_score(c: &mut Check, lane: &str, text: &str) -> Option<i64> {
    if lane != "emotion" || text.is_empty() {
        return None;
    }
    let mut score = None;
    match text.trim_start_matches('+').parse::<i64>() {
        Ok(v) if (-2..=2).contains(&v) => score = Some(v),
        _ => c.err(
            "text",
            format!("emotion `{text}` is not a whole number from -2 to 2"),
            "write -2 (very negative) to 2 (very positive)".into(),
        ),
    }
    if c.get("persona").is_empty() {
        c.err(
            "persona",
            "an emotion needs a persona".into(),
            "name the persona who feels this".into(),
        );
    }
    score
}

/// The `owner` cell as the site's team of that name (any case); taken as written when
/// the site has no teams.
fn owner(c: &mut Check, teams: &[String]) -> Option<String> {
    let owner_cell = c.get("owner");
    if owner_cell.is_empty() {
        None
    } else if teams.is_empty() {
        Some(owner_cell.to_string())
    } else if let Some(t) = teams.iter().find(|t| t.eq_ignore_ascii_case(owner_cell)) {
        Some(t.clone())
    } else {
        c.err(
            "owner",
            format!("`{owner_cell}` is not a team of waymark.yaml"),
            did_you_mean(owner_cell, teams.iter().map(String::as_str), "team"),
        );
        None
    }
}
