//! Fixtures shared by the diagram tests and `examples/diagram_png.rs`: journeys with N stages
//! and M personas, with realistic and with very long labels.
#![allow(dead_code)]

use chrono::NaiveDate;
use waymark::base::SourceRef;
use waymark::model::*;

const PERSONAS: [(&str, &str, &str, BuyingRole); 8] = [
    (
        "radiology-lead",
        "Radiology lead",
        "Head of diagnostic imaging",
        BuyingRole::Champion,
    ),
    (
        "procurement",
        "Procurement manager",
        "Strategic sourcing, capital equipment",
        BuyingRole::Gatekeeper,
    ),
    (
        "finance",
        "Finance director",
        "CFO office",
        BuyingRole::Approver,
    ),
    (
        "it-security",
        "IT security officer",
        "Information security",
        BuyingRole::Influencer,
    ),
    (
        "cmo",
        "Dr. Amara Osei",
        "Chief medical officer",
        BuyingRole::DecisionMaker,
    ),
    (
        "technologist",
        "CT technologist",
        "Runs the scanner day to day",
        BuyingRole::User,
    ),
    (
        "biomed",
        "Biomedical engineering",
        "Service and maintenance",
        BuyingRole::Influencer,
    ),
    (
        "patient-rep",
        "Patient representative",
        "Patient advisory board",
        BuyingRole::Influencer,
    ),
];

const STAGES: [(&str, &str, &str); 12] = [
    (
        "awareness",
        "Awareness",
        "Team notices the ageing scanner limits throughput",
    ),
    (
        "research",
        "Research",
        "Understand options and clinical evidence",
    ),
    (
        "evaluation",
        "Evaluation",
        "Buying group agrees the shortlist",
    ),
    (
        "business-case",
        "Business case",
        "Finance approves the five-year total cost",
    ),
    (
        "tender",
        "Tender",
        "A compliant tender with comparable offers",
    ),
    (
        "negotiation",
        "Negotiation",
        "Agree price, service scope and terms",
    ),
    ("contract", "Contract", "Signed contract and delivery date"),
    (
        "site-prep",
        "Site preparation",
        "Room ready, shielding approved",
    ),
    (
        "installation",
        "Installation",
        "Scanner installed and accepted",
    ),
    ("training", "Training", "Technologists confident on day one"),
    ("go-live", "Go-live", "First patients scanned safely"),
    (
        "adoption",
        "Adoption",
        "Protocols optimised, dose below target",
    ),
];

fn src() -> SourceRef {
    SourceRef {
        file: "content/journeys/ct.md".into(),
        line: 1,
        column: 1,
    }
}

fn hyp() -> Option<Evidence> {
    Some(Evidence {
        source: Some("team workshop".into()),
        confidence: Some(Confidence::Hypothesis),
    })
}

/// A site with `m` personas (hostile strings are added by the tests themselves).
pub(crate) fn site(m: usize) -> Site {
    let personas = (0..m)
        .map(|i| {
            let (id, name, role, br) = PERSONAS[i % 8];
            Persona {
                id: id.into(),
                name: name.into(),
                role: Some(role.into()),
                kind: Some("buyer".into()),
                buying_role: Some(br),
                goals: vec![],
                needs: vec![],
                questions: vec![],
                blockers: vec![],
                channels: vec![],
                quote: None,
                evidence: vec![],
                narrative: String::new(),
                source: src(),
            }
        })
        .collect();
    Site {
        config: SiteConfig {
            title: "Waymark".into(),
            description: None,
            base_url: None,
            theme: "default".into(),
            stages: vec![],
            teams: vec![],
            review_every_days: 90,
            exports: waymark::model::ExportSet::ALL,
            mlr: Default::default(),
            language: "en".into(),
            ui: waymark::i18n::Catalogue::english(),
            labels: waymark::model::DiagramLabels::english(),
            views: Vec::new(),
        },
        journeys: vec![],
        personas,
        assets: vec![],
        as_of: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        index: Default::default(),
        theme: Default::default(),
    }
}

fn pt(persona: Option<&str>, text: &str, evidence: Option<Evidence>) -> PersonaText {
    PersonaText {
        persona: persona.map(Into::into),
        text: text.into(),
        emotion: None,
        evidence,
        source: src(),
    }
}

const CHANNELS: [&str; 11] = [
    "field",
    "web",
    "email",
    "event",
    "phone",
    "portal",
    "partner",
    "internal",
    "app",
    "print",
    "WhatsApp group",
];

/// One stage `i` of a journey with personas `ids`; `long` makes labels long.
pub(crate) fn stage(i: usize, ids: &[String], long: bool) -> Stage {
    let (id, name, goal) = STAGES[i % 12];
    let p = |k: usize| ids.get((i + k) % ids.len().max(1)).map(String::as_str);
    let lengthen = |s: &str| {
        if long {
            format!(
                "{s}, while the value-analysis committee waits for comparable offers from three vendors"
            )
        } else {
            s.to_string()
        }
    };
    let mut emotions = Vec::new();
    for (k, pid) in ids.iter().enumerate() {
        // Each persona enters at stage k % 3 and skips stage 5 to show a broken line.
        if i >= k % 3 && !(i == 5 && k % 2 == 1) {
            let score = (((i * 3 + k * 2 + k / 3) % 5) as i8) - 2;
            emotions.push(Emotion {
                persona: pid.clone(),
                score,
            });
        }
    }
    Stage {
        id: id.into(),
        name: if long && i == 1 {
            "Clinical and economic evidence review".into()
        } else {
            name.into()
        },
        goal: Some(lengthen(goal)),
        actions: vec![
            pt(p(0), &lengthen("Requests a demo and clinical data"), None),
            pt(
                None,
                "Compares dose and image quality across vendors",
                if i.is_multiple_of(2) { hyp() } else { None },
            ),
        ],
        questions: if i % 3 == 2 {
            vec![]
        } else {
            vec![pt(
                p(1),
                &lengthen("What is the five-year total cost?"),
                None,
            )]
        },
        emotions,
        touchpoints: vec![
            Touchpoint {
                name: lengthen("Site demo with clinical specialist"),
                channel: Some(CHANNELS[i % 11].into()),
                owner: if i % 4 == 3 {
                    None
                } else {
                    Some("Sales".into())
                },
                personas: ids.iter().take(2).cloned().collect(),
                assets: vec![],
                evidence: None,
                source: src(),
            },
            Touchpoint {
                name: "Reference call with a peer hospital".into(),
                channel: Some(CHANNELS[(i + 5) % 11].into()),
                owner: Some("Customer marketing".into()),
                personas: vec![],
                assets: vec![],
                evidence: if i.is_multiple_of(3) { hyp() } else { None },
                source: src(),
            },
        ],
        pain_points: if i % 2 == 1 {
            vec![]
        } else {
            vec![PainPoint {
                text: lengthen("Service scope answers take three weeks"),
                owner: if i.is_multiple_of(4) {
                    Some("Service".into())
                } else {
                    None
                },
                severity: Some([Severity::High, Severity::Medium, Severity::Low][i % 3]),
                evidence: Some(Evidence {
                    source: Some("win-loss interviews".into()),
                    confidence: Some(Confidence::Known),
                }),
                source: src(),
            }]
        },
        decision_moments: if i % 3 == 2 {
            vec![DecisionMoment {
                text: "Shortlist approved by value-analysis committee".into(),
                evidence: None,
                source: src(),
            }]
        } else {
            vec![]
        },
        handoffs: if i % 4 == 1 {
            vec![Handoff {
                from: Some("Sales".into()),
                to: Some("Implementation".into()),
                text: "Site readiness checklist".into(),
                evidence: None,
                source: src(),
            }]
        } else {
            vec![]
        },
        opportunities: vec![Opportunity {
            text: lengthen("Publish a service-scope one-pager"),
            owner: Some("Service".into()),
            status: [
                OpportunityStatus::Planned,
                OpportunityStatus::Idea,
                OpportunityStatus::InProgress,
                OpportunityStatus::Blocked,
                OpportunityStatus::Done,
                OpportunityStatus::Dropped,
            ][i % 6],
            due: if i.is_multiple_of(2) {
                NaiveDate::from_ymd_opt(2027, 1, 31)
            } else {
                None
            },
            value: None,
            effort: None,
            evidence: None,
            source: src(),
        }],
        metrics: if i.is_multiple_of(2) {
            vec![Metric {
                name: "Demo-to-proposal rate".into(),
                target: Some("40%".into()),
                current: Some("28%".into()),
                evidence: None,
                source: src(),
            }]
        } else {
            vec![]
        },
        source: src(),
    }
}

/// A journey with `n` stages and `m` personas (the first `m` of [`site`]).
pub(crate) fn journey(n: usize, m: usize, long: bool) -> Journey {
    let ids: Vec<String> = (0..m).map(|i| PERSONAS[i % 8].0.to_string()).collect();
    Journey {
        id: "ct-purchase".into(),
        title: if long {
            "CT system purchase for a hospital buying group across radiology, procurement, finance and IT security".into()
        } else {
            "CT system purchase, hospital buying group".into()
        },
        segment: Some("Hospital system, 300+ beds".into()),
        scope: Some("New-logo acquisition, one product line".into()),
        description: None,
        state: MapState::AsIs,
        baseline: None,
        parent: None,
        parent_stage: None,
        owner: Some("Marketing".into()),
        reviewed: None,
        review_every_days: 90,
        personas: ids.clone(),
        goal: Some("Shorten evaluation from nine to six months".into()),
        stages: (0..n).map(|i| stage(i, &ids, long)).collect(),
        narrative: String::new(),
        evidence: vec![],
        markets: Vec::new(),
        views: Vec::new(),
        persona_slots: Vec::new(),
        source: src(),
    }
}
