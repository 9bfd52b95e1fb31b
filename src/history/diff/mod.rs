//! The semantic difference between two resolved sites: what changed in the maps, not in
//! the text. Plain data; [`super::text`] turns it into sentences, Markdown and JSON.
//!
//! The parts are compared in their own modules: journeys (their fields, personas and
//! stages), the content of each stage kept, personas and content assets; the site settings
//! in [`super::settings`].

mod asset;
mod journey;
mod persona;
mod stage;
pub(crate) mod view;

pub use view::{ViewChange, sentence as view_sentence};

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::settings::{SettingsChange, settings_change};
use crate::model::{AssetStatus, Journey, Level, OpportunityStatus, Severity, Site, Stage};

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
    /// An opportunity's `value` or `effort` changed (`None`: not scored).
    OpportunityScore {
        /// Stage name.
        stage: String,
        /// What to do.
        text: String,
        /// `value` or `effort`.
        field: String,
        /// Old level.
        from: Option<Level>,
        /// New level.
        to: Option<Level>,
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
    /// A named view of the map was added, removed or changed (its own views and its
    /// overrides of site views; the site's views are in the settings).
    View {
        /// What happened to it.
        view: ViewChange,
    },
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
    SiteDiff {
        settings: settings_change(&old.config, &new.config),
        journeys: journey::journey_diffs(old, new),
        personas: persona::persona_changes(old, new),
        assets: asset::asset_changes(old, new),
    }
}

/// What journey `new` changes against journey `old`, both of `site`: the same changes,
/// in the same order, as between two revisions of one map, so that a to-be map compared
/// with its as-is baseline speaks the history's sentences ([`super::text::sentence`]).
pub fn journey_pair(site: &Site, old: &Journey, new: &Journey) -> Vec<Change> {
    journey::journey_changes(site, site, old, new)
}

/// What stage `new` changes against stage `old` (both of `site`, matched by the caller):
/// touchpoints, pain points, opportunities, emotions, the other lanes and fields, in lane
/// order. A stage in one map only is compared with [`empty_stage`].
pub fn stage_pair(site: &Site, old: &Stage, new: &Stage) -> Vec<Change> {
    let mut out = Vec::new();
    stage::stage_changes(site, site, old, new, &mut out);
    out
}

/// `stage` with every lane and its goal empty: what an added stage is compared with (all
/// its items are added) and a removed one against (all are removed).
pub fn empty_stage(stage: &Stage) -> Stage {
    Stage {
        id: stage.id.clone(),
        name: stage.name.clone(),
        goal: None,
        actions: Vec::new(),
        questions: Vec::new(),
        emotions: Vec::new(),
        touchpoints: Vec::new(),
        pain_points: Vec::new(),
        decision_moments: Vec::new(),
        handoffs: Vec::new(),
        opportunities: Vec::new(),
        metrics: Vec::new(),
        source: stage.source.clone(),
    }
}

/// The name of persona `id` in `site`; the id when the site has no such persona.
fn persona_name(site: &Site, id: &str) -> String {
    site.persona(id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// The title of asset `id` in `site`; the id when the site has no such asset.
fn asset_title(site: &Site, id: &str) -> String {
    site.asset(id)
        .map_or_else(|| id.to_string(), |a| a.title.clone())
}
