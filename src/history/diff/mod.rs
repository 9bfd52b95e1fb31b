//! The semantic difference between two resolved sites: what changed in the maps, not in
//! the text. Plain data; [`super::text`] turns it into sentences, Markdown and JSON.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::settings::{SettingsChange, settings_change};
use crate::model::{
    Asset, AssetStatus, Journey, OpportunityStatus, Persona, Severity, Site, Stage,
};

/// Everything that changed between two sites.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SiteDiff {
    /// Per journey, in the order of the newer site (removed journeys last).
    pub journeys: Vec<JourneyDiff>,
    /// Personas added, removed or changed.
    pub personas: Vec<PersonaChange>,
    /// Content assets added, removed or changed.
    pub assets: Vec<AssetChange>,
    /// What changed in `waymark.yaml`.
    pub settings: SettingsChange,
}

impl SiteDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.journeys.is_empty()
            && self.personas.is_empty()
            && self.assets.is_empty()
            && self.settings.is_empty()
    }

    /// Number of changes in all.
    pub fn len(&self) -> usize {
        self.journeys.iter().map(|j| j.changes.len()).sum::<usize>()
            + self.personas.len()
            + self.assets.len()
            + self.settings.len()
    }
}

/// The changes to one journey.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyDiff {
    /// Journey id.
    pub id: String,
    /// Title (the newer one when it changed).
    pub title: String,
    /// What happened to the journey as a whole.
    pub status: Lifecycle,
    /// The changes, in stage order.
    pub changes: Vec<Change>,
}

/// Added, removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lifecycle {
    /// New in the newer site.
    Added,
    /// Gone from the newer site.
    Removed,
    /// In both, different.
    Changed,
}

/// One change inside a journey. Stages are named by display name, personas by name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    /// A journey-level field changed (`title`, `owner`, `state`, `goal`, `segment`, `scope`,
    /// `description`).
    Field {
        /// Field name.
        field: String,
        /// Old value.
        from: Option<String>,
        /// New value.
        to: Option<String>,
    },
    /// `reviewed` changed: the map was reviewed again.
    Reviewed {
        /// Old date.
        from: Option<NaiveDate>,
        /// New date.
        to: Option<NaiveDate>,
    },
    /// A persona joined or left the map.
    PersonaListed {
        /// Persona name.
        persona: String,
        /// `true`: joined; `false`: left.
        added: bool,
    },
    /// A stage was added.
    StageAdded {
        /// Name.
        stage: String,
        /// 1-based position in the newer map.
        position: usize,
        /// Number of stages in the newer map.
        of: usize,
    },
    /// A stage was removed.
    StageRemoved {
        /// Name.
        stage: String,
    },
    /// A stage got a new name.
    StageRenamed {
        /// Old name.
        from: String,
        /// New name.
        to: String,
    },
    /// The stages kept are in another order.
    StagesReordered {
        /// Old order (names).
        from: Vec<String>,
        /// New order (names).
        to: Vec<String>,
    },
    /// A touchpoint was added.
    TouchpointAdded {
        /// Stage name.
        stage: String,
        /// Touchpoint name.
        name: String,
        /// Channel.
        channel: Option<String>,
        /// Owning team.
        owner: Option<String>,
    },
    /// A touchpoint was removed.
    TouchpointRemoved {
        /// Stage name.
        stage: String,
        /// Touchpoint name.
        name: String,
    },
    /// A touchpoint's owner changed.
    TouchpointOwner {
        /// Stage name.
        stage: String,
        /// Touchpoint name.
        name: String,
        /// Old owner.
        from: Option<String>,
        /// New owner.
        to: Option<String>,
    },
    /// A touchpoint's channel changed.
    TouchpointChannel {
        /// Stage name.
        stage: String,
        /// Touchpoint name.
        name: String,
        /// Old channel.
        from: Option<String>,
        /// New channel.
        to: Option<String>,
    },
    /// Content assets were linked to or unlinked from a touchpoint.
    TouchpointAssets {
        /// Stage name.
        stage: String,
        /// Touchpoint name.
        name: String,
        /// Asset titles linked.
        added: Vec<String>,
        /// Asset titles unlinked.
        removed: Vec<String>,
    },
    /// A pain point was added.
    PainPointAdded {
        /// Stage name.
        stage: String,
        /// What goes wrong.
        text: String,
        /// Severity.
        severity: Option<Severity>,
        /// Owning team.
        owner: Option<String>,
    },
    /// A pain point is gone (resolved, or taken off the map).
    PainPointResolved {
        /// Stage name.
        stage: String,
        /// What went wrong.
        text: String,
    },
    /// A pain point's severity changed.
    PainPointSeverity {
        /// Stage name.
        stage: String,
        /// What goes wrong.
        text: String,
        /// Old severity.
        from: Option<Severity>,
        /// New severity.
        to: Option<Severity>,
    },
    /// A pain point's owner changed (issue: a change of owner went unreported).
    PainPointOwner {
        /// Stage name.
        stage: String,
        /// What goes wrong.
        text: String,
        /// Old owner.
        from: Option<String>,
        /// New owner.
        to: Option<String>,
    },
    /// An opportunity was added.
    OpportunityAdded {
        /// Stage name.
        stage: String,
        /// What to do.
        text: String,
        /// Status.
        status: OpportunityStatus,
        /// Owner.
        owner: Option<String>,
        /// Due date.
        due: Option<NaiveDate>,
    },
    /// An opportunity was removed.
    OpportunityRemoved {
        /// Stage name.
        stage: String,
        /// What it was.
        text: String,
    },
    /// An opportunity's status changed.
    OpportunityStatus {
        /// Stage name.
        stage: String,
        /// What to do.
        text: String,
        /// Old status.
        from: OpportunityStatus,
        /// New status.
        to: OpportunityStatus,
    },
    /// An opportunity's owner changed.
    OpportunityOwner {
        /// Stage name.
        stage: String,
        /// What to do.
        text: String,
        /// Old owner.
        from: Option<String>,
        /// New owner.
        to: Option<String>,
    },
    /// An opportunity's due date changed.
    OpportunityDue {
        /// Stage name.
        stage: String,
        /// What to do.
        text: String,
        /// Old date.
        from: Option<NaiveDate>,
        /// New date.
        to: Option<NaiveDate>,
    },
    /// How a persona feels at a stage changed (−2..2; `None`: not recorded).
    Emotion {
        /// Stage name.
        stage: String,
        /// Persona name.
        persona: String,
        /// Old score.
        from: Option<i8>,
        /// New score.
        to: Option<i8>,
    },
    /// How a persona feels at one action (its step-level `emotion`, −2..2; `None`: not
    /// recorded) changed. The action is matched by persona and text; one added or removed
    /// is a [`Change::Lane`] change.
    StepEmotion {
        /// Stage name.
        stage: String,
        /// Persona name ("All roles" for a whole-group action).
        persona: String,
        /// The action's text.
        action: String,
        /// Old score.
        from: Option<i8>,
        /// New score.
        to: Option<i8>,
    },
    /// Items of another lane were added or removed (actions, questions, decision moments,
    /// hand-offs, metrics).
    Lane {
        /// Stage name.
        stage: String,
        /// Lane name, plural (`actions`).
        lane: String,
        /// Texts added.
        added: Vec<String>,
        /// Texts removed.
        removed: Vec<String>,
    },
    /// Fields of an item changed that have no change of their own above (evidence and its
    /// confidence, a stage's goal, an action's or a question's persona, a touchpoint's
    /// personas, a hand-off's teams, a journey's baseline, …). Found by comparing every
    /// serialised field of the model item, so a field added to the model later is reported
    /// here without more code.
    Fields {
        /// Stage name; `None` for the journey itself.
        stage: Option<String>,
        /// What the item is: `journey`, `stage`, `action`, `question`, `touchpoint`,
        /// `pain point`, `decision moment`, `hand-off`, `opportunity`, `metric`.
        item: String,
        /// The item's text or name (the journey's title, the stage's name).
        text: String,
        /// The fields that changed, by their name in the model (`_` as a space).
        fields: Vec<String>,
    },
    /// The Markdown narrative was edited.
    Narrative,
}

/// The top-level fields of `a` and `b` (model items, compared as their JSON form) that
/// differ, by name with `_` as a space, in name order; `skip` lists fields that have a
/// change of their own or that the user does not write (`source`, the file location).
pub fn other_fields<T: Serialize>(a: &T, b: &T, skip: &[&str]) -> Vec<String> {
    use serde_json::Value;
    let (Ok(Value::Object(a)), Ok(Value::Object(b))) =
        (serde_json::to_value(a), serde_json::to_value(b))
    else {
        return Vec::new();
    };
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter(|k| !skip.contains(&k.as_str()) && a.get(*k) != b.get(*k))
        .map(|k| k.replace('_', " "))
        .collect()
}

/// Pushes a [`Change::Fields`] for `item` when [`other_fields`] finds any.
fn push_fields<T: Serialize>(
    out: &mut Vec<Change>,
    stage: Option<&str>,
    (item, text): (&str, &str),
    (a, b): (&T, &T),
    skip: &[&str],
) {
    let fields = other_fields(a, b, skip);
    if !fields.is_empty() {
        out.push(Change::Fields {
            stage: stage.map(str::to_string),
            item: item.to_string(),
            text: text.to_string(),
            fields,
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

/// A persona added, removed or changed.
#[derive(Debug, Clone, Serialize)]
pub struct PersonaChange {
    /// Persona id.
    pub id: String,
    /// Name.
    pub name: String,
    /// What happened.
    pub status: Lifecycle,
    /// For a changed persona: the fields that changed (`goals`, `needs`, `narrative`, …).
    pub fields: Vec<String>,
}

/// A content asset added, removed or changed.
#[derive(Debug, Clone, Serialize)]
pub struct AssetChange {
    /// Asset id.
    pub id: String,
    /// Title.
    pub title: String,
    /// What happened.
    pub status: Lifecycle,
    /// Status change (old, new).
    pub status_change: Option<(AssetStatus, AssetStatus)>,
    /// Approval date change (old, new).
    pub approved: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
    /// Approval expiry change (old, new).
    pub expires: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
    /// Material code change (old, new).
    pub code: Option<(Option<String>, Option<String>)>,
    /// Version change (old, new).
    pub version: Option<(Option<String>, Option<String>)>,
    /// Markets change: (added, removed) codes of the resolved markets.
    pub markets: Option<(Vec<String>, Vec<String>)>,
    /// Other fields that changed.
    pub fields: Vec<String>,
}

/// What changed from `old` to `new`.
pub fn diff(old: &Site, new: &Site) -> SiteDiff {
    let mut out = SiteDiff {
        settings: settings_change(&old.config, &new.config),
        ..SiteDiff::default()
    };
    for j in &new.journeys {
        match old.journey(&j.id) {
            None => out.journeys.push(JourneyDiff {
                id: j.id.clone(),
                title: j.title.clone(),
                status: Lifecycle::Added,
                changes: Vec::new(),
            }),
            Some(o) => {
                let changes = journey_changes(old, new, o, j);
                if !changes.is_empty() {
                    out.journeys.push(JourneyDiff {
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
        out.journeys.push(JourneyDiff {
            id: o.id.clone(),
            title: o.title.clone(),
            status: Lifecycle::Removed,
            changes: Vec::new(),
        });
    }
    for p in &new.personas {
        match old.persona(&p.id) {
            None => out.personas.push(PersonaChange {
                id: p.id.clone(),
                name: p.name.clone(),
                status: Lifecycle::Added,
                fields: Vec::new(),
            }),
            Some(o) => {
                let fields = persona_fields(o, p);
                if !fields.is_empty() {
                    out.personas.push(PersonaChange {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        status: Lifecycle::Changed,
                        fields,
                    });
                }
            }
        }
    }
    for o in old.personas.iter().filter(|o| new.persona(&o.id).is_none()) {
        out.personas.push(PersonaChange {
            id: o.id.clone(),
            name: o.name.clone(),
            status: Lifecycle::Removed,
            fields: Vec::new(),
        });
    }
    for a in &new.assets {
        match old.asset(&a.id) {
            None => out.assets.push(AssetChange {
                id: a.id.clone(),
                title: a.title.clone(),
                status: Lifecycle::Added,
                status_change: None,
                approved: None,
                expires: None,
                code: None,
                version: None,
                markets: None,
                fields: Vec::new(),
            }),
            Some(o) => {
                if let Some(c) = asset_change(o, a) {
                    out.assets.push(c);
                }
            }
        }
    }
    for o in old.assets.iter().filter(|o| new.asset(&o.id).is_none()) {
        out.assets.push(AssetChange {
            id: o.id.clone(),
            title: o.title.clone(),
            status: Lifecycle::Removed,
            status_change: None,
            approved: None,
            expires: None,
            code: None,
            version: None,
            markets: None,
            fields: Vec::new(),
        });
    }
    out
}

fn persona_name(site: &Site, id: &str) -> String {
    site.persona(id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}

fn asset_title(site: &Site, id: &str) -> String {
    site.asset(id)
        .map_or_else(|| id.to_string(), |a| a.title.clone())
}

/// Changed step-level emotions of the actions found (by persona and text) in both stages.
fn step_emotions(
    site: &Site,
    o: &crate::model::Stage,
    n: &crate::model::Stage,
    stage: &str,
    out: &mut Vec<Change>,
) {
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

fn journey_changes(old_site: &Site, new_site: &Site, o: &Journey, n: &Journey) -> Vec<Change> {
    let mut out = Vec::new();
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

    // Stages: matched by id.
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
    let kept_old: Vec<&Stage> = o
        .stages
        .iter()
        .filter(|s| n.stages.iter().any(|x| x.id == s.id))
        .collect();
    let kept_new: Vec<&Stage> = n
        .stages
        .iter()
        .filter(|s| o.stages.iter().any(|x| x.id == s.id))
        .collect();
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
    for s in &kept_new {
        if let Some(old) = kept_old.iter().find(|x| x.id == s.id) {
            stage_changes(old_site, new_site, old, s, &mut out);
        }
    }
    // Content of added stages counts as part of the new stage; of removed ones, as gone.
    push_fields(
        &mut out,
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
    out
}

fn stage_changes(old_site: &Site, new_site: &Site, o: &Stage, n: &Stage, out: &mut Vec<Change>) {
    let stage = n.name.clone();
    // Touchpoints by name.
    for t in &n.touchpoints {
        match o.touchpoints.iter().find(|x| x.name == t.name) {
            None => out.push(Change::TouchpointAdded {
                stage: stage.clone(),
                name: t.name.clone(),
                channel: t.channel.clone(),
                owner: t.owner.clone(),
            }),
            Some(ot) => {
                if ot.owner != t.owner {
                    out.push(Change::TouchpointOwner {
                        stage: stage.clone(),
                        name: t.name.clone(),
                        from: ot.owner.clone(),
                        to: t.owner.clone(),
                    });
                }
                if ot.channel != t.channel {
                    out.push(Change::TouchpointChannel {
                        stage: stage.clone(),
                        name: t.name.clone(),
                        from: ot.channel.clone(),
                        to: t.channel.clone(),
                    });
                }
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
                        stage: stage.clone(),
                        name: t.name.clone(),
                        added,
                        removed,
                    });
                }
            }
        }
    }
    for t in o
        .touchpoints
        .iter()
        .filter(|t| !n.touchpoints.iter().any(|x| x.name == t.name))
    {
        out.push(Change::TouchpointRemoved {
            stage: stage.clone(),
            name: t.name.clone(),
        });
    }
    // Pain points by text.
    for p in &n.pain_points {
        match o.pain_points.iter().find(|x| x.text == p.text) {
            None => out.push(Change::PainPointAdded {
                stage: stage.clone(),
                text: p.text.clone(),
                severity: p.severity,
                owner: p.owner.clone(),
            }),
            Some(op) => {
                if op.severity != p.severity {
                    out.push(Change::PainPointSeverity {
                        stage: stage.clone(),
                        text: p.text.clone(),
                        from: op.severity,
                        to: p.severity,
                    });
                }
                if op.owner != p.owner {
                    out.push(Change::PainPointOwner {
                        stage: stage.clone(),
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
            stage: stage.clone(),
            text: p.text.clone(),
        });
    }
    // Opportunities by text.
    for p in &n.opportunities {
        match o.opportunities.iter().find(|x| x.text == p.text) {
            None => out.push(Change::OpportunityAdded {
                stage: stage.clone(),
                text: p.text.clone(),
                status: p.status,
                owner: p.owner.clone(),
                due: p.due,
            }),
            Some(op) => {
                if op.status != p.status {
                    out.push(Change::OpportunityStatus {
                        stage: stage.clone(),
                        text: p.text.clone(),
                        from: op.status,
                        to: p.status,
                    });
                }
                if op.owner != p.owner {
                    out.push(Change::OpportunityOwner {
                        stage: stage.clone(),
                        text: p.text.clone(),
                        from: op.owner.clone(),
                        to: p.owner.clone(),
                    });
                }
                if op.due != p.due {
                    out.push(Change::OpportunityDue {
                        stage: stage.clone(),
                        text: p.text.clone(),
                        from: op.due,
                        to: p.due,
                    });
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
            stage: stage.clone(),
            text: p.text.clone(),
        });
    }
    // Emotions per persona.
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
                stage: stage.clone(),
                persona: persona_name(new_site, p),
                from: a,
                to: b,
            });
        }
    }
    step_emotions(new_site, o, n, &stage, out);
    // The other lanes, by text.
    let mut lane = |name: &str, a: Vec<String>, b: Vec<String>| {
        let added: Vec<String> = b.iter().filter(|x| !a.contains(x)).cloned().collect();
        let removed: Vec<String> = a.iter().filter(|x| !b.contains(x)).cloned().collect();
        if !added.is_empty() || !removed.is_empty() {
            out.push(Change::Lane {
                stage: stage.clone(),
                lane: name.to_string(),
                added,
                removed,
            });
        }
    };
    lane(
        "actions",
        o.actions.iter().map(|x| x.text.clone()).collect(),
        n.actions.iter().map(|x| x.text.clone()).collect(),
    );
    lane(
        "questions",
        o.questions.iter().map(|x| x.text.clone()).collect(),
        n.questions.iter().map(|x| x.text.clone()).collect(),
    );
    lane(
        "decision moments",
        o.decision_moments.iter().map(|x| x.text.clone()).collect(),
        n.decision_moments.iter().map(|x| x.text.clone()).collect(),
    );
    lane(
        "hand-offs",
        o.handoffs.iter().map(|x| x.text.clone()).collect(),
        n.handoffs.iter().map(|x| x.text.clone()).collect(),
    );
    let metric = |m: &crate::model::Metric| {
        format!(
            "{} (target {}, now {})",
            m.name,
            m.target.as_deref().unwrap_or("—"),
            m.current.as_deref().unwrap_or("—")
        )
    };
    lane(
        "metrics",
        o.metrics.iter().map(metric).collect(),
        n.metrics.iter().map(metric).collect(),
    );
    item_fields(o, n, &stage, out);
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
fn dedup_by_text(items: &[crate::model::PersonaText]) -> Vec<&crate::model::PersonaText> {
    let mut seen = BTreeSet::new();
    items
        .iter()
        .filter(|a| seen.insert(a.text.as_str()))
        .collect()
}

fn persona_fields(o: &Persona, n: &Persona) -> Vec<String> {
    let mut f = Vec::new();
    let mut check = |name: &str, same: bool| {
        if !same {
            f.push(name.to_string());
        }
    };
    check("name", o.name == n.name);
    check("role", o.role == n.role);
    check("kind", o.kind == n.kind);
    check("buying role", o.buying_role == n.buying_role);
    check("goals", o.goals == n.goals);
    check("needs", o.needs == n.needs);
    check("questions", o.questions == n.questions);
    check("blockers", o.blockers == n.blockers);
    check("channels", o.channels == n.channels);
    check("quote", o.quote == n.quote);
    check("narrative", o.narrative.trim() == n.narrative.trim());
    f.extend(other_fields(
        o,
        n,
        &[
            "id",
            "name",
            "role",
            "kind",
            "buying_role",
            "goals",
            "needs",
            "questions",
            "blockers",
            "channels",
            "quote",
            "narrative",
            "source",
        ],
    ));
    f
}

fn asset_change(o: &Asset, n: &Asset) -> Option<AssetChange> {
    let approved = |a: &Asset| a.review.as_ref().and_then(|r| r.approved);
    let expires = |a: &Asset| a.review.as_ref().and_then(|r| r.expires);
    let mut fields = Vec::new();
    let mut check = |name: &str, same: bool| {
        if !same {
            fields.push(name.to_string());
        }
    };
    check("title", o.title == n.title);
    check("format", o.format == n.format);
    check("channel", o.channel == n.channel);
    check("stages", o.stages == n.stages);
    check("personas", o.personas == n.personas);
    check("journeys", o.journeys == n.journeys);
    check("owner", o.owner == n.owner);
    check(
        "reviewers",
        o.review.as_ref().and_then(|r| r.by.clone())
            == n.review.as_ref().and_then(|r| r.by.clone()),
    );
    check("url", o.url == n.url);
    let (mut ro, mut rn) = (o.clone(), n.clone());
    // The review's dates have changes of their own; `by` is `reviewers` above.
    ro.review = None;
    rn.review = None;
    fields.extend(other_fields(
        &ro,
        &rn,
        &[
            "id", "title", "format", "channel", "stages", "personas", "journeys", "owner",
            "status", "url", "source", "code", "version", "markets",
        ],
    ));
    let added: Vec<String> = n
        .mlr
        .markets
        .iter()
        .filter(|m| !o.mlr.markets.contains(m))
        .cloned()
        .collect();
    let removed: Vec<String> = o
        .mlr
        .markets
        .iter()
        .filter(|m| !n.mlr.markets.contains(m))
        .cloned()
        .collect();
    let c = AssetChange {
        id: n.id.clone(),
        title: n.title.clone(),
        status: Lifecycle::Changed,
        status_change: (o.status != n.status).then_some((o.status, n.status)),
        approved: (approved(o) != approved(n)).then_some((approved(o), approved(n))),
        expires: (expires(o) != expires(n)).then_some((expires(o), expires(n))),
        code: (o.mlr.code != n.mlr.code).then(|| (o.mlr.code.clone(), n.mlr.code.clone())),
        version: (o.mlr.version != n.mlr.version)
            .then(|| (o.mlr.version.clone(), n.mlr.version.clone())),
        markets: (!added.is_empty() || !removed.is_empty()).then_some((added, removed)),
        fields,
    };
    (c.status_change.is_some()
        || c.approved.is_some()
        || c.expires.is_some()
        || c.code.is_some()
        || c.version.is_some()
        || c.markets.is_some()
        || !c.fields.is_empty())
    .then_some(c)
}
