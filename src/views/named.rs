//! Named views (master and working versions): a journey as one of its [`View`]s shows it.
//!
//! [`apply`] is the one place that says what a view means; the view's page, diagram, PNG
//! and deck draw the journey it gives with the code that draws every other journey. The
//! journey keeps its id (links, comparisons and sub-journeys still find it); the files of
//! a view are named `ID.VIEW.*`.

use std::sync::Arc;

use crate::model::{Confidence, Evidence, Journey, Lane, Site, Stage, View};

/// `journey` as `view` shows it:
/// - `stages:` keeps the stages named, in the journey's order;
/// - `personas:` keeps those personas in `personas:`, their emotions, and the actions,
///   questions and touchpoints said of them (items of the whole buying group stay; a
///   touchpoint loses the other personas and goes when none of its own is left);
/// - a lane not in `lanes:` is emptied (for `emotions`, the stage emotions and the
///   actions' step emotions). Where the actions go but the emotions stay, each persona's
///   stage emotion is its mean step emotion ([`Stage::emotion_of`]), so the curve keeps
///   its points;
/// - `hypotheses: false` drops every item, and every piece of the map's evidence, whose
///   evidence is a hypothesis;
/// - `narrative: false` empties the narrative.
///
/// The journey it gives has no views of its own (a view of a view is not a thing).
pub fn apply(journey: &Journey, view: &View) -> Journey {
    let mut j = journey.clone();
    j.views.clear();
    if let Some(keep) = &view.stages {
        j.stages.retain(|s| keep.contains(&s.id));
    }
    if let Some(keep) = &view.personas {
        // Each persona keeps its colour, dash and marker of the master.
        j.persona_slots = (0..j.personas.len())
            .filter(|&i| keep.contains(&j.personas[i]))
            .map(|i| journey.persona_slot(i))
            .collect();
        j.personas.retain(|p| keep.contains(p));
        for s in &mut j.stages {
            personas(s, keep);
        }
    }
    for s in &mut j.stages {
        lanes(s, view, &j.personas);
        if !view.hypotheses {
            hypotheses(s);
        }
    }
    if !view.hypotheses {
        j.evidence.retain(|e| !is_hypothesis(e));
    }
    if !view.narrative {
        j.narrative.clear();
    }
    j
}

/// The view of `journey` with id `id`, applied; `None` when the journey has no such view
/// (the id is unknown, or the site view does not apply to it).
pub fn journey_as(journey: &Journey, id: &str) -> Option<Journey> {
    let view = journey.views.iter().find(|v| v.id == id)?;
    Some(apply(journey, view))
}

/// Whether any journey of `site` has a view with id `id`.
pub fn known(site: &Site, id: &str) -> bool {
    site.journeys
        .iter()
        .any(|j| j.views.iter().any(|v| v.id == id))
}

/// Every view id of `site`, site views first, then the journeys' own, once each (for the
/// "did you mean" of `waymark export --view`).
pub fn ids(site: &Site) -> Vec<String> {
    let mut out: Vec<String> = site.config.views.iter().map(|v| v.id.clone()).collect();
    for v in site.journeys.iter().flat_map(|j| &j.views) {
        if !out.contains(&v.id) {
            out.push(v.id.clone());
        }
    }
    out
}

/// `site` with each journey that has view `id` as that view shows it, and without the
/// journeys that do not have it: what `waymark export --view ID` draws its files from.
/// Personas, assets and settings are the site's.
pub fn site_as(site: &Site, id: &str) -> Site {
    let journeys = site
        .journeys
        .iter()
        .filter_map(|j| journey_as(j, id).map(Arc::new))
        .collect();
    Site {
        journeys,
        index: Default::default(),
        ..site.clone()
    }
}

fn personas(s: &mut Stage, keep: &[String]) {
    let kept = |p: &Option<String>| p.as_ref().is_none_or(|p| keep.contains(p));
    s.actions.retain(|a| kept(&a.persona));
    s.questions.retain(|q| kept(&q.persona));
    s.emotions.retain(|e| keep.contains(&e.persona));
    s.touchpoints.retain_mut(|t| {
        if t.personas.is_empty() {
            return true;
        }
        t.personas.retain(|p| keep.contains(p));
        !t.personas.is_empty()
    });
}

/// Empties the lanes `view` does not show; `personas` are the journey's (after the view).
fn lanes(s: &mut Stage, view: &View, personas: &[String]) {
    let shows = |l: Lane| view.shows(l);
    if shows(Lane::Emotions) && !shows(Lane::Actions) && s.has_step_emotions() {
        // The curve draws the actions' step emotions: keep them as stage emotions.
        s.emotions = personas
            .iter()
            .filter_map(|p| {
                s.emotion_of(p).map(|score| crate::model::Emotion {
                    persona: p.clone(),
                    score,
                })
            })
            .collect();
    }
    if !shows(Lane::Actions) {
        s.actions.clear();
    }
    if !shows(Lane::Emotions) {
        s.emotions.clear();
        s.actions.iter_mut().for_each(|a| a.emotion = None);
    }
    if !shows(Lane::Questions) {
        s.questions.clear();
    }
    if !shows(Lane::Touchpoints) {
        s.touchpoints.clear();
    }
    if !shows(Lane::PainPoints) {
        s.pain_points.clear();
    }
    if !shows(Lane::DecisionMoments) {
        s.decision_moments.clear();
    }
    if !shows(Lane::Handoffs) {
        s.handoffs.clear();
    }
    if !shows(Lane::Opportunities) {
        s.opportunities.clear();
    }
    if !shows(Lane::Metrics) {
        s.metrics.clear();
    }
}

fn is_hypothesis(e: &Evidence) -> bool {
    e.confidence == Some(Confidence::Hypothesis)
}

fn hypothetical(e: &Option<Evidence>) -> bool {
    e.as_ref().is_some_and(is_hypothesis)
}

/// Drops the items whose evidence is a hypothesis.
fn hypotheses(s: &mut Stage) {
    s.actions.retain(|x| !hypothetical(&x.evidence));
    s.questions.retain(|x| !hypothetical(&x.evidence));
    s.touchpoints.retain(|x| !hypothetical(&x.evidence));
    s.pain_points.retain(|x| !hypothetical(&x.evidence));
    s.decision_moments.retain(|x| !hypothetical(&x.evidence));
    s.handoffs.retain(|x| !hypothetical(&x.evidence));
    s.opportunities.retain(|x| !hypothetical(&x.evidence));
    s.metrics.retain(|x| !hypothetical(&x.evidence));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Emotion, PersonaText, ViewOrigin};

    fn text(persona: Option<&str>, emotion: Option<i8>, hypothesis: bool) -> PersonaText {
        PersonaText {
            persona: persona.map(str::to_string),
            text: "t".into(),
            emotion,
            evidence: hypothesis.then_some(Evidence {
                source: None,
                confidence: Some(Confidence::Hypothesis),
            }),
            source: Default::default(),
        }
    }

    fn view(lanes: Option<Vec<Lane>>, personas: Option<Vec<&str>>, hypotheses: bool) -> View {
        View {
            id: "v".into(),
            name: "V".into(),
            lanes,
            stages: None,
            personas: personas.map(|p| p.iter().map(|s| s.to_string()).collect()),
            hypotheses,
            narrative: false,
            origin: ViewOrigin::Site,
            source: Default::default(),
        }
    }

    fn journey() -> Journey {
        let mut s = crate::views::plan::fixture::journey("j", &["a", "b"], Vec::new());
        let mut st = crate::views::plan::fixture::stage("x");
        st.actions = vec![
            text(Some("a"), Some(-2), false),
            text(Some("a"), Some(1), false),
            text(Some("b"), None, true),
            text(None, None, false),
        ];
        st.questions = vec![text(Some("b"), None, false)];
        st.emotions = vec![Emotion {
            persona: "b".into(),
            score: 2,
        }];
        s.stages = vec![st];
        s.narrative = "story".into();
        s
    }

    #[test]
    fn personas_keep_the_group_and_their_own() {
        let j = apply(&journey(), &view(None, Some(vec!["a"]), true));
        assert_eq!(j.personas, ["a"]);
        let s = &j.stages[0];
        assert_eq!(s.actions.len(), 3);
        assert!(s.questions.is_empty());
        assert!(s.emotions.is_empty());
        assert!(j.narrative.is_empty());
        // The colours stay the master's: `b` keeps slot 1 alone.
        let j = apply(&journey(), &view(None, Some(vec!["b"]), true));
        assert_eq!(
            (j.personas.as_slice(), j.persona_slot(0)),
            (&["b".to_string()][..], 1)
        );
    }

    #[test]
    fn emotions_without_actions_keep_the_mean_step_emotion() {
        let j = apply(&journey(), &view(Some(vec![Lane::Emotions]), None, true));
        let s = &j.stages[0];
        assert!(s.actions.is_empty() && s.questions.is_empty());
        let scores: Vec<(&str, i8)> = s
            .emotions
            .iter()
            .map(|e| (e.persona.as_str(), e.score))
            .collect();
        assert_eq!(scores, [("a", -1), ("b", 2)]);
    }

    #[test]
    fn hypotheses_go_and_lanes_empty() {
        let j = apply(&journey(), &view(Some(vec![Lane::Actions]), None, false));
        let s = &j.stages[0];
        assert_eq!(s.actions.len(), 3);
        assert!(s.actions.iter().all(|a| a.emotion.is_none()));
        assert!(s.emotions.is_empty() && s.questions.is_empty());
    }
}
