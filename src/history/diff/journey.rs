//! Comparing journeys: which were added or removed, and for one in both sites, its own
//! fields, its personas, its stages (matched by id) and what is inside each stage.

use super::stage::stage_changes;
use super::{Change, JourneyDiff, Lifecycle, persona_name, push_fields};
use crate::model::{Journey, Site, Stage};

/// The journeys added, changed and removed: in the order of the newer site, removed ones
/// last.
pub(super) fn journey_diffs(old: &Site, new: &Site) -> Vec<JourneyDiff> {
    let mut out = Vec::new();
    for j in &new.journeys {
        match old.journey(&j.id) {
            None => out.push(JourneyDiff {
                id: j.id.clone(),
                title: j.title.clone(),
                status: Lifecycle::Added,
                changes: Vec::new(),
            }),
            Some(o) => {
                let changes = journey_changes(old, new, o, j);
                if !changes.is_empty() {
                    out.push(JourneyDiff {
                        id: j.id.clone(),
                        title: j.title.clone(),
                        status: Lifecycle::Changed,
                        changes,
                    });
                }
            }
        }
    }
    for o in old.journeys.iter().filter(|o| new.journey(&o.id).is_none()) {
        out.push(JourneyDiff {
            id: o.id.clone(),
            title: o.title.clone(),
            status: Lifecycle::Removed,
            changes: Vec::new(),
        });
    }
    out
}

/// The changes from journey `o` (in `old_site`) to `n` (in `new_site`): the map's fields,
/// its personas, its stages and their content, then everything else.
pub(super) fn journey_changes(
    old_site: &Site,
    new_site: &Site,
    o: &Journey,
    n: &Journey,
) -> Vec<Change> {
    let mut out = Vec::new();
    map_fields(o, n, &mut out);
    persona_list(old_site, new_site, o, n, &mut out);
    for (old, s) in stage_list(o, n, &mut out) {
        stage_changes(old_site, new_site, old, s, &mut out);
    }
    // Content of added stages counts as part of the new stage; of removed ones, as gone.
    other_fields(o, n, &mut out);
    out.extend(
        super::view::view_changes(&o.views, &n.views, true)
            .into_iter()
            .map(|view| Change::View { view }),
    );
    out
}

/// The map's own fields that have a change of their own: title, state, owner, …, the
/// review cadence and the review date.
fn map_fields(o: &Journey, n: &Journey, out: &mut Vec<Change>) {
    let mut field = |name: &str, a: Option<String>, b: Option<String>| {
        if a != b {
            out.push(Change::Field {
                field: name.to_string(),
                from: a,
                to: b,
            });
        }
    };
    field("title", Some(o.title.clone()), Some(n.title.clone()));
    field(
        "state",
        Some(o.state.label().to_string()),
        Some(n.state.label().to_string()),
    );
    field("owner", o.owner.clone(), n.owner.clone());
    field("segment", o.segment.clone(), n.segment.clone());
    field("scope", o.scope.clone(), n.scope.clone());
    field("description", o.description.clone(), n.description.clone());
    field("goal", o.goal.clone(), n.goal.clone());
    let markets = |j: &Journey| (!j.markets.is_empty()).then(|| j.markets.join(", "));
    field("markets", markets(o), markets(n));
    field(
        "review cadence",
        Some(format!("{} days", o.review_every_days)),
        Some(format!("{} days", n.review_every_days)),
    );
    if o.reviewed != n.reviewed {
        out.push(Change::Reviewed {
            from: o.reviewed,
            to: n.reviewed,
        });
    }
}

/// Personas that joined the map (named from the newer site) or left it (from the older).
fn persona_list(old_site: &Site, new_site: &Site, o: &Journey, n: &Journey, out: &mut Vec<Change>) {
    for p in n.personas.iter().filter(|p| !o.personas.contains(p)) {
        out.push(Change::PersonaListed {
            persona: persona_name(new_site, p),
            added: true,
        });
    }
    for p in o.personas.iter().filter(|p| !n.personas.contains(p)) {
        out.push(Change::PersonaListed {
            persona: persona_name(old_site, p),
            added: false,
        });
    }
}

/// The stages of `stages` whose id is also in `other`, in their order.
fn kept<'a>(stages: &'a [Stage], other: &[Stage]) -> Vec<&'a Stage> {
    stages
        .iter()
        .filter(|s| other.iter().any(|x| x.id == s.id))
        .collect()
}

/// Stages added, removed, renamed and reordered, matched by id; gives the stages in both
/// journeys as (old, new) pairs, in the newer order.
fn stage_list<'a>(
    o: &'a Journey,
    n: &'a Journey,
    out: &mut Vec<Change>,
) -> Vec<(&'a Stage, &'a Stage)> {
    for (i, s) in n.stages.iter().enumerate() {
        if !o.stages.iter().any(|x| x.id == s.id) {
            out.push(Change::StageAdded {
                stage: s.name.clone(),
                position: i + 1,
                of: n.stages.len(),
            });
        }
    }
    for s in o
        .stages
        .iter()
        .filter(|s| !n.stages.iter().any(|x| x.id == s.id))
    {
        out.push(Change::StageRemoved {
            stage: s.name.clone(),
        });
    }
    let kept_old = kept(&o.stages, &n.stages);
    let kept_new = kept(&n.stages, &o.stages);
    for s in &kept_new {
        if let Some(old) = kept_old.iter().find(|x| x.id == s.id)
            && old.name != s.name
        {
            out.push(Change::StageRenamed {
                from: old.name.clone(),
                to: s.name.clone(),
            });
        }
    }
    // Only the stages in both count: an added or removed stage is no new order.
    if kept_old
        .iter()
        .map(|s| &s.id)
        .ne(kept_new.iter().map(|s| &s.id))
    {
        out.push(Change::StagesReordered {
            from: o.stages.iter().map(|s| s.name.clone()).collect(),
            to: n.stages.iter().map(|s| s.name.clone()).collect(),
        });
    }
    kept_new
        .into_iter()
        .filter_map(|s| kept_old.iter().find(|x| x.id == s.id).map(|old| (*old, s)))
        .collect()
}

/// The journey's fields without a change of their own, a new order of the same personas,
/// and an edited narrative.
fn other_fields(o: &Journey, n: &Journey, out: &mut Vec<Change>) {
    push_fields(
        out,
        None,
        ("journey", &n.title),
        (o, n),
        &[
            "id",
            "title",
            "state",
            "owner",
            "segment",
            "scope",
            "description",
            "goal",
            "review_every_days",
            "reviewed",
            "personas",
            "stages",
            "narrative",
            "views",
            "source",
        ],
    );
    if o.personas != n.personas
        && o.personas.iter().all(|p| n.personas.contains(p))
        && n.personas.iter().all(|p| o.personas.contains(p))
    {
        out.push(Change::Fields {
            stage: None,
            item: "journey".into(),
            text: n.title.clone(),
            fields: vec!["personas (order)".into()],
        });
    }
    if o.narrative.trim() != n.narrative.trim() {
        out.push(Change::Narrative);
    }
}
