//! `views:` in `waymark.yaml` and in journeys: ids, and the lanes, stages and personas
//! each view names.
//!
//! A site view names stages of the site (its vocabulary or any journey's own stage: a
//! journey lacking one simply does not show it) and personas of the site; a journey's view
//! names its own stages and the personas it lists. Every miss is located, with a "did you
//! mean".

use std::collections::{BTreeMap, BTreeSet};

use serde_saphyr::Spanned;

use super::Checker;
use crate::base::lane::Lane;
use crate::base::names::Kind;
use crate::diagnostic::did_you_mean;
use crate::load::Doc;
use crate::load::raw::{RawJourney, RawView};

impl Checker<'_> {
    /// The site's views (after the names are collected: their stages may be any journey's).
    pub(super) fn site_views<T>(&mut self, doc: &Doc<T>, views: &[Spanned<RawView>]) {
        let mut seen = BTreeMap::new();
        for v in views {
            let v = &v.value;
            self.view_id(doc, v, &mut seen);
            self.view_lanes(doc, v);
            for s in v.stages.iter().flatten() {
                self.reference(Kind::Stage, s, doc.span(s));
            }
            for p in v.personas.iter().flatten() {
                self.reference(Kind::Persona, p, doc.span(p));
            }
        }
    }

    /// A journey's views: its stages and the personas it lists (`listed`).
    pub(super) fn journey_views(&mut self, doc: &Doc<RawJourney>, listed: &BTreeSet<String>) {
        let j = &doc.value;
        let stages: Vec<&str> = j.stages.iter().map(|s| s.value.id.value.as_str()).collect();
        let mut seen = BTreeMap::new();
        for v in &j.views {
            let v = &v.value;
            self.view_id(doc, v, &mut seen);
            self.view_lanes(doc, v);
            for s in v.stages.iter().flatten() {
                if !stages.contains(&s.value.as_str()) {
                    let hint = did_you_mean(&s.value, stages.iter().copied(), "stage");
                    self.error(
                        "unknown-view-stage",
                        &doc.span(s),
                        format!("view `{}` names stage `{}`, which this journey does not have", v.id.value, s.value),
                        format!("{hint}; a journey's view shows some of its own stages (a view in waymark.yaml may name any stage of the site)"),
                    );
                }
            }
            for p in v.personas.iter().flatten() {
                self.stage_persona(doc, p, listed);
            }
        }
    }

    fn view_id<T>(
        &mut self,
        doc: &Doc<T>,
        v: &RawView,
        seen: &mut BTreeMap<String, crate::base::SourceRef>,
    ) {
        let at = doc.span(&v.id);
        self.id_format(Kind::View, &v.id.value, &at);
        self.unique("duplicate-id", Kind::View, &v.id.value, at, seen);
    }

    fn view_lanes<T>(&mut self, doc: &Doc<T>, v: &RawView) {
        for l in v.lanes.iter().flatten() {
            if Lane::from_name(&l.value).is_some() {
                continue;
            }
            let names = Lane::ALL.map(Lane::name);
            let hint = did_you_mean(&l.value, names.iter().copied(), "lane");
            self.error(
                "unknown-lane",
                &doc.span(l),
                format!("view `{}` names an unknown lane `{}`", v.id.value, l.value),
                format!("{hint}; lanes are named as the stage fields they show"),
            );
        }
    }
}
