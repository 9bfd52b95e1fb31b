//! Writes imported journeys and persona stubs as waymark files: stable, readable YAML, flow
//! style (`{ persona: me, text: … }`) for short items, block style for the rest.
//!
//! Scalars are written plain when that is unambiguous and double-quoted otherwise (see
//! [`scalar`]); every file written here parses back to the same values (tested).

use std::fmt::Write as _;

use super::draft::{DraftEvidence, DraftJourney, DraftOwned, DraftText, DraftTouchpoint};

/// A YAML scalar for `s`: plain when it reads back as the same string in block and flow
/// context, else double-quoted with escapes.
pub fn scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_string()
    } else {
        quoted(s)
    }
}

fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_plain_safe(s: &str) -> bool {
    if s.is_empty() || s.trim() != s {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if "-?:,[]{}#&*!|>'\"%@`~".contains(first) {
        return false;
    }
    // Flow indicators, comments, mapping colons and anything that is not printable text.
    if s.contains(": ")
        || s.ends_with(':')
        || s.contains(" #")
        || s.chars().any(|c| {
            matches!(c, ',' | '[' | ']' | '{' | '}' | '"' | '\\')
                || c.is_control()
                || matches!(
                    c,
                    '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{a0}'
                )
        })
    {
        return false;
    }
    // Words that YAML 1.1/1.2 resolve to something other than a string, and numbers, dates.
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "y"
            | "n"
            | "null"
            | "~"
            | ".inf"
            | "-.inf"
            | "+.inf"
            | ".nan"
    ) {
        return false;
    }
    let numeric_like = s
        .chars()
        .all(|c| c.is_ascii_digit() || "+-.eE_:xXoObB".contains(c) || c.is_ascii_hexdigit());
    if numeric_like && s.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    true
}

fn flow_list(items: &[String]) -> String {
    let parts: Vec<String> = items.iter().map(|s| scalar(s)).collect();
    format!("[{}]", parts.join(", "))
}

fn evidence(e: &DraftEvidence) -> String {
    let mut parts = Vec::new();
    if let Some(s) = &e.source {
        parts.push(format!("source: {}", scalar(s)));
    }
    if let Some(c) = e.confidence {
        parts.push(format!("confidence: {c}"));
    }
    format!("{{ {} }}", parts.join(", "))
}

/// A list item: plain text, or a mapping written in flow style when short, else block style.
enum Item {
    Plain(String),
    Map(Vec<(&'static str, String)>),
}

/// A mapping item from the pairs whose value is present.
fn map(pairs: Vec<(&'static str, Option<String>)>) -> Item {
    Item::Map(
        pairs
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect(),
    )
}

/// Longest flow-style item line before block style is used.
const FLOW_WIDTH: usize = 100;

fn persona_text(t: &DraftText) -> Item {
    if t.persona.is_none() && t.evidence.is_none() && t.emotion.is_none() {
        return Item::Plain(scalar(&t.text));
    }
    map(vec![
        ("persona", t.persona.as_deref().map(scalar)),
        ("text", Some(scalar(&t.text))),
        ("emotion", t.emotion.map(|e| e.to_string())),
        ("evidence", t.evidence.as_ref().map(evidence)),
    ])
}

fn touchpoint(t: &DraftTouchpoint) -> Item {
    map(vec![
        ("name", Some(scalar(&t.name))),
        ("channel", t.channel.as_deref().map(scalar)),
        ("owner", t.owner.as_deref().map(scalar)),
        (
            "personas",
            (!t.personas.is_empty()).then(|| flow_list(&t.personas)),
        ),
        ("evidence", t.evidence.as_ref().map(evidence)),
    ])
}

fn owned(o: &DraftOwned) -> Item {
    if o.owner.is_none() && o.severity.is_none() && o.evidence.is_none() {
        return Item::Plain(scalar(&o.text));
    }
    map(vec![
        ("text", Some(scalar(&o.text))),
        ("owner", o.owner.as_deref().map(scalar)),
        ("severity", o.severity.map(str::to_string)),
        ("evidence", o.evidence.as_ref().map(evidence)),
    ])
}

fn list(out: &mut String, key: &str, items: Vec<Item>) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "    {key}:");
    for i in items {
        match i {
            Item::Plain(s) => {
                let _ = writeln!(out, "      - {s}");
            }
            Item::Map(pairs) => {
                let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                let flow = format!("      - {{ {} }}", parts.join(", "));
                if flow.chars().count() <= FLOW_WIDTH {
                    let _ = writeln!(out, "{flow}");
                } else {
                    for (n, p) in parts.iter().enumerate() {
                        let lead = if n == 0 { "      - " } else { "        " };
                        let _ = writeln!(out, "{lead}{p}");
                    }
                }
            }
        }
    }
}

/// The front matter (without `---` lines) of a journey.
pub fn journey_yaml(j: &DraftJourney, schema_comment: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(c) = schema_comment {
        let _ = writeln!(out, "# yaml-language-server: $schema={c}");
    }
    let _ = writeln!(out, "title: {}", scalar(&j.title));
    if let Some(d) = &j.description {
        let _ = writeln!(out, "description: {}", scalar(d));
    }
    if !j.personas.is_empty() {
        let _ = writeln!(out, "personas: {}", flow_list(&j.personas));
    }
    if j.stages.is_empty() {
        // `stages:` alone would read as null; an empty list is a journey still to map.
        let _ = writeln!(out, "stages: []");
        return out;
    }
    let _ = writeln!(out, "stages:");
    for s in &j.stages {
        let _ = writeln!(out, "  - id: {}", scalar(&s.id));
        if let Some(n) = &s.name {
            let _ = writeln!(out, "    name: {}", scalar(n));
        }
        if let Some(g) = &s.goal {
            let _ = writeln!(out, "    goal: {}", scalar(g));
        }
        list(
            &mut out,
            "actions",
            s.actions.iter().map(persona_text).collect(),
        );
        list(
            &mut out,
            "questions",
            s.questions.iter().map(persona_text).collect(),
        );
        if !s.emotions.is_empty() {
            let parts: Vec<String> = s
                .emotions
                .iter()
                .map(|(p, v)| format!("{}: {v}", scalar(p)))
                .collect();
            let _ = writeln!(out, "    emotions: {{ {} }}", parts.join(", "));
        }
        list(
            &mut out,
            "touchpoints",
            s.touchpoints.iter().map(touchpoint).collect(),
        );
        list(
            &mut out,
            "pain_points",
            s.pain_points.iter().map(owned).collect(),
        );
        list(
            &mut out,
            "decision_moments",
            s.decision_moments.iter().map(persona_text).collect(),
        );
        list(
            &mut out,
            "opportunities",
            s.opportunities.iter().map(owned).collect(),
        );
    }
    out
}

/// A journey as a Markdown file: front matter, then the narrative.
pub fn journey_file(j: &DraftJourney, schema_comment: Option<&str>) -> String {
    let mut out = format!("---\n{}---\n", journey_yaml(j, schema_comment));
    if !j.narrative.trim().is_empty() {
        out.push('\n');
        out.push_str(j.narrative.trim_end());
        out.push('\n');
    }
    out
}

/// A persona stub: `name:` and a line saying where it came from.
pub fn persona_file(name: &str, origin: &str) -> String {
    format!(
        "---\nname: {}\n# Created by `waymark import` from {}.\n# Add role, kind, buying_role, goals, needs, questions and blockers (see docs/format.md).\n---\n",
        scalar(name),
        origin.replace('\n', " ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(s: &str) -> String {
        let yaml = format!(
            "a: {}\nb: [{}]\nc: {{ k: {} }}\n",
            scalar(s),
            scalar(s),
            scalar(s)
        );
        let v: std::collections::BTreeMap<String, serde_json::Value> =
            serde_saphyr::from_str(&yaml).unwrap_or_else(|e| panic!("{yaml}: {e}"));
        assert_eq!(v["a"].as_str(), Some(s), "{yaml}");
        assert_eq!(v["b"][0].as_str(), Some(s), "{yaml}");
        assert_eq!(v["c"]["k"].as_str(), Some(s), "{yaml}");
        scalar(s)
    }

    #[test]
    fn scalars_read_back() {
        for s in [
            "Make tea",
            "Go<br>home",
            "患者が予約する",
            "Pay 🙂",
            "a: b",
            "a, b",
            "- dash",
            "#hash",
            "x #y",
            "yes",
            "No",
            "12",
            "1.5",
            "2026-01-01",
            "null",
            "say \"hi\"",
            "back\\slash",
            "line\nbreak",
            "[x]",
            "{x}",
            "ends:",
            " padded ",
            "it's",
            "100%",
            "?q",
            "Tab\there",
            "@at",
            "~",
            "0x1F",
        ] {
            round_trip(s);
        }
        assert_eq!(scalar("Make tea"), "Make tea");
        assert_eq!(scalar("a, b"), "\"a, b\"");
    }
}
