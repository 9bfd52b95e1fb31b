//! Structured journeys: `arbitrary` builds a journey of stages and lanes whose ids mostly
//! come from the site's names (so that checks and the model, views and diagrams run, which
//! random bytes would never reach past YAML), written as JSON front matter (JSON is YAML),
//! then the whole check, model and diagrams; and the diff of it against a second one.
#![no_main]

use arbitrary::Arbitrary;
use serde_json::{Value, json};

#[path = "../common.rs"]
mod common;

/// A name: one the site defines, or any text.
#[derive(Arbitrary, Debug)]
enum Name {
    Known(u8),
    Any(String),
}

const KNOWN: [&str; 8] = [
    "awareness", "evaluation", "purchase", "buyer", "Marketing", "Sales", "dose-study", "known",
];

impl Name {
    fn value(&self) -> Value {
        match self {
            Name::Known(i) => json!(KNOWN[*i as usize % KNOWN.len()]),
            Name::Any(s) => json!(s),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Item {
    persona: Option<Name>,
    text: String,
    owner: Option<Name>,
    emotion: Option<i8>,
    severity: Option<Name>,
    evidence: Option<(String, Name)>,
}

#[derive(Arbitrary, Debug)]
struct Stage {
    id: Name,
    name: Option<String>,
    goal: Option<String>,
    actions: Vec<Item>,
    questions: Vec<Item>,
    pains: Vec<Item>,
    touchpoints: Vec<(String, Option<Name>, Vec<Name>, Vec<Name>)>,
    emotions: Vec<(Name, i8)>,
    opportunities: Vec<(String, Option<Name>, Option<Name>, Option<String>)>,
    decisions: Vec<String>,
    handoffs: Vec<(Option<Name>, Option<Name>, String)>,
    metrics: Vec<(String, Option<String>, Option<String>)>,
}

#[derive(Arbitrary, Debug)]
struct Journey {
    title: String,
    state: Option<Name>,
    owner: Option<Name>,
    reviewed: Option<String>,
    personas: Vec<Name>,
    stages: Vec<Stage>,
    body: String,
}

fn item(i: &Item, with_emotion: bool) -> Value {
    let mut m = json!({ "text": i.text });
    if let Some(p) = &i.persona {
        m["persona"] = p.value();
    }
    if with_emotion && let Some(e) = i.emotion {
        m["emotion"] = json!(e % 4);
    }
    if let Some((source, confidence)) = &i.evidence {
        m["evidence"] = json!({ "source": source, "confidence": confidence.value() });
    }
    m
}

fn stage(s: &Stage) -> Value {
    let mut v = json!({ "id": s.id.value() });
    if let Some(n) = &s.name {
        v["name"] = json!(n);
    }
    if let Some(g) = &s.goal {
        v["goal"] = json!(g);
    }
    v["actions"] = s.actions.iter().map(|i| item(i, true)).collect();
    v["questions"] = s.questions.iter().map(|i| item(i, false)).collect();
    v["pain_points"] = s
        .pains
        .iter()
        .map(|i| {
            let mut m = json!({ "text": i.text });
            if let Some(o) = &i.owner {
                m["owner"] = o.value();
            }
            if let Some(sev) = &i.severity {
                m["severity"] = sev.value();
            }
            m
        })
        .collect();
    v["touchpoints"] = s
        .touchpoints
        .iter()
        .map(|(name, owner, personas, assets)| {
            let mut m = json!({ "name": name });
            if let Some(o) = owner {
                m["owner"] = o.value();
            }
            m["personas"] = personas.iter().map(Name::value).collect();
            m["assets"] = assets.iter().map(Name::value).collect();
            m
        })
        .collect();
    let mut emotions = serde_json::Map::new();
    for (p, e) in &s.emotions {
        if let Value::String(k) = p.value() {
            emotions.insert(k, json!(e % 4));
        }
    }
    v["emotions"] = Value::Object(emotions);
    v["opportunities"] = s
        .opportunities
        .iter()
        .map(|(text, owner, status, due)| {
            let mut m = json!({ "text": text });
            if let Some(o) = owner {
                m["owner"] = o.value();
            }
            if let Some(st) = status {
                m["status"] = st.value();
            }
            if let Some(d) = due {
                m["due"] = json!(d);
            }
            m
        })
        .collect();
    v["decision_moments"] = json!(s.decisions);
    v["handoffs"] = s
        .handoffs
        .iter()
        .map(|(from, to, text)| {
            let mut m = json!({ "text": text });
            if let Some(f) = from {
                m["from"] = f.value();
            }
            if let Some(t) = to {
                m["to"] = t.value();
            }
            m
        })
        .collect();
    v["metrics"] = s
        .metrics
        .iter()
        .map(|(name, target, current)| json!({ "name": name, "target": target, "current": current }))
        .collect();
    v
}

fn file(j: &Journey) -> Vec<u8> {
    let mut v = json!({ "title": j.title });
    if let Some(s) = &j.state {
        v["state"] = s.value();
    }
    if let Some(o) = &j.owner {
        v["owner"] = o.value();
    }
    if let Some(r) = &j.reviewed {
        v["reviewed"] = json!(r);
    }
    v["personas"] = j.personas.iter().map(Name::value).collect();
    v["stages"] = j.stages.iter().map(stage).collect();
    format!("---\n{v}\n---\n{}", j.body).into_bytes()
}

fn resolve(bytes: &[u8]) -> Option<waymark::model::Site> {
    let source = common::site_with("content/journeys/j.md", bytes);
    let loaded = common::load(&source);
    let checked = waymark::pipeline::check_loaded(loaded, common::as_of());
    if let Some(site) = &checked.site {
        for j in &site.journeys {
            let _ = waymark::diagram::journey_diagram(site, j);
            let _ = waymark::diagram::stakeholder_map(site, j);
        }
    }
    checked.site
}

libfuzzer_sys::fuzz_target!(|pair: (Journey, Journey)| {
    let (a, b) = pair;
    let old = resolve(&file(&a));
    if let (Some(old), Some(new)) = (old, resolve(&file(&b))) {
        let d = waymark::history::diff::diff(&old, &new);
        assert!(waymark::history::diff::diff(&old, &old).is_empty());
        let _ = d.len();
    }
});
