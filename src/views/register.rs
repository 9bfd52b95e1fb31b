//! The review register: every content asset with its MLR data, soonest expiry first.
//!
//! Takes the resolved [`Site`]; gives one [`RegisterRow`] per asset (retired ones too: a
//! compliance reviewer wants to see what was withdrawn) with where it is used. Feeds
//! `register.html` and `exports/register.csv`. Days left are counted from the site's as-of
//! date, never from the clock, so a build of one commit says the same on any day.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Asset, AssetStatus, Site};

/// How urgent an asset's approval is on the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExpiryFlag {
    /// Expired before the as-of date (`approval-expired`).
    Expired,
    /// Expires within `expiry_warning` (`approval-expiring`).
    Expiring,
    /// Expires later.
    Current,
    /// No expiry date.
    None,
}

impl ExpiryFlag {
    /// `expired`, `expiring`, `current` or `none`.
    pub fn label(self) -> &'static str {
        match self {
            ExpiryFlag::Expired => "expired",
            ExpiryFlag::Expiring => "expiring",
            ExpiryFlag::Current => "current",
            ExpiryFlag::None => "none",
        }
    }
}

/// Where an asset is used: one journey and the stages of it that the asset serves (or that
/// a touchpoint uses it at), in stage order.
#[derive(Debug, Clone, Serialize)]
pub struct Use {
    /// Journey id.
    pub journey_id: String,
    /// Journey title.
    pub journey_title: String,
    /// Stage names, in the journey's order.
    pub stages: Vec<String>,
}

/// A claim and its references, as the register lists them.
#[derive(Debug, Clone, Serialize)]
pub struct RegisterClaim {
    /// The claim.
    pub text: String,
    /// Its references (empty: the `claim-without-reference` lint).
    pub references: Vec<String>,
}

/// One row of the register: an asset.
#[derive(Debug, Clone, Serialize)]
pub struct RegisterRow {
    /// Asset id (the plan's row anchor is `asset-ID`).
    pub id: String,
    /// Title.
    pub title: String,
    /// Material or job code.
    pub code: Option<String>,
    /// Version.
    pub version: Option<String>,
    /// Status.
    pub status: AssetStatus,
    /// Who reviewed it (`review.by`).
    pub reviewed_by: Option<String>,
    /// `review.approved`.
    pub approved: Option<NaiveDate>,
    /// `review.expires`.
    pub expires: Option<NaiveDate>,
    /// Days from the as-of date to `expires` (negative: expired that many days ago).
    pub days_left: Option<i64>,
    /// Expired, expiring, current or no date (retired assets are never flagged).
    pub flag: ExpiryFlag,
    /// Markets approved for (resolved: the site's when not given).
    pub markets: Vec<String>,
    /// Products.
    pub products: Vec<String>,
    /// Owning team.
    pub owner: Option<String>,
    /// Journeys and stages it serves or is used at.
    pub uses: Vec<Use>,
    /// How many more journeys use it than [`USES_SHOWN`], which `uses` lists.
    pub more_uses: usize,
    /// Claims with their references.
    pub claims: Vec<RegisterClaim>,
}

/// The register: rows sorted by expiry, soonest first (assets without an expiry date last,
/// then by id), and the counts the page heads with.
#[derive(Debug, Clone, Serialize)]
pub struct Register {
    /// One row per asset.
    pub rows: Vec<RegisterRow>,
    /// Rows flagged expired.
    pub expired: usize,
    /// Rows flagged expiring.
    pub expiring: usize,
    /// The site's markets (empty when the site has none).
    pub markets: Vec<String>,
    /// `expiry_warning` in days.
    pub warning_days: u32,
}

/// The register of `site`.
pub fn register(site: &Site) -> Register {
    let mut uses = uses_by_asset(site);
    let mut rows: Vec<RegisterRow> = site
        .assets
        .iter()
        .map(|a| row(site, a, uses.remove(a.id.as_str()).unwrap_or_default()))
        .collect();
    rows.sort_by(|a, b| {
        (a.expires.is_none(), a.expires, &a.id).cmp(&(b.expires.is_none(), b.expires, &b.id))
    });
    Register {
        expired: rows
            .iter()
            .filter(|r| r.flag == ExpiryFlag::Expired)
            .count(),
        expiring: rows
            .iter()
            .filter(|r| r.flag == ExpiryFlag::Expiring)
            .count(),
        rows,
        markets: site.config.mlr.markets.clone(),
        warning_days: site.config.mlr.expiry_warning_days,
    }
}

fn row(site: &Site, a: &Asset, (uses, more_uses): (Vec<Use>, usize)) -> RegisterRow {
    let review = a.review.as_ref();
    let flag = if a.approval_expired(site.as_of) {
        ExpiryFlag::Expired
    } else if a.approval_expiring(site.as_of, site.config.mlr.expiry_warning_days) {
        ExpiryFlag::Expiring
    } else if review.and_then(|r| r.expires).is_some() {
        ExpiryFlag::Current
    } else {
        ExpiryFlag::None
    };
    RegisterRow {
        id: a.id.clone(),
        title: a.title.clone(),
        code: a.mlr.code.clone(),
        version: a.mlr.version.clone(),
        status: a.status,
        reviewed_by: review.and_then(|r| r.by.clone()),
        approved: review.and_then(|r| r.approved),
        expires: review.and_then(|r| r.expires),
        days_left: a.days_left(site.as_of),
        flag,
        markets: a.mlr.markets.clone(),
        products: a.mlr.products.clone(),
        owner: a.owner.clone(),
        uses,
        more_uses,
        claims: a
            .mlr
            .claims
            .iter()
            .map(|c| RegisterClaim {
                text: c.text.clone(),
                references: c.references.clone(),
            })
            .collect(),
    }
}

/// The most journeys a register row lists; an asset used in more (a generic brochure
/// served at one stage of every map) says "and N more", so that the register stays a page
/// a reviewer can open (3,000 assets × 1,000 journeys were 157 MB).
pub const USES_SHOWN: usize = 10;

/// For every asset, the journeys and stages it serves ([`Asset::stages`] within its
/// `journeys`) or that a touchpoint uses it at, in journey and stage order: the first
/// [`USES_SHOWN`] journeys, and how many more. One pass over the journeys' stages with the
/// assets indexed by stage, so the work is what is listed, not assets × journeys.
fn uses_by_asset(site: &Site) -> HashMap<&str, (Vec<Use>, usize)> {
    let mut by_stage: HashMap<&str, Vec<&Asset>> = HashMap::new();
    for a in &site.assets {
        for s in &a.stages {
            by_stage.entry(s.as_str()).or_default().push(a);
        }
    }
    let mut out: HashMap<&str, (Vec<Use>, usize)> = HashMap::new();
    for j in &site.journeys {
        // The stages of `j` each asset is used at, in stage order.
        let mut here: Vec<(&str, Vec<String>)> = Vec::new();
        let mut at: HashMap<&str, usize> = HashMap::new();
        for s in &j.stages {
            let served = by_stage
                .get(s.id.as_str())
                .into_iter()
                .flatten()
                .filter(|a| a.journeys.as_ref().is_none_or(|js| js.contains(&j.id)));
            let ids = served.map(|a| a.id.as_str()).chain(
                s.touchpoints
                    .iter()
                    .flat_map(|t| t.assets.iter().map(String::as_str)),
            );
            for id in ids {
                match at.get(id) {
                    Some(&i) if here[i].1.last() == Some(&s.name) => {}
                    Some(&i) => here[i].1.push(s.name.clone()),
                    None => {
                        at.insert(id, here.len());
                        here.push((id, vec![s.name.clone()]));
                    }
                }
            }
        }
        for (id, stages) in here {
            let (list, more) = out.entry(id).or_default();
            if list.len() < USES_SHOWN {
                list.push(Use {
                    journey_id: j.id.clone(),
                    journey_title: j.title.clone(),
                    stages,
                });
            } else {
                *more += 1;
            }
        }
    }
    out
}
