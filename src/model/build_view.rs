//! Resolves `views:`: the site's views from `waymark.yaml`, and each journey's list (site
//! views overridden field by field by a journey view of the same id, then its own views).
//!
//! Names are taken as checked: an unknown lane is dropped rather than trusted (`check`
//! reports it, and a build only runs after a clean check).

use serde_saphyr::Spanned;

use super::build::unique;
use super::{Journey, Lane, View, ViewOrigin};
use crate::base::SourceRef;
use crate::base::values::title_from_id;
use crate::load::Doc;
use crate::load::raw::RawView;

/// The site views of `waymark.yaml` (`doc`), in the order written.
pub(super) fn site_views<T>(doc: &Doc<T>, views: &[Spanned<RawView>]) -> Vec<View> {
    views
        .iter()
        .map(|v| view(&v.value, ViewOrigin::Site, doc.span(&v.value.id)))
        .collect()
}

/// The views of journey `j` (stages and personas resolved): `site` views that apply to it,
/// each merged with the journey's view of the same id, then the journey's own views.
pub(super) fn journey_views<T>(
    doc: &Doc<T>,
    own: &[Spanned<RawView>],
    site: &[View],
    j: &Journey,
) -> Vec<View> {
    let mut out = Vec::new();
    for s in site {
        match own.iter().find(|v| v.value.id.value == s.id) {
            Some(o) => out.push(merged(s, &o.value, doc.span(&o.value.id))),
            None if applies(s, j) => out.push(s.clone()),
            None => {}
        }
    }
    for o in own {
        let id = &o.value.id.value;
        let taken = out.iter().any(|v| v.id == *id);
        if !taken && !site.iter().any(|s| s.id == *id) {
            out.push(view(&o.value, ViewOrigin::Journey, doc.span(&o.value.id)));
        }
    }
    out
}

/// Whether site view `v` shows anything of `j`: some of its stages, and some of its
/// personas when both list personas. A B2B map has no page for a patient-path view.
fn applies(v: &View, j: &Journey) -> bool {
    let stages = v
        .stages
        .as_ref()
        .is_none_or(|list| j.stages.iter().any(|s| list.contains(&s.id)));
    let personas = v
        .personas
        .as_ref()
        .is_none_or(|list| j.personas.is_empty() || j.personas.iter().any(|p| list.contains(p)));
    stages && personas
}

fn view(r: &RawView, origin: ViewOrigin, source: SourceRef) -> View {
    View {
        id: r.id.value.clone(),
        name: r.name.clone().unwrap_or_else(|| title_from_id(&r.id.value)),
        lanes: r.lanes.as_deref().map(lanes),
        stages: r.stages.as_deref().map(unique),
        personas: r.personas.as_deref().map(unique),
        hypotheses: r.hypotheses.unwrap_or(true),
        narrative: r.narrative.unwrap_or(true),
        origin,
        source,
    }
}

/// Site view `s` with the fields that the journey's view `o` gives.
fn merged(s: &View, o: &RawView, source: SourceRef) -> View {
    View {
        id: s.id.clone(),
        name: o.name.clone().unwrap_or_else(|| s.name.clone()),
        lanes: o.lanes.as_deref().map(lanes).or_else(|| s.lanes.clone()),
        stages: o.stages.as_deref().map(unique).or_else(|| s.stages.clone()),
        personas: o
            .personas
            .as_deref()
            .map(unique)
            .or_else(|| s.personas.clone()),
        hypotheses: o.hypotheses.unwrap_or(s.hypotheses),
        narrative: o.narrative.unwrap_or(s.narrative),
        origin: ViewOrigin::Override,
        source,
    }
}

/// The known lanes of `names`, in the diagram's order, once each.
fn lanes(names: &[Spanned<String>]) -> Vec<Lane> {
    Lane::ALL
        .into_iter()
        .filter(|l| names.iter().any(|n| n.value == l.name()))
        .collect()
}
