//! Health findings: what makes a map stale, ownerless or incomplete.
//!
//! Takes the resolved [`Site`] and gives [`Finding`]s, each located in its source file. The
//! same findings feed the lints of `waymark check` (as warnings) and the health badges of
//! the index and journey pages, so the two can never disagree.

use serde::Serialize;

use crate::base::SourceRef;
use crate::model::{Confidence, Evidence, Journey, Site};

/// The kinds of health finding, one per lint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A touchpoint with no `owner`.
    UnownedTouchpoint,
    /// A pain point with no `owner`.
    UnownedPainPoint,
    /// A journey with no stages.
    JourneyWithoutStages,
    /// A stage with no touchpoints.
    StageWithoutTouchpoints,
    /// A persona listed by the journey but named in none of its stages.
    PersonaAbsent,
    /// A stage where an active persona has no content asset (one finding per stage).
    ContentGap,
    /// Evidence marked `hypothesis` only.
    Hypothesis,
    /// `reviewed + review_every` is before the as-of date, or the map was never reviewed.
    ReviewOverdue,
    /// An asset whose approval `expires` before the as-of date.
    ApprovalExpired,
    /// An asset whose approval expires within `expiry_warning` of the as-of date.
    ApprovalExpiring,
    /// An asset with `status: published` but no `review.approved` date or no `code`.
    PublishedWithoutApproval,
    /// A journey in a market uses, or is served by, an asset not approved for that market.
    MarketMismatch,
    /// A claim of an asset that cites no reference.
    ClaimWithoutReference,
    /// An opportunity without `value` or `effort` in a journey that scores others.
    UnscoredOpportunity,
}

impl FindingKind {
    /// The lint code shown by `waymark check`, e.g. `content-gap`.
    pub fn code(self) -> &'static str {
        match self {
            FindingKind::UnownedTouchpoint => "unowned-touchpoint",
            FindingKind::UnownedPainPoint => "unowned-pain-point",
            FindingKind::JourneyWithoutStages => "journey-without-stages",
            FindingKind::StageWithoutTouchpoints => "stage-without-touchpoints",
            FindingKind::PersonaAbsent => "persona-absent",
            FindingKind::ContentGap => "content-gap",
            FindingKind::Hypothesis => "hypothesis",
            FindingKind::ReviewOverdue => "review-overdue",
            FindingKind::ApprovalExpired => "approval-expired",
            FindingKind::ApprovalExpiring => "approval-expiring",
            FindingKind::PublishedWithoutApproval => "published-without-approval",
            FindingKind::MarketMismatch => "market-mismatch",
            FindingKind::ClaimWithoutReference => "claim-without-reference",
            FindingKind::UnscoredOpportunity => "unscored-opportunity",
        }
    }
}

/// One health finding.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// What kind of problem.
    pub kind: FindingKind,
    /// The journey it belongs to; `None` for site-wide findings (expired assets).
    pub journey: Option<String>,
    /// The asset it is about (expired approvals); not in `site.json`.
    #[serde(skip)]
    pub asset: Option<String>,
    /// A one-line message for people, e.g. "touchpoint \"Site demo\" has no owner".
    pub message: String,
    /// A hint on how to fix it.
    pub hint: String,
    /// Where in the source the finding points.
    pub source: SourceRef,
    /// Another place the finding is about, and what it is (a market mismatch points at the
    /// journey and names the asset's entry here); not in `site.json`.
    #[serde(skip)]
    pub related: Option<(SourceRef, String)>,
}

/// Counts of findings for one journey: what the index card and journey header show.
#[derive(Debug, Clone, Default, Serialize)]
pub struct JourneyHealth {
    /// Review overdue (or never reviewed).
    pub review_overdue: bool,
    /// Days past the due date (0 when not overdue or never reviewed).
    pub days_overdue: i64,
    /// Touchpoints without an owner.
    pub unowned_touchpoints: usize,
    /// Pain points without an owner.
    pub unowned_pain_points: usize,
    /// Stage × persona cells where the persona is active and no asset serves it.
    pub content_gaps: usize,
    /// Items whose evidence is a hypothesis.
    pub hypotheses: usize,
    /// Assets serving this journey whose approval expired.
    pub expired_approvals: usize,
    /// Assets serving this journey whose approval expires within `expiry_warning`.
    pub expiring_approvals: usize,
    /// Assets serving this journey that are published without an approval date or code.
    pub unapproved_published: usize,
    /// Claims without a reference in the assets serving this journey.
    pub claims_without_reference: usize,
    /// Assets used by or serving this journey that are not approved for all of its markets.
    pub market_mismatches: usize,
    /// Stages without touchpoints.
    pub stages_without_touchpoints: usize,
    /// Total number of findings; 0 means healthy.
    pub total: usize,
}

impl JourneyHealth {
    /// Adds the counts of `other` (a sub-journey's) to these: the index card of a parent
    /// map shows its whole tree. The review state stays the map's own.
    pub fn add_counts(&mut self, other: &JourneyHealth) {
        self.unowned_touchpoints += other.unowned_touchpoints;
        self.unowned_pain_points += other.unowned_pain_points;
        self.content_gaps += other.content_gaps;
        self.hypotheses += other.hypotheses;
        self.expired_approvals += other.expired_approvals;
        self.expiring_approvals += other.expiring_approvals;
        self.unapproved_published += other.unapproved_published;
        self.claims_without_reference += other.claims_without_reference;
        self.market_mismatches += other.market_mismatches;
        self.stages_without_touchpoints += other.stages_without_touchpoints;
        self.total += other.total;
    }
}

/// One journey's own findings and its summary, as [`SiteHealth`] keeps them.
pub type JourneyPart = (Vec<Finding>, JourneyHealth);

/// Every health finding of a site and each journey's summary, computed once per build (the
/// lints of `check`, the index cards, the journey pages and `site.json` all read it).
#[derive(Debug, Clone, Default)]
pub struct SiteHealth {
    /// Every finding: journeys in order, then site-wide ones (expired approvals).
    pub findings: Vec<Finding>,
    /// One summary per journey, in `Site::journeys` order.
    pub journeys: Vec<JourneyHealth>,
    /// `findings[ranges[i]]` are the findings of journey `i`.
    ranges: Vec<std::ops::Range<usize>>,
}

impl SiteHealth {
    /// Computes the health of `site`: journeys in parallel, in time linear in the site.
    pub fn of(site: &Site) -> SiteHealth {
        SiteHealth::of_reusing(site, &|_| None)
    }

    /// [`SiteHealth::of`], taking journey `i`'s part ([`SiteHealth::journey_part`] of an
    /// earlier build) from `reuse` when it gives one. A journey's findings depend on the
    /// journey, the assets and the as-of date alone, so `serve` hands back those of journeys
    /// whose file did not change while the rest of the site stayed the same.
    pub fn of_reusing(site: &Site, reuse: &(dyn Fn(usize) -> Option<JourneyPart> + Sync)) -> Self {
        use rayon::prelude::*;
        let per_journey: Vec<JourneyPart> = (0..site.journeys.len())
            .into_par_iter()
            .map(|i| {
                if let Some(kept) = reuse(i) {
                    return kept;
                }
                let j = &site.journeys[i];
                let mut found = Vec::new();
                let gaps = journey_findings(site, j, &mut found);
                let health = summary(site, j, &found, gaps);
                (found, health)
            })
            .collect();
        let mut out = SiteHealth::default();
        for (found, health) in per_journey {
            let start = out.findings.len();
            out.findings.extend(found);
            out.ranges.push(start..out.findings.len());
            out.journeys.push(health);
        }
        out.findings
            .extend(site.assets.iter().flat_map(|a| asset_findings(site, a)));
        out
    }

    /// Journey number `index`'s own findings (without the site-wide expired approvals) and
    /// its summary; `None` for an index out of range.
    pub fn journey_part(&self, index: usize) -> Option<JourneyPart> {
        let range = self.ranges.get(index)?;
        Some((
            self.findings[range.clone()].to_vec(),
            self.journeys[index].clone(),
        ))
    }

    /// What the page of journey number `index` (in `Site::journeys`) lists: its own findings,
    /// then the expired approvals of the assets that serve it. Empty for an index out of range.
    pub fn findings_of(&self, site: &Site, index: usize) -> Vec<Finding> {
        let Some(range) = self.ranges.get(index) else {
            return Vec::new();
        };
        let mut out = self.findings[range.clone()].to_vec();
        out.extend(asset_findings_of(site, &site.journeys[index]));
        out
    }
}

/// The findings about one asset itself, whichever journey it serves: `approval-expired`,
/// `approval-expiring`, `published-without-approval` and one `claim-without-reference` per
/// claim without references. Retired assets have none.
pub fn asset_findings(site: &Site, asset: &crate::model::Asset) -> Vec<Finding> {
    use crate::model::AssetStatus;
    let mut out = Vec::new();
    if asset.status == AssetStatus::Retired {
        return out;
    }
    if asset.approval_expired(site.as_of) {
        out.push(expired_finding(asset));
    }
    let warn = site.config.mlr.expiry_warning_days;
    if asset.approval_expiring(site.as_of, warn) {
        let days = asset.days_left(site.as_of).unwrap_or(0);
        let expires = asset.review.as_ref().and_then(|r| r.expires);
        out.push(asset_finding(
            asset,
            FindingKind::ApprovalExpiring,
            format!(
                "approval of asset \"{}\" expires on {} (in {days} day{}, within the {warn}-day warning)",
                asset.id,
                expires.map(|d| d.to_string()).unwrap_or_default(),
                if days == 1 { "" } else { "s" }
            ),
            "start re-approval now (MLR review) and update `review.expires`, or plan to withdraw it (`status: retired`)",
            asset.mlr.expires_at.clone(),
        ));
    }
    if asset.status == AssetStatus::Published {
        let approved = asset.review.as_ref().and_then(|r| r.approved).is_some();
        let missing: Vec<&str> = [
            (!approved).then_some("`review.approved` date"),
            asset.mlr.code.is_none().then_some("`code`"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !missing.is_empty() {
            out.push(asset_finding(
                asset,
                FindingKind::PublishedWithoutApproval,
                format!(
                    "asset \"{}\" is published without {}",
                    asset.id,
                    missing.join(" and ")
                ),
                "add the approval: `review: { approved: YYYY-MM-DD }` and the material `code:` from the MLR system, or set the status back to `in-review`",
                None,
            ));
        }
    }
    for c in asset.mlr.claims.iter().filter(|c| c.references.is_empty()) {
        out.push(asset_finding(
            asset,
            FindingKind::ClaimWithoutReference,
            format!("claim \"{}\" of asset \"{}\" cites no reference", c.text, asset.id),
            "add `references: [...]` to the claim (publication, study report or data on file), or drop the claim",
            Some(c.source.clone()),
        ));
    }
    out
}

/// A site-wide finding about `asset`, at `at` (else the asset's entry).
fn asset_finding(
    asset: &crate::model::Asset,
    kind: FindingKind,
    message: String,
    hint: &str,
    at: Option<SourceRef>,
) -> Finding {
    Finding {
        kind,
        journey: None,
        asset: Some(asset.id.clone()),
        message,
        hint: hint.to_string(),
        source: at.unwrap_or_else(|| asset.source.clone()),
        related: None,
    }
}

/// The asset findings ([`asset_findings`]) of the assets that serve `journey` at one of its
/// stages (the rule of [`expired_assets_of`]), in inventory order.
pub fn asset_findings_of(site: &Site, journey: &Journey) -> Vec<Finding> {
    site.assets
        .iter()
        .filter(|a| serves_journey(a, journey))
        .flat_map(|a| asset_findings(site, a))
        .collect()
}

/// Whether `asset` serves `journey` at one of its stages (its `journeys` include the journey
/// or are absent, and its `stages` include one of the journey's).
fn serves_journey(asset: &crate::model::Asset, journey: &Journey) -> bool {
    asset
        .journeys
        .as_ref()
        .is_none_or(|js| js.contains(&journey.id))
        && journey.stages.iter().any(|s| asset.stages.contains(&s.id))
}

/// The `market-mismatch` findings of `journey`: for every asset a touchpoint of it uses or
/// that serves it ([`serves_journey`]), not retired, and not approved for every market of
/// the journey, one finding naming the journey, the asset and the markets missing. It points
/// at the first touchpoint using the asset, else at the journey; the asset's entry is the
/// related place.
fn market_findings(site: &Site, journey: &Journey, out: &mut Vec<Finding>) {
    if journey.markets.is_empty() {
        return;
    }
    for a in &site.assets {
        if a.status == crate::model::AssetStatus::Retired || !a.mlr.markets_given {
            continue;
        }
        let missing: Vec<&str> = journey
            .markets
            .iter()
            .filter(|m| !a.in_market(m))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let used_at = journey
            .stages
            .iter()
            .flat_map(|s| &s.touchpoints)
            .find(|t| t.assets.contains(&a.id));
        if used_at.is_none() && !serves_journey(a, journey) {
            continue;
        }
        let approved = if a.mlr.markets.is_empty() {
            "no market".to_string()
        } else {
            a.mlr.markets.join(", ")
        };
        out.push(Finding {
            kind: FindingKind::MarketMismatch,
            journey: Some(journey.id.clone()),
            asset: Some(a.id.clone()),
            message: format!(
                "journey \"{}\" runs in {} but asset \"{}\" is approved for {approved} only",
                journey.id,
                missing.join(", "),
                a.id
            ),
            hint: format!(
                "get asset \"{}\" approved for {} and add the market to its `markets:`, or take it off this journey (the touchpoint's `assets:` or the asset's `journeys:`)",
                a.id,
                missing.join(", ")
            ),
            source: used_at.map_or_else(|| journey.source.clone(), |t| t.source.clone()),
            related: Some((a.source.clone(), format!("asset \"{}\" is defined here", a.id))),
        });
    }
}

/// The site-wide finding for an asset whose approval expired.
fn expired_finding(asset: &crate::model::Asset) -> Finding {
    let expires = asset.review.as_ref().and_then(|r| r.expires);
    Finding {
        kind: FindingKind::ApprovalExpired,
        journey: None,
        asset: Some(asset.id.clone()),
        message: format!(
            "approval of asset \"{}\" expired on {}",
            asset.id,
            expires.map(|d| d.to_string()).unwrap_or_default()
        ),
        hint: "re-approve the asset and update `review.expires`, or set `status: retired`".into(),
        source: asset.source.clone(),
        related: None,
    }
}

/// One journey's summary and what its page lists (its own findings, then the expired
/// approvals of the assets serving it), without computing the rest of the site: what
/// [`SiteHealth`] gives for that journey, for a preview that renders one page.
pub fn journey_report(site: &Site, journey: &Journey) -> (JourneyHealth, Vec<Finding>) {
    let mut found = Vec::new();
    let gaps = journey_findings(site, journey, &mut found);
    let health = summary(site, journey, &found, gaps);
    found.extend(asset_findings_of(site, journey));
    (health, found)
}

/// Every finding of the site, journeys in order then site-wide ones.
pub fn findings(site: &Site) -> Vec<Finding> {
    SiteHealth::of(site).findings
}

/// The health summary of one journey.
pub fn journey_health(site: &Site, journey: &Journey) -> JourneyHealth {
    let mut found = Vec::new();
    let gaps = journey_findings(site, journey, &mut found);
    summary(site, journey, &found, gaps)
}

/// Counts `found` (the journey's own findings) into a summary; `gaps` is the number of
/// stage × persona content gaps.
fn summary(site: &Site, journey: &Journey, found: &[Finding], gaps: usize) -> JourneyHealth {
    let mut h = JourneyHealth::default();
    for f in found {
        match f.kind {
            FindingKind::UnownedTouchpoint => h.unowned_touchpoints += 1,
            FindingKind::UnownedPainPoint => h.unowned_pain_points += 1,
            FindingKind::StageWithoutTouchpoints => h.stages_without_touchpoints += 1,
            FindingKind::ContentGap => {}
            FindingKind::Hypothesis => h.hypotheses += 1,
            FindingKind::ReviewOverdue => h.review_overdue = true,
            FindingKind::MarketMismatch => h.market_mismatches += 1,
            FindingKind::PersonaAbsent
            | FindingKind::ApprovalExpired
            | FindingKind::ApprovalExpiring
            | FindingKind::PublishedWithoutApproval
            | FindingKind::ClaimWithoutReference
            | FindingKind::UnscoredOpportunity
            | FindingKind::JourneyWithoutStages => {}
        }
    }
    let mut asset_count = 0;
    for f in asset_findings_of(site, journey) {
        asset_count += 1;
        match f.kind {
            FindingKind::ApprovalExpired => h.expired_approvals += 1,
            FindingKind::ApprovalExpiring => h.expiring_approvals += 1,
            FindingKind::PublishedWithoutApproval => h.unapproved_published += 1,
            FindingKind::ClaimWithoutReference => h.claims_without_reference += 1,
            _ => {}
        }
    }
    h.days_overdue = journey
        .next_review()
        .map(|due| (site.as_of - due).num_days().max(0))
        .unwrap_or(0);
    h.content_gaps = gaps;
    h.total = found.len() + asset_count;
    h
}

/// Assets that serve `journey` at one of its stages and whose approval has expired.
pub fn expired_assets_of<'a>(
    site: &'a Site,
    journey: &'a Journey,
) -> impl Iterator<Item = &'a crate::model::Asset> + 'a {
    site.expired_assets().filter(move |a| {
        a.journeys
            .as_ref()
            .is_none_or(|js| js.contains(&journey.id))
            && journey.stages.iter().any(|s| a.stages.contains(&s.id))
    })
}

/// Pushes the findings of `journey` onto `out`; gives the number of content gaps (stage ×
/// persona cells).
fn journey_findings(site: &Site, journey: &Journey, out: &mut Vec<Finding>) -> usize {
    let jid = Some(journey.id.clone());
    let mut gaps = 0;
    let mut push = |kind, message: String, hint: &str, source: &SourceRef| {
        out.push(Finding {
            kind,
            journey: jid.clone(),
            asset: None,
            message,
            hint: hint.to_string(),
            source: source.clone(),
            related: None,
        });
    };
    if journey.review_overdue(site.as_of) {
        let message = match journey.next_review() {
            Some(due) => format!(
                "review of journey \"{}\" was due on {due} (reviewed {}, every {} days)",
                journey.id,
                journey.reviewed.map(|d| d.to_string()).unwrap_or_default(),
                journey.review_every_days
            ),
            None => format!("journey \"{}\" has never been reviewed", journey.id),
        };
        push(
            FindingKind::ReviewOverdue,
            message,
            "review the map with its owner and set `reviewed:` to today's date",
            &journey.source,
        );
    }
    if journey.stages.is_empty() {
        push(
            FindingKind::JourneyWithoutStages,
            format!("journey \"{}\" has no stages", journey.id),
            "add `stages:` with at least one `- id: …` (see docs/format.md)",
            &journey.source,
        );
    }
    for stage in &journey.stages {
        gaps += stage_findings(site, journey, stage, &mut push);
    }
    for persona in &journey.personas {
        if !persona_appears(journey, persona) {
            push(
                FindingKind::PersonaAbsent,
                format!("persona \"{persona}\" is listed but appears in no stage"),
                "give it actions, questions, emotions or touchpoints, or remove it from `personas:`",
                &journey.source,
            );
        }
    }
    unscored_findings(journey, out);
    market_findings(site, journey, out);
    gaps
}

/// The findings of one stage of `journey` (no touchpoints, unowned items, hypotheses,
/// content gaps), given to `push`; returns the stage's number of content gaps.
fn stage_findings(
    site: &Site,
    journey: &Journey,
    stage: &crate::model::Stage,
    push: &mut dyn FnMut(FindingKind, String, &str, &SourceRef),
) -> usize {
    if stage.touchpoints.is_empty() {
        push(
            FindingKind::StageWithoutTouchpoints,
            format!("stage \"{}\" has no touchpoints", stage.id),
            "add the channels where the customer meets you at this stage under `touchpoints:`",
            &stage.source,
        );
    }
    for t in &stage.touchpoints {
        if t.owner.is_none() {
            push(
                FindingKind::UnownedTouchpoint,
                format!("touchpoint \"{}\" has no owner", t.name),
                "add `owner:` with the team that runs this touchpoint",
                &t.source,
            );
        }
    }
    for p in &stage.pain_points {
        if p.owner.is_none() {
            push(
                FindingKind::UnownedPainPoint,
                format!("pain point \"{}\" has no owner", p.text),
                "add `owner:` with the team that will fix it",
                &p.source,
            );
        }
    }
    for (what, source) in hypotheses_of_stage(stage) {
        push(
            FindingKind::Hypothesis,
            format!("{what} rests on a hypothesis only"),
            "validate it (interviews, analytics) and set `confidence: known`, citing the source",
            source,
        );
    }
    let missing = missing_content(site, journey, stage);
    let gaps = missing.len();
    if !missing.is_empty() {
        let list = missing
            .iter()
            .map(|p| format!("\"{p}\""))
            .collect::<Vec<_>>()
            .join(", ");
        push(
            FindingKind::ContentGap,
            format!("stage \"{}\" has no content asset for {list}", stage.id),
            "plan an asset in content/assets/ with this stage and persona",
            &stage.source,
        );
    }
    gaps
}

/// The `unscored-opportunity` findings of `journey`: one per opportunity without both `value`
/// and `effort`, but only when the journey scores at least one opportunity, so that a site
/// (or a map) that does not score opportunities at all is not flooded with warnings.
fn unscored_findings(journey: &Journey, out: &mut Vec<Finding>) {
    let opportunities = || journey.stages.iter().flat_map(|s| &s.opportunities);
    if !opportunities().any(|o| o.scored()) {
        return;
    }
    for o in opportunities().filter(|o| !o.scored()) {
        let missing = match (o.value, o.effort) {
            (None, None) => "`value` and `effort`",
            (None, Some(_)) => "`value`",
            _ => "`effort`",
        };
        out.push(Finding {
            kind: FindingKind::UnscoredOpportunity,
            journey: Some(journey.id.clone()),
            asset: None,
            message: format!(
                "opportunity \"{}\" has no {missing}; other opportunities of journey \"{}\" are scored",
                o.text, journey.id
            ),
            hint: "add `value: low | medium | high` and `effort: low | medium | high` so that it takes its place on the backlog's value × effort matrix".into(),
            source: o.source.clone(),
            related: None,
        });
    }
}

/// The personas active at `stage` (see [`persona_active`]) that no content asset serves there:
/// the gaps of the content plan. A persona not active at a stage is not a gap.
pub fn missing_content<'a>(
    site: &Site,
    journey: &'a Journey,
    stage: &crate::model::Stage,
) -> Vec<&'a str> {
    journey
        .personas
        .iter()
        .filter(|p| persona_active(stage, p))
        .filter(|p| {
            let planned = site
                .assets_serving(&journey.id, &stage.id, p)
                .any(|a| a.status != crate::model::AssetStatus::Retired);
            let used = stage
                .touchpoints
                .iter()
                .any(|t| !t.assets.is_empty() && (t.personas.is_empty() || t.personas.contains(p)));
            !planned && !used
        })
        .map(String::as_str)
        .collect()
}

/// Whether `persona` is named anywhere in the journey's stages.
pub fn persona_appears(journey: &Journey, persona: &str) -> bool {
    journey
        .stages
        .iter()
        .any(|s| crate::views::health::persona_active(s, persona))
}

/// Whether `persona` is active at `stage`: named by an action, question, emotion or
/// touchpoint of it.
pub fn persona_active(stage: &crate::model::Stage, persona: &str) -> bool {
    let named = |p: &Option<String>| p.as_deref() == Some(persona);
    stage.actions.iter().any(|a| named(&a.persona))
        || stage.questions.iter().any(|q| named(&q.persona))
        || stage.emotions.iter().any(|e| e.persona == persona)
        || stage
            .touchpoints
            .iter()
            .any(|t| t.personas.iter().any(|p| p == persona))
}

fn is_hypothesis(e: &Option<Evidence>) -> bool {
    e.as_ref().and_then(|e| e.confidence) == Some(Confidence::Hypothesis)
}

fn hypotheses_of_stage(stage: &crate::model::Stage) -> Vec<(String, &SourceRef)> {
    let mut out = Vec::new();
    for a in stage.actions.iter().chain(&stage.questions) {
        if is_hypothesis(&a.evidence) {
            out.push((format!("\"{}\"", a.text), &a.source));
        }
    }
    for t in &stage.touchpoints {
        if is_hypothesis(&t.evidence) {
            out.push((format!("touchpoint \"{}\"", t.name), &t.source));
        }
    }
    for p in &stage.pain_points {
        if is_hypothesis(&p.evidence) {
            out.push((format!("pain point \"{}\"", p.text), &p.source));
        }
    }
    for d in &stage.decision_moments {
        if is_hypothesis(&d.evidence) {
            out.push((format!("decision moment \"{}\"", d.text), &d.source));
        }
    }
    for o in &stage.opportunities {
        if is_hypothesis(&o.evidence) {
            out.push((format!("opportunity \"{}\"", o.text), &o.source));
        }
    }
    out
}
