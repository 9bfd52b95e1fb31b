//! A waymark journey as a Mermaid `journey` diagram (`waymark export --format mermaid`).
//!
//! Stages → sections; actions → tasks whose score is the persona's emotion at that stage
//! mapped back to 1..5 (−2..2 + 3; 3 when the persona has no emotion there); actions with
//! the same text and score at a stage become one task with several actors; an action for
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
        let emotion = |pid: &str| stage.emotions.iter().find(|e| e.persona == pid).map(|e| f64::from(e.score));
        let avg = if stage.emotions.is_empty() {
            0.0
        } else {
            (stage.emotions.iter().map(|e| f64::from(e.score)).sum::<f64>() / stage.emotions.len() as f64).round()
        };
        // (task text, score, actor names)
        let mut tasks: Vec<(String, String, Vec<String>, bool)> = Vec::new();
        for a in &stage.actions {
            let text = escape(&a.text, Label::Name);
            match &a.persona {
                None => tasks.push((text, score(avg), Vec::new(), true)),
                Some(pid) => {
                    let sc = score(emotion(pid).unwrap_or(0.0));
                    let actor = escape(&name(pid), Label::Actor);
                    match tasks.iter_mut().find(|(t, s, actors, group)| {
                        !*group && *t == text && *s == sc && !actors.contains(&actor)
                    }) {
                        Some(task) => task.2.push(actor),
                        None => tasks.push((text, sc, vec![actor], false)),
                    }
                }
            }
        }
        for (text, sc, actors, _) in tasks {
            let text = if text.is_empty() { "(no text)".to_string() } else { text };
            if actors.is_empty() {
                let _ = writeln!(out, "    {text}: {sc}");
            } else {
                let _ = writeln!(out, "    {text}: {sc}: {}", actors.join(", "));
            }
        }
    }
    out
}
