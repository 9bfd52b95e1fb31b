//! A parsed Mermaid journey as a waymark journey, without loss.
//!
//! `title` (or front-matter `title:`, else `accTitle`) → title; `accDescr` → `description`;
//! each `section` → a stage (tasks before any section → a first stage named "Tasks"); each
//! task → one action per actor, in the order written, each with the task's score as its
//! step-level `emotion` (1..5 → −2..2 exactly: score − 3); a task with no actor → one
//! action for the whole group (no `persona:`) with that emotion; a score that is not a whole
//! number from 1 to 5 → an action without emotion, the score kept as text in the narrative;
//! actors → personas (by exact name, then id, then name in another case; new ones as
//! stubs); notes → a question when they end with `?`, else a pain point. No stage-level
//! `emotions:` are written: the stage value is derived from the actions where needed.

use super::parse::MermaidJourney;
use crate::interop::book::TargetSite;
use crate::interop::draft::{DraftJourney, DraftOwned, DraftStage, DraftText};

/// Name of the stage that holds tasks written before any `section`.
pub const UNSECTIONED: &str = "Tasks";

/// Converts `m` into a journey with id `id`. `origin` (e.g. `` `docs/day.md`, line 12 ``)
/// goes into the narrative. Personas are resolved through `site.personas`.
pub fn to_draft(
    m: &MermaidJourney,
    id: &str,
    fallback_title: &str,
    origin: &str,
    site: &mut TargetSite,
) -> DraftJourney {
    let title = m
        .title
        .clone()
        .filter(|t| !t.is_empty())
        .or_else(|| m.acc_title.clone())
        .unwrap_or_else(|| fallback_title.to_string());
    let mut personas: Vec<String> = Vec::new();
    for t in m.sections.iter().flat_map(|s| &s.tasks) {
        for a in &t.actors {
            let pid = site.personas.resolve(a);
            if !personas.contains(&pid) {
                personas.push(pid);
            }
        }
    }
    let mut stage_ids: Vec<String> = Vec::new();
    let mut stages = Vec::new();
    let mut kept_scores: Vec<String> = Vec::new();
    for s in &m.sections {
        let name = s.name.clone().unwrap_or_else(|| UNSECTIONED.to_string());
        let sid = site.stage_id(&name, &stage_ids);
        stage_ids.push(sid.clone());
        let mut stage = DraftStage {
            id: sid,
            name: Some(name.clone()),
            ..Default::default()
        };
        for t in &s.tasks {
            let emotion = t.score.map(|v| v as i8 - 3);
            if emotion.is_none() {
                kept_scores.push(format!(
                    "- {} ({name}): score `{}`",
                    t.name.replace('\n', " "),
                    t.score_text
                ));
            }
            let ids: Vec<String> = t.actors.iter().map(|a| site.personas.resolve(a)).collect();
            if ids.is_empty() {
                stage.actions.push(DraftText {
                    persona: None,
                    text: t.name.clone(),
                    emotion,
                    evidence: None,
                });
            }
            for pid in &ids {
                stage.actions.push(DraftText {
                    persona: Some(pid.clone()),
                    text: t.name.clone(),
                    emotion,
                    evidence: None,
                });
            }
            notes(&mut stage, t, &ids);
        }
        stages.push(stage);
    }
    DraftJourney {
        id: id.to_string(),
        title,
        description: m.acc_descr.clone().filter(|d| !d.trim().is_empty()),
        personas,
        stages,
        narrative: narrative(m, origin, &kept_scores),
    }
}

/// A task's notes: a question when it ends with `?`, else a pain point.
fn notes(stage: &mut DraftStage, t: &super::parse::Task, ids: &[String]) {
    for note in &t.notes {
        if note.ends_with(['?', '？']) {
            stage.questions.push(DraftText {
                persona: ids.first().cloned(),
                text: note.clone(),
                emotion: None,
                evidence: None,
            });
        } else {
            stage.pain_points.push(DraftOwned {
                text: note.clone(),
                owner: None,
                severity: None,
                evidence: None,
            });
        }
    }
}

/// The narrative of an imported journey: where it came from, an `accTitle` that differs
/// from the title, and the scores kept as written.
fn narrative(m: &MermaidJourney, origin: &str, kept_scores: &[String]) -> String {
    let mut narrative = format!("Imported from a Mermaid journey: {origin}.\n");
    if let Some(t) = &m.acc_title
        && Some(t) != m.title.as_ref()
        && m.title.is_some()
    {
        narrative.push_str(&format!("\nAccessible title: {t}\n"));
    }
    if !kept_scores.is_empty() {
        narrative.push_str(
            "\nScores kept as written (not a whole number from 1 to 5, so these actions have no emotion):\n\n",
        );
        for k in kept_scores {
            narrative.push_str(k);
            narrative.push('\n');
        }
    }
    narrative
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::mermaid::parse::{Outcome, parse};

    fn draft(text: &str) -> (DraftJourney, TargetSite) {
        let mut d = Vec::new();
        let Outcome::Journey(m) = parse(text, "t.mmd", 1, &mut d) else {
            panic!("{d:?}")
        };
        let mut site = TargetSite::default();
        site.personas.existing.push(("me".into(), "Me".into()));
        site.stages.push(("go-home".into(), "Go home".into()));
        let j = to_draft(&m, "t", "T", "`t.mmd`", &mut site);
        (j, site)
    }

    #[test]
    fn each_task_keeps_its_own_score_on_its_actions() {
        let (j, site) = draft(
            "journey\ntitle Day\naccDescr: A day\nsection Go to work\nMake tea: 5: Me\nDo work: 1: Me, Cat\nsection Go home\nSit down: 4: Me\nRest: 2\n",
        );
        assert_eq!(j.title, "Day");
        assert_eq!(j.description.as_deref(), Some("A day"));
        assert_eq!(j.personas, ["me", "cat"]);
        assert_eq!(j.stages[0].id, "go-to-work");
        assert_eq!(j.stages[1].id, "go-home");
        let steps: Vec<(Option<&str>, &str, Option<i8>)> = j
            .stages
            .iter()
            .flat_map(|s| &s.actions)
            .map(|a| (a.persona.as_deref(), a.text.as_str(), a.emotion))
            .collect();
        assert_eq!(
            steps,
            [
                (Some("me"), "Make tea", Some(2)),
                (Some("me"), "Do work", Some(-2)),
                (Some("cat"), "Do work", Some(-2)),
                (Some("me"), "Sit down", Some(1)),
                (None, "Rest", Some(-1)),
            ]
        );
        assert!(j.stages.iter().all(|s| s.emotions.is_empty()));
        let new: Vec<_> = site
            .personas
            .named
            .iter()
            .filter(|p| !p.exists)
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(new, ["cat"]);
    }

    #[test]
    fn no_sections_no_actors_cjk() {
        let (j, site) = draft("journey\n予約する: 4\n支払う<br>確認: 2: 患者\n");
        assert_eq!(j.stages.len(), 1);
        assert_eq!(j.stages[0].name.as_deref(), Some(UNSECTIONED));
        assert_eq!(j.personas, ["huan-zhe"]);
        assert_eq!(j.stages[0].actions[1].text, "支払う\n確認");
        assert_eq!(site.personas.named[0].name, "患者");
    }

    #[test]
    fn a_long_actor_stays_an_actor_and_bad_scores_are_kept_as_text() {
        let (j, _) = draft(
            "journey\nsection S\nAsk: 3: The patient who was referred by the GP.\nOn hit: DamagePendingAction set: 4: Server\n",
        );
        assert_eq!(j.stages[0].actions[0].emotion, Some(0));
        assert_eq!(
            j.personas[0],
            crate::interop::slug::slugify("The patient who was referred by the GP.")
        );
        assert_eq!(j.stages[0].actions[1].emotion, None);
        assert!(
            j.narrative
                .contains("On hit (S): score `DamagePendingAction set`"),
            "{}",
            j.narrative
        );
    }

    #[test]
    fn actors_differing_in_case_stay_apart_and_resolve_again_to_the_same_ids() {
        let text = "journey\n title Case\n section S\n  A: 5: Me\n  B: 1: me\n  C: 3: ME\n";
        let mut d = Vec::new();
        let Outcome::Journey(m) = parse(text, "c.mmd", 1, &mut d) else {
            panic!()
        };
        let mut first = TargetSite::default();
        let a = to_draft(&m, "c", "C", "", &mut first);
        // The second import sees the persona stubs the first one wrote.
        let mut second = TargetSite::default();
        second.personas.existing = first
            .personas
            .named
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        let b = to_draft(&m, "c", "C", "", &mut second);
        assert_eq!(a.personas.len(), 3);
        assert_eq!(a, b);
    }
}
