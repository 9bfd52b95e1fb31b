//! What the journey template needs about named views: the links between a map's master
//! page and its view pages, what the shown view leaves out, and which lanes the stage
//! tables list.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use crate::model::{Journey, Lane, Site, View};
use crate::views::plan::PersonaRef;

/// A link to one view of the map (`journeys/ID.VIEW.html`).
#[derive(Serialize)]
struct ViewLink<'a> {
    id: &'a str,
    name: &'a str,
    /// The page being rendered is this view's.
    current: bool,
}

/// The note on a view's page: which view it is and what it shows.
#[derive(Serialize)]
struct ViewNote<'a> {
    id: &'a str,
    name: &'a str,
    /// The titles of the lanes shown, in the site's language; empty when all are.
    lanes: Vec<String>,
    /// The names of the stages shown; empty when all are.
    stages: Vec<&'a str>,
    /// The personas shown; empty when all are.
    personas: Vec<PersonaRef>,
    hypotheses: bool,
    narrative: bool,
}

/// Inserts `views` (the links to the master's views), `view` (the note of the view shown,
/// or null on the master page) and `shows` (lane field name → whether the stage tables
/// list it) into `ctx`.
pub(super) fn insert(ctx: &mut Context, site: &Site, master: &Journey, shown: Option<&View>) {
    let links: Vec<ViewLink> = master
        .views
        .iter()
        .map(|v| ViewLink {
            id: &v.id,
            name: &v.name,
            current: shown.is_some_and(|s| s.id == v.id),
        })
        .collect();
    ctx.insert("views", &links);
    ctx.insert("view", &shown.map(|v| note(site, master, v)));
    let shows: BTreeMap<&str, bool> = Lane::ALL
        .into_iter()
        .map(|l| (l.name(), shown.is_none_or(|v| v.shows(l))))
        .collect();
    ctx.insert("shows", &shows);
}

fn note<'a>(site: &Site, master: &'a Journey, v: &'a View) -> ViewNote<'a> {
    let ui = &site.config.ui;
    let lanes = match &v.lanes {
        Some(_) => v
            .lanes_shown()
            .iter()
            .map(|l| ui.t(l.message_key()))
            .collect(),
        None => Vec::new(),
    };
    let stages = match &v.stages {
        Some(ids) => master
            .stages
            .iter()
            .filter(|s| ids.contains(&s.id))
            .map(|s| s.name.as_str())
            .collect(),
        None => Vec::new(),
    };
    let personas = match &v.personas {
        Some(ids) => master
            .personas
            .iter()
            .filter(|p| ids.contains(p))
            .map(|p| PersonaRef::of(site, p))
            .collect(),
        None => Vec::new(),
    };
    ViewNote {
        id: &v.id,
        name: &v.name,
        lanes,
        stages,
        personas,
        hypotheses: v.hypotheses,
        narrative: v.narrative,
    }
}
