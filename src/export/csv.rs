//! CSV: the content plan, the touchpoints and the backlog as spreadsheet tables.
//!
//! RFC 4180 (the csv crate: comma, `"` quoting, CRLF line ends), UTF-8 with a byte-order mark
//! so that Excel opens accents and non-Latin text right. Names are shown as people read them
//! (journey title, stage name, persona name, asset title); the ids follow in the last columns
//! so that tables can be joined.
//!
//! Formula injection (CWE-1236, the OWASP rule): a cell that starts with `=`, `+`, `-`, `@`,
//! a tab or a carriage return is written with a leading `'`, so that Excel, LibreOffice and
//! Google Sheets show it as text instead of running it (`=HYPERLINK(…)` in a title would
//! otherwise become a live link). Every record goes through [`Table::row`].

use super::ExportError;
use crate::model::{Journey, Site};
use crate::views::{backlog, plan};

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `plan.csv` header.
pub const PLAN_HEADER: [&str; 13] = [
    "journey",
    "stage",
    "persona",
    "asset",
    "format",
    "channel",
    "status",
    "owner",
    "approval expiry",
    "markets",
    "journey_id",
    "stage_id",
    "asset_id",
];
/// `touchpoints.csv` header.
pub const TOUCHPOINTS_HEADER: [&str; 10] = [
    "journey",
    "stage",
    "touchpoint",
    "channel",
    "owner",
    "personas",
    "assets",
    "markets",
    "journey_id",
    "stage_id",
];
/// `backlog.csv` header.
pub const BACKLOG_HEADER: [&str; 13] = [
    "journey",
    "stage",
    "kind",
    "text",
    "owner",
    "status",
    "due",
    "severity",
    "value",
    "effort",
    "markets",
    "journey_id",
    "stage_id",
];

fn err(what: &str) -> impl Fn(csv::Error) -> ExportError + '_ {
    move |e| ExportError::Data {
        what: what.to_string(),
        message: e.to_string(),
    }
}

fn finish(w: Table, what: &str) -> Result<Vec<u8>, ExportError> {
    w.0.into_inner().map_err(|e| ExportError::Data {
        what: what.to_string(),
        message: e.to_string(),
    })
}

fn writer() -> Table {
    Table(
        csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(BOM.to_vec()),
    )
}

/// A CSV writer whose every cell goes through [`neutralise`].
struct Table(csv::Writer<Vec<u8>>);

impl Table {
    /// Writes one record, each cell neutralised.
    fn write_record<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> csv::Result<()> {
        self.0
            .write_record(cells.into_iter().map(|c| neutralise(c).into_owned()))
    }
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as a spreadsheet will show it as text: a leading `'` when it starts with one of
/// `= + - @`, a tab or a carriage return; otherwise unchanged. A plain signed number
/// (`-1`, `+2`, `-0.5`: a sign, digits, at most one `.` between digits) is no formula and
/// stays a number, so that the emotion column of `emotions.csv` charts.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_START) && !is_plain_number(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// `-1`, `+2`, `-0.5`: a sign, then digits with at most one `.` between digits.
fn is_plain_number(cell: &str) -> bool {
    let Some(rest) = cell.strip_prefix(['-', '+']) else {
        return false;
    };
    let mut parts = rest.split('.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_none() && digits(whole) && frac.is_none_or(digits)
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// `emotions.csv` header.
pub const EMOTIONS_HEADER: [&str; 10] = [
    "journey",
    "stage",
    "persona",
    "action",
    "emotion",
    "level",
    "markets",
    "journey_id",
    "stage_id",
    "persona_id",
];

/// The file names of the tables, in export order.
pub const NAMES: [&str; 5] = [
    "plan.csv",
    "touchpoints.csv",
    "backlog.csv",
    "emotions.csv",
    "register.csv",
];

/// `register.csv` header.
pub const REGISTER_HEADER: [&str; 17] = [
    "code",
    "version",
    "asset",
    "status",
    "reviewed by",
    "approved",
    "expires",
    "days left",
    "flag",
    "markets",
    "products",
    "owner",
    "journeys and stages",
    "claims",
    "references",
    "asset_id",
    "journey_ids",
];

/// The review register ([`crate::views::register`]): one row per asset, soonest expiry
/// first. Lists are joined with `; `; "journeys and stages" reads `Journey: Stage, Stage`;
/// claims are numbered `[1] …` and each reference carries the number of its claim. `days
/// left` counts from the as-of date (negative once expired); `flag` is `expired`,
/// `expiring`, `current` or `none`.
pub fn register_csv(site: &Site) -> Result<Vec<u8>, ExportError> {
    let what = "register.csv";
    let mut w = writer();
    w.write_record(REGISTER_HEADER).map_err(err(what))?;
    for r in crate::views::register::register(site).rows {
        let mut uses: Vec<String> = r
            .uses
            .iter()
            .map(|u| format!("{}: {}", u.journey_title, u.stages.join(", ")))
            .collect();
        if r.more_uses > 0 {
            uses.push(site.config.ui.t_n("deck-and-more", r.more_uses as i64));
        }
        let journey_ids: Vec<&str> = r.uses.iter().map(|u| u.journey_id.as_str()).collect();
        let claims: Vec<String> = r
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| format!("[{}] {}", i + 1, c.text))
            .collect();
        let references: Vec<String> = r
            .claims
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.references.iter().map(move |x| format!("[{}] {x}", i + 1)))
            .collect();
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        w.write_record([
            opt(&r.code),
            opt(&r.version),
            &r.title,
            r.status.label(),
            opt(&r.reviewed_by),
            &date(r.approved),
            &date(r.expires),
            &r.days_left.map(|d| d.to_string()).unwrap_or_default(),
            r.flag.label(),
            &r.markets.join("; "),
            &r.products.join("; "),
            opt(&r.owner),
            &uses.join("; "),
            &claims.join("; "),
            &references.join("; "),
            &r.id,
            &journey_ids.join("; "),
        ])
        .map_err(err(what))?;
    }
    finish(w, what)
}

/// The emotion curve as a table: per journey, stage and persona (journey order, then a
/// row for whole-group actions, persona "All roles" and no id), one row per action with an
/// `emotion` (`level` `step`, the action's text), else one row for the stage's `emotions:`
/// value (`level` `stage`, no action). `emotion` is −2..2; `markets` are the journey's,
/// joined with `; `.
pub fn emotions_csv(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    let what = "emotions.csv";
    let mut w = writer();
    w.write_record(EMOTIONS_HEADER).map_err(err(what))?;
    for j in journeys {
        let markets = j.markets.join("; ");
        let mut series: Vec<Option<&str>> = j.personas.iter().map(|p| Some(p.as_str())).collect();
        series.push(None);
        for s in &j.stages {
            for persona in &series {
                let name = persona.map_or("All roles", |p| {
                    site.persona(p).map_or(p, |x| x.name.as_str())
                });
                let id = persona.unwrap_or("");
                let steps = s.step_emotions(*persona);
                if steps.is_empty() {
                    if let Some(e) = persona.and_then(|p| s.stage_emotion(p)) {
                        let e = e.to_string();
                        w.write_record([
                            j.title.as_str(),
                            &s.name,
                            name,
                            "",
                            &e,
                            "stage",
                            &markets,
                            &j.id,
                            &s.id,
                            id,
                        ])
                        .map_err(err(what))?;
                    }
                    continue;
                }
                for (a, e) in steps {
                    let e = e.to_string();
                    w.write_record([
                        j.title.as_str(),
                        &s.name,
                        name,
                        &a.text,
                        &e,
                        "step",
                        &markets,
                        &j.id,
                        &s.id,
                        id,
                    ])
                    .map_err(err(what))?;
                }
            }
        }
    }
    finish(w, what)
}

/// One row per asset in each stage × persona cell of the plan matrix, and one row with the
/// status `gap` (and no asset) per content gap.
pub fn plan_csv(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    let what = "plan.csv";
    let mut w = writer();
    w.write_record(PLAN_HEADER).map_err(err(what))?;
    for j in journeys {
        let p = plan::journey_plan(site, j);
        for row in &p.rows {
            for cell in &row.cells {
                let persona = p
                    .personas
                    .iter()
                    .find(|x| x.id == cell.persona)
                    .map_or(cell.persona.as_str(), |x| x.name.as_str());
                if cell.gap {
                    w.write_record([
                        j.title.as_str(),
                        &row.stage_name,
                        persona,
                        "",
                        "",
                        "",
                        "gap",
                        "",
                        "",
                        "",
                        &j.id,
                        &row.stage_id,
                        "",
                    ])
                    .map_err(err(what))?;
                }
                for ca in &cell.assets {
                    let a = site.asset(&ca.id);
                    let expiry = a
                        .and_then(|a| a.review.as_ref())
                        .and_then(|r| r.expires)
                        .map(|d| d.to_string())
                        .unwrap_or_default();
                    w.write_record([
                        j.title.as_str(),
                        &row.stage_name,
                        persona,
                        &ca.title,
                        a.map_or("", |a| opt(&a.format)),
                        a.map_or("", |a| opt(&a.channel)),
                        ca.status.label(),
                        a.map_or("", |a| opt(&a.owner)),
                        &expiry,
                        &a.map(|a| a.mlr.markets.join("; ")).unwrap_or_default(),
                        &j.id,
                        &row.stage_id,
                        &ca.id,
                    ])
                    .map_err(err(what))?;
                }
            }
        }
    }
    finish(w, what)
}

/// One row per touchpoint; personas, assets and the journey's markets joined with `; `.
pub fn touchpoints_csv(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    let what = "touchpoints.csv";
    let mut w = writer();
    w.write_record(TOUCHPOINTS_HEADER).map_err(err(what))?;
    for j in journeys {
        let markets = j.markets.join("; ");
        for s in &j.stages {
            for t in &s.touchpoints {
                let personas: Vec<&str> = t
                    .personas
                    .iter()
                    .map(|p| site.persona(p).map_or(p.as_str(), |x| x.name.as_str()))
                    .collect();
                let assets: Vec<&str> = t
                    .assets
                    .iter()
                    .map(|a| site.asset(a).map_or(a.as_str(), |x| x.title.as_str()))
                    .collect();
                w.write_record([
                    j.title.as_str(),
                    &s.name,
                    &t.name,
                    opt(&t.channel),
                    opt(&t.owner),
                    &personas.join("; "),
                    &assets.join("; "),
                    &markets,
                    &j.id,
                    &s.id,
                ])
                .map_err(err(what))?;
            }
        }
    }
    finish(w, what)
}

/// The backlog page's items (opportunities and high-severity pain points), in journey and
/// stage order, each with its journey's markets (joined with `; `).
pub fn backlog_csv(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    let what = "backlog.csv";
    let mut w = writer();
    w.write_record(BACKLOG_HEADER).map_err(err(what))?;
    for item in backlog::items(site) {
        let Some(j) = journeys.iter().find(|j| j.id == item.place.journey_id) else {
            continue;
        };
        let kind = match item.kind {
            backlog::BacklogKind::Opportunity => "opportunity",
            backlog::BacklogKind::PainPoint => "pain point",
        };
        w.write_record([
            item.place.journey_title.as_str(),
            &item.place.stage_name,
            kind,
            &item.text,
            opt(&item.owner),
            item.status.map_or("", |s| s.label()),
            &item.due.map(|d| d.to_string()).unwrap_or_default(),
            item.severity.map_or("", |s| s.label()),
            item.value.map_or("", |v| v.label()),
            item.effort.map_or("", |e| e.label()),
            &j.markets.join("; "),
            &item.place.journey_id,
            &item.place.stage_id,
        ])
        .map_err(err(what))?;
    }
    finish(w, what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_numbers_stay_numbers() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"),
            ("+2", "+2"),
            ("-1", "-1"),
            ("-0.5", "-0.5"),
            ("-", "'-"),
            ("-1.", "'-1."),
            ("-1.2.3", "'-1.2.3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("plain", "plain"),
        ] {
            assert_eq!(neutralise(cell), want, "{cell}");
        }
    }
}
