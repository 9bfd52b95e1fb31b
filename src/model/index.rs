//! Lookups over a resolved [`Site`]: ids to items, and which content assets serve which
//! stage and persona.
//!
//! A portfolio has thousands of assets and tens of thousands of stage × persona cells; the
//! plan, the content-gap lint, the persona pages and health all ask "which assets serve this
//! cell". Scanning the inventory for every cell is quadratic, so the site builds this index
//! once, on first use, and keeps it (a [`OnceLock`], so it is built once even when pages are
//! rendered on several threads). The index is derived only from the site's own fields; a
//! [`Site`] is not changed after it is built. Code that changes a site's journeys, personas
//! or assets in place (tests do) resets it with `site.index = SiteIndex::default()`; a clone
//! starts with an empty index of its own, so a changed clone never sees the original's.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use super::{Asset, Journey, Persona, Site};

/// The lazily built index of one [`Site`] (the `index` field). A clone starts empty.
#[derive(Default)]
pub struct SiteIndex(OnceLock<Index>);

impl Clone for SiteIndex {
    fn clone(&self) -> Self {
        SiteIndex::default()
    }
}

impl std::fmt::Debug for SiteIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SiteIndex")
    }
}

/// Assets of one stage: for any persona, and per persona; indices into `Site::assets`, in
/// inventory order.
#[derive(Debug, Default)]
struct StageAssets {
    any_persona: Vec<u32>,
    by_persona: HashMap<String, Vec<u32>>,
}

/// The lookups themselves.
#[derive(Debug, Default)]
pub(super) struct Index {
    journeys: HashMap<String, usize>,
    /// Persona id → indices of the journeys that list it or name it in a stage.
    persona_journeys: HashMap<String, Vec<usize>>,
    /// Journey id → indices of the journeys that name it as their `parent`, in file order.
    sub_journeys: HashMap<String, Vec<usize>>,
    /// What depends on the personas, the assets and the as-of date alone.
    inventory: Arc<Inventory>,
}

/// The part of the index that the journeys do not change: `serve` shares it between the
/// sites of two saves that edited journey files only.
#[derive(Debug, Default)]
struct Inventory {
    personas: HashMap<String, usize>,
    assets: HashMap<String, usize>,
    by_stage: HashMap<String, StageAssets>,
    /// Indices of the assets whose approval expired on the site's as-of date.
    expired: Vec<u32>,
}

impl Index {
    fn build(site: &Site, inventory: Option<Arc<Inventory>>) -> Index {
        let mut ix = Index {
            inventory: inventory.unwrap_or_else(|| Arc::new(Inventory::build(site))),
            ..Index::default()
        };
        for (i, j) in site.journeys.iter().enumerate() {
            ix.journeys.entry(j.id.clone()).or_insert(i);
            if let Some(p) = &j.parent {
                ix.sub_journeys.entry(p.clone()).or_default().push(i);
            }
            for p in j.named_personas() {
                ix.persona_journeys
                    .entry(p.to_string())
                    .or_default()
                    .push(i);
            }
        }
        ix
    }
}

impl Inventory {
    fn build(site: &Site) -> Inventory {
        let mut ix = Inventory::default();
        for (i, p) in site.personas.iter().enumerate() {
            ix.personas.entry(p.id.clone()).or_insert(i);
        }
        for (i, a) in site.assets.iter().enumerate() {
            ix.assets.entry(a.id.clone()).or_insert(i);
            let n = i as u32;
            if a.approval_expired(site.as_of) {
                ix.expired.push(n);
            }
            // An asset listing a stage twice is still one asset of that stage.
            let stages: BTreeSet<&str> = a.stages.iter().map(String::as_str).collect();
            for s in stages {
                let entry = ix.by_stage.entry(s.to_string()).or_default();
                if a.personas.is_empty() {
                    entry.any_persona.push(n);
                } else {
                    let personas: BTreeSet<&str> = a.personas.iter().map(String::as_str).collect();
                    for p in personas {
                        entry.by_persona.entry(p.to_string()).or_default().push(n);
                    }
                }
            }
        }
        ix
    }
}

/// Merges two ascending index lists into one ascending list without duplicates.
fn merged<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut k) = (0, 0);
    std::iter::from_fn(move || {
        let next = match (a.get(i), b.get(k)) {
            (Some(&x), Some(&y)) if x == y => {
                i += 1;
                k += 1;
                x
            }
            (Some(&x), Some(&y)) if x < y => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                k += 1;
                y
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, None) => return None,
        };
        Some(next)
    })
}

impl Site {
    pub(super) fn index(&self) -> &Index {
        self.index.0.get_or_init(|| Index::build(self, None))
    }

    /// Builds this site's index now, taking the persona and asset lookups from `earlier`
    /// (built if need be) instead of building them again. The caller promises that the two
    /// sites have the same personas, assets and as-of date (`serve` after an edit of journey
    /// files only); only the journey lookups are built. Does nothing if the index is built.
    pub fn index_sharing(&self, earlier: &Site) {
        let inventory = earlier.index().inventory.clone();
        self.index
            .0
            .get_or_init(|| Index::build(self, Some(inventory)));
    }

    /// The persona with this id, if any.
    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.index()
            .inventory
            .personas
            .get(id)
            .map(|&i| &self.personas[i])
    }

    /// The asset with this id, if any.
    pub fn asset(&self, id: &str) -> Option<&Asset> {
        self.index()
            .inventory
            .assets
            .get(id)
            .map(|&i| &self.assets[i])
    }

    /// The journey with this id, if any.
    pub fn journey(&self, id: &str) -> Option<&Journey> {
        self.index().journeys.get(id).map(|&i| &*self.journeys[i])
    }

    /// The journeys whose `parent:` is `id` (its sub-journeys), in file order.
    pub fn sub_journeys(&self, id: &str) -> Vec<&Journey> {
        self.index()
            .sub_journeys
            .get(id)
            .map(|v| v.iter().map(|&i| &*self.journeys[i]).collect())
            .unwrap_or_default()
    }

    /// The chain of `parent:`s above `journey`, the top-level map first; stops at a
    /// parent that is missing (a market build can leave it out) and never loops (a cycle
    /// is a `check` error, but the chain is bounded by the number of journeys anyway).
    pub fn ancestors(&self, journey: &Journey) -> Vec<&Journey> {
        let mut out: Vec<&Journey> = Vec::new();
        let mut at = journey;
        while let Some(p) = at.parent.as_deref().and_then(|p| self.journey(p)) {
            if p.id == journey.id || out.iter().any(|o| o.id == p.id) {
                break;
            }
            out.push(p);
            at = p;
        }
        out.reverse();
        out
    }

    /// The assets that [`Asset::serves`] `persona` at stage `stage` of journey `journey`,
    /// in inventory order (file order, then list order). Costs the number of assets of that
    /// stage and persona, not the size of the inventory.
    pub fn assets_serving<'a>(
        &'a self,
        journey: &'a str,
        stage: &str,
        persona: &str,
    ) -> impl Iterator<Item = &'a Asset> + 'a {
        let (any, own): (&[u32], &[u32]) = match self.index().inventory.by_stage.get(stage) {
            Some(s) => (
                &s.any_persona,
                s.by_persona.get(persona).map_or(&[][..], Vec::as_slice),
            ),
            None => (&[], &[]),
        };
        merged(any, own)
            .map(move |i| &self.assets[i as usize])
            .filter(move |a| {
                a.journeys
                    .as_ref()
                    .is_none_or(|js| js.iter().any(|j| j == journey))
            })
    }

    /// The journeys that list `persona` or name it in a stage, in journey order.
    pub fn journeys_of_persona<'a>(
        &'a self,
        persona: &str,
    ) -> impl Iterator<Item = &'a Journey> + 'a {
        self.index()
            .persona_journeys
            .get(persona)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(move |&i| &*self.journeys[i])
    }

    /// The assets whose approval expired on the as-of date ([`Asset::approval_expired`]),
    /// in inventory order.
    pub fn expired_assets(&self) -> impl Iterator<Item = &Asset> + '_ {
        self.index()
            .inventory
            .expired
            .iter()
            .map(move |&i| &self.assets[i as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::merged;

    #[test]
    fn merge_keeps_order_and_drops_duplicates() {
        let v: Vec<u32> = merged(&[1, 3, 5, 9], &[2, 3, 10]).collect();
        assert_eq!(v, [1, 2, 3, 5, 9, 10]);
        assert_eq!(merged(&[], &[4]).collect::<Vec<_>>(), [4]);
        assert_eq!(merged(&[4], &[]).collect::<Vec<_>>(), [4]);
    }
}
