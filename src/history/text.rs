//! A [`SiteDiff`] in words: plain sentences grouped by journey, Markdown for a pull-request
//! comment, and JSON for tools.

use chrono::NaiveDate;
use serde::Serialize;

use super::diff::{AssetChange, Change, JourneyDiff, Lifecycle, PersonaChange, SiteDiff};
use crate::model::{Level, Severity};

/// Sentences about one subject (a journey, or the personas, or the content inventory).
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// `journey`, `personas`, `assets` or `settings`.
    pub kind: &'static str,
    /// Journey id (empty for the other groups).
    pub id: String,
    /// Heading, e.g. the journey title.
    pub heading: String,
    /// One sentence a change.
    pub sentences: Vec<String>,
}

fn q(s: &str) -> String {
    format!("“{s}”")
}

/// "Pain point "X" in Stage is now owned by B (was A)." and its no-owner form.
fn owner_sentence(
    what: &str,
    text: &str,
    stage: &str,
    from: &Option<String>,
    to: &Option<String>,
) -> String {
    match to {
        Some(t) => format!(
            "{what} {} in {stage} is now owned by {t} (was {}).",
            q(text),
            opt(from)
        ),
        None => format!(
            "{what} {} in {stage} has no owner any more (was {}).",
            q(text),
            opt(from)
        ),
    }
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "nobody".into())
}

fn date(d: &Option<NaiveDate>) -> String {
    d.map_or_else(|| "no date".into(), |d| d.to_string())
}

fn feeling(score: i8) -> &'static str {
    match score {
        i8::MIN..=-2 => "very negative",
        -1 => "negative",
        0 => "neutral",
        1 => "positive",
        _ => "very positive",
    }
}

fn signed(score: i8) -> String {
    if score > 0 {
        format!("+{score}")
    } else if score < 0 {
        format!("−{}", -score)
    } else {
        "0".into()
    }
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn status(s: impl Serialize) -> String {
    serde_json::to_value(s)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('-', " ")))
        .unwrap_or_default()
}

fn severity(s: Option<Severity>) -> String {
    s.map_or_else(|| "unrated".into(), |s| s.label().to_string())
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| q(s)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// What a change that a subject's function does not know says (never written: `sentence`
/// routes each change to the function of its subject).
const GENERIC: &str = "The map changed.";

/// One change as a sentence.
pub fn sentence(c: &Change) -> String {
    match c {
        Change::Field { .. } | Change::Reviewed { .. } | Change::PersonaListed { .. } => {
            map_sentence(c)
        }
        Change::StageAdded { .. }
        | Change::StageRemoved { .. }
        | Change::StageRenamed { .. }
        | Change::StagesReordered { .. } => stage_sentence(c),
        Change::TouchpointAdded { .. }
        | Change::TouchpointRemoved { .. }
        | Change::TouchpointOwner { .. }
        | Change::TouchpointChannel { .. }
        | Change::TouchpointAssets { .. } => touchpoint_sentence(c),
        Change::PainPointAdded { .. }
        | Change::PainPointResolved { .. }
        | Change::PainPointSeverity { .. }
        | Change::PainPointOwner { .. } => pain_point_sentence(c),
        Change::OpportunityAdded { .. }
        | Change::OpportunityRemoved { .. }
        | Change::OpportunityStatus { .. }
        | Change::OpportunityOwner { .. }
        | Change::OpportunityDue { .. }
        | Change::OpportunityScore { .. } => opportunity_sentence(c),
        Change::Emotion { .. } | Change::StepEmotion { .. } => emotion_sentence(c),
        Change::Lane { .. } | Change::Fields { .. } | Change::Narrative => item_sentence(c),
        Change::View { view } => super::diff::view_sentence(view, "The view"),
    }
}

/// A change to the map as a whole: a field, the review date, a persona taking part.
fn map_sentence(c: &Change) -> String {
    match c {
        Change::Field { field, from, to } => match (from, to) {
            (None, Some(t)) => format!("The map's {field} is now {}.", q(t)),
            (Some(f), None) => format!("The map's {field} ({}) was removed.", q(f)),
            (Some(f), Some(t)) if field == "owner" => {
                format!("The map is now owned by {t} (was {f}).")
            }
            (Some(f), Some(t)) => format!("The map's {field} changed from {} to {}.", q(f), q(t)),
            (None, None) => format!("The map's {field} changed."),
        },
        Change::Reviewed { from, to } => match to {
            Some(t) => format!(
                "The map was reviewed on {t} (previous review: {}).",
                date(from)
            ),
            None => "The map's review date was removed.".into(),
        },
        Change::PersonaListed { persona, added } => {
            if *added {
                format!("{persona} now takes part in this journey.")
            } else {
                format!("{persona} no longer takes part in this journey.")
            }
        }
        // `sentence` routes only map changes here; never panic on a misroute.
        _ => GENERIC.into(),
    }
}

/// A stage added, removed, renamed or moved.
fn stage_sentence(c: &Change) -> String {
    match c {
        Change::StageAdded {
            stage,
            position,
            of,
        } => {
            format!(
                "New stage {} (the {} of {of}).",
                q(stage),
                ordinal(*position)
            )
        }
        Change::StageRemoved { stage } => format!("Stage {} was removed.", q(stage)),
        Change::StageRenamed { from, to } => format!("Stage {} is now called {}.", q(from), q(to)),
        Change::StagesReordered { to, .. } => {
            format!("The stages are in a new order: {}.", to.join(" → "))
        }
        // `sentence` routes only stage changes here; never panic on a misroute.
        _ => GENERIC.into(),
    }
}

/// A touchpoint added or removed, or its owner, channel or assets changed.
fn touchpoint_sentence(c: &Change) -> String {
    match c {
        Change::TouchpointAdded {
            stage,
            name,
            channel,
            owner,
        } => {
            let mut s = format!("New touchpoint {} in {stage}", q(name));
            match (channel, owner) {
                (Some(c), Some(o)) => s.push_str(&format!(" ({c}, owned by {o})")),
                (Some(c), None) => s.push_str(&format!(" ({c}, no owner yet)")),
                (None, Some(o)) => s.push_str(&format!(" (owned by {o})")),
                (None, None) => s.push_str(" (no owner yet)"),
            }
            s.push('.');
            s
        }
        Change::TouchpointRemoved { stage, name } => {
            format!("Touchpoint {} in {stage} was removed.", q(name))
        }
        Change::TouchpointOwner {
            stage,
            name,
            from,
            to,
        } => owner_sentence("Touchpoint", name, stage, from, to),
        Change::TouchpointChannel {
            stage,
            name,
            from,
            to,
        } => format!(
            "Touchpoint {} in {stage} moved from the {} channel to {}.",
            q(name),
            from.as_deref().unwrap_or("unstated"),
            to.as_deref().unwrap_or("no stated channel")
        ),
        Change::TouchpointAssets {
            stage,
            name,
            added,
            removed,
        } => {
            let mut parts = Vec::new();
            if !added.is_empty() {
                parts.push(format!("now uses {}", list(added)));
            }
            if !removed.is_empty() {
                parts.push(format!("no longer uses {}", list(removed)));
            }
            format!("Touchpoint {} in {stage} {}.", q(name), parts.join(" and "))
        }
        // `sentence` routes only touchpoint changes here; never panic on a misroute.
        _ => GENERIC.into(),
    }
}

/// A pain point added or resolved, or its severity or owner changed.
fn pain_point_sentence(c: &Change) -> String {
    match c {
        Change::PainPointAdded {
            stage,
            text,
            severity: sev,
            owner,
        } => format!(
            "New {} pain point in {stage}: {}{}.",
            severity(*sev),
            q(text),
            owner.as_ref().map_or_else(
                || " (no owner yet)".to_string(),
                |o| format!(" (owned by {o})")
            )
        ),
        Change::PainPointResolved { stage, text } => {
            format!("Pain point resolved or removed in {stage}: {}.", q(text))
        }
        Change::PainPointSeverity {
            stage,
            text,
            from,
            to,
        } => format!(
            "Pain point {} in {stage} is now {} severity (was {}).",
            q(text),
            severity(*to),
            severity(*from)
        ),
        Change::PainPointOwner {
            stage,
            text,
            from,
            to,
        } => owner_sentence("Pain point", text, stage, from, to),
        // `sentence` routes only pain point changes here; never panic on a misroute.
        _ => GENERIC.into(),
    }
}

/// An opportunity added or removed, or its status, owner or due date changed.
fn opportunity_sentence(c: &Change) -> String {
    match c {
        Change::OpportunityAdded {
            stage,
            text,
            status: st,
            owner,
            due,
        } => {
            let mut s = format!("New opportunity in {stage}: {} ({}", q(text), status(st));
            if let Some(o) = owner {
                s.push_str(&format!(", {o}"));
            }
            if let Some(d) = due {
                s.push_str(&format!(", due {d}"));
            }
            s.push_str(").");
            s
        }
        Change::OpportunityRemoved { stage, text } => {
            format!("Opportunity {} in {stage} was taken off the map.", q(text))
        }
        Change::OpportunityStatus {
            stage,
            text,
            from,
            to,
        } => format!(
            "Opportunity {} in {stage} moved from {} to {}.",
            q(text),
            status(from),
            status(to)
        ),
        Change::OpportunityOwner {
            stage,
            text,
            from,
            to,
        } => owner_sentence("Opportunity", text, stage, from, to),
        Change::OpportunityDue {
            stage,
            text,
            from,
            to,
        } => due_sentence(stage, text, from, to),
        Change::OpportunityScore {
            stage,
            text,
            field,
            from,
            to,
        } => score_sentence(stage, text, field, *from, *to),
        // `sentence` routes only opportunity changes here; never panic on a misroute.
        _ => GENERIC.into(),
    }
}

/// "The value of opportunity "X" in Stage rose from medium to high." and the other changes
/// of an opportunity's `value` or `effort` (`field`).
fn score_sentence(
    stage: &str,
    text: &str,
    field: &str,
    from: Option<Level>,
    to: Option<Level>,
) -> String {
    let what = format!("The {field} of opportunity {} in {stage}", q(text));
    match (from, to) {
        (None, Some(t)) => format!("{what} is now scored {}.", t.label()),
        (Some(f), None) => format!("{what} ({}) was removed.", f.label()),
        (Some(f), Some(t)) if t > f => format!("{what} rose from {} to {}.", f.label(), t.label()),
        (Some(f), Some(t)) => format!("{what} fell from {} to {}.", f.label(), t.label()),
        (None, None) => format!("{what} changed."),
    }
}

/// "Opportunity "X" in Stage slipped from … to …." and the other due-date changes.
fn due_sentence(
    stage: &str,
    text: &str,
    from: &Option<NaiveDate>,
    to: &Option<NaiveDate>,
) -> String {
    match (from, to) {
        (Some(f), Some(t)) if t > f => {
            format!(
                "Opportunity {} in {stage} slipped from {f} to {t}.",
                q(text)
            )
        }
        (Some(f), Some(t)) => {
            format!(
                "Opportunity {} in {stage} was brought forward from {f} to {t}.",
                q(text)
            )
        }
        (None, Some(t)) => format!("Opportunity {} in {stage} is now due {t}.", q(text)),
        (Some(f), None) => {
            format!(
                "Opportunity {} in {stage} has no due date any more (was {f}).",
                q(text)
            )
        }
        (None, None) => format!(
            "The due date of opportunity {} in {stage} changed.",
            q(text)
        ),
    }
}

/// How a persona feels in a stage, or at one action of it, changed.
fn emotion_sentence(c: &Change) -> String {
    match c {
        Change::Emotion {
            stage,
            persona,
            from,
            to,
        } => match (from, to) {
            (Some(f), Some(t)) => format!(
                "{persona} feels {} in {stage}: {} ({}), was {} ({}).",
                if t > f { "better" } else { "worse" },
                feeling(*t),
                signed(*t),
                feeling(*f),
                signed(*f)
            ),
            (None, Some(t)) => format!(
                "How {persona} feels in {stage} is now recorded: {} ({}).",
                feeling(*t),
                signed(*t)
            ),
            (Some(f), None) => format!(
                "How {persona} feels in {stage} is no longer recorded (was {}).",
                feeling(*f)
            ),
            (None, None) => format!("How {persona} feels in {stage} changed."),
        },
        Change::StepEmotion {
            stage,
            persona,
            action,
            from,
            to,
        } => match (from, to) {
            (Some(f), Some(t)) => format!(
                "{persona} feels {} at {} in {stage}: {} ({}), was {} ({}).",
                if t > f { "better" } else { "worse" },
                q(action),
                feeling(*t),
                signed(*t),
                feeling(*f),
                signed(*f)
            ),
            (None, Some(t)) => format!(
                "How {persona} feels at {} in {stage} is now recorded: {} ({}).",
                q(action),
                feeling(*t),
                signed(*t)
            ),
            (Some(f), None) => format!(
                "How {persona} feels at {} in {stage} is no longer recorded (was {}).",
                q(action),
                feeling(*f)
            ),
            (None, None) => format!("How {persona} feels at {} in {stage} changed.", q(action)),
        },
        // `sentence` routes only emotion changes here; never panic on a misroute.
        _ => GENERIC.into(),
    }
}

/// Items of another lane added or removed, other fields of an item changed, the
/// narrative edited.
fn item_sentence(c: &Change) -> String {
    match c {
        Change::Lane {
            stage,
            lane,
            added,
            removed,
        } => {
            let mut parts = Vec::new();
            if !added.is_empty() {
                parts.push(format!("added {}", list(added)));
            }
            if !removed.is_empty() {
                parts.push(format!("removed {}", list(removed)));
            }
            let mut lane = lane.clone();
            if let Some(c) = lane.get_mut(0..1) {
                c.make_ascii_uppercase();
            }
            format!("{lane} in {stage}: {}.", parts.join("; "))
        }
        Change::Fields {
            stage,
            item,
            text,
            fields,
        } => {
            let fields = fields.join(", ");
            match stage {
                None => format!("The journey's {fields} changed."),
                Some(s) if item == "stage" => format!("Stage {}: {fields} changed.", q(s)),
                Some(s) => format!("The {item} {} in {s}: {fields} changed.", q(text)),
            }
        }
        Change::Narrative => "The narrative text was edited.".into(),
        // `sentence` routes only lane and field changes here; never panic on a misroute.
        _ => GENERIC.into(),
    }
}

fn journey_group(j: &JourneyDiff) -> Group {
    let sentences = match j.status {
        Lifecycle::Added => vec!["New journey map.".to_string()],
        Lifecycle::Removed => vec!["The journey map was removed.".to_string()],
        Lifecycle::Changed => j.changes.iter().map(sentence).collect(),
    };
    Group {
        kind: "journey",
        id: j.id.clone(),
        heading: j.title.clone(),
        sentences,
    }
}

fn persona_sentence(p: &PersonaChange) -> String {
    match p.status {
        Lifecycle::Added => format!("New persona {}.", q(&p.name)),
        Lifecycle::Removed => format!("Persona {} was removed.", q(&p.name)),
        Lifecycle::Changed => format!("Persona {} changed: {}.", q(&p.name), p.fields.join(", ")),
    }
}

/// The sentence parts for a changed code, version and markets of an asset.
fn mlr_parts(a: &AssetChange, parts: &mut Vec<String>) {
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
    if let Some((f, t)) = &a.code {
        parts.push(match t {
            Some(t) => format!("now has code {t} (was {})", text(f)),
            None => format!("lost its code (was {})", text(f)),
        });
    }
    if let Some((f, t)) = &a.version {
        parts.push(format!("is now version {} (was {})", text(t), text(f)));
    }
    if let Some((added, removed)) = &a.markets {
        if !added.is_empty() {
            parts.push(format!("is approved for {} too", added.join(", ")));
        }
        if !removed.is_empty() {
            parts.push(format!("is no longer approved for {}", removed.join(", ")));
        }
    }
}

fn asset_sentence(a: &AssetChange) -> String {
    match a.status {
        Lifecycle::Added => format!("New content asset {}.", q(&a.title)),
        Lifecycle::Removed => format!("Content asset {} was removed.", q(&a.title)),
        Lifecycle::Changed => {
            let mut parts = Vec::new();
            if let Some((f, t)) = &a.status_change {
                parts.push(format!("moved from {} to {}", status(f), status(t)));
            }
            if let Some((_, t)) = &a.approved {
                parts.push(match t {
                    Some(t) => format!("was approved on {t}"),
                    None => "lost its approval date".into(),
                });
            }
            if let Some((f, t)) = &a.expires {
                parts.push(match (f, t) {
                    (_, Some(t)) => format!("approval now expires {t} (was {})", date(f)),
                    (_, None) => "approval no longer expires".into(),
                });
            }
            mlr_parts(a, &mut parts);
            if !a.fields.is_empty() {
                parts.push(format!("changed {}", a.fields.join(", ")));
            }
            format!("Content asset {} {}.", q(&a.title), parts.join("; "))
        }
    }
}

/// The diff as sentence groups: journeys first, then personas, content assets and the
/// site settings.
pub fn groups(d: &SiteDiff) -> Vec<Group> {
    let mut out: Vec<Group> = d.journeys.iter().map(journey_group).collect();
    if !d.personas.is_empty() {
        out.push(Group {
            kind: "personas",
            id: String::new(),
            heading: "Personas".into(),
            sentences: d.personas.iter().map(persona_sentence).collect(),
        });
    }
    if !d.assets.is_empty() {
        out.push(Group {
            kind: "assets",
            id: String::new(),
            heading: "Content inventory".into(),
            sentences: d.assets.iter().map(asset_sentence).collect(),
        });
    }
    if !d.settings.is_empty() {
        out.push(Group {
            kind: "settings",
            id: String::new(),
            heading: "Site settings (waymark.yaml)".into(),
            sentences: super::settings::sentences(&d.settings),
        });
    }
    out
}

/// What nothing changed reads like.
pub const NO_CHANGES: &str = "No changes to journeys, personas, content assets or settings.";

/// Plain text: a heading line per group, then one sentence a line.
pub fn to_text(d: &SiteDiff, from: &str, to: &str) -> String {
    let mut s = format!("Changes from {from} to {to}\n");
    if d.is_empty() {
        s.push_str(&format!("\n{NO_CHANGES}\n"));
    }
    for g in groups(d) {
        s.push_str(&format!("\n{}\n", g.heading));
        for line in &g.sentences {
            s.push_str(&format!("  - {line}\n"));
        }
    }
    s
}

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Markdown for a pull-request comment.
pub fn to_markdown(d: &SiteDiff, from: &str, to: &str) -> String {
    let mut s = format!(
        "## Journey map changes\n\nFrom {} to {}.\n",
        md_escape(from),
        md_escape(to)
    );
    if d.is_empty() {
        s.push_str(&format!("\n{NO_CHANGES}\n"));
    }
    for g in groups(d) {
        s.push_str(&format!("\n### {}\n\n", md_escape(&g.heading)));
        for line in &g.sentences {
            s.push_str(&format!("- {}\n", md_escape(line)));
        }
    }
    s
}

/// JSON for tools: `{ from, to, changes: SiteDiff, sentences: [groups] }`.
pub fn to_json(d: &SiteDiff, from: &str, to: &str) -> String {
    let v = serde_json::json!({
        "from": from,
        "to": to,
        "changes": d,
        "sentences": groups(d),
    });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}
