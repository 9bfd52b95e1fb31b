//! Named views in a diff: a view added, removed or changed, in `waymark.yaml` (the site's
//! views) or in a journey (its own views and its overrides of site views).

use serde::Serialize;

use super::{Lifecycle, other_fields};
use crate::model::{View, ViewOrigin};

/// A named view added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ViewChange {
    /// View id.
    pub id: String,
    /// Its name (the newer one when it changed).
    pub name: String,
    /// What happened.
    pub status: Lifecycle,
    /// For a changed view: the fields that changed (`lanes`, `stages`, `personas`,
    /// `hypotheses`, `narrative`, `name`, `origin`).
    pub fields: Vec<String>,
}

/// The views of `new` not in `old` (by id), those changed, then those gone. With
/// `written_only`, views that come from the site unchanged in both (a journey's list) are
/// left out: the site's own diff reports them once.
pub(crate) fn view_changes(old: &[View], new: &[View], written_only: bool) -> Vec<ViewChange> {
    let site = |v: &View| written_only && v.origin == ViewOrigin::Site;
    let mut out = Vec::new();
    for n in new {
        match old.iter().find(|o| o.id == n.id) {
            None if !site(n) => out.push(change(n, Lifecycle::Added, Vec::new())),
            Some(o) if !(site(o) && site(n)) => {
                let fields = other_fields(o, n, &["id", "source"]);
                if !fields.is_empty() {
                    out.push(change(n, Lifecycle::Changed, fields));
                }
            }
            _ => {}
        }
    }
    for o in old.iter().filter(|o| !new.iter().any(|n| n.id == o.id)) {
        if !site(o) {
            out.push(change(o, Lifecycle::Removed, Vec::new()));
        }
    }
    out
}

fn change(v: &View, status: Lifecycle, fields: Vec<String>) -> ViewChange {
    ViewChange {
        id: v.id.clone(),
        name: v.name.clone(),
        status,
        fields,
    }
}

/// One view change as a sentence; `whose` says where the view is (`The site's view`,
/// `The view`).
pub fn sentence(c: &ViewChange, whose: &str) -> String {
    let name = if c.name == c.id {
        format!("“{}”", c.name)
    } else {
        format!("“{}” ({})", c.name, c.id)
    };
    match c.status {
        Lifecycle::Added => format!("{whose} {name} was added."),
        Lifecycle::Removed => format!("{whose} {name} was removed."),
        Lifecycle::Changed => format!(
            "{whose} {name} changed: {}.",
            c.fields
                .iter()
                .map(|f| f.replace("origin", "override of the site's view"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
