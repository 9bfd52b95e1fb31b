//! The ownership view: touchpoints and pain points grouped by owning team.
//!
//! The unowned group comes first (it is what needs action), then teams alphabetically
//! (case-insensitive). Teams declared in `waymark.yaml` that own nothing are listed too, so
//! that a gap in the operating model is visible.

use serde::Serialize;

use crate::model::{Evidence, Journey, Severity, Site, Stage};
use crate::views::plan::PersonaRef;

/// Where an item sits.
#[derive(Debug, Clone, Serialize)]
pub struct Place {
    /// Journey id.
    pub journey_id: String,
    /// Journey title.
    pub journey_title: String,
    /// Stage id (also the anchor `stage-ID` on the journey page).
    pub stage_id: String,
    /// Stage display name.
    pub stage_name: String,
}

impl Place {
    /// The place of `stage` in `journey`.
    pub fn of(journey: &Journey, stage: &Stage) -> Self {
        Place {
            journey_id: journey.id.clone(),
            journey_title: journey.title.clone(),
            stage_id: stage.id.clone(),
            stage_name: stage.name.clone(),
        }
    }
}

/// A touchpoint row.
#[derive(Debug, Clone, Serialize)]
pub struct TouchpointRow {
    /// Where it is.
    #[serde(flatten)]
    pub place: Place,
    /// Touchpoint name.
    pub name: String,
    /// Channel, free text.
    pub channel: Option<String>,
    /// Roles met there (empty: all of the stage).
    pub personas: Vec<PersonaRef>,
}

/// A pain-point row.
#[derive(Debug, Clone, Serialize)]
pub struct PainPointRow {
    /// Where it is.
    #[serde(flatten)]
    pub place: Place,
    /// What goes wrong.
    pub text: String,
    /// Severity, if stated.
    pub severity: Option<Severity>,
    /// Supporting evidence (known or hypothesis, and its source), if stated.
    pub evidence: Option<Evidence>,
}

/// Everything one team owns (or nobody owns).
#[derive(Debug, Clone, Serialize)]
pub struct OwnerGroup {
    /// The team; `None` for the unowned group.
    pub owner: Option<String>,
    /// Anchor id: `team-SLUG` or `unowned`.
    pub anchor: String,
    /// Touchpoints.
    pub touchpoints: Vec<TouchpointRow>,
    /// Pain points.
    pub pain_points: Vec<PainPointRow>,
}

/// The ownership page.
#[derive(Debug, Clone, Serialize)]
pub struct Ownership {
    /// Groups: unowned first, then teams alphabetically.
    pub groups: Vec<OwnerGroup>,
    /// Teams from the site config that own nothing, in config order.
    pub idle_teams: Vec<String>,
    /// Unowned touchpoints + pain points.
    pub unowned: usize,
}

/// A stable anchor slug: lowercase ASCII alphanumerics, runs of others as `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() { "x".into() } else { out }
}

/// Sort key for owners: unowned first, then case-insensitive name.
pub(crate) fn owner_key(owner: &Option<String>) -> (bool, String, String) {
    match owner {
        None => (false, String::new(), String::new()),
        Some(o) => (true, o.to_lowercase(), o.clone()),
    }
}

fn group<'a>(groups: &'a mut Vec<OwnerGroup>, owner: &Option<String>) -> &'a mut OwnerGroup {
    if let Some(i) = groups.iter().position(|g| &g.owner == owner) {
        return &mut groups[i];
    }
    groups.push(OwnerGroup {
        owner: owner.clone(),
        anchor: owner
            .as_ref()
            .map_or_else(|| "unowned".into(), |o| format!("team-{}", slug(o))),
        touchpoints: vec![],
        pain_points: vec![],
    });
    groups.last_mut().expect("just pushed")
}

/// The ownership view of the site.
pub fn ownership(site: &Site) -> Ownership {
    let mut groups: Vec<OwnerGroup> = Vec::new();
    for journey in &site.journeys {
        for stage in &journey.stages {
            for t in &stage.touchpoints {
                group(&mut groups, &t.owner)
                    .touchpoints
                    .push(TouchpointRow {
                        place: Place::of(journey, stage),
                        name: t.name.clone(),
                        channel: t.channel.clone(),
                        personas: t.personas.iter().map(|p| PersonaRef::of(site, p)).collect(),
                    });
            }
            for p in &stage.pain_points {
                group(&mut groups, &p.owner).pain_points.push(PainPointRow {
                    place: Place::of(journey, stage),
                    text: p.text.clone(),
                    severity: p.severity,
                    evidence: p.evidence.clone(),
                });
            }
        }
    }
    groups.sort_by_key(|g| owner_key(&g.owner));
    let idle_teams = site
        .config
        .teams
        .iter()
        .filter(|t| {
            !groups
                .iter()
                .any(|g| g.owner.as_deref() == Some(t.as_str()))
        })
        .cloned()
        .collect();
    let unowned = groups
        .iter()
        .filter(|g| g.owner.is_none())
        .map(|g| g.touchpoints.len() + g.pain_points.len())
        .sum();
    Ownership {
        groups,
        idle_teams,
        unowned,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::SourceRef;
    use crate::model::PainPoint;
    use crate::views::plan::fixture::*;

    #[test]
    fn unowned_first_then_alphabetical() {
        let mut s = stage("aware");
        s.touchpoints
            .push(touchpoint("Demo", Some("sales"), &["a"], &[]));
        s.touchpoints.push(touchpoint("Site", None, &[], &[]));
        s.touchpoints
            .push(touchpoint("Ad", Some("Marketing"), &[], &[]));
        s.pain_points.push(PainPoint {
            text: "Slow".into(),
            owner: Some("Marketing".into()),
            severity: Some(Severity::High),
            evidence: None,
            source: SourceRef::default(),
        });
        let mut site = site(
            vec![journey("j", &["a"], vec![s])],
            vec![persona("a")],
            vec![],
        );
        site.config.teams = vec!["Marketing".into(), "Service".into()];
        let o = ownership(&site);
        let owners: Vec<_> = o.groups.iter().map(|g| g.owner.as_deref()).collect();
        assert_eq!(owners, [None, Some("Marketing"), Some("sales")]);
        assert_eq!(o.groups[0].anchor, "unowned");
        assert_eq!(o.groups[1].anchor, "team-marketing");
        assert_eq!(o.groups[1].pain_points.len(), 1);
        assert_eq!(o.groups[2].touchpoints[0].personas[0].name, "Persona a");
        assert_eq!(o.groups[2].touchpoints[0].place.stage_name, "AWARE");
        assert_eq!(o.idle_teams, ["Service"]);
        assert_eq!(o.unowned, 1);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Medical Affairs & MSL"), "medical-affairs-msl");
        assert_eq!(slug("  "), "x");
    }
}
