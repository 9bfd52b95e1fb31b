//! A persona across the site: the journeys and stages it appears in, its emotion at each
//! stage, and the content planned for it stage by stage.

use serde::Serialize;

use crate::model::{MapState, Site};
use crate::views::health::persona_active;
use crate::views::plan::{CellAsset, cell_assets};

/// The persona at one stage of one journey.
#[derive(Debug, Clone, Serialize)]
pub struct PersonaStage {
    /// Stage id.
    pub stage_id: String,
    /// Stage display name.
    pub stage_name: String,
    /// Named by an action, question, emotion or touchpoint of the stage.
    pub active: bool,
    /// Emotion score −2..=2 at the stage ([`crate::model::Stage::emotion_of`]: the
    /// `emotions:` value, else the mean of the persona's scored actions), if any.
    pub emotion: Option<i8>,
    /// A word for the score ("very negative" … "very positive").
    pub emotion_label: Option<&'static str>,
    /// The message key of that word (`emotion-very-negative` … `emotion-very-positive`),
    /// which the page shows in the site's language.
    pub emotion_key: Option<&'static str>,
    /// What the persona does here.
    pub actions: Vec<String>,
    /// The step-level `emotion` of each of [`PersonaStage::actions`], in the same order.
    pub action_emotions: Vec<Option<i8>>,
    /// What the persona asks here.
    pub questions: Vec<String>,
    /// Touchpoints that meet the persona here (named or open to all).
    pub touchpoints: Vec<String>,
    /// Content planned for the persona here.
    pub content: Vec<CellAsset>,
    /// No content: a gap (only meaningful when the journey lists the persona).
    pub gap: bool,
}

/// The persona in one journey.
#[derive(Debug, Clone, Serialize)]
pub struct PersonaJourney {
    /// Journey id.
    pub journey_id: String,
    /// Journey title.
    pub journey_title: String,
    /// as-is or to-be.
    pub state: MapState,
    /// Whether the journey lists the persona under `personas:`.
    pub listed: bool,
    /// Stage where the persona first becomes active (it enters the journey there).
    pub enters_at: Option<String>,
    /// Every stage of the journey, in order.
    pub stages: Vec<PersonaStage>,
    /// Whether any stage has an emotion score for the persona.
    pub has_emotions: bool,
}

/// The persona page data.
#[derive(Debug, Clone, Serialize)]
pub struct PersonaView {
    /// Persona id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Journeys the persona is listed in or active in, in journey order.
    pub journeys: Vec<PersonaJourney>,
    /// Number of planned content items over all journeys (distinct per journey and stage).
    pub content_count: usize,
    /// Number of gaps over the journeys that list the persona.
    pub gaps: usize,
}

/// The message key of the word for an emotion score (`i18n/en.ftl`).
pub fn emotion_key(score: i8) -> &'static str {
    match score {
        i8::MIN..=-2 => "emotion-very-negative",
        -1 => "emotion-negative",
        0 => "emotion-neutral",
        1 => "emotion-positive",
        _ => "emotion-very-positive",
    }
}

/// The word for an emotion score.
pub fn emotion_label(score: i8) -> &'static str {
    match score {
        i8::MIN..=-2 => "very negative",
        -1 => "negative",
        0 => "neutral",
        1 => "positive",
        _ => "very positive",
    }
}

/// The view of persona `id` (unknown ids give a view with no journeys).
pub fn persona_view(site: &Site, id: &str) -> PersonaView {
    let name = site
        .persona(id)
        .map_or_else(|| id.to_string(), |p| p.name.clone());
    let mut journeys = Vec::new();
    // Only the journeys that list the persona or name it in a stage (an index lookup).
    for journey in site.journeys_of_persona(id) {
        let listed = journey.personas.iter().any(|p| p == id);
        let named = |p: &Option<String>| p.as_deref() == Some(id);
        let stages: Vec<PersonaStage> = journey
            .stages
            .iter()
            .map(|s| {
                let emotion = s.emotion_of(id);
                let content = cell_assets(site, journey, s, id);
                PersonaStage {
                    stage_id: s.id.clone(),
                    stage_name: s.name.clone(),
                    active: persona_active(s, id),
                    emotion,
                    emotion_label: emotion.map(emotion_label),
                    emotion_key: emotion.map(emotion_key),
                    actions: s
                        .actions
                        .iter()
                        .filter(|a| named(&a.persona))
                        .map(|a| a.text.clone())
                        .collect(),
                    action_emotions: s
                        .actions
                        .iter()
                        .filter(|a| named(&a.persona))
                        .map(|a| a.emotion)
                        .collect(),
                    questions: s
                        .questions
                        .iter()
                        .filter(|a| named(&a.persona))
                        .map(|a| a.text.clone())
                        .collect(),
                    touchpoints: s
                        .touchpoints
                        .iter()
                        .filter(|t| t.personas.is_empty() || t.personas.iter().any(|p| p == id))
                        .map(|t| t.name.clone())
                        .collect(),
                    gap: listed && content.is_empty(),
                    content,
                }
            })
            .collect();
        journeys.push(PersonaJourney {
            journey_id: journey.id.clone(),
            journey_title: journey.title.clone(),
            state: journey.state,
            listed,
            enters_at: stages
                .iter()
                .find(|s| s.active)
                .map(|s| s.stage_name.clone()),
            has_emotions: stages.iter().any(|s| s.emotion.is_some()),
            stages,
        });
    }
    PersonaView {
        id: id.to_string(),
        name,
        content_count: journeys
            .iter()
            .flat_map(|j| &j.stages)
            .map(|s| s.content.len())
            .sum(),
        gaps: journeys
            .iter()
            .flat_map(|j| &j.stages)
            .filter(|s| s.gap)
            .count(),
        journeys,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::SourceRef;
    use crate::model::{AssetStatus, Emotion, PersonaText};
    use crate::views::plan::fixture::*;

    #[test]
    fn appearances_emotions_and_content() {
        let s1 = stage("aware");
        let mut s2 = stage("decide");
        s2.emotions.push(Emotion {
            persona: "a".into(),
            score: -2,
        });
        s2.actions.push(PersonaText {
            persona: Some("a".into()),
            text: "Compares offers".into(),
            emotion: Some(-1),
            evidence: None,
            source: SourceRef::default(),
        });
        let mut s3 = stage("use");
        s3.touchpoints.push(touchpoint("Portal", None, &["c"], &[]));
        let site = site(
            vec![
                journey("j1", &["a"], vec![s1, s2]),
                journey("j2", &[], vec![s3]),
            ],
            vec![persona("a"), persona("c")],
            vec![asset("x", &["decide"], &["a"], AssetStatus::Planned)],
        );
        let v = persona_view(&site, "a");
        assert_eq!(v.name, "Persona a");
        assert_eq!(v.journeys.len(), 1);
        let j = &v.journeys[0];
        assert_eq!(j.enters_at.as_deref(), Some("DECIDE"));
        assert!(j.has_emotions);
        assert!(!j.stages[0].active);
        assert!(j.stages[0].gap);
        assert_eq!(j.stages[1].emotion, Some(-2));
        assert_eq!(j.stages[1].action_emotions, [Some(-1)]);
        assert_eq!(j.stages[1].emotion_label, Some("very negative"));
        assert_eq!(j.stages[1].actions, ["Compares offers"]);
        assert_eq!(j.stages[1].content[0].id, "x");
        assert_eq!((v.content_count, v.gaps), (1, 1));

        // Active but not listed: shown, and no gaps are counted.
        let c = persona_view(&site, "c");
        assert_eq!(c.journeys.len(), 1);
        assert!(!c.journeys[0].listed);
        assert_eq!(c.journeys[0].stages[0].touchpoints, ["Portal"]);
        assert_eq!(c.gaps, 0);
    }
}
