//! A parsed Mermaid journey as a waymark journey.
//!
//! `title` → title; each `section` → a stage (tasks before any section → a first stage
//! named "Tasks"); each task → one action per actor (no actors: one action for the whole
//! group); the task's score → the emotion of each of its actors at that stage
//! (1..5 → −2..2, averaged over the stage's tasks and rounded half away from zero; a task
//! with no actors counts for every persona); actors → personas (by name or id, new ones as
//! stubs); notes → a question when they end with `?`, else a pain point; `accTitle` and
//! `accDescr` → the narrative.

use super::parse::MermaidJourney;
use crate::interop::book::TargetSite;
use crate::interop::draft::{DraftJourney, DraftOwned, DraftStage, DraftText};

/// Name of the stage that holds tasks written before any `section`.
pub const UNSECTIONED: &str = "Tasks";

/// Name of the persona that scores go to in a journey without any actor.
pub const NO_ACTOR: &str = "Customer";

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
    for s in &m.sections {
        for t in &s.tasks {
            for a in &t.actors {
                let pid = site.personas.resolve(a);
                if !personas.contains(&pid) {
                    personas.push(pid);
                }
            }
        }
    }
    let any_task = m.sections.iter().any(|s| !s.tasks.is_empty());
    if personas.is_empty() && any_task {
        personas.push(site.personas.resolve(NO_ACTOR));
    }
    let mut stage_ids: Vec<String> = Vec::new();
    let mut stages = Vec::new();
    for s in &m.sections {
        let name = s.name.clone().unwrap_or_else(|| UNSECTIONED.to_string());
        let sid = site.stage_id(&name, &stage_ids);
        stage_ids.push(sid.clone());
        let mut stage = DraftStage {
            id: sid,
            name: Some(name),
            ..Default::default()
        };
        // persona → (sum of emotions, count)
        let mut sums: Vec<(String, f64, u32)> = Vec::new();
        for t in &s.tasks {
            let ids: Vec<String> = t.actors.iter().map(|a| site.personas.resolve(a)).collect();
            if ids.is_empty() {
                stage.actions.push(DraftText {
                    persona: None,
                    text: t.name.clone(),
                    evidence: None,
                });
            }
            for pid in &ids {
                stage.actions.push(DraftText {
                    persona: Some(pid.clone()),
                    text: t.name.clone(),
                    evidence: None,
                });
            }
            let targets = if ids.is_empty() {
                personas.clone()
            } else {
                ids.clone()
            };
            for pid in targets {
                let e = t.score - 3.0;
                match sums.iter_mut().find(|(p, _, _)| *p == pid) {
                    Some(entry) => {
                        entry.1 += e;
                        entry.2 += 1;
                    }
                    None => sums.push((pid, e, 1)),
                }
            }
            for note in &t.notes {
                if note.ends_with(['?', '？']) {
                    stage.questions.push(DraftText {
                        persona: ids.first().cloned(),
                        text: note.clone(),
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
        for pid in &personas {
            if let Some((_, sum, n)) = sums.iter().find(|(p, _, _)| p == pid) {
                let avg = (sum / f64::from(*n)).round().clamp(-2.0, 2.0);
                stage.emotions.push((pid.clone(), avg as i8));
            }
        }
        stages.push(stage);
    }
    let mut narrative = format!("Imported from a Mermaid journey: {origin}.\n");
    if let Some(t) = &m.acc_title
        && Some(t) != m.title.as_ref()
    {
        narrative.push_str(&format!("\nAccessible title: {t}\n"));
    }
    if let Some(d) = &m.acc_descr {
        narrative.push('\n');
        narrative.push_str(d.trim());
        narrative.push('\n');
    }
    DraftJourney {
        id: id.to_string(),
        title,
        personas,
        stages,
        narrative,
    }
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
    fn sections_actions_emotions() {
        let (j, site) = draft(
            "journey\ntitle Day\nsection Go to work\nMake tea: 5: Me\nDo work: 1: Me, Cat\nsection Go home\nSit down: 4: Me\nRest: 2\n",
        );
        assert_eq!(j.title, "Day");
        assert_eq!(j.personas, ["me", "cat"]);
        assert_eq!(j.stages[0].id, "go-to-work");
        assert_eq!(j.stages[1].id, "go-home");
        assert_eq!(j.stages[0].actions.len(), 3);
        // Me: (2 + -2) / 2 = 0; Cat: -2.
        assert_eq!(
            j.stages[0].emotions,
            [("me".to_string(), 0), ("cat".to_string(), -2)]
        );
        // `Rest` has no actor: it counts for both. Me: (1 + -1)/2 = 0; Cat: -1.
        assert_eq!(
            j.stages[1].emotions,
            [("me".to_string(), 0), ("cat".to_string(), -1)]
        );
        assert_eq!(j.stages[1].actions[1].persona, None);
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
        assert_eq!(j.personas, ["persona-1"]);
        assert_eq!(j.stages[0].actions[1].text, "支払う<br>確認");
        assert_eq!(site.personas.named[0].name, "患者");
    }
}
