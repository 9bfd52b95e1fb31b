//! Diff completeness (issue 16 item 9): for every field of every item kind of the model, a
//! case changes it in the source files and `waymark diff` (history::diff) must report it.
//! The fields are read from the model item serialised to JSON, so a field added to the
//! model later without a case here fails `every_field_has_a_case`, and one the diff misses
//! fails `every_case_is_reported`.

use std::collections::{BTreeMap, BTreeSet};

use waymark::history::diff::diff;
use waymark::load::{MemSource, load_from};
use waymark::model::Site;

const CONFIG: &str = "title: Diff site
description: Maps of the scanner business
base_url: https://maps.example.com/
theme: default
review_every: 90d
markets: [US, DE, JP]
expiry_warning: 30d
teams: [Marketing, Sales, Service, Billing, Access]
stages:
  - { id: awareness, name: Awareness }
  - { id: evaluation, name: Evaluation }
views:
  - { id: working, name: Working, lanes: [actions, touchpoints], stages: [awareness], personas: [buyer], hypotheses: false, narrative: false }
";

const JOURNEY: &str = "---
title: Scanner purchase
segment: Regional hospitals
scope: One product line
description: How hospitals buy a scanner
state: to-be
baseline: base-a
parent: base-a
parent_stage: awareness
owner: Marketing
reviewed: 2026-10-01
review_every: 90d
personas: [buyer, clinician]
goal: Shorten the evaluation
markets: [US, DE]
evidence: { source: Win-loss interviews, confidence: known }
views:
  - { id: working, lanes: [actions] }
  - { id: brief, name: Brief }
stages:
  - id: awareness
    name: First contact
    goal: Learn what is new
    actions:
      - { persona: clinician, text: Reads a study, emotion: 1, evidence: { source: Survey A, confidence: known } }
    questions:
      - { persona: buyer, text: What does it cost?, evidence: Call notes Q }
    emotions: { clinician: 1 }
    touchpoints:
      - { name: Congress booth, channel: event, owner: Marketing, personas: [clinician], assets: [dose-study], evidence: Booth log }
    pain_points:
      - { text: Slow answers, owner: Billing, severity: high, evidence: Tickets P }
    decision_moments:
      - { text: Shortlist approved, evidence: Minutes D }
    handoffs:
      - { from: Marketing, to: Sales, text: Lead passed on, evidence: CRM H }
    opportunities:
      - { text: Publish a one-pager, owner: Service, status: planned, due: 2027-01-31, value: medium, effort: low, evidence: Idea O }
    metrics:
      - { name: Time to answer, target: 2 days, current: 3 weeks, evidence: Report M }
  - id: evaluation
---
The buying group meets us first at congresses.
";

const BASE: &str = "---\ntitle: Base\nstages: [ { id: awareness }, { id: evaluation } ]\n---\n";

const BUYER: &str = "---
name: Hospital buyer
role: Procurement lead
kind: buyer
buying_role: approver
goals: [Lower total cost]
needs: [Clear prices]
questions: [Who signs?]
blockers: [Budget freeze]
channels: [email]
quote: Show me the numbers
evidence: Interviews B
---
Buys capital equipment.
";

const CLINICIAN: &str = "---\nname: Clinician\n---\n";

const ASSETS: &str = "- id: dose-study
  title: Dose study summary
  format: article
  channel: web
  stages: [awareness]
  personas: [clinician]
  journeys: [base-a]
  owner: Marketing
  status: published
  review: { by: MLR, approved: 2026-06-01, expires: 2027-06-01 }
  url: https://example.com/dose
  evidence: Study S
  code: EH-CT-0128
  version: '2'
  markets: [US, DE]
  products: [Example CT 128]
  claims:
    - { text: Half the dose, references: [Smith 2025] }
- { id: spare, title: Spare sheet }
";

fn files() -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("waymark.yaml", CONFIG.to_string()),
        ("content/journeys/purchase.md", JOURNEY.to_string()),
        ("content/journeys/base-a.md", BASE.to_string()),
        ("content/journeys/base-b.md", BASE.to_string()),
        ("content/personas/buyer.md", BUYER.to_string()),
        ("content/personas/clinician.md", CLINICIAN.to_string()),
        (
            "content/personas/spare.md",
            "---\nname: Spare role\n---\n".to_string(),
        ),
        ("content/assets/a.yaml", ASSETS.to_string()),
        (
            "themes/brand/style.css",
            "body { color: #123; }\n".to_string(),
        ),
    ])
}

fn resolve(files: &BTreeMap<&'static str, String>) -> Site {
    let mut source = MemSource::default();
    for (k, v) in files {
        source.files.insert(k.to_string(), v.as_bytes().to_vec());
    }
    // `check` looks for a theme folder on disk: the root is a folder holding themes/brand/.
    let root = std::env::temp_dir().join(format!("waymark-diff-fields-{}", std::process::id()));
    std::fs::create_dir_all(root.join("themes/brand")).unwrap();
    let loaded = load_from(&root, &source);
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let checked = waymark::pipeline::check_loaded(loaded, as_of);
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{}:{}: {}", d.file, d.line, d.message))
        .collect();
    checked.site.unwrap_or_else(|| panic!("{errors:#?}"))
}

/// Each case: item kind, field (its JSON key in the model), file, text to find (once), its
/// replacement.
const CASES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "journey",
        "id",
        J,
        "title: Scanner purchase\n",
        "id: scanner\ntitle: Scanner purchase\n",
    ),
    (
        "journey",
        "title",
        J,
        "title: Scanner purchase",
        "title: Scanner buy",
    ),
    (
        "journey",
        "segment",
        J,
        "segment: Regional hospitals",
        "segment: Teaching hospitals",
    ),
    (
        "journey",
        "scope",
        J,
        "scope: One product line",
        "scope: Two product lines",
    ),
    (
        "journey",
        "description",
        J,
        "description: How hospitals",
        "description: How clinics",
    ),
    ("journey", "state", J, "state: to-be", "state: as-is"),
    (
        "journey",
        "baseline",
        J,
        "baseline: base-a",
        "baseline: base-b",
    ),
    ("journey", "parent", J, "parent: base-a", "parent: base-b"),
    (
        "journey",
        "parent_stage",
        J,
        "parent_stage: awareness",
        "parent_stage: evaluation",
    ),
    (
        "journey",
        "owner",
        J,
        "owner: Marketing\nreviewed",
        "owner: Sales\nreviewed",
    ),
    (
        "journey",
        "reviewed",
        J,
        "reviewed: 2026-10-01",
        "reviewed: 2026-11-01",
    ),
    (
        "journey",
        "review_every_days",
        J,
        "review_every: 90d",
        "review_every: 30d",
    ),
    (
        "journey",
        "personas",
        J,
        "personas: [buyer, clinician]",
        "personas: [clinician, buyer]",
    ),
    (
        "journey",
        "goal",
        J,
        "goal: Shorten the evaluation",
        "goal: Shorten it more",
    ),
    ("journey", "stages", J, "  - id: evaluation\n", ""),
    (
        "journey",
        "narrative",
        J,
        "first at congresses",
        "first at webinars",
    ),
    (
        "journey",
        "evidence",
        J,
        "source: Win-loss interviews",
        "source: Win-loss survey",
    ),
    (
        "stage",
        "id",
        J,
        "  - id: evaluation\n",
        "  - id: trial\n    name: Trial\n",
    ),
    (
        "stage",
        "name",
        J,
        "name: First contact",
        "name: First touch",
    ),
    (
        "stage",
        "goal",
        J,
        "goal: Learn what is new",
        "goal: Learn the price",
    ),
    (
        "stage",
        "actions",
        J,
        "text: Reads a study",
        "text: Reads two studies",
    ),
    (
        "stage",
        "questions",
        J,
        "text: What does it cost?",
        "text: Is it cheap?",
    ),
    (
        "stage",
        "emotions",
        J,
        "emotions: { clinician: 1 }",
        "emotions: { clinician: 2 }",
    ),
    (
        "stage",
        "touchpoints",
        J,
        "name: Congress booth",
        "name: Congress talk",
    ),
    (
        "stage",
        "pain_points",
        J,
        "text: Slow answers",
        "text: Slower answers",
    ),
    (
        "stage",
        "decision_moments",
        J,
        "text: Shortlist approved",
        "text: Shortlist set",
    ),
    (
        "stage",
        "handoffs",
        J,
        "text: Lead passed on",
        "text: Lead handed over",
    ),
    (
        "stage",
        "opportunities",
        J,
        "text: Publish a one-pager",
        "text: Publish a FAQ",
    ),
    (
        "stage",
        "metrics",
        J,
        "name: Time to answer",
        "name: Time to reply",
    ),
    (
        "action",
        "persona",
        J,
        "{ persona: clinician, text: Reads",
        "{ persona: buyer, text: Reads",
    ),
    (
        "action",
        "text",
        J,
        "text: Reads a study",
        "text: Reads a paper",
    ),
    (
        "action",
        "emotion",
        J,
        "study, emotion: 1",
        "study, emotion: -1",
    ),
    (
        "action",
        "evidence",
        J,
        "source: Survey A",
        "source: Survey B",
    ),
    (
        "evidence",
        "source",
        J,
        "source: Survey A",
        "source: Survey C",
    ),
    (
        "evidence",
        "confidence",
        J,
        "Survey A, confidence: known",
        "Survey A, confidence: hypothesis",
    ),
    (
        "question",
        "persona",
        J,
        "{ persona: buyer, text: What",
        "{ persona: clinician, text: What",
    ),
    (
        "question",
        "text",
        J,
        "text: What does it cost?",
        "text: What is the price?",
    ),
    (
        "question",
        "evidence",
        J,
        "evidence: Call notes Q",
        "evidence: Call notes R",
    ),
    (
        "emotion",
        "persona",
        J,
        "emotions: { clinician: 1 }",
        "emotions: { buyer: 1 }",
    ),
    (
        "emotion",
        "score",
        J,
        "emotions: { clinician: 1 }",
        "emotions: { clinician: 0 }",
    ),
    (
        "touchpoint",
        "name",
        J,
        "name: Congress booth",
        "name: Congress stand",
    ),
    (
        "touchpoint",
        "channel",
        J,
        "channel: event",
        "channel: field",
    ),
    (
        "touchpoint",
        "owner",
        J,
        "owner: Marketing, personas",
        "owner: Sales, personas",
    ),
    (
        "touchpoint",
        "personas",
        J,
        "personas: [clinician], assets",
        "personas: [buyer], assets",
    ),
    (
        "touchpoint",
        "assets",
        J,
        "assets: [dose-study]",
        "assets: []",
    ),
    (
        "touchpoint",
        "evidence",
        J,
        "evidence: Booth log",
        "evidence: Booth count",
    ),
    (
        "pain point",
        "text",
        J,
        "text: Slow answers",
        "text: No answers",
    ),
    ("pain point", "owner", J, "owner: Billing", "owner: Access"),
    (
        "pain point",
        "severity",
        J,
        "severity: high",
        "severity: low",
    ),
    (
        "pain point",
        "evidence",
        J,
        "evidence: Tickets P",
        "evidence: Tickets Q",
    ),
    (
        "decision moment",
        "text",
        J,
        "text: Shortlist approved",
        "text: Shortlist agreed",
    ),
    (
        "decision moment",
        "evidence",
        J,
        "evidence: Minutes D",
        "evidence: Minutes E",
    ),
    (
        "hand-off",
        "from",
        J,
        "from: Marketing, to",
        "from: Service, to",
    ),
    ("hand-off", "to", J, "to: Sales, text", "to: Billing, text"),
    (
        "hand-off",
        "text",
        J,
        "text: Lead passed on",
        "text: Lead sent",
    ),
    (
        "hand-off",
        "evidence",
        J,
        "evidence: CRM H",
        "evidence: CRM I",
    ),
    (
        "opportunity",
        "text",
        J,
        "text: Publish a one-pager",
        "text: Publish a guide",
    ),
    (
        "opportunity",
        "owner",
        J,
        "owner: Service, status",
        "owner: Sales, status",
    ),
    (
        "opportunity",
        "status",
        J,
        "status: planned",
        "status: done",
    ),
    (
        "opportunity",
        "due",
        J,
        "due: 2027-01-31",
        "due: 2027-02-28",
    ),
    ("opportunity", "value", J, "value: medium", "value: high"),
    ("opportunity", "effort", J, "effort: low", "effort: high"),
    (
        "opportunity",
        "evidence",
        J,
        "evidence: Idea O",
        "evidence: Idea P",
    ),
    (
        "metric",
        "name",
        J,
        "name: Time to answer",
        "name: Time to respond",
    ),
    ("metric", "target", J, "target: 2 days", "target: 1 day"),
    (
        "metric",
        "current",
        J,
        "current: 3 weeks",
        "current: 2 weeks",
    ),
    (
        "metric",
        "evidence",
        J,
        "evidence: Report M",
        "evidence: Report N",
    ),
    (
        "persona",
        "id",
        S,
        "name: Spare role\n",
        "id: spare-role\nname: Spare role\n",
    ),
    (
        "persona",
        "name",
        B,
        "name: Hospital buyer",
        "name: Hospital purchaser",
    ),
    (
        "persona",
        "role",
        B,
        "role: Procurement lead",
        "role: Procurement head",
    ),
    ("persona", "kind", B, "kind: buyer", "kind: payer"),
    (
        "persona",
        "buying_role",
        B,
        "buying_role: approver",
        "buying_role: gatekeeper",
    ),
    (
        "persona",
        "goals",
        B,
        "goals: [Lower total cost]",
        "goals: [Lower cost]",
    ),
    (
        "persona",
        "needs",
        B,
        "needs: [Clear prices]",
        "needs: [Prices]",
    ),
    (
        "persona",
        "questions",
        B,
        "questions: [Who signs?]",
        "questions: [Who pays?]",
    ),
    (
        "persona",
        "blockers",
        B,
        "blockers: [Budget freeze]",
        "blockers: [Budget cut]",
    ),
    (
        "persona",
        "channels",
        B,
        "channels: [email]",
        "channels: [phone]",
    ),
    (
        "persona",
        "quote",
        B,
        "quote: Show me the numbers",
        "quote: Show me",
    ),
    (
        "persona",
        "evidence",
        B,
        "evidence: Interviews B",
        "evidence: Interviews C",
    ),
    (
        "persona",
        "narrative",
        B,
        "Buys capital equipment.",
        "Buys imaging equipment.",
    ),
    ("asset", "id", A, "id: spare", "id: spare-sheet"),
    (
        "asset",
        "title",
        A,
        "title: Dose study summary",
        "title: Dose summary",
    ),
    ("asset", "format", A, "format: article", "format: guide"),
    ("asset", "channel", A, "channel: web", "channel: email"),
    (
        "asset",
        "stages",
        A,
        "stages: [awareness]",
        "stages: [awareness, evaluation]",
    ),
    (
        "asset",
        "personas",
        A,
        "personas: [clinician]",
        "personas: [clinician, buyer]",
    ),
    (
        "asset",
        "journeys",
        A,
        "journeys: [base-a]",
        "journeys: [base-a, base-b]",
    ),
    ("asset", "owner", A, "owner: Marketing", "owner: Sales"),
    ("asset", "status", A, "status: published", "status: retired"),
    ("asset", "review", A, "by: MLR", "by: Medical"),
    ("review", "by", A, "by: MLR", "by: Legal"),
    (
        "review",
        "approved",
        A,
        "approved: 2026-06-01",
        "approved: 2026-07-01",
    ),
    (
        "review",
        "expires",
        A,
        "expires: 2027-06-01",
        "expires: 2027-07-01",
    ),
    (
        "asset",
        "url",
        A,
        "url: https://example.com/dose",
        "url: https://example.com/d",
    ),
    (
        "asset",
        "evidence",
        A,
        "evidence: Study S",
        "evidence: Study T",
    ),
    ("asset", "code", A, "code: EH-CT-0128", "code: EH-CT-0129"),
    ("asset", "version", A, "version: '2'", "version: '3'"),
    ("asset", "markets", A, "markets: [US, DE]", "markets: [US]"),
    ("asset", "markets_given", A, "  markets: [US, DE]\n", ""),
    (
        "asset",
        "products",
        A,
        "products: [Example CT 128]",
        "products: [Example CT 256]",
    ),
    (
        "asset",
        "claims",
        A,
        "references: [Smith 2025]",
        "references: [Smith 2026]",
    ),
    (
        "journey",
        "markets",
        J,
        "markets: [US, DE]\n",
        "markets: [US]\n",
    ),
    (
        "config",
        "title",
        C,
        "title: Diff site",
        "title: Scanner maps",
    ),
    (
        "config",
        "description",
        C,
        "description: Maps of",
        "description: All maps of",
    ),
    (
        "config",
        "base_url",
        C,
        "https://maps.example.com/",
        "https://journeys.example.com/",
    ),
    ("config", "theme", C, "theme: default", "theme: brand"),
    (
        "config",
        "language",
        C,
        "theme: default",
        "theme: default\nlanguage: de",
    ),
    (
        "config",
        "review_every_days",
        C,
        "review_every: 90d",
        "review_every: 60d",
    ),
    (
        "config",
        "markets",
        C,
        "markets: [US, DE, JP]",
        "markets: [US, DE, JP, FR]",
    ),
    (
        "config",
        "expiry_warning_days",
        C,
        "expiry_warning: 30d",
        "expiry_warning: 45d",
    ),
    (
        "config",
        "teams",
        C,
        "Billing, Access]",
        "Billing, Access, Legal]",
    ),
    (
        "config",
        "stages",
        C,
        "name: Evaluation }",
        "name: Assessment }",
    ),
    (
        "config",
        "views",
        C,
        "views:\n",
        "views:\n  - { id: extra }\n",
    ),
    (
        "journey",
        "views",
        J,
        "  - { id: brief, name: Brief }\n",
        "",
    ),
    (
        "view",
        "id",
        J,
        "{ id: brief, name: Brief }",
        "{ id: summary, name: Brief }",
    ),
    ("view", "name", C, "name: Working,", "name: Short,"),
    (
        "view",
        "lanes",
        J,
        "lanes: [actions] }",
        "lanes: [actions, metrics] }",
    ),
    (
        "view",
        "stages",
        C,
        "stages: [awareness], personas",
        "stages: [evaluation], personas",
    ),
    (
        "view",
        "personas",
        C,
        "personas: [buyer], hyp",
        "personas: [clinician], hyp",
    ),
    (
        "view",
        "hypotheses",
        C,
        "hypotheses: false",
        "hypotheses: true",
    ),
    (
        "view",
        "narrative",
        C,
        "narrative: false",
        "narrative: true",
    ),
    (
        "view",
        "origin",
        J,
        "{ id: working, lanes: [actions] }",
        "{ id: working-2, lanes: [actions] }",
    ),
];

const C: &str = "waymark.yaml";
const J: &str = "content/journeys/purchase.md";
const B: &str = "content/personas/buyer.md";
const A: &str = "content/assets/a.yaml";
const S: &str = "content/personas/spare.md";

/// Fields of the model that no file sets, so no edit can change them: with the reason.
const NOT_WRITTEN: &[(&str, &str)] = &[
    ("*", "source"),         // where the item is written, not what it says
    ("question", "emotion"), // questions share the action type; the format has no question emotion
    ("config", "market"),    // the market of `build --market`, a flag and not a setting
];

/// The JSON keys of each item kind of the resolved base site.
fn keys_by_kind(site: &Site) -> BTreeMap<&'static str, BTreeSet<String>> {
    fn keys<T: serde::Serialize>(item: &T) -> BTreeSet<String> {
        match serde_json::to_value(item).unwrap() {
            serde_json::Value::Object(m) => m.keys().cloned().collect(),
            other => panic!("not an object: {other}"),
        }
    }
    let j = site.journey("purchase").unwrap();
    let s = &j.stages[0];
    let asset = site.asset("dose-study").unwrap();
    BTreeMap::from([
        ("journey", keys(j)),
        ("stage", keys(s)),
        ("action", keys(&s.actions[0])),
        ("evidence", keys(s.actions[0].evidence.as_ref().unwrap())),
        ("question", keys(&s.questions[0])),
        ("emotion", keys(&s.emotions[0])),
        ("touchpoint", keys(&s.touchpoints[0])),
        ("pain point", keys(&s.pain_points[0])),
        ("decision moment", keys(&s.decision_moments[0])),
        ("hand-off", keys(&s.handoffs[0])),
        ("opportunity", keys(&s.opportunities[0])),
        ("metric", keys(&s.metrics[0])),
        ("persona", keys(site.persona("buyer").unwrap())),
        ("asset", keys(asset)),
        ("review", keys(asset.review.as_ref().unwrap())),
        ("config", keys(&site.config)),
        ("view", keys(&j.views[0])),
    ])
}

#[test]
fn every_field_has_a_case() {
    let site = resolve(&files());
    let mut missing = Vec::new();
    for (kind, keys) in keys_by_kind(&site) {
        for key in keys {
            let skipped = NOT_WRITTEN
                .iter()
                .any(|(k, f)| (*k == "*" || *k == kind) && *f == key);
            let covered = CASES.iter().any(|(k, f, ..)| *k == kind && *f == key);
            if !skipped && !covered {
                missing.push(format!("{kind}.{key}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "model fields with no diff case (add one to CASES): {missing:?}"
    );
}

#[test]
fn every_case_is_reported() {
    let base = files();
    let old = resolve(&base);
    assert!(diff(&old, &old).is_empty(), "a site equals itself");
    let mut missed = Vec::new();
    for (kind, field, file, find, replace) in CASES {
        let mut changed = base.clone();
        let text = changed.get_mut(file).unwrap();
        assert_eq!(
            text.matches(find).count(),
            1,
            "{kind}.{field}: `{find}` once in {file}"
        );
        *text = text.replacen(find, replace, 1);
        let new = resolve(&changed);
        let d = diff(&old, &new);
        if d.is_empty() {
            missed.push(format!("{kind}.{field}"));
        }
        let sentences = waymark::history::text::groups(&d);
        assert!(
            !sentences.is_empty() || d.is_empty(),
            "{kind}.{field}: no sentence"
        );
    }
    assert!(missed.is_empty(), "changes diff did not report: {missed:?}");
}

/// A changed `value` or `effort` of an opportunity is told in a sentence (issue 13 item 3).
#[test]
fn value_and_effort_changes_read_as_sentences() {
    let base = files();
    let old = resolve(&base);
    let mut changed = base.clone();
    let text = changed.get_mut(J).unwrap();
    *text = text.replacen("value: medium", "value: high", 1).replacen(
        "value: high, effort: low, ",
        "value: high, ",
        1,
    );
    let d = diff(&old, &resolve(&changed));
    let sentences: Vec<String> = waymark::history::text::groups(&d)
        .into_iter()
        .flat_map(|g| g.sentences)
        .collect();
    assert!(
        sentences.contains(&"The value of opportunity “Publish a one-pager” in First contact rose from medium to high.".to_string()),
        "{sentences:#?}"
    );
    assert!(
        sentences.contains(
            &"The effort of opportunity “Publish a one-pager” in First contact (low) was removed."
                .to_string()
        ),
        "{sentences:#?}"
    );
}

/// A view added, removed or changed, in `waymark.yaml` or in a journey, is told in a
/// sentence (issue 13 item 2).
#[test]
fn view_changes_read_as_sentences() {
    let base = files();
    let old = resolve(&base);
    let mut changed = base.clone();
    let c = changed.get_mut(C).unwrap();
    *c = c.replacen("hypotheses: false", "hypotheses: true", 1);
    let j = changed.get_mut(J).unwrap();
    *j = j
        .replacen("lanes: [actions] }", "lanes: [actions, metrics] }", 1)
        .replacen("{ id: brief, name: Brief }", "{ id: deck, name: Deck }", 1);
    let d = diff(&old, &resolve(&changed));
    let text: Vec<String> = waymark::history::text::groups(&d)
        .into_iter()
        .flat_map(|g| g.sentences)
        .collect();
    for want in [
        "The site's view “Working” (working) changed: hypotheses.",
        "The view “Working” (working) changed: hypotheses, lanes.",
        "The view “Deck” (deck) was added.",
        "The view “Brief” (brief) was removed.",
    ] {
        assert!(text.iter().any(|t| t == want), "{want} not in {text:#?}");
    }
}
