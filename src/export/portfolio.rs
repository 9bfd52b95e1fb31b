//! A generated portfolio of journeys, for benchmarks and tests of large exports.
//!
//! `portfolio(n)` gives a site of `n` journeys, each with 8 stages and 5 personas (drawn
//! from a pool of 12), every stage with actions, a question, emotions, two touchpoints, a
//! pain point and an opportunity, and an inventory of 60 assets. Deterministic: no clock, no
//! randomness.

use chrono::NaiveDate;

use crate::base::SourceRef;
use crate::model::*;

const STAGES: [(&str, &str); 8] = [
    ("awareness", "Awareness"),
    ("research", "Research"),
    ("evaluation", "Evaluation"),
    ("business-case", "Business case"),
    ("procurement", "Procurement"),
    ("implementation", "Implementation"),
    ("adoption", "Adoption"),
    ("renewal", "Renewal"),
];

const TEAMS: [&str; 5] = [
    "Marketing",
    "Sales",
    "Medical Affairs",
    "Market Access",
    "Service",
];

const CHANNELS: [&str; 6] = ["web", "email", "field", "event", "portal", "phone"];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn src() -> SourceRef {
    SourceRef::default()
}

fn text(persona: Option<&str>, t: String) -> PersonaText {
    PersonaText {
        persona: persona.map(str::to_string),
        text: t,
        emotion: None,
        evidence: None,
        source: src(),
    }
}

fn persona(i: usize) -> Persona {
    Persona {
        id: format!("role-{i}"),
        name: format!("Role {i} lead"),
        role: Some(format!("Head of department {i}")),
        kind: Some(["clinician", "buyer", "payer", "internal"][i % 4].into()),
        buying_role: Some(BuyingRole::Influencer),
        goals: vec!["Faster evaluation with clear clinical evidence".into()],
        needs: vec!["A total-cost comparison over five years".into()],
        questions: vec!["What does the service contract cover?".into()],
        blockers: vec!["Budget cycle closes in March".into()],
        channels: vec!["email".into(), "field".into()],
        quote: Some("Show me the evidence, then the price.".into()),
        evidence: Vec::new(),
        narrative: String::new(),
        source: src(),
    }
}

fn stage(j: usize, s: usize, personas: &[String]) -> Stage {
    let (id, name) = STAGES[s];
    let p = |k: usize| personas[(s + k) % personas.len()].clone();
    Stage {
        id: id.into(),
        name: name.into(),
        goal: Some(format!("The buying group agrees the next step of {name}")),
        actions: (0..3)
            .map(|k| {
                text(
                    Some(&p(k)),
                    format!("Reviews option {k} for journey {j} and shares notes with the team"),
                )
            })
            .collect(),
        questions: vec![text(
            Some(&p(1)),
            "What is the five-year total cost of ownership?".into(),
        )],
        emotions: personas
            .iter()
            .enumerate()
            .map(|(k, id)| Emotion {
                persona: id.clone(),
                score: (((j + s + k) % 5) as i8) - 2,
            })
            .collect(),
        touchpoints: (0..2)
            .map(|k| Touchpoint {
                name: format!("{} touchpoint {}", name, k + 1),
                channel: Some(CHANNELS[(s + k) % CHANNELS.len()].into()),
                owner: if (j + s + k).is_multiple_of(7) {
                    None
                } else {
                    Some(TEAMS[(s + k) % TEAMS.len()].into())
                },
                personas: vec![p(k)],
                assets: vec![format!("asset-{}", (s * 7 + k) % 60)],
                evidence: None,
                source: src(),
            })
            .collect(),
        pain_points: vec![PainPoint {
            text: "Answers on service scope take three weeks".into(),
            owner: Some(TEAMS[s % TEAMS.len()].into()),
            severity: Some([Severity::Low, Severity::Medium, Severity::High][s % 3]),
            evidence: Some(Evidence {
                source: Some("win-loss interviews".into()),
                confidence: Some(if s.is_multiple_of(2) {
                    Confidence::Known
                } else {
                    Confidence::Hypothesis
                }),
            }),
            source: src(),
        }],
        decision_moments: if s % 3 == 2 {
            vec![DecisionMoment {
                text: "Shortlist approved".into(),
                evidence: None,
                source: src(),
            }]
        } else {
            Vec::new()
        },
        handoffs: Vec::new(),
        opportunities: vec![Opportunity {
            text: format!("Publish a one-pager for {name}"),
            owner: Some(TEAMS[(s + 1) % TEAMS.len()].into()),
            status: OpportunityStatus::Planned,
            due: Some(date(2027, (s as u32 % 12) + 1, 15)),
            value: None,
            effort: None,
            evidence: None,
            source: src(),
        }],
        metrics: vec![Metric {
            name: "Conversion".into(),
            target: Some("40%".into()),
            current: Some("28%".into()),
            evidence: None,
            source: src(),
        }],
        source: src(),
    }
}

/// A site of `n` journeys × 8 stages × 5 personas.
pub fn portfolio(n: usize) -> Site {
    let personas: Vec<Persona> = (0..12).map(persona).collect();
    let journeys = (0..n)
        .map(|j| {
            let ids: Vec<String> = (0..5)
                .map(|k| format!("role-{}", (j + k * 2) % 12))
                .collect();
            std::sync::Arc::new(Journey {
                id: format!("journey-{j:03}"),
                title: format!("Portfolio journey {j}: imaging purchase, hospital buying group"),
                segment: Some("Hospital system, 300+ beds".into()),
                scope: Some("New-logo acquisition".into()),
                description: None,
                state: if j % 4 == 3 {
                    MapState::ToBe
                } else {
                    MapState::AsIs
                },
                baseline: None,
                parent: None,
                parent_stage: None,
                owner: Some(TEAMS[j % TEAMS.len()].into()),
                reviewed: Some(date(2026, (j as u32 % 12) + 1, 1)),
                review_every_days: 90,
                stages: (0..8).map(|s| stage(j, s, &ids)).collect(),
                personas: ids,
                goal: Some("Shorten evaluation from nine to six months".into()),
                narrative: String::new(),
                evidence: Vec::new(),
                markets: Vec::new(),
                views: Vec::new(),
                persona_slots: Vec::new(),
                source: src(),
            })
        })
        .collect();
    let assets = (0..60)
        .map(|a| Asset {
            id: format!("asset-{a}"),
            title: format!("Evidence summary {a}"),
            format: Some("guide".into()),
            channel: Some(CHANNELS[a % CHANNELS.len()].into()),
            stages: vec![STAGES[a % 8].0.into()],
            personas: vec![format!("role-{}", a % 12)],
            journeys: None,
            owner: Some(TEAMS[a % TEAMS.len()].into()),
            status: [
                AssetStatus::Published,
                AssetStatus::InReview,
                AssetStatus::Planned,
            ][a % 3],
            review: Some(AssetReview {
                by: Some("Medical, Legal, Regulatory".into()),
                approved: Some(date(2026, 1, 10)),
                expires: Some(date(2027, 1, 10)),
            }),
            url: None,
            evidence: None,
            mlr: Default::default(),
            source: src(),
        })
        .collect();
    Site {
        config: SiteConfig {
            title: "Generated portfolio".into(),
            description: Some("100 journeys for the export benchmark".into()),
            base_url: None,
            theme: "default".into(),
            stages: STAGES
                .iter()
                .map(|(id, name)| StageDef {
                    id: (*id).into(),
                    name: (*name).into(),
                    description: None,
                })
                .collect(),
            teams: TEAMS.iter().map(|t| (*t).to_string()).collect(),
            review_every_days: 90,
            exports: crate::model::ExportSet::ALL,
            mlr: Default::default(),
            language: "en".into(),
            ui: crate::i18n::Catalogue::english(),
            labels: crate::model::DiagramLabels::english(),
            views: Vec::new(),
        },
        journeys,
        personas,
        assets,
        as_of: date(2026, 10, 1),
        index: SiteIndex::default(),
        theme: Default::default(),
    }
}
