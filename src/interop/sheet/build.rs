//! Building the journey from the good rows: stages in the order of their first row, items
//! in their lanes, and each persona's emotion per stage as the average of its rows.

use std::path::Path;

use super::evidence;
use super::row::Item;
use crate::interop::book::TargetSite;
use crate::interop::draft::{DraftJourney, DraftOwned, DraftStage, DraftText, DraftTouchpoint};
use crate::interop::slug::slugify;

/// The journey a sheet's good rows build, stage by stage.
pub(super) struct JourneyBuilder {
    journey: DraftJourney,
    /// The stages' names as first written (a row's stage is matched ignoring case).
    stage_names: Vec<String>,
    /// Per stage: each persona's sum of emotion scores and their number.
    emotion_sums: Vec<Vec<(String, f64, u32)>>,
}

impl JourneyBuilder {
    /// An empty journey for the sheet at `path`: its id and title from `id` and `title`,
    /// or from the file name.
    pub(super) fn new(
        path: &Path,
        title: Option<&str>,
        id: Option<&str>,
        site: &TargetSite,
    ) -> JourneyBuilder {
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
        let journey = DraftJourney {
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
        JourneyBuilder {
            journey,
            stage_names: Vec::new(),
            emotion_sums: Vec::new(),
        }
    }

    /// The index of the stage named `name`, added at the end when it is new.
    fn stage_index(&mut self, name: &str, site: &TargetSite) -> usize {
        if let Some(i) = self
            .stage_names
            .iter()
            .position(|s| s.eq_ignore_ascii_case(name))
        {
            return i;
        }
        let taken: Vec<String> = self.journey.stages.iter().map(|s| s.id.clone()).collect();
        let sid = site.stage_id(name, &taken);
        self.journey.stages.push(DraftStage {
            id: sid,
            name: Some(name.to_string()),
            ..Default::default()
        });
        self.stage_names.push(name.to_string());
        self.emotion_sums.push(Vec::new());
        self.journey.stages.len() - 1
    }

    /// Adds a checked row to its stage and lane; its persona joins the journey.
    pub(super) fn add(&mut self, item: Item, site: &mut TargetSite) {
        let idx = self.stage_index(&item.stage, site);
        let persona = (!item.persona.is_empty()).then(|| site.personas.resolve(item.persona));
        if let Some(p) = &persona
            && !self.journey.personas.contains(p)
        {
            self.journey.personas.push(p.clone());
        }
        let ev = evidence(item.evidence);
        let stage = &mut self.journey.stages[idx];
        let text = item.text.to_string();
        let owner = item.owner;
        match item.lane {
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
                channel: (!item.channel.is_empty()).then(|| item.channel.to_string()),
                owner,
                personas: persona.into_iter().collect(),
                evidence: ev,
            }),
            "pain point" => stage.pain_points.push(DraftOwned {
                text,
                owner,
                severity: item.severity,
                evidence: ev,
            }),
            "opportunity" => stage.opportunities.push(DraftOwned {
                text,
                owner,
                severity: None,
                evidence: ev,
            }),
            "emotion" => {
                if let (Some(p), Some(v)) = (persona, item.score) {
                    add_emotion(&mut self.emotion_sums[idx], p, v);
                }
            }
            _ => {}
        }
    }

    /// The journey, each stage with each persona's average emotion (rounded, −2..2), in
    /// persona order.
    pub(super) fn finish(mut self) -> DraftJourney {
        for (stage, sums) in self.journey.stages.iter_mut().zip(&self.emotion_sums) {
            for p in &self.journey.personas {
                if let Some((_, s, n)) = sums.iter().find(|(q, _, _)| q == p) {
                    stage.emotions.push((
                        p.clone(),
                        (s / f64::from(*n)).round().clamp(-2.0, 2.0) as i8,
                    ));
                }
            }
        }
        self.journey
    }
}

/// Counts the score `v` of persona `p` into a stage's emotion sums.
fn add_emotion(sums: &mut Vec<(String, f64, u32)>, p: String, v: i64) {
    match sums.iter_mut().find(|(q, _, _)| *q == p) {
        Some(e) => {
            e.1 += v as f64;
            e.2 += 1;
        }
        None => sums.push((p, v as f64, 1)),
    }
}
