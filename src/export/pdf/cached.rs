//! The deck drawn page by page into pieces that the export cache keeps
//! ([`crate::export::pdfdoc`]): a build after an edit of one journey draws that journey's
//! pages (and the persona pages that list it, and the title page) and takes every other
//! page from the cache, already compressed.
//!
//! Cache entries: one per journey section (its overview, stage and comparison slides, or in
//! the detailed deck its diagram, stakeholder-map and content-plan pages), keyed by
//! [`DeckInput`] (the site title, the journey, the personas it names, its content plan and
//! comparison: everything those pages draw); one per persona slide (two personas) or
//! persona page, keyed by the site title, the personas and what their pages list. Page numbers and the title page, which depend on the
//! whole deck, are drawn on every build (a few milliseconds). A page with glyphs of a
//! fallback face (Arabic, Japanese, …: this writer embeds only Inter) makes the caller draw
//! the whole deck with krilla instead, which subsets every face it is given.

use rayon::prelude::*;
use serde::Serialize;

use super::{PAGE_H, PAGE_W, Page, Plan, has_footer, number_drawing, page_drawing};
use crate::export::cache::{ExportCache, Key};
use crate::export::pdfdoc::{self, Meta, Packed};
use crate::export::scene::Scene;
use crate::export::scene::content::{Piece, page_place};
use crate::export::{DeckInput, ExportError};
use crate::model::{Journey, Persona, Site};
use crate::views::persona as persona_view;

/// What a persona page draws.
#[derive(Serialize)]
struct PersonaInput<'a> {
    title: &'a str,
    /// The site's words (see [`crate::i18n::Catalogue::fingerprint`]).
    ui: &'a str,
    persona: &'a Persona,
    journeys: Vec<persona_view::PersonaJourney>,
}

/// The deck of `journeys` drawn through `cache`; `Ok(None)` when a page is outside the fast
/// path (the caller then draws the deck with krilla).
pub(super) fn deck(
    site: &Site,
    journeys: &[&Journey],
    cache: &ExportCache,
    plan: Plan,
) -> Result<Option<Vec<u8>>, ExportError> {
    let personas: Vec<&Persona> = site
        .personas
        .iter()
        .filter(|p| journeys.iter().any(|j| j.personas.contains(&p.id)))
        .collect();
    let (Some(sections), Some(persona_pages)) = (
        sections(site, journeys, cache, plan),
        persona_pages(site, journeys, &personas, cache, plan),
    ) else {
        return Ok(None);
    };
    assemble(site, journeys, &personas, sections, persona_pages, plan)
}

/// Every journey section's pages, from the cache or drawn; `None` when a page is outside
/// this writer (a fallback face).
fn sections(
    site: &Site,
    journeys: &[&Journey],
    cache: &ExportCache,
    plan: Plan,
) -> Option<Vec<Vec<Packed>>> {
    let kind = match plan {
        Plan::Slides => "deck-slides",
        Plan::Full => "deck-section",
    };
    journeys
        .par_iter()
        .map(|j| {
            let input = DeckInput::of(site, j);
            cached(site, cache, &Key::of(kind, "", &input), || {
                plan.section(site, j)
            })
        })
        .collect()
}

/// Every persona page (two personas a slide in the readable plan), from the cache or
/// drawn; `None` when one is outside this writer.
fn persona_pages(
    site: &Site,
    journeys: &[&Journey],
    personas: &[&Persona],
    cache: &ExportCache,
    plan: Plan,
) -> Option<Vec<Vec<Packed>>> {
    let (kind, per) = match plan {
        Plan::Slides => ("deck-persona-slide", 2),
        Plan::Full => ("deck-persona", 1),
    };
    let groups: Vec<&[&Persona]> = personas.chunks(per).collect();
    groups
        .par_iter()
        .map(|group| {
            let input: Vec<PersonaInput> = group
                .iter()
                .map(|p| PersonaInput {
                    title: &site.config.title,
                    ui: site.config.ui.fingerprint(),
                    persona: p,
                    journeys: persona_view::persona_view(site, &p.id)
                        .journeys
                        .into_iter()
                        .filter(|v| journeys.iter().any(|j| j.id == v.journey_id))
                        .collect(),
                })
                .collect();
            cached(site, cache, &Key::of(kind, "", &input), || {
                plan.personas(site, group, journeys)
            })
        })
        .collect()
}

/// Continues [`deck`] once every section and persona page is drawn.
fn assemble(
    site: &Site,
    journeys: &[&Journey],
    personas: &[&Persona],
    sections: Vec<Vec<Packed>>,
    persona_pages: Vec<Vec<Packed>>,
    plan: Plan,
) -> Result<Option<Vec<u8>>, ExportError> {
    // The contents and the outline: where each section starts (page 0 is the title page).
    let mut contents: Vec<(String, usize)> = Vec::new();
    let mut at = 1;
    for (j, s) in journeys.iter().zip(&sections) {
        contents.push((j.title.clone(), at));
        at += s.len();
    }
    if !personas.is_empty() {
        contents.push((site.config.ui.t("label-personas"), at));
    }
    let title = plan.title(site, journeys, &contents);
    let Some(title) = draw(site, &title, 1) else {
        return Ok(None);
    };
    let body: Vec<&Packed> = std::iter::once(&title)
        .chain(sections.iter().flatten())
        .chain(persona_pages.iter().flatten())
        .collect();
    let total = body.len();
    let numbers: Vec<Option<Packed>> = (1..=total)
        .into_par_iter()
        .map(|n| {
            if n == 1 {
                return Some(Packed::of(Piece::default()));
            }
            let scene = Scene::new(&number_drawing(n, total), true);
            let mut piece = Piece::default();
            piece.draw(&scene, page_place(PAGE_H));
            Some(Packed::of(piece))
        })
        .collect();
    let Some(numbers) = numbers.into_iter().collect::<Option<Vec<_>>>() else {
        return Ok(None);
    };
    let pages: Vec<Vec<&Packed>> = body
        .iter()
        .zip(&numbers)
        .enumerate()
        .map(|(i, (b, n))| if i == 0 { vec![*b] } else { vec![*b, n] })
        .collect();
    let creator = format!("waymark {}", env!("CARGO_PKG_VERSION"));
    let meta = Meta {
        title: &site.config.title,
        creator: &creator,
        lang: "en",
        size: (PAGE_W, PAGE_H),
    };
    pdfdoc::write(&pages, &contents, &meta).map(Some)
}

/// The pages that `lay_out` gives, drawn, or the cache's copy under `key`; `None` when a
/// page is outside the fast path (not stored).
fn cached(
    site: &Site,
    cache: &ExportCache,
    key: &Key,
    lay_out: impl FnOnce() -> Vec<Page>,
) -> Option<Vec<Packed>> {
    if let Some(hit) = cache
        .get(key)
        .and_then(|b| postcard::from_bytes::<Vec<Packed>>(&b).ok())
    {
        return Some(hit);
    }
    // Section and persona pages are never the title page: they all have the footer, which
    // names the site by its title only (in the key).
    let drawn = lay_out()
        .iter()
        .map(|p| draw_with(site, p, true))
        .collect::<Option<Vec<_>>>()?;
    if let Ok(bytes) = postcard::to_allocvec(&drawn) {
        cache.put(key, &bytes);
    }
    Some(drawn)
}

/// Page `n` drawn whole but for its number.
fn draw(site: &Site, page: &Page, n: usize) -> Option<Packed> {
    draw_with(site, page, has_footer(page, n))
}

fn draw_with(site: &Site, page: &Page, footer: bool) -> Option<Packed> {
    let scene = Scene::new(&page_drawing(site, page, footer, None), false);
    if !scene.inter_only() {
        return None;
    }
    let mut piece = Piece::default();
    piece.draw(&scene, page_place(PAGE_H));
    Some(Packed::of(piece))
}
