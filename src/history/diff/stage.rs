//! Comparing a stage kept from one site to the next: its touchpoints (by name), pain
//! points and opportunities (by text), emotions (by persona), the other lanes (by text)
//! and the fields of the stage and its items.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Change, asset_title, persona_name, push_fields};
use crate::model::{Metric, PersonaText, Site, Stage, Touchpoint};

/// The changes inside the stage `o` of the older site (`old_site`) that is `n` in the
/// newer one, in lane order.
pub(super) fn stage_changes(
    old_site: &Site,
    new_site: &Site,
    o: &Stage,
    n: &Stage,
    out: &mut Vec<Change>,
) {
    let stage = n.name.as_str();
    touchpoints(old_site, new_site, o, n, stage, out);
    pain_points(o, n, stage, out);
    opportunities(o, n, stage, out);
    emotions(new_site, o, n, stage, out);
    step_emotions(new_site, o, n, stage, out);
    lanes(o, n, stage, out);
    item_fields(o, n, stage, out);
}

/// Touchpoints added, changed (owner, channel, assets) and removed, matched by name.
fn touchpoints(
    old_site: &Site,
    new_site: &Site,
    o: &Stage,
    n: &Stage,
    stage: &str,
    out: &mut Vec<Change>,
) {
    for t in &n.touchpoints {
        match o.touchpoints.iter().find(|x| x.name == t.name) {
            None => out.push(Change::TouchpointAdded {
                stage: stage.to_string(),
                name: t.name.clone(),
                channel: t.channel.clone(),
                owner: t.owner.clone(),
            }),
            Some(ot) => touchpoint_changes(old_site, new_site, (ot, t), stage, out),
        }
    }
    for t in o
        .touchpoints
        .iter()
        .filter(|t| !n.touchpoints.iter().any(|x| x.name == t.name))
    {
        out.push(Change::TouchpointRemoved {
            stage: stage.to_string(),
            name: t.name.clone(),
        });
    }
}

/// The owner, channel and assets of a touchpoint in both sites (`ot` old, `t` new).
fn touchpoint_changes(
    old_site: &Site,
    new_site: &Site,
    (ot, t): (&Touchpoint, &Touchpoint),
    stage: &str,
    out: &mut Vec<Change>,
) {
    if ot.owner != t.owner {
        out.push(Change::TouchpointOwner {
            stage: stage.to_string(),
            name: t.name.clone(),
            from: ot.owner.clone(),
            to: t.owner.clone(),
        });
    }
    if ot.channel != t.channel {
        out.push(Change::TouchpointChannel {
            stage: stage.to_string(),
            name: t.name.clone(),
            from: ot.channel.clone(),
            to: t.channel.clone(),
        });
    }
    // Assets are named by title, each from the site that has it.
    let added: Vec<String> = t
        .assets
        .iter()
        .filter(|a| !ot.assets.contains(a))
        .map(|a| asset_title(new_site, a))
        .collect();
    let removed: Vec<String> = ot
        .assets
        .iter()
        .filter(|a| !t.assets.contains(a))
        .map(|a| asset_title(old_site, a))
        .collect();
    if !added.is_empty() || !removed.is_empty() {
        out.push(Change::TouchpointAssets {
            stage: stage.to_string(),
            name: t.name.clone(),
            added,
            removed,
        });
    }
}

/// Pain points added, changed (severity, owner) and resolved, matched by text.
fn pain_points(o: &Stage, n: &Stage, stage: &str, out: &mut Vec<Change>) {
    for p in &n.pain_points {
        match o.pain_points.iter().find(|x| x.text == p.text) {
            None => out.push(Change::PainPointAdded {
                stage: stage.to_string(),
                text: p.text.clone(),
                severity: p.severity,
                owner: p.owner.clone(),
            }),
            Some(op) => {
                if op.severity != p.severity {
                    out.push(Change::PainPointSeverity {
                        stage: stage.to_string(),
                        text: p.text.clone(),
                        from: op.severity,
                        to: p.severity,
                    });
                }
                if op.owner != p.owner {
                    out.push(Change::PainPointOwner {
                        stage: stage.to_string(),
                        text: p.text.clone(),
                        from: op.owner.clone(),
                        to: p.owner.clone(),
                    });
                }
            }
        }
    }
    for p in o
        .pain_points
        .iter()
        .filter(|p| !n.pain_points.iter().any(|x| x.text == p.text))
    {
        out.push(Change::PainPointResolved {
            stage: stage.to_string(),
            text: p.text.clone(),
        });
    }
}

/// Opportunities added, changed (status, owner, due date, value, effort) and removed, matched
/// by text.
fn opportunities(o: &Stage, n: &Stage, stage: &str, out: &mut Vec<Change>) {
    for p in &n.opportunities {
        match o.opportunities.iter().find(|x| x.text == p.text) {
            None => out.push(Change::OpportunityAdded {
                stage: stage.to_string(),
                text: p.text.clone(),
                status: p.status,
                owner: p.owner.clone(),
                due: p.due,
            }),
            Some(op) => {
                if op.status != p.status {
                    out.push(Change::OpportunityStatus {
                        stage: stage.to_string(),
                        text: p.text.clone(),
                        from: op.status,
                        to: p.status,
                    });
                }
                if op.owner != p.owner {
                    out.push(Change::OpportunityOwner {
                        stage: stage.to_string(),
                        text: p.text.clone(),
                        from: op.owner.clone(),
                        to: p.owner.clone(),
                    });
                }
                if op.due != p.due {
                    out.push(Change::OpportunityDue {
                        stage: stage.to_string(),
                        text: p.text.clone(),
                        from: op.due,
                        to: p.due,
                    });
                }
                for (field, from, to) in [
                    ("value", op.value, p.value),
                    ("effort", op.effort, p.effort),
                ] {
                    if from != to {
                        out.push(Change::OpportunityScore {
                            stage: stage.to_string(),
                            text: p.text.clone(),
                            field: field.to_string(),
                            from,
                            to,
                        });
                    }
                }
            }
        }
    }
    for p in o
        .opportunities
        .iter()
        .filter(|p| !n.opportunities.iter().any(|x| x.text == p.text))
    {
        out.push(Change::OpportunityRemoved {
            stage: stage.to_string(),
            text: p.text.clone(),
        });
    }
}

/// The stage-level emotion of each persona in either stage, in persona id order.
fn emotions(new_site: &Site, o: &Stage, n: &Stage, stage: &str, out: &mut Vec<Change>) {
    let old_e: BTreeMap<&str, i8> = o
        .emotions
        .iter()
        .map(|e| (e.persona.as_str(), e.score))
        .collect();
    let new_e: BTreeMap<&str, i8> = n
        .emotions
        .iter()
        .map(|e| (e.persona.as_str(), e.score))
        .collect();
    let personas: BTreeSet<&str> = old_e.keys().chain(new_e.keys()).copied().collect();
    for p in personas {
        let (a, b) = (old_e.get(p).copied(), new_e.get(p).copied());
        if a != b {
            out.push(Change::Emotion {
                stage: stage.to_string(),
                persona: persona_name(new_site, p),
                from: a,
                to: b,
            });
        }
    }
}

/// Items added to and removed from the lanes without changes of their own: actions,
/// questions, decision moments, hand-offs (by text) and metrics (by name and values).
fn lanes(o: &Stage, n: &Stage, stage: &str, out: &mut Vec<Change>) {
    let texts =
        |items: &[PersonaText]| -> Vec<String> { items.iter().map(|x| x.text.clone()).collect() };
    lane(out, stage, "actions", texts(&o.actions), texts(&n.actions));
    lane(
        out,
        stage,
        "questions",
        texts(&o.questions),
        texts(&n.questions),
    );
    lane(
        out,
        stage,
        "decision moments",
        o.decision_moments.iter().map(|x| x.text.clone()).collect(),
        n.decision_moments.iter().map(|x| x.text.clone()).collect(),
    );
    lane(
        out,
        stage,
        "hand-offs",
        o.handoffs.iter().map(|x| x.text.clone()).collect(),
        n.handoffs.iter().map(|x| x.text.clone()).collect(),
    );
    let metric = |m: &Metric| {
        format!(
            "{} (target {}, now {})",
            m.name,
            m.target.as_deref().unwrap_or("—"),
            m.current.as_deref().unwrap_or("—")
        )
    };
    lane(
        out,
        stage,
        "metrics",
        o.metrics.iter().map(metric).collect(),
        n.metrics.iter().map(metric).collect(),
    );
}

/// A [`Change::Lane`] for the texts of lane `name` that are in only one of `a` (old) and
/// `b` (new).
fn lane(out: &mut Vec<Change>, stage: &str, name: &str, a: Vec<String>, b: Vec<String>) {
    let added: Vec<String> = b.iter().filter(|x| !a.contains(x)).cloned().collect();
    let removed: Vec<String> = a.iter().filter(|x| !b.contains(x)).cloned().collect();
    if !added.is_empty() || !removed.is_empty() {
        out.push(Change::Lane {
            stage: stage.to_string(),
            lane: name.to_string(),
            added,
            removed,
        });
    }
}

/// For items of one lane matched by `key` (the first of each key in both): the changes of
/// their other fields.
fn lane_fields<T: Serialize>(
    out: &mut Vec<Change>,
    stage: &str,
    item: &str,
    (old, new): (&[T], &[T]),
    key: impl Fn(&T) -> &str,
    skip: &[&str],
) {
    let mut seen = BTreeSet::new();
    for n in new {
        let k = key(n);
        if !seen.insert(k) {
            continue;
        }
        if let Some(o) = old.iter().find(|o| key(o) == k) {
            push_fields(out, Some(stage), (item, k), (o, n), skip);
        }
    }
}

/// Changed step-level emotions of the actions found (by persona and text) in both stages.
fn step_emotions(site: &Site, o: &Stage, n: &Stage, stage: &str, out: &mut Vec<Change>) {
    let mut seen: Vec<(&Option<String>, &str)> = Vec::new();
    for a in &n.actions {
        let key = (&a.persona, a.text.as_str());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let Some(old) = o
            .actions
            .iter()
            .find(|x| x.persona == a.persona && x.text == a.text)
        else {
            continue;
        };
        if old.emotion != a.emotion {
            out.push(Change::StepEmotion {
                stage: stage.to_string(),
                persona: a
                    .persona
                    .as_deref()
                    .map_or_else(|| "All roles".to_string(), |p| persona_name(site, p)),
                action: a.text.clone(),
                from: old.emotion,
                to: a.emotion,
            });
        }
    }
}

/// The changes to the fields of a stage and of its items that have no change of their own.
fn item_fields(o: &Stage, n: &Stage, stage: &str, out: &mut Vec<Change>) {
    push_fields(
        out,
        Some(stage),
        ("stage", stage),
        (o, n),
        &[
            "id",
            "name",
            "actions",
            "questions",
            "emotions",
            "touchpoints",
            "pain_points",
            "decision_moments",
            "handoffs",
            "opportunities",
            "metrics",
            "source",
        ],
    );
    // An action's step emotion is a change of its own while its persona stays.
    for a in dedup_by_text(&n.actions) {
        if let Some(b) = o.actions.iter().find(|b| b.text == a.text) {
            let skip: &[&str] = if a.persona == b.persona {
                &["text", "emotion", "source"]
            } else {
                &["text", "source"]
            };
            push_fields(out, Some(stage), ("action", &a.text), (b, a), skip);
        }
    }
    let text = &["text", "source"][..];
    lane_fields(
        out,
        stage,
        "question",
        (&o.questions, &n.questions),
        |x| x.text.as_str(),
        text,
    );
    lane_fields(
        out,
        stage,
        "touchpoint",
        (&o.touchpoints, &n.touchpoints),
        |x| x.name.as_str(),
        &["name", "owner", "channel", "assets", "source"],
    );
    lane_fields(
        out,
        stage,
        "pain point",
        (&o.pain_points, &n.pain_points),
        |x| x.text.as_str(),
        &["text", "owner", "severity", "source"],
    );
    lane_fields(
        out,
        stage,
        "decision moment",
        (&o.decision_moments, &n.decision_moments),
        |x| x.text.as_str(),
        text,
    );
    lane_fields(
        out,
        stage,
        "hand-off",
        (&o.handoffs, &n.handoffs),
        |x| x.text.as_str(),
        text,
    );
    lane_fields(
        out,
        stage,
        "opportunity",
        (&o.opportunities, &n.opportunities),
        |x| x.text.as_str(),
        &["text", "owner", "status", "due", "source"],
    );
    lane_fields(
        out,
        stage,
        "metric",
        (&o.metrics, &n.metrics),
        |x| x.name.as_str(),
        &["name", "target", "current", "source"],
    );
}

/// The first action of each text.
fn dedup_by_text(items: &[PersonaText]) -> Vec<&PersonaText> {
    let mut seen = BTreeSet::new();
    items
        .iter()
        .filter(|a| seen.insert(a.text.as_str()))
        .collect()
}
