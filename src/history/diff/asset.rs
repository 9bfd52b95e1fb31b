//! Comparing content assets: added, removed, and the status, review, MLR fields and
//! other fields of one in both sites.

use super::{AssetChange, Lifecycle, other_fields};
use crate::model::{Asset, Site};

/// The assets added, changed and removed: in the order of the newer site, removed ones
/// last.
pub(super) fn asset_changes(old: &Site, new: &Site) -> Vec<AssetChange> {
    let mut out = Vec::new();
    for a in &new.assets {
        match old.asset(&a.id) {
            None => out.push(added_or_removed(a, Lifecycle::Added)),
            Some(o) => {
                if let Some(c) = asset_change(o, a) {
                    out.push(c);
                }
            }
        }
    }
    for o in old.assets.iter().filter(|o| new.asset(&o.id).is_none()) {
        out.push(added_or_removed(o, Lifecycle::Removed));
    }
    out
}

/// Asset `a` as added to or removed from the inventory (`status`), with no field changes.
fn added_or_removed(a: &Asset, status: Lifecycle) -> AssetChange {
    AssetChange {
        id: a.id.clone(),
        title: a.title.clone(),
        status,
        status_change: None,
        approved: None,
        expires: None,
        code: None,
        version: None,
        markets: None,
        fields: Vec::new(),
    }
}

/// What changed from asset `o` to `n`; `None` when nothing did.
fn asset_change(o: &Asset, n: &Asset) -> Option<AssetChange> {
    let approved = |a: &Asset| a.review.as_ref().and_then(|r| r.approved);
    let expires = |a: &Asset| a.review.as_ref().and_then(|r| r.expires);
    let mut fields = Vec::new();
    let mut check = |name: &str, same: bool| {
        if !same {
            fields.push(name.to_string());
        }
    };
    check("title", o.title == n.title);
    check("format", o.format == n.format);
    check("channel", o.channel == n.channel);
    check("stages", o.stages == n.stages);
    check("personas", o.personas == n.personas);
    check("journeys", o.journeys == n.journeys);
    check("owner", o.owner == n.owner);
    check(
        "reviewers",
        o.review.as_ref().and_then(|r| r.by.clone())
            == n.review.as_ref().and_then(|r| r.by.clone()),
    );
    check("url", o.url == n.url);
    let (mut ro, mut rn) = (o.clone(), n.clone());
    // The review's dates have changes of their own; `by` is `reviewers` above.
    ro.review = None;
    rn.review = None;
    fields.extend(other_fields(
        &ro,
        &rn,
        &[
            "id", "title", "format", "channel", "stages", "personas", "journeys", "owner",
            "status", "url", "source", "code", "version", "markets",
        ],
    ));
    let added: Vec<String> = n
        .mlr
        .markets
        .iter()
        .filter(|m| !o.mlr.markets.contains(m))
        .cloned()
        .collect();
    let removed: Vec<String> = o
        .mlr
        .markets
        .iter()
        .filter(|m| !n.mlr.markets.contains(m))
        .cloned()
        .collect();
    let c = AssetChange {
        id: n.id.clone(),
        title: n.title.clone(),
        status: Lifecycle::Changed,
        status_change: (o.status != n.status).then_some((o.status, n.status)),
        approved: (approved(o) != approved(n)).then_some((approved(o), approved(n))),
        expires: (expires(o) != expires(n)).then_some((expires(o), expires(n))),
        code: (o.mlr.code != n.mlr.code).then(|| (o.mlr.code.clone(), n.mlr.code.clone())),
        version: (o.mlr.version != n.mlr.version)
            .then(|| (o.mlr.version.clone(), n.mlr.version.clone())),
        markets: (!added.is_empty() || !removed.is_empty()).then_some((added, removed)),
        fields,
    };
    (c.status_change.is_some()
        || c.approved.is_some()
        || c.expires.is_some()
        || c.code.is_some()
        || c.version.is_some()
        || c.markets.is_some()
        || !c.fields.is_empty())
    .then_some(c)
}
