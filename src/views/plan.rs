//! The content-by-stage plan: per journey a stage × persona matrix of content assets, and
//! the site-wide content inventory.
//!
//! A cell holds the assets that [`Asset::serves`] the stage and persona, then the assets
//! referenced by the stage's touchpoints for that persona (a touchpoint without personas
//! meets every persona of the stage). A cell where the persona is active and no live asset
//! serves it is a content gap — the same rule as the `content-gap` health finding, so the
//! plan and the health badges always agree. Cells where the persona is not active are not
//! gaps: IT security has no content need at awareness if it only enters at evaluation.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Asset, AssetStatus, Journey, MapState, Site, Stage};
use crate::views::health;

/// A persona reference for table headers and chips.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonaRef {
    /// Persona id.
    pub id: String,
    /// Display name (the id when the persona is unknown).
    pub name: String,
}

impl PersonaRef {
    /// The reference for `id`, named from the site's personas.
    pub fn of(site: &Site, id: &str) -> Self {
        PersonaRef {
            id: id.to_string(),
            name: site
                .persona(id)
                .map_or_else(|| id.to_string(), |p| p.name.clone()),
        }
    }
}

/// An asset as shown in a plan cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellAsset {
    /// Asset id.
    pub id: String,
    /// Asset title.
    pub title: String,
    /// Production status.
    pub status: AssetStatus,
    /// Whether the approval expired before the as-of date.
    pub expired: bool,
    /// Whether the asset is in the cell only because a touchpoint references it.
    pub via_touchpoint: bool,
}

/// One cell of the matrix: a stage × persona.
#[derive(Debug, Clone, Serialize)]
pub struct PlanCell {
    /// Persona id of the column.
    pub persona: String,
    /// Assets serving the cell, inventory order first, then touchpoint-only ones.
    pub assets: Vec<CellAsset>,
    /// Whether the persona is active at the stage (named by an action, question, emotion
    /// or touchpoint); only active cells can be gaps.
    pub active: bool,
    /// Active, and no asset but retired ones: a content gap (the `content-gap` lint).
    pub gap: bool,
}

/// One row of the matrix: a stage.
#[derive(Debug, Clone, Serialize)]
pub struct PlanRow {
    /// Stage id.
    pub stage_id: String,
    /// Stage display name.
    pub stage_name: String,
    /// One cell per persona of the journey, in the journey's persona order.
    pub cells: Vec<PlanCell>,
}

/// The matrix of one journey.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyPlan {
    /// Journey id.
    pub journey_id: String,
    /// Journey title.
    pub journey_title: String,
    /// as-is or to-be.
    pub state: MapState,
    /// Columns.
    pub personas: Vec<PersonaRef>,
    /// Rows, in stage order.
    pub rows: Vec<PlanRow>,
    /// Number of gaps.
    pub gaps: usize,
    /// Number of cells where a persona is active.
    pub cells: usize,
}

/// A row of the site-wide inventory.
#[derive(Debug, Clone, Serialize)]
pub struct AssetRow {
    /// Asset id (also the row anchor `asset-ID`).
    pub id: String,
    /// Title.
    pub title: String,
    /// Free-text format.
    pub format: Option<String>,
    /// Free-text channel.
    pub channel: Option<String>,
    /// Stage ids served.
    pub stages: Vec<String>,
    /// Personas served; empty means all.
    pub personas: Vec<PersonaRef>,
    /// Journey ids; `None` means all.
    pub journeys: Option<Vec<String>>,
    /// Owning team.
    pub owner: Option<String>,
    /// Status.
    pub status: AssetStatus,
    /// Who reviews.
    pub reviewed_by: Option<String>,
    /// Approval date.
    pub approved: Option<NaiveDate>,
    /// Approval expiry.
    pub expires: Option<NaiveDate>,
    /// Approval expired before the as-of date.
    pub expired: bool,
    /// The asset `url` when it is safe to link (http, https, mailto or relative).
    pub url: Option<String>,
    /// Places (journey, stage, persona) where the asset appears in a plan matrix.
    pub uses: usize,
    /// `code`: the material or job code.
    pub code: Option<String>,
    /// `version` of the approved material.
    pub version: Option<String>,
    /// Markets the asset is approved for (resolved: the site's when not given).
    pub markets: Vec<String>,
}

/// The whole plan page.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// One matrix per journey, in journey order.
    pub journeys: Vec<JourneyPlan>,
    /// Every asset, in inventory order.
    pub inventory: Vec<AssetRow>,
    /// Total gaps over all journeys.
    pub gaps: usize,
    /// Assets whose approval expired.
    pub expired: usize,
}

fn cell_asset(site: &Site, asset: &Asset, via_touchpoint: bool) -> CellAsset {
    CellAsset {
        id: asset.id.clone(),
        title: asset.title.clone(),
        status: asset.status,
        expired: asset.approval_expired(site.as_of),
        via_touchpoint,
    }
}

/// The assets of one stage × persona cell (see the module docs for the rule).
pub fn cell_assets(site: &Site, journey: &Journey, stage: &Stage, persona: &str) -> Vec<CellAsset> {
    let mut out: Vec<CellAsset> = site
        .assets_serving(&journey.id, &stage.id, persona)
        .map(|a| cell_asset(site, a, false))
        .collect();
    for t in &stage.touchpoints {
        if !(t.personas.is_empty() || t.personas.iter().any(|p| p == persona)) {
            continue;
        }
        for id in &t.assets {
            if out.iter().any(|c| &c.id == id) {
                continue;
            }
            if let Some(a) = site.asset(id) {
                out.push(cell_asset(site, a, true));
            }
        }
    }
    out
}

/// The stage × persona matrix of one journey.
pub fn journey_plan(site: &Site, journey: &Journey) -> JourneyPlan {
    let personas: Vec<PersonaRef> = journey
        .personas
        .iter()
        .map(|p| PersonaRef::of(site, p))
        .collect();
    let rows: Vec<PlanRow> = journey
        .stages
        .iter()
        .map(|stage| PlanRow {
            stage_id: stage.id.clone(),
            stage_name: stage.name.clone(),
            cells: journey
                .personas
                .iter()
                .map(|p| {
                    let assets = cell_assets(site, journey, stage, p);
                    let active = health::persona_active(stage, p);
                    PlanCell {
                        persona: p.clone(),
                        active,
                        gap: active && assets.iter().all(|a| a.status == AssetStatus::Retired),
                        assets,
                    }
                })
                .collect(),
        })
        .collect();
    let gaps = rows.iter().flat_map(|r| &r.cells).filter(|c| c.gap).count();
    JourneyPlan {
        journey_id: journey.id.clone(),
        journey_title: journey.title.clone(),
        state: journey.state,
        cells: rows
            .iter()
            .flat_map(|r| &r.cells)
            .filter(|c| c.active)
            .count(),
        personas,
        rows,
        gaps,
    }
}

/// Whether a user-written URL may become a link: http(s), mailto, or relative.
pub fn safe_url(url: &str) -> bool {
    let u = url.trim();
    if u.is_empty() || u.chars().any(|c| c.is_control()) {
        return false;
    }
    let lower = u.to_ascii_lowercase();
    match lower.find(':') {
        None => true,
        Some(colon) => {
            // A colon after the first '/', '?' or '#' is not a scheme separator.
            let first_sep = lower.find(['/', '?', '#']).unwrap_or(usize::MAX);
            if colon > first_sep {
                return true;
            }
            let scheme = &lower[..colon];
            matches!(scheme, "http" | "https" | "mailto")
        }
    }
}

/// The plan page: every journey's matrix and the inventory.
pub fn plan(site: &Site) -> Plan {
    use rayon::prelude::*;
    let journeys: Vec<JourneyPlan> = site
        .journeys
        .par_iter()
        .map(|j| journey_plan(site, j))
        .collect();
    // Cells per asset id, counted in one pass over the matrices.
    let mut uses: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for cell in journeys.iter().flat_map(|j| &j.rows).flat_map(|r| &r.cells) {
        for a in &cell.assets {
            *uses.entry(a.id.as_str()).or_default() += 1;
        }
    }
    let inventory: Vec<AssetRow> = site
        .assets
        .iter()
        .map(|a| {
            let review = a.review.as_ref();
            AssetRow {
                id: a.id.clone(),
                title: a.title.clone(),
                format: a.format.clone(),
                channel: a.channel.clone(),
                stages: a.stages.clone(),
                personas: a.personas.iter().map(|p| PersonaRef::of(site, p)).collect(),
                journeys: a.journeys.clone(),
                owner: a.owner.clone(),
                status: a.status,
                reviewed_by: review.and_then(|r| r.by.clone()),
                approved: review.and_then(|r| r.approved),
                expires: review.and_then(|r| r.expires),
                expired: a.approval_expired(site.as_of),
                url: a.url.clone().filter(|u| safe_url(u)),
                uses: uses.get(a.id.as_str()).copied().unwrap_or(0),
                code: a.mlr.code.clone(),
                version: a.mlr.version.clone(),
                markets: a.mlr.markets.clone(),
            }
        })
        .collect();
    Plan {
        gaps: journeys.iter().map(|j| j.gaps).sum(),
        expired: inventory.iter().filter(|a| a.expired).count(),
        journeys,
        inventory,
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    //! A tiny site shared by the view tests.
    use chrono::NaiveDate;

    use crate::base::SourceRef;
    use crate::model::*;

    pub(crate) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    pub(crate) fn stage(id: &str) -> Stage {
        Stage {
            id: id.into(),
            name: id.to_uppercase(),
            goal: None,
            actions: vec![],
            questions: vec![],
            emotions: vec![],
            touchpoints: vec![],
            pain_points: vec![],
            decision_moments: vec![],
            handoffs: vec![],
            opportunities: vec![],
            metrics: vec![],
            source: SourceRef::default(),
        }
    }

    pub(crate) fn touchpoint(
        name: &str,
        owner: Option<&str>,
        personas: &[&str],
        assets: &[&str],
    ) -> Touchpoint {
        Touchpoint {
            name: name.into(),
            channel: Some("web".into()),
            owner: owner.map(Into::into),
            personas: personas.iter().map(|s| s.to_string()).collect(),
            assets: assets.iter().map(|s| s.to_string()).collect(),
            evidence: None,
            source: SourceRef::default(),
        }
    }

    pub(crate) fn persona(id: &str) -> Persona {
        Persona {
            id: id.into(),
            name: format!("Persona {id}"),
            role: None,
            kind: None,
            buying_role: None,
            goals: vec![],
            needs: vec![],
            questions: vec![],
            blockers: vec![],
            channels: vec![],
            quote: None,
            evidence: vec![],
            narrative: String::new(),
            source: SourceRef::default(),
        }
    }

    pub(crate) fn asset(
        id: &str,
        stages: &[&str],
        personas: &[&str],
        status: AssetStatus,
    ) -> Asset {
        Asset {
            id: id.into(),
            title: format!("Asset {id}"),
            format: None,
            channel: None,
            stages: stages.iter().map(|s| s.to_string()).collect(),
            personas: personas.iter().map(|s| s.to_string()).collect(),
            journeys: None,
            owner: None,
            status,
            review: None,
            url: None,
            evidence: None,
            mlr: Default::default(),
            source: SourceRef::default(),
        }
    }

    pub(crate) fn journey(id: &str, personas: &[&str], stages: Vec<Stage>) -> Journey {
        Journey {
            id: id.into(),
            title: format!("Journey {id}"),
            segment: None,
            scope: None,
            description: None,
            state: MapState::AsIs,
            baseline: None,
            parent: None,
            parent_stage: None,
            owner: None,
            reviewed: Some(date(2026, 1, 1)),
            review_every_days: 90,
            personas: personas.iter().map(|s| s.to_string()).collect(),
            goal: None,
            stages,
            narrative: String::new(),
            evidence: vec![],
            markets: Vec::new(),
            views: Vec::new(),
            persona_slots: Vec::new(),
            source: SourceRef::default(),
        }
    }

    pub(crate) fn site(journeys: Vec<Journey>, personas: Vec<Persona>, assets: Vec<Asset>) -> Site {
        Site {
            config: SiteConfig {
                title: "Test".into(),
                description: None,
                base_url: None,
                theme: "default".into(),
                stages: vec![],
                teams: vec![],
                review_every_days: 90,
                exports: crate::model::ExportSet::ALL,
                mlr: Default::default(),
                language: "en".into(),
                ui: crate::i18n::Catalogue::english(),
                labels: crate::model::DiagramLabels::english(),
                views: Vec::new(),
            },
            journeys: journeys.into_iter().map(std::sync::Arc::new).collect(),
            personas,
            assets,
            as_of: date(2026, 3, 1),
            index: SiteIndex::default(),
            theme: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::*;
    use super::*;
    use crate::model::AssetReview;
    use crate::views::health;

    fn sample() -> Site {
        let mut s1 = stage("aware");
        s1.touchpoints.push(touchpoint(
            "Webinar",
            Some("Marketing"),
            &["b"],
            &["tp-only"],
        ));
        let mut s2 = stage("decide");
        for p in ["a", "b"] {
            s2.emotions.push(crate::model::Emotion {
                persona: p.into(),
                score: 0,
            });
        }
        let mut expired = asset("old", &["decide"], &["a"], AssetStatus::Published);
        expired.review = Some(AssetReview {
            by: Some("MLR".into()),
            approved: Some(date(2024, 1, 1)),
            expires: Some(date(2025, 1, 1)),
        });
        let mut other_journey = asset("elsewhere", &["aware"], &[], AssetStatus::Idea);
        other_journey.journeys = Some(vec!["j2".into()]);
        site(
            vec![journey("j1", &["a", "b"], vec![s1, s2])],
            vec![persona("a"), persona("b")],
            vec![
                asset("all", &["aware"], &[], AssetStatus::Approved),
                expired,
                other_journey,
                asset("tp-only", &[], &[], AssetStatus::InReview),
                {
                    let mut a = asset("bad-url", &[], &[], AssetStatus::Idea);
                    a.url = Some("javascript:alert(1)".into());
                    a
                },
            ],
        )
    }

    #[test]
    fn matrix_cells_and_gaps() {
        let site = sample();
        let p = journey_plan(&site, &site.journeys[0]);
        assert_eq!(p.personas[1].name, "Persona b");
        let ids = |r: usize, c: usize| -> Vec<&str> {
            p.rows[r].cells[c]
                .assets
                .iter()
                .map(|a| a.id.as_str())
                .collect()
        };
        assert_eq!(ids(0, 0), ["all"]);
        assert_eq!(ids(0, 1), ["all", "tp-only"]);
        assert!(p.rows[0].cells[1].assets[1].via_touchpoint);
        assert_eq!(ids(1, 0), ["old"]);
        assert!(p.rows[1].cells[0].assets[0].expired);
        assert!(p.rows[1].cells[1].gap);
        assert_eq!(p.gaps, 1);
        // Persona a is not active at "aware": not a gap, not counted.
        assert!(!p.rows[0].cells[0].active && !p.rows[0].cells[0].gap);
        assert_eq!(p.cells, 3);
        // Same count as the health finding.
        assert_eq!(
            health::journey_health(&site, &site.journeys[0]).content_gaps,
            1
        );
    }

    #[test]
    fn inventory_rows() {
        let site = sample();
        let plan = plan(&site);
        assert_eq!(plan.inventory.len(), 5);
        assert_eq!(plan.expired, 1);
        assert_eq!(plan.inventory[0].uses, 2);
        assert_eq!(plan.inventory[2].uses, 0);
        assert_eq!(plan.inventory[4].url, None);
        assert_eq!(plan.inventory[1].reviewed_by.as_deref(), Some("MLR"));
    }

    #[test]
    fn urls() {
        assert!(safe_url("https://example.com/a"));
        assert!(safe_url("docs/a.pdf"));
        assert!(safe_url("mailto:x@example.com"));
        assert!(safe_url("a/b:c"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JavaScript:alert(1)"));
        assert!(!safe_url("data:text/html,x"));
        assert!(!safe_url("java\tscript:x"));
        assert!(!safe_url(""));
    }
}
