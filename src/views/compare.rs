//! As-is ↔ to-be: a to-be map against the as-is map it names as its `baseline`, stage by
//! stage (matched by stage id). The changes are the history's ([`crate::history::diff`]),
//! so a comparison and a revision say the same things in the same sentences; the emotion
//! deltas and the metric pairs are the comparison's own.

use serde::Serialize;

use super::plan::PersonaRef;
use crate::history::diff::{self, Change};
use crate::history::text;
use crate::model::{Journey, Site, Stage};

/// A to-be map against its baseline.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The as-is map's id.
    pub baseline: String,
    /// The as-is map's title.
    pub baseline_title: String,
    /// The to-be map's id (the page is `compare/ID.html`).
    pub to_be: String,
    /// The to-be map's title.
    pub to_be_title: String,
    /// The personas of either map: the to-be's in its order, then the baseline's others.
    pub personas: Vec<PersonaRef>,
    /// The stages of either map: the to-be's in its order, each stage only in the
    /// baseline after the baseline stage before it.
    pub stages: Vec<StageComparison>,
}

/// Whether a stage is in both maps or in one only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageStatus {
    /// In both maps.
    Kept,
    /// In the to-be map only.
    Added,
    /// In the baseline only.
    Removed,
}

/// One stage compared.
#[derive(Debug, Clone, Serialize)]
pub struct StageComparison {
    /// Stage id.
    pub id: String,
    /// Display name (the to-be's when in both).
    pub name: String,
    /// In both maps, or in one.
    pub status: StageStatus,
    /// What the to-be adds, removes and changes here (emotions and metrics have their own
    /// lists below), one sentence each.
    pub changes: Vec<ChangeLine>,
    /// How each persona feels here in either map, in [`Comparison::personas`] order.
    pub emotions: Vec<EmotionDelta>,
    /// The metrics of either map, matched by name.
    pub metrics: Vec<MetricPair>,
}

/// What kind of change a line is: the page's badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// Something new in the to-be map.
    Added,
    /// Something the to-be map no longer has.
    Removed,
    /// A pain point of the baseline the to-be map no longer has.
    Resolved,
    /// A pain point the to-be map has and the baseline has not.
    NewPain,
    /// In both, different.
    Changed,
}

/// One change, with the history's sentence for it.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeLine {
    /// Its kind.
    pub effect: Effect,
    /// What changed, as data.
    pub change: Change,
    /// The sentence ([`text::sentence`]).
    pub sentence: String,
}

impl Effect {
    /// The message key of its tag (`compare-effect-added`, …) in `i18n/LANG.ftl`.
    pub fn message_key(self) -> &'static str {
        match self {
            Effect::Added => "compare-effect-added",
            Effect::Removed => "compare-effect-removed",
            Effect::Resolved => "compare-effect-resolved",
            Effect::NewPain => "compare-effect-new-pain",
            Effect::Changed => "compare-effect-changed",
        }
    }
}

impl ChangeLine {
    /// Whether a deck lists it: changes to touchpoints, pain points, decision moments,
    /// hand-offs and opportunities; actions, questions and other fields are left to the
    /// page, so that a slide shows what a steering committee asks about.
    pub fn in_deck(&self) -> bool {
        match &self.change {
            Change::Fields { .. } => false,
            Change::Lane { lane, .. } => lane != "actions" && lane != "questions",
            _ => true,
        }
    }
}

/// How one persona feels at one stage, as-is and to-be (−2..2; `None`: not recorded).
#[derive(Debug, Clone, Serialize)]
pub struct EmotionDelta {
    /// The persona.
    pub persona: PersonaRef,
    /// In the baseline.
    pub baseline: Option<i8>,
    /// In the to-be map.
    pub to_be: Option<i8>,
    /// `to_be − baseline` when both are recorded.
    pub delta: Option<i8>,
}

/// One metric of a stage, as-is and to-be.
#[derive(Debug, Clone, Serialize)]
pub struct MetricPair {
    /// What is measured.
    pub name: String,
    /// The baseline's `current`: where the as-is stands.
    pub baseline_current: Option<String>,
    /// The baseline's `target`.
    pub baseline_target: Option<String>,
    /// The to-be's `target`: where it means to get.
    pub to_be_target: Option<String>,
    /// The to-be's `current`.
    pub to_be_current: Option<String>,
    /// Whether the to-be map has the metric (else the baseline only).
    pub in_to_be: bool,
    /// Whether the baseline has it.
    pub in_baseline: bool,
}

/// Every to-be map with a baseline that is in the site, in journey order.
pub fn comparisons(site: &Site) -> Vec<Comparison> {
    site.journeys
        .iter()
        .filter_map(|j| comparison_of(site, j))
        .collect()
}

/// The comparison of `to_be` with its baseline; `None` when it names none or one that
/// is not in the site.
pub fn comparison_of(site: &Site, to_be: &Journey) -> Option<Comparison> {
    let base = site.journey(to_be.baseline.as_deref()?)?;
    Some(compare(site, base, to_be))
}

/// `to_be` against `base`.
pub fn compare(site: &Site, base: &Journey, to_be: &Journey) -> Comparison {
    let mut ids: Vec<&String> = to_be.personas.iter().collect();
    ids.extend(base.personas.iter().filter(|p| !to_be.personas.contains(p)));
    let personas: Vec<PersonaRef> = ids.iter().map(|p| PersonaRef::of(site, p)).collect();
    let stages = stage_pairs(base, to_be)
        .into_iter()
        .map(|pair| stage_comparison(site, &personas, pair))
        .collect();
    Comparison {
        baseline: base.id.clone(),
        baseline_title: base.title.clone(),
        to_be: to_be.id.clone(),
        to_be_title: to_be.title.clone(),
        personas,
        stages,
    }
}

/// A stage of the baseline, of the to-be map, or of both.
type Pair<'a> = (Option<&'a Stage>, Option<&'a Stage>);

/// The stages matched by id, in the to-be order; a baseline-only stage comes right after
/// the baseline stage before it (or first).
fn stage_pairs<'a>(base: &'a Journey, to_be: &'a Journey) -> Vec<Pair<'a>> {
    let in_to_be = |s: &Stage| to_be.stages.iter().any(|x| x.id == s.id);
    let mut out: Vec<Pair> = Vec::new();
    let mut next_base = 0;
    // Emits baseline-only stages up to (not including) position `upto`.
    let flush = |out: &mut Vec<Pair<'a>>, next: &mut usize, upto: usize| {
        while *next < upto {
            let s = &base.stages[*next];
            if !in_to_be(s) {
                out.push((Some(s), None));
            }
            *next += 1;
        }
    };
    for s in &to_be.stages {
        match base.stages.iter().position(|b| b.id == s.id) {
            Some(i) => {
                flush(&mut out, &mut next_base, i);
                next_base = next_base.max(i + 1);
                out.push((Some(&base.stages[i]), Some(s)));
                // The baseline-only stages right after it follow it here too.
                while next_base < base.stages.len() && !in_to_be(&base.stages[next_base]) {
                    out.push((Some(&base.stages[next_base]), None));
                    next_base += 1;
                }
            }
            None => out.push((None, Some(s))),
        }
    }
    flush(&mut out, &mut next_base, base.stages.len());
    out
}

fn stage_comparison(site: &Site, personas: &[PersonaRef], pair: Pair) -> StageComparison {
    let (status, changes, any) = match pair {
        (Some(b), Some(t)) => (StageStatus::Kept, diff::stage_pair(site, b, t), t),
        (None, Some(t)) => (
            StageStatus::Added,
            diff::stage_pair(site, &diff::empty_stage(t), t),
            t,
        ),
        (Some(b), _) => (
            StageStatus::Removed,
            diff::stage_pair(site, b, &diff::empty_stage(b)),
            b,
        ),
        // `stage_pairs` never pairs nothing with nothing; an empty comparison if it did.
        (None, None) => {
            return StageComparison {
                id: String::new(),
                name: String::new(),
                status: StageStatus::Kept,
                changes: Vec::new(),
                emotions: Vec::new(),
                metrics: Vec::new(),
            };
        }
    };
    let (base, to_be) = pair;
    let emotions = personas
        .iter()
        .map(|p| {
            let b = base.and_then(|s| s.emotion_of(&p.id));
            let t = to_be.and_then(|s| s.emotion_of(&p.id));
            EmotionDelta {
                persona: p.clone(),
                baseline: b,
                to_be: t,
                delta: b.zip(t).map(|(b, t)| t - b),
            }
        })
        .collect();
    StageComparison {
        id: any.id.clone(),
        name: any.name.clone(),
        status,
        changes: lines(changes),
        emotions,
        metrics: metric_pairs(base, to_be),
    }
}

/// The changes as lines, without those that the chart and the metric table show; a lane
/// change with both additions and removals becomes two lines, so each has one effect.
fn lines(changes: Vec<Change>) -> Vec<ChangeLine> {
    let mut out = Vec::new();
    for c in changes {
        match c {
            Change::Emotion { .. } | Change::StepEmotion { .. } => {}
            Change::Lane { ref lane, .. } if lane == "metrics" => {}
            Change::Fields { ref item, .. } if item == "metric" => {}
            Change::Lane {
                stage,
                lane,
                added,
                removed,
            } => {
                for (effect, added, removed) in [
                    (Effect::Added, added, Vec::new()),
                    (Effect::Removed, Vec::new(), removed),
                ] {
                    if !added.is_empty() || !removed.is_empty() {
                        let change = Change::Lane {
                            stage: stage.clone(),
                            lane: lane.clone(),
                            added,
                            removed,
                        };
                        out.push(line(effect, change));
                    }
                }
            }
            c => out.push(line(effect(&c), c)),
        }
    }
    out
}

fn line(effect: Effect, change: Change) -> ChangeLine {
    ChangeLine {
        effect,
        sentence: text::sentence(&change),
        change,
    }
}

fn effect(c: &Change) -> Effect {
    match c {
        Change::TouchpointAdded { .. } | Change::OpportunityAdded { .. } => Effect::Added,
        Change::TouchpointRemoved { .. } | Change::OpportunityRemoved { .. } => Effect::Removed,
        Change::PainPointAdded { .. } => Effect::NewPain,
        Change::PainPointResolved { .. } => Effect::Resolved,
        _ => Effect::Changed,
    }
}

/// The metrics of both stages matched by name: the to-be's in its order, then the
/// baseline's others.
fn metric_pairs(base: Option<&Stage>, to_be: Option<&Stage>) -> Vec<MetricPair> {
    let none: &[crate::model::Metric] = &[];
    let bm = base.map_or(none, |s| &s.metrics);
    let tm = to_be.map_or(none, |s| &s.metrics);
    let mut out: Vec<MetricPair> = tm
        .iter()
        .map(|t| {
            let b = bm.iter().find(|b| b.name == t.name);
            MetricPair {
                name: t.name.clone(),
                baseline_current: b.and_then(|b| b.current.clone()),
                baseline_target: b.and_then(|b| b.target.clone()),
                to_be_target: t.target.clone(),
                to_be_current: t.current.clone(),
                in_to_be: true,
                in_baseline: b.is_some(),
            }
        })
        .collect();
    out.extend(
        bm.iter()
            .filter(|b| !tm.iter().any(|t| t.name == b.name))
            .map(|b| MetricPair {
                name: b.name.clone(),
                baseline_current: b.current.clone(),
                baseline_target: b.target.clone(),
                to_be_target: None,
                to_be_current: None,
                in_to_be: false,
                in_baseline: true,
            }),
    );
    out
}
