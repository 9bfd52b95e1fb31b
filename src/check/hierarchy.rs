//! The journey hierarchy: `parent:` and `parent_stage:` across journey files.
//!
//! A sub-journey details a journey (a lifecycle map whose stages open into detailed maps),
//! optionally one stage of it. Site-wide, because each check reads another file: a
//! `parent_stage` must be a stage of the parent, a `parent_stage` needs a `parent`, and the
//! parents may not form a cycle (a map that details itself, directly or through others).
//! An unknown `parent` id is the per-file reference check's (`unknown-journey`).
//! Linear in the number of journeys: each chain is walked once.

use std::collections::HashMap;

use crate::base::values::doc_id;
use crate::diagnostic::{Diagnostic, Related, did_you_mean};
use crate::load::raw::RawJourney;
use crate::load::{Doc, LoadedSite};

/// The hierarchy errors of `site`, in file order.
pub(super) fn check(site: &LoadedSite) -> Vec<Diagnostic> {
    let docs: Vec<(String, &Doc<RawJourney>)> = site
        .journeys
        .iter()
        .map(|d| (doc_id(&d.value.id, &d.stem), d))
        .collect();
    // The first file of each id (a duplicate id is an error of its own).
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, (id, _)) in docs.iter().enumerate() {
        by_id.entry(id.as_str()).or_insert(i);
    }
    let mut out = Vec::new();
    for (id, doc) in &docs {
        parent_stage(doc, id, &docs, &by_id, &mut out);
    }
    cycles(&docs, &by_id, &mut out);
    out
}

/// `parent_stage` without `parent`, or naming no stage of the parent.
fn parent_stage(
    doc: &Doc<RawJourney>,
    id: &str,
    docs: &[(String, &Doc<RawJourney>)],
    by_id: &HashMap<&str, usize>,
    out: &mut Vec<Diagnostic>,
) {
    let j = &doc.value;
    let Some(stage) = &j.parent_stage else {
        return;
    };
    let at = doc.span(stage);
    let Some(parent) = &j.parent else {
        out.push(
            Diagnostic::error(
                "parent-stage-without-parent",
                &at.file,
                at.line,
                at.column,
                format!(
                    "journey `{id}` names `parent_stage: {}` but no `parent:`",
                    stage.value
                ),
            )
            .with_hint("add `parent:` with the id of the journey whose stage this map details"),
        );
        return;
    };
    // An unknown parent is reported by the reference check.
    let Some(&p) = by_id.get(parent.value.as_str()) else {
        return;
    };
    let parent_doc = docs[p].1;
    let stages: Vec<&str> = parent_doc
        .value
        .stages
        .iter()
        .map(|s| s.value.id.value.as_str())
        .collect();
    if stages.contains(&stage.value.as_str()) {
        return;
    }
    let hint = did_you_mean(&stage.value, stages.iter().copied(), "stage");
    let whole = parent_doc.whole();
    out.push(
        Diagnostic::error(
            "unknown-parent-stage",
            &at.file,
            at.line,
            at.column,
            format!("journey `{}` has no stage `{}`", parent.value, stage.value),
        )
        .with_hint(format!(
            "{hint}; `parent_stage` is a stage id of the parent journey"
        ))
        .with_related(Related {
            file: whole.file,
            line: whole.line,
            column: whole.column,
            message: format!("journey `{}` is defined here", parent.value),
        }),
    );
}

/// Each cycle of `parent:` links once, at the `parent:` of its first journey in file
/// order, naming the whole loop.
fn cycles(
    docs: &[(String, &Doc<RawJourney>)],
    by_id: &HashMap<&str, usize>,
    out: &mut Vec<Diagnostic>,
) {
    let parent_of = |i: usize| -> Option<usize> {
        let p = docs[i].1.value.parent.as_ref()?;
        by_id.get(p.value.as_str()).copied()
    };
    // 0: not seen, 1: on the chain being walked, 2: done.
    let mut state = vec![0u8; docs.len()];
    for start in 0..docs.len() {
        let mut chain: Vec<usize> = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                2 => break,
                1 => {
                    let from = chain.iter().position(|&c| c == i).unwrap_or(0);
                    report_cycle(docs, &chain[from..], out);
                    break;
                }
                _ => {
                    state[i] = 1;
                    chain.push(i);
                    at = parent_of(i);
                }
            }
        }
        for c in chain {
            state[c] = 2;
        }
    }
}

fn report_cycle(docs: &[(String, &Doc<RawJourney>)], cycle: &[usize], out: &mut Vec<Diagnostic>) {
    let Some(&first) = cycle.iter().min() else {
        return;
    };
    let (id, doc) = &docs[first];
    let Some(parent) = &doc.value.parent else {
        return;
    };
    let at = doc.span(parent);
    // The loop from the first journey in file order, back to it.
    let k = cycle.iter().position(|&c| c == first).unwrap_or(0);
    let mut names: Vec<&str> = cycle[k..]
        .iter()
        .chain(&cycle[..k])
        .map(|&c| docs[c].0.as_str())
        .collect();
    names.push(id);
    let message = if cycle.len() == 1 {
        format!("journey `{id}` names itself as its `parent`")
    } else {
        format!("the `parent:` links form a cycle: {}", names.join(" → "))
    };
    out.push(
        Diagnostic::error("journey-cycle", &at.file, at.line, at.column, message)
            .with_hint("a sub-journey details its parent; remove `parent:` from one of these maps"),
    );
}
