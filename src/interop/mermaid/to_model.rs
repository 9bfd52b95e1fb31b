//! A Mermaid journey block as a resolved [`crate::model::Journey`], for drawing it in place
//! with waymark's own journey diagram. The journey stands alone: its personas are the
//! block's actors (named as written), its stages the block's sections, as the importer
//! maps them (see [`super::to_site`]).

use chrono::NaiveDate;

use super::parse::{Outcome, parse};
use super::to_site::to_draft;
use crate::base::SourceRef;
use crate::interop::book::TargetSite;
use crate::interop::draft::{DraftJourney, DraftPersona, DraftStage, DraftText};
use crate::model::{
    Emotion, Journey, MapState, PainPoint, Persona, PersonaText, Site, SiteConfig, Stage,
};

/// An action or question of a draft as a resolved one.
fn persona_text(t: &DraftText) -> PersonaText {
    PersonaText {
        persona: t.persona.clone(),
        text: t.text.clone(),
        emotion: t.emotion,
        evidence: None,
        source: SourceRef::default(),
    }
}

/// The journey of a Mermaid `journey` diagram and a one-journey site to draw it with;
/// `None` when the text is not a journey or has errors. `id` becomes the journey's id (the
/// diagram prefixes its SVG ids with it: give each block of a page its own).
pub fn journey_site(text: &str, id: &str) -> Option<(Site, Journey)> {
    let mut diags = Vec::new();
    let Outcome::Journey(m) = parse(text, "", 1, &mut diags) else {
        return None;
    };
    // Too big to draw in place (crate::limits): the page shows the block as code.
    if super::over_limit(&m, "").is_some() {
        return None;
    }
    let mut target = TargetSite::default();
    let draft = to_draft(&m, id, "Journey", "", &mut target);
    let personas: Vec<Persona> = target.personas.named.iter().map(persona).collect();
    let journey = journey(&draft);
    Some((site(&journey, personas), journey))
}

/// A persona named by the diagram (an actor), with nothing but its name.
fn persona(p: &DraftPersona) -> Persona {
    Persona {
        id: p.id.clone(),
        name: p.name.clone(),
        role: None,
        kind: None,
        buying_role: None,
        goals: Vec::new(),
        needs: Vec::new(),
        questions: Vec::new(),
        blockers: Vec::new(),
        channels: Vec::new(),
        quote: None,
        evidence: Vec::new(),
        narrative: String::new(),
        source: SourceRef::default(),
    }
}

/// The resolved journey of a draft: its stages, with the actions, questions, emotions and
/// pain points a diagram gives.
fn journey(draft: &DraftJourney) -> Journey {
    let stages = draft.stages.iter().map(stage).collect();
    Journey {
        id: draft.id.clone(),
        title: draft.title.clone(),
        segment: None,
        scope: None,
        description: draft.description.clone(),
        state: MapState::AsIs,
        baseline: None,
        parent: None,
        parent_stage: None,
        owner: None,
        reviewed: None,
        review_every_days: 90,
        personas: draft.personas.clone(),
        goal: None,
        stages,
        narrative: String::new(),
        evidence: Vec::new(),
        markets: Vec::new(),
        views: Vec::new(),
        persona_slots: Vec::new(),
        source: SourceRef::default(),
    }
}

/// A draft stage as a resolved stage.
fn stage(s: &DraftStage) -> Stage {
    Stage {
        id: s.id.clone(),
        name: s.name.clone().unwrap_or_else(|| s.id.clone()),
        goal: s.goal.clone(),
        actions: s.actions.iter().map(persona_text).collect(),
        questions: s.questions.iter().map(persona_text).collect(),
        emotions: s
            .emotions
            .iter()
            .map(|(p, v)| Emotion {
                persona: p.clone(),
                score: *v,
            })
            .collect(),
        touchpoints: Vec::new(),
        pain_points: s
            .pain_points
            .iter()
            .map(|p| PainPoint {
                text: p.text.clone(),
                owner: None,
                severity: None,
                evidence: None,
                source: SourceRef::default(),
            })
            .collect(),
        decision_moments: Vec::new(),
        handoffs: Vec::new(),
        opportunities: Vec::new(),
        metrics: Vec::new(),
        source: SourceRef::default(),
    }
}

/// A one-journey site holding `journey` and its `personas`: default settings, a fixed date.
fn site(journey: &Journey, personas: Vec<Persona>) -> Site {
    Site {
        config: SiteConfig {
            title: String::new(),
            description: None,
            base_url: None,
            theme: "default".into(),
            stages: Vec::new(),
            teams: Vec::new(),
            review_every_days: 90,
            exports: crate::model::ExportSet::ALL,
            mlr: Default::default(),
            language: "en".into(),
            ui: crate::i18n::Catalogue::english(),
            labels: crate::model::DiagramLabels::english(),
            views: Vec::new(),
        },
        journeys: vec![std::sync::Arc::new(journey.clone())],
        personas,
        assets: Vec::new(),
        // Fixed: a diagram drawn from a narrative must not change with the day it is built.
        as_of: NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
        index: crate::model::SiteIndex::default(),
        theme: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_becomes_a_standalone_journey() {
        let (site, j) = journey_site(
            "journey\ntitle Day\nsection Work\nTea: 5: Me\nWork: 1: Me, Cat\n",
            "m",
        )
        .unwrap();
        assert_eq!(j.title, "Day");
        assert_eq!(j.personas, ["me", "cat"]);
        assert_eq!(site.personas[1].name, "Cat");
        assert_eq!(j.stages[0].actions[2].emotion, Some(-2));
        assert_eq!(j.stages[0].emotion_of("me"), Some(0));
        assert!(journey_site("flowchart LR\nA-->B\n", "m").is_none());
        assert!(journey_site("journey\nsection A\nno score here\n", "m").is_none());
    }
}
