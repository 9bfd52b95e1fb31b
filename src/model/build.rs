//! Builds the resolved [`Site`] from a loaded site that `check` passed.
//!
//! Every value is taken as checked: a reference that does not resolve, or a date that does
//! not parse, is dropped rather than trusted (it cannot happen after a clean check, and the
//! build must never panic).

use chrono::NaiveDate;
use serde_saphyr::Spanned;

use super::*;
use crate::base::names::Names;
use crate::base::values::{doc_id, parse_date, parse_period, title_from_id};
use crate::check;
use crate::load::raw::{self, RawEvidence, RawStage};
use crate::load::text_or::{OneOrMany, TextOr};
use crate::load::{Doc, LoadedSite};

/// Default review cadence when neither the journey nor `waymark.yaml` sets one.
pub const DEFAULT_REVIEW_DAYS: u32 = 90;

/// Resolves a loaded site. `as_of` is the date health is measured against.
pub fn build(site: &LoadedSite, as_of: NaiveDate) -> Site {
    build_with(site, as_of, &check::names(site))
}

/// [`build`] with the names `check` already collected ([`check::check_with_names`]), so a
/// build collects them once.
pub fn build_with(site: &LoadedSite, as_of: NaiveDate, names: &Names) -> Site {
    build_reusing(site, as_of, names, &|_| None)
}

/// [`build_with`], taking a journey from `reuse` when it gives one for a journey file: a
/// journey is resolved from its own file, `waymark.yaml` and `names` alone, so `serve`
/// hands back the journeys of files that did not change while those stayed the same.
pub fn build_reusing(
    site: &LoadedSite,
    as_of: NaiveDate,
    names: &Names,
    reuse: &(dyn Fn(&Doc<raw::RawJourney>) -> Option<Arc<Journey>> + Sync),
) -> Site {
    let config = config(site);
    // Its fonts are installed by whoever draws the site (render, export): building a past
    // revision for history must not change the faces of the site being drawn.
    let theme = Arc::new(super::theme::resolve(site));
    use rayon::prelude::*;
    let markets = &config.mlr.markets;
    // Journeys are independent once the names are known: resolve them on every core.
    let journeys = site
        .journeys
        .par_iter()
        .map(|d| reuse(d).unwrap_or_else(|| Arc::new(journey(d, &config, names))))
        .collect();
    let personas = site.personas.iter().map(persona).collect();
    let assets = site
        .assets
        .iter()
        .flat_map(|d| d.value.iter().map(move |a| asset(d, a, markets)))
        .collect();
    Site {
        config,
        journeys,
        personas,
        assets,
        as_of,
        index: SiteIndex::default(),
        theme,
    }
}

fn config(site: &LoadedSite) -> SiteConfig {
    let Some(doc) = &site.config else {
        return SiteConfig {
            title: "Journey maps".into(),
            description: None,
            base_url: None,
            theme: "default".into(),
            stages: Vec::new(),
            teams: Vec::new(),
            review_every_days: DEFAULT_REVIEW_DAYS,
            exports: ExportSet::ALL,
            mlr: MlrConfig::default(),
            language: "en".into(),
            ui: crate::i18n::Catalogue::english(),
            labels: crate::model::DiagramLabels::english(),
            views: Vec::new(),
        };
    };
    let c = &doc.value;
    let ui = crate::load::catalogue(site);
    SiteConfig {
        title: c.title.clone(),
        description: c.description.clone(),
        base_url: c.base_url.as_ref().map(|u| u.value.clone()),
        theme: c
            .theme
            .as_ref()
            .map_or_else(|| "default".into(), |t| t.value.clone()),
        stages: c
            .stages
            .iter()
            .map(|s| {
                let d = &s.value.0;
                StageDef {
                    id: d.id.value.clone(),
                    name: d.name.clone().unwrap_or_else(|| title_from_id(&d.id.value)),
                    description: d.description.clone(),
                }
            })
            .collect(),
        teams: c.teams.iter().map(|t| t.value.clone()).collect(),
        exports: match &c.exports {
            None | Some(raw::RawExports::All(true)) => ExportSet::ALL,
            Some(raw::RawExports::All(false)) => ExportSet::NONE,
            Some(raw::RawExports::Formats(names)) => {
                ExportSet::from_names(names.iter().map(|n| n.value.as_str()))
            }
        },
        review_every_days: c
            .review_every
            .as_ref()
            .and_then(|p| parse_period(&p.value))
            .unwrap_or(DEFAULT_REVIEW_DAYS),
        mlr: MlrConfig {
            markets: unique(&c.markets),
            expiry_warning_days: c
                .expiry_warning
                .as_ref()
                .and_then(|p| parse_period(&p.value))
                .unwrap_or(DEFAULT_EXPIRY_WARNING_DAYS),
            market: None,
        },
        language: ui.tag().to_string(),
        labels: Arc::new(crate::model::DiagramLabels::of(&ui)),
        ui,
        views: super::build_view::site_views(doc, &c.views),
    }
}

/// The values of `list` once each, in the order written.
pub(super) fn unique(list: &[Spanned<String>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in list {
        if !out.contains(&s.value) {
            out.push(s.value.clone());
        }
    }
    out
}

/// `markets:` of a journey or asset resolved: the codes written (once each), else the
/// site's markets.
fn markets_of(given: &Option<Vec<Spanned<String>>>, site: &[String]) -> Vec<String> {
    given.as_ref().map_or_else(|| site.to_vec(), |m| unique(m))
}

fn evidence(e: &Option<TextOr<RawEvidence>>) -> Option<Evidence> {
    e.as_ref().map(|TextOr(e)| convert_evidence(e))
}

fn evidence_list(e: &Option<OneOrMany<TextOr<RawEvidence>>>) -> Vec<Evidence> {
    e.as_ref()
        .map(|list| list.0.iter().map(|TextOr(e)| convert_evidence(e)).collect())
        .unwrap_or_default()
}

fn convert_evidence(e: &RawEvidence) -> Evidence {
    Evidence {
        source: e.source.clone(),
        confidence: e.confidence.map(|c| match c {
            raw::RawConfidence::Known => Confidence::Known,
            raw::RawConfidence::Hypothesis => Confidence::Hypothesis,
        }),
    }
}

fn opt(s: &Option<Spanned<String>>) -> Option<String> {
    s.as_ref().map(|s| s.value.clone())
}

fn ids(list: &[Spanned<String>]) -> Vec<String> {
    list.iter().map(|s| s.value.clone()).collect()
}

fn date(s: &Option<Spanned<String>>) -> Option<NaiveDate> {
    s.as_ref().and_then(|s| parse_date(&s.value))
}

fn journey(doc: &Doc<raw::RawJourney>, config: &SiteConfig, names: &Names) -> Journey {
    let j = &doc.value;
    let id = doc_id(&j.id, &doc.stem);
    let mut personas: Vec<String> = Vec::new();
    for p in &j.personas {
        if names.personas.contains(&p.value) && !personas.contains(&p.value) {
            personas.push(p.value.clone());
        }
    }
    let stages = j
        .stages
        .iter()
        .map(|s| stage(doc, s, config, &personas))
        .collect();
    let mut out = Journey {
        id,
        title: j.title.clone(),
        segment: j.segment.clone(),
        scope: j.scope.clone(),
        description: j.description.clone(),
        state: match j.state {
            Some(raw::RawState::ToBe) => MapState::ToBe,
            _ => MapState::AsIs,
        },
        baseline: opt(&j.baseline),
        parent: opt(&j.parent),
        parent_stage: opt(&j.parent_stage),
        owner: opt(&j.owner),
        reviewed: date(&j.reviewed),
        review_every_days: j
            .review_every
            .as_ref()
            .and_then(|p| parse_period(&p.value))
            .unwrap_or(config.review_every_days),
        personas,
        goal: j.goal.clone(),
        stages,
        narrative: doc.body.clone(),
        evidence: evidence_list(&j.evidence),
        markets: markets_of(&j.markets, &config.mlr.markets),
        views: Vec::new(),
        persona_slots: Vec::new(),
        source: doc.whole(),
    };
    out.views = super::build_view::journey_views(doc, &j.views, &config.views, &out);
    out
}

fn stage(
    doc: &Doc<raw::RawJourney>,
    s: &Spanned<RawStage>,
    config: &SiteConfig,
    personas: &[String],
) -> Stage {
    let at = doc.span(&s.value.id);
    let r = &s.value;
    let item_at = |sp: &serde_saphyr::Location| doc.at(sp, &at);
    let persona_text = |list: &[Spanned<TextOr<raw::RawPersonaText>>]| {
        list.iter()
            .map(|x| PersonaText {
                persona: opt(&x.value.0.persona),
                text: x.value.0.text.clone(),
                emotion: None,
                evidence: evidence(&x.value.0.evidence),
                source: item_at(&x.referenced),
            })
            .collect()
    };
    let actions = r
        .actions
        .iter()
        .map(|x| PersonaText {
            persona: opt(&x.value.0.persona),
            text: x.value.0.text.clone(),
            emotion: x
                .value
                .0
                .emotion
                .as_ref()
                .filter(|e| (-2..=2).contains(&e.value))
                .map(|e| e.value as i8),
            evidence: evidence(&x.value.0.evidence),
            source: item_at(&x.referenced),
        })
        .collect();
    Stage {
        id: r.id.value.clone(),
        name: r.name.clone().unwrap_or_else(|| {
            config
                .stages
                .iter()
                .find(|d| d.id == r.id.value)
                .map_or_else(|| title_from_id(&r.id.value), |d| d.name.clone())
        }),
        goal: r.goal.clone(),
        actions,
        questions: persona_text(&r.questions),
        emotions: stage_emotions(r, personas),
        touchpoints: r
            .touchpoints
            .iter()
            .map(|x| touchpoint(&x.value.0, item_at(&x.referenced)))
            .collect(),
        pain_points: r
            .pain_points
            .iter()
            .map(|x| pain_point(&x.value.0, item_at(&x.referenced)))
            .collect(),
        decision_moments: r
            .decision_moments
            .iter()
            .map(|x| DecisionMoment {
                text: x.value.0.text.clone(),
                evidence: evidence(&x.value.0.evidence),
                source: item_at(&x.referenced),
            })
            .collect(),
        handoffs: r
            .handoffs
            .iter()
            .map(|x| handoff(&x.value.0, item_at(&x.referenced)))
            .collect(),
        opportunities: r
            .opportunities
            .iter()
            .map(|x| opportunity(&x.value.0, item_at(&x.referenced)))
            .collect(),
        metrics: r
            .metrics
            .iter()
            .map(|x| metric(&x.value.0, item_at(&x.referenced)))
            .collect(),
        source: at,
    }
}

/// A stage's `emotions:` in the journey's persona order (so lines and legends are
/// stable), one per persona, out-of-range scores and unlisted personas left out (`check`
/// reports them).
fn stage_emotions(r: &RawStage, personas: &[String]) -> Vec<Emotion> {
    let mut emotions: Vec<Emotion> = r
        .emotions
        .0
        .iter()
        .filter(|(p, v)| personas.contains(&p.value) && (-2..=2).contains(&v.value))
        .map(|(p, v)| Emotion {
            persona: p.value.clone(),
            score: v.value as i8,
        })
        .collect();
    emotions.sort_by_key(|e| personas.iter().position(|p| *p == e.persona));
    emotions.dedup_by(|a, b| a.persona == b.persona);
    emotions
}

fn touchpoint(t: &raw::RawTouchpoint, source: SourceRef) -> Touchpoint {
    Touchpoint {
        name: t.name.clone(),
        channel: t.channel.clone(),
        owner: opt(&t.owner),
        personas: ids(&t.personas),
        assets: ids(&t.assets),
        evidence: evidence(&t.evidence),
        source,
    }
}

fn pain_point(p: &raw::RawPainPoint, source: SourceRef) -> PainPoint {
    PainPoint {
        text: p.text.clone(),
        owner: opt(&p.owner),
        severity: p.severity.map(|s| match s {
            raw::RawSeverity::Low => Severity::Low,
            raw::RawSeverity::Medium => Severity::Medium,
            raw::RawSeverity::High => Severity::High,
        }),
        evidence: evidence(&p.evidence),
        source,
    }
}

fn handoff(h: &raw::RawHandoff, source: SourceRef) -> Handoff {
    Handoff {
        from: opt(&h.from),
        to: opt(&h.to),
        text: h.text.clone(),
        evidence: evidence(&h.evidence),
        source,
    }
}

fn metric(m: &raw::RawMetric, source: SourceRef) -> Metric {
    Metric {
        name: m.name.clone(),
        target: m.target.as_ref().map(|s| s.0.clone()),
        current: m.current.as_ref().map(|s| s.0.clone()),
        evidence: evidence(&m.evidence),
        source,
    }
}

fn opportunity(o: &raw::RawOpportunity, source: SourceRef) -> Opportunity {
    use raw::RawOpportunityStatus as R;
    Opportunity {
        text: o.text.clone(),
        owner: opt(&o.owner),
        status: match o.status {
            None | Some(R::Idea) => OpportunityStatus::Idea,
            Some(R::Planned) => OpportunityStatus::Planned,
            Some(R::InProgress) => OpportunityStatus::InProgress,
            Some(R::Blocked) => OpportunityStatus::Blocked,
            Some(R::Done) => OpportunityStatus::Done,
            Some(R::Dropped) => OpportunityStatus::Dropped,
        },
        due: date(&o.due),
        value: o.value.map(level),
        effort: o.effort.map(level),
        evidence: evidence(&o.evidence),
        source,
    }
}

fn level(l: raw::RawLevel) -> Level {
    match l {
        raw::RawLevel::Low => Level::Low,
        raw::RawLevel::Medium => Level::Medium,
        raw::RawLevel::High => Level::High,
    }
}

fn persona(doc: &Doc<raw::RawPersona>) -> Persona {
    let p = &doc.value;
    use raw::RawBuyingRole as R;
    Persona {
        id: doc_id(&p.id, &doc.stem),
        name: p.name.clone(),
        role: p.role.clone(),
        kind: p.kind.clone(),
        buying_role: p.buying_role.map(|r| match r {
            R::DecisionMaker => BuyingRole::DecisionMaker,
            R::Influencer => BuyingRole::Influencer,
            R::Approver => BuyingRole::Approver,
            R::Gatekeeper => BuyingRole::Gatekeeper,
            R::User => BuyingRole::User,
            R::Champion => BuyingRole::Champion,
        }),
        goals: p.goals.clone(),
        needs: p.needs.clone(),
        questions: p.questions.clone(),
        blockers: p.blockers.clone(),
        channels: p.channels.clone(),
        quote: p.quote.clone(),
        evidence: evidence_list(&p.evidence),
        narrative: doc.body.clone(),
        source: doc.whole(),
    }
}

fn asset(
    doc: &Doc<Vec<Spanned<raw::RawAsset>>>,
    a: &Spanned<raw::RawAsset>,
    site_markets: &[String],
) -> Asset {
    use raw::RawAssetStatus as R;
    let r = &a.value;
    Asset {
        id: r.id.value.clone(),
        title: r.title.clone(),
        format: r.format.clone(),
        channel: r.channel.clone(),
        stages: ids(&r.stages),
        personas: ids(&r.personas),
        journeys: r.journeys.as_ref().map(|j| ids(j)),
        owner: opt(&r.owner),
        status: match r.status {
            None | Some(R::Idea) => AssetStatus::Idea,
            Some(R::Planned) => AssetStatus::Planned,
            Some(R::InProgress) => AssetStatus::InProgress,
            Some(R::InReview) => AssetStatus::InReview,
            Some(R::Approved) => AssetStatus::Approved,
            Some(R::Published) => AssetStatus::Published,
            Some(R::Retired) => AssetStatus::Retired,
        },
        review: r.review.as_ref().map(|rv| AssetReview {
            by: rv.by.clone(),
            approved: date(&rv.approved),
            expires: date(&rv.expires),
        }),
        url: r.url.clone(),
        evidence: evidence(&r.evidence),
        mlr: asset_mlr(doc, r, site_markets),
        source: doc.span(a),
    }
}

fn asset_mlr(
    doc: &Doc<Vec<Spanned<raw::RawAsset>>>,
    r: &raw::RawAsset,
    site_markets: &[String],
) -> AssetMlr {
    AssetMlr {
        code: r
            .code
            .as_ref()
            .map(|c| c.0.trim().to_string())
            .filter(|c| !c.is_empty()),
        version: r
            .version
            .as_ref()
            .map(|v| v.0.trim().to_string())
            .filter(|v| !v.is_empty()),
        markets: markets_of(&r.markets, site_markets),
        markets_given: r.markets.is_some(),
        products: r.products.clone(),
        claims: r
            .claims
            .iter()
            .map(|c| Claim {
                text: c.value.0.text.clone(),
                references: c.value.0.references.clone(),
                source: doc.span(c),
            })
            .collect(),
        expires_at: r
            .review
            .as_ref()
            .and_then(|rv| rv.expires.as_ref())
            .map(|e| doc.span(e)),
    }
}
