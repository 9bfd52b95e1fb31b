//! The site as one market sees it (`waymark build --market CODE`, and the per-market plans).

use std::sync::Arc;

use super::{Site, SiteIndex};

/// A copy of `site` restricted to `market` (an ISO 3166-1 alpha-2 code): only the journeys
/// that run in it ([`super::Journey::in_market`]) and the assets approved for it
/// ([`super::Asset::in_market`]). Touchpoints drop their links to assets not approved for
/// the market, and a to-be map whose baseline is not in the market loses that link, so
/// every page of the copy links only to what the copy holds. `config.mlr.market` is set to
/// `market`. Journeys are shared with `site` where nothing had to change.
pub fn for_market(site: &Site, market: &str) -> Site {
    let assets: Vec<_> = site
        .assets
        .iter()
        .filter(|a| a.in_market(market))
        .cloned()
        .collect();
    let kept_journeys: Vec<&Arc<super::Journey>> = site
        .journeys
        .iter()
        .filter(|j| j.in_market(market))
        .collect();
    let journey_ids: std::collections::BTreeSet<&str> =
        kept_journeys.iter().map(|j| j.id.as_str()).collect();
    let asset_ids: std::collections::BTreeSet<&str> =
        assets.iter().map(|a| a.id.as_str()).collect();
    let journeys = kept_journeys
        .into_iter()
        .map(|j| {
            let foreign_asset = j
                .stages
                .iter()
                .flat_map(|s| &s.touchpoints)
                .flat_map(|t| &t.assets)
                .any(|a| !asset_ids.contains(a.as_str()));
            let foreign_baseline = j
                .baseline
                .as_ref()
                .is_some_and(|b| !journey_ids.contains(b.as_str()));
            if !foreign_asset && !foreign_baseline {
                return Arc::clone(j);
            }
            let mut own = (**j).clone();
            for t in own.stages.iter_mut().flat_map(|s| &mut s.touchpoints) {
                t.assets.retain(|a| asset_ids.contains(a.as_str()));
            }
            if foreign_baseline {
                own.baseline = None;
            }
            Arc::new(own)
        })
        .collect();
    let mut config = site.config.clone();
    config.mlr.market = Some(market.to_string());
    Site {
        config,
        journeys,
        personas: site.personas.clone(),
        assets,
        as_of: site.as_of,
        index: SiteIndex::default(),
        theme: site.theme.clone(),
    }
}
