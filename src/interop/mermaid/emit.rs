//! A waymark journey as a Mermaid `journey` diagram (`waymark export --format mermaid`).
//!
//! Stages → sections; actions → tasks whose score is the persona's emotion at that stage
//! mapped back to 1..5 (−2..2 + 3; 3 when the persona has no emotion there); actions with
//! the same text at a stage become one task with several actors, scored by the mean of their
//! emotions (rounded half away from zero); an action for
//! the whole group becomes a task without actors, scored by the stage's average emotion.
//! Actors are persona names. Characters that Mermaid reads as syntax (`:` `;` `#` and `,`
//! in actor names) are written as entity codes (`#58;`), which Mermaid shows as the
//! character. Questions, touchpoints, pain points and the rest have no place in a Mermaid
//! journey and are left out.

use std::fmt::Write as _;

use crate::model::{Journey, Site};

/// What a label is: Mermaid reads different characters as syntax in each.
#[derive(Clone, Copy, PartialEq)]
enum Label {
    Title,
    Name,
    Actor,
}

fn escape(s: &str, label: Label) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            ':' if label != Label::Title => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            '#' => out.push_str("#35;"),
            ',' if label == Label::Actor => out.push_str("#44;"),
            '\n' | '\r' => out.push(' '),
            '%' if out.ends_with('%') => out.push_str("#37;"),
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

fn score(e: f64) -> String {
    let s = (e + 3.0).clamp(1.0, 5.0);
    if s.fract() == 0.0 {
        format!("{}", s as i64)
    } else {
        format!("{s}")
    }
}

/// The Mermaid text of `journey` (a `journey` diagram, no fences).
pub fn journey_mermaid(site: &Site, journey: &Journey) -> String {
    let name = |id: &str| -> String {
        site.personas
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let mut out = String::from("journey\n");
    let _ = writeln!(out, "  title {}", escape(&journey.title, Label::Title));
    for stage in &journey.stages {
        let _ = writeln!(out, "  section {}", escape(&stage.name, Label::Name));
        let emotion = |pid: &str| {
            stage
                .emotions
                .iter()
                .find(|e| e.persona == pid)
                .map(|e| f64::from(e.score))
        };
        let avg = if stage.emotions.is_empty() {
            0.0
        } else {
            (stage
                .emotions
                .iter()
                .map(|e| f64::from(e.score))
                .sum::<f64>()
                / stage.emotions.len() as f64)
                .round()
        };
        // (task text, actor names, their emotions, for the whole group)
        let mut tasks: Vec<(String, Vec<String>, Vec<f64>, bool)> = Vec::new();
        for a in &stage.actions {
            let text = escape(&a.text, Label::Name);
            match &a.persona {
                None => tasks.push((text, Vec::new(), vec![avg], true)),
                Some(pid) => {
                    let e = emotion(pid).unwrap_or(0.0);
                    let actor = escape(&name(pid), Label::Actor);
                    match tasks.iter_mut().find(|(t, actors, _, group)| {
                        !*group && *t == text && !actors.contains(&actor)
                    }) {
                        Some(task) => {
                            task.1.push(actor);
                            task.2.push(e);
                        }
                        None => tasks.push((text, vec![actor], vec![e], false)),
                    }
                }
            }
        }
        let tasks = tasks.into_iter().map(|(text, actors, es, group)| {
            let mean = (es.iter().sum::<f64>() / es.len().max(1) as f64).round();
            (text, score(mean), actors, group)
        });
        for (text, sc, actors, _) in tasks {
            let text = if text.is_empty() {
                "(no text)".to_string()
            } else {
                text
            };
            if actors.is_empty() {
                let _ = writeln!(out, "    {text}: {sc}");
            } else {
                let _ = writeln!(out, "    {text}: {sc}: {}", actors.join(", "));
            }
        }
    }
    out
}
