//! A waymark journey as a Mermaid `journey` diagram (`waymark export --format mermaid`).
//!
//! Stages → sections; actions → tasks, in the order written, each scored by its own
//! step-level `emotion` mapped back to 1..5 (−2..2 + 3, exactly); an action without one
//! takes the persona's stage emotion ([`crate::model::Stage::emotion_of`]; for a
//! whole-group action the rounded mean of the stage's `emotions:`), else 3. Consecutive
//! actions of the same text and score for different personas become one task with several
//! actors (how the importer splits a task); an action for the whole group becomes a task
//! without actors. Actors are persona names. `description` → `accDescr`. Line breaks in
//! names are written `<br>`. Characters that Mermaid reads as syntax (`:` `;` `#` and `,`
//! in actor names) are written as entity codes (`#58;`), which Mermaid shows as the
//! character. Questions, touchpoints, pain points and the rest have no place in a Mermaid
//! journey and are left out.

use std::fmt::Write as _;

use crate::model::{Journey, PersonaText, Site, Stage};

/// What a label is: Mermaid reads different characters as syntax in each.
#[derive(Clone, Copy, PartialEq)]
enum Label {
    Title,
    Name,
    Actor,
}

fn escape(s: &str, label: Label) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            ':' if label != Label::Title => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            '#' => out.push_str("#35;"),
            ',' if label == Label::Actor => out.push_str("#44;"),
            '\n' if label != Label::Actor => out.push_str("<br>"),
            '\n' | '\r' => out.push(' '),
            '%' if out.ends_with('%') => out.push_str("#37;"),
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// The Mermaid score (1..5) of an action.
fn action_score(stage: &Stage, a: &PersonaText) -> i8 {
    let e = a.emotion.or_else(|| match &a.persona {
        Some(pid) => stage.emotion_of(pid),
        None => crate::model::mean_score(stage.emotions.iter().map(|e| e.score)),
    });
    e.unwrap_or(0).clamp(-2, 2) + 3
}

/// One Mermaid task being written.
struct Task {
    text: String,
    score: i8,
    actors: Vec<String>,
}

/// The tasks of a stage: consecutive actions of one text and score for different personas
/// are one task.
fn tasks(stage: &Stage, name: &dyn Fn(&str) -> String) -> Vec<Task> {
    let mut tasks: Vec<Task> = Vec::new();
    let mut last_was_group = true;
    for a in &stage.actions {
        let text = escape(&a.text, Label::Name);
        let score = action_score(stage, a);
        let Some(pid) = &a.persona else {
            tasks.push(Task {
                text,
                score,
                actors: Vec::new(),
            });
            last_was_group = true;
            continue;
        };
        let actor = escape(&name(pid), Label::Actor);
        match tasks.last_mut() {
            Some(t)
                if !last_was_group
                    && t.text == text
                    && t.score == score
                    && !t.actors.contains(&actor) =>
            {
                t.actors.push(actor)
            }
            _ => tasks.push(Task {
                text,
                score,
                actors: vec![actor],
            }),
        }
        last_was_group = false;
    }
    tasks
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
    if let Some(d) = &journey.description {
        let d = d.trim();
        if d.contains('\n') {
            let body: Vec<String> = d.lines().map(|l| format!("    {}", l.trim())).collect();
            let _ = writeln!(
                out,
                "  accDescr {{\n{}\n  }}",
                body.join("\n").replace('}', ")")
            );
        } else if !d.is_empty() {
            let _ = writeln!(out, "  accDescr: {}", escape(d, Label::Title));
        }
    }
    for stage in &journey.stages {
        let _ = writeln!(out, "  section {}", escape(&stage.name, Label::Name));
        for t in tasks(stage, &name) {
            let text = if t.text.is_empty() {
                "(no text)".to_string()
            } else {
                t.text
            };
            if t.actors.is_empty() {
                let _ = writeln!(out, "    {text}: {}", t.score);
            } else {
                let _ = writeln!(out, "    {text}: {}: {}", t.score, t.actors.join(", "));
            }
        }
    }
    out
}
