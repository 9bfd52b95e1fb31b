//! The backlog: opportunities and high-severity pain points across journeys.
//!
//! Items can be sorted by owner, status, due date or value ([`sort_items`]); the page groups
//! them by owner (unowned first, then teams alphabetically), each group sorted by value (high
//! first), then effort (low first), then due date. Opportunities with both `value` and
//! `effort` are numbered in that order: the numbers of the dots on the value × effort matrix.
//! A due date before the as-of date on an open item is flagged as overdue.

use chrono::NaiveDate;
use serde::Serialize;

use std::cmp::Reverse;

use crate::model::{Confidence, Level, OpportunityStatus, Severity, Site};
use crate::views::ownership::{Place, owner_key, slug};

/// Opportunity or pain point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BacklogKind {
    /// An opportunity (`opportunities:`).
    Opportunity,
    /// A high-severity pain point (`pain_points:` with `severity: high`).
    PainPoint,
}

/// One backlog item.
#[derive(Debug, Clone, Serialize)]
pub struct BacklogItem {
    /// What kind of item.
    pub kind: BacklogKind,
    /// The text.
    pub text: String,
    /// Owning team.
    pub owner: Option<String>,
    /// Opportunity status; `None` for pain points (open until fixed).
    pub status: Option<OpportunityStatus>,
    /// Pain-point severity.
    pub severity: Option<Severity>,
    /// Due date (opportunities).
    pub due: Option<NaiveDate>,
    /// Opportunity `value`, if scored.
    pub value: Option<Level>,
    /// Opportunity `effort`, if scored.
    pub effort: Option<Level>,
    /// The opportunity's number on the value × effort matrix (from 1, in [`SortKey::Value`]
    /// order; its row on the page is `#opp-N`); `None` unless both `value` and `effort` are
    /// given.
    pub number: Option<usize>,
    /// Due before the as-of date and not done or dropped.
    pub overdue: bool,
    /// Days past due (0 unless overdue).
    pub days_overdue: i64,
    /// Known or hypothesis, if stated.
    pub confidence: Option<Confidence>,
    /// Where it is.
    #[serde(flatten)]
    pub place: Place,
}

/// How to order backlog items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// Unowned first, then team name.
    Owner,
    /// Status in workflow order, pain points (no status) first as they need a decision.
    Status,
    /// Earliest due first, undated last.
    Due,
    /// Value high first, then effort low first, then due; items without a value (pain
    /// points, unscored opportunities) last, then those without an effort.
    Value,
}

/// Items of one owner.
#[derive(Debug, Clone, Serialize)]
pub struct BacklogGroup {
    /// The team; `None` for unowned items.
    pub owner: Option<String>,
    /// Anchor id: `team-SLUG` or `unowned`.
    pub anchor: String,
    /// Items, sorted by value, effort and due date ([`SortKey::Value`]).
    pub items: Vec<BacklogItem>,
    /// Overdue items in the group.
    pub overdue: usize,
}

/// The backlog page.
#[derive(Debug, Clone, Serialize)]
pub struct Backlog {
    /// All items sorted by due date.
    pub items: Vec<BacklogItem>,
    /// All items sorted by status (pain points first), then due date.
    pub by_status: Vec<BacklogItem>,
    /// Items grouped by owner.
    pub groups: Vec<BacklogGroup>,
    /// Number of overdue items.
    pub overdue: usize,
    /// Number of opportunities.
    pub opportunities: usize,
    /// Number of high-severity pain points.
    pub pain_points: usize,
    /// The opportunities with both `value` and `effort`, numbered, in [`SortKey::Value`]
    /// order: the dots of the value × effort matrix.
    pub scored: Vec<BacklogItem>,
    /// The opportunities lacking `value` or `effort`, by due date: listed apart.
    pub unscored: Vec<BacklogItem>,
}

fn due_key(i: &BacklogItem) -> (bool, Option<NaiveDate>) {
    (i.due.is_none(), i.due)
}

/// Sort items stably by `key` (ties keep journey and stage order).
pub fn sort_items(items: &mut [BacklogItem], key: SortKey) {
    match key {
        SortKey::Owner => items.sort_by_key(|i| owner_key(&i.owner)),
        SortKey::Status => items.sort_by_key(|i| i.status),
        SortKey::Due => items.sort_by_key(due_key),
        SortKey::Value => items.sort_by_key(|i| {
            (
                i.value.is_none(),
                Reverse(i.value),
                i.effort.is_none(),
                i.effort,
                due_key(i),
            )
        }),
    }
}

/// Every backlog item, in journey and stage order.
pub fn items(site: &Site) -> Vec<BacklogItem> {
    let mut out = Vec::new();
    for journey in &site.journeys {
        for stage in &journey.stages {
            for p in &stage.pain_points {
                if p.severity != Some(Severity::High) {
                    continue;
                }
                out.push(BacklogItem {
                    kind: BacklogKind::PainPoint,
                    text: p.text.clone(),
                    owner: p.owner.clone(),
                    status: None,
                    severity: p.severity,
                    due: None,
                    value: None,
                    effort: None,
                    number: None,
                    overdue: false,
                    days_overdue: 0,
                    confidence: p.evidence.as_ref().and_then(|e| e.confidence),
                    place: Place::of(journey, stage),
                });
            }
            for o in &stage.opportunities {
                let open = !matches!(
                    o.status,
                    OpportunityStatus::Done | OpportunityStatus::Dropped
                );
                let days = o
                    .due
                    .map(|d| (site.as_of - d).num_days())
                    .filter(|d| open && *d > 0)
                    .unwrap_or(0);
                out.push(BacklogItem {
                    kind: BacklogKind::Opportunity,
                    text: o.text.clone(),
                    owner: o.owner.clone(),
                    status: Some(o.status),
                    severity: None,
                    due: o.due,
                    value: o.value,
                    effort: o.effort,
                    number: None,
                    overdue: days > 0,
                    days_overdue: days,
                    confidence: o.evidence.as_ref().and_then(|e| e.confidence),
                    place: Place::of(journey, stage),
                });
            }
        }
    }
    out
}

/// The backlog page data.
pub fn backlog(site: &Site) -> Backlog {
    let mut all = items(site);
    number_scored(&mut all);
    sort_items(&mut all, SortKey::Due);
    let is_opportunity = |i: &&BacklogItem| i.kind == BacklogKind::Opportunity;
    let mut scored: Vec<BacklogItem> = all.iter().filter(|i| i.number.is_some()).cloned().collect();
    scored.sort_by_key(|i| i.number);
    let unscored = all
        .iter()
        .filter(is_opportunity)
        .filter(|i| i.number.is_none())
        .cloned()
        .collect();
    let mut by_status = all.clone();
    sort_items(&mut by_status, SortKey::Status);
    let mut by_owner = all.clone();
    sort_items(&mut by_owner, SortKey::Value);
    sort_items(&mut by_owner, SortKey::Owner);
    let mut groups: Vec<BacklogGroup> = Vec::new();
    for item in by_owner {
        match groups.last_mut() {
            Some(g) if g.owner == item.owner => g.items.push(item),
            _ => groups.push(BacklogGroup {
                anchor: item
                    .owner
                    .as_ref()
                    .map_or_else(|| "unowned".into(), |o| format!("team-{}", slug(o))),
                owner: item.owner.clone(),
                items: vec![item],
                overdue: 0,
            }),
        }
    }
    for g in &mut groups {
        g.overdue = g.items.iter().filter(|i| i.overdue).count();
    }
    Backlog {
        overdue: all.iter().filter(|i| i.overdue).count(),
        opportunities: all
            .iter()
            .filter(|i| i.kind == BacklogKind::Opportunity)
            .count(),
        pain_points: all
            .iter()
            .filter(|i| i.kind == BacklogKind::PainPoint)
            .count(),
        items: all,
        by_status,
        groups,
        scored,
        unscored,
    }
}

/// Numbers the opportunities with both `value` and `effort` from 1 in [`SortKey::Value`]
/// order (ties in journey and stage order), leaving `items` in the order they came.
fn number_scored(items: &mut [BacklogItem]) {
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].value.is_some() && items[i].effort.is_some())
        .collect();
    order.sort_by_key(|&i| {
        let it = &items[i];
        (Reverse(it.value), it.effort, due_key(it))
    });
    for (n, i) in order.into_iter().enumerate() {
        items[i].number = Some(n + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::SourceRef;
    use crate::model::{Opportunity, PainPoint};
    use crate::views::plan::fixture::*;

    fn opp(
        text: &str,
        owner: Option<&str>,
        status: OpportunityStatus,
        due: Option<NaiveDate>,
    ) -> Opportunity {
        Opportunity {
            text: text.into(),
            owner: owner.map(Into::into),
            status,
            due,
            value: None,
            effort: None,
            evidence: None,
            source: SourceRef::default(),
        }
    }

    fn sample() -> Site {
        let mut s = stage("aware");
        s.opportunities.push(opp(
            "late",
            Some("Sales"),
            OpportunityStatus::Planned,
            Some(date(2026, 2, 1)),
        ));
        s.opportunities.push(opp(
            "done late",
            Some("Sales"),
            OpportunityStatus::Done,
            Some(date(2026, 1, 1)),
        ));
        s.opportunities.push(opp(
            "future",
            None,
            OpportunityStatus::Idea,
            Some(date(2026, 6, 1)),
        ));
        s.opportunities.push(opp(
            "undated",
            Some("access"),
            OpportunityStatus::InProgress,
            None,
        ));
        for (text, sev) in [("bad", Severity::High), ("meh", Severity::Low)] {
            s.pain_points.push(PainPoint {
                text: text.into(),
                owner: Some("Sales".into()),
                severity: Some(sev),
                evidence: None,
                source: SourceRef::default(),
            });
        }
        site(vec![journey("j", &[], vec![s])], vec![], vec![])
    }

    #[test]
    fn only_high_pain_points_and_overdue_flag() {
        let b = backlog(&sample());
        assert_eq!(b.items.len(), 5);
        assert_eq!(b.pain_points, 1);
        assert_eq!(b.overdue, 1);
        let late = b.items.iter().find(|i| i.text == "late").unwrap();
        assert!(late.overdue);
        assert_eq!(late.days_overdue, 28);
        assert!(
            !b.items
                .iter()
                .find(|i| i.text == "done late")
                .unwrap()
                .overdue
        );
    }

    #[test]
    fn sorting_and_groups() {
        let b = backlog(&sample());
        let texts: Vec<_> = b.items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["done late", "late", "future", "bad", "undated"]);
        let owners: Vec<_> = b.groups.iter().map(|g| g.owner.as_deref()).collect();
        assert_eq!(owners, [None, Some("access"), Some("Sales")]);
        assert_eq!(b.groups[2].overdue, 1);
        let mut items = b.items.clone();
        sort_items(&mut items, SortKey::Status);
        assert_eq!(items[0].text, "bad");
        assert_eq!(items[1].text, "future");
    }
}
