//! The PowerPoint deck opens: `waymark export --format pptx` on the example site and on the
//! scripts fixture, read back with python-pptx (`tests/pptx_check.py`: slide count, every
//! stage name, touchpoint, pain point and persona name on some slide, the narratives in
//! the notes) and, when `soffice` is installed, converted to PDF by LibreOffice with one
//! page per slide. `.ci/run` installs python-pptx in a venv and LibreOffice Impress.

mod common;

use std::path::{Path, PathBuf};

use common::{fixture, python, repo, text, waymark};
use waymark::model::Site;

fn site(root: &Path) -> Site {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    waymark::pipeline::check_site(root, as_of)
        .site
        .expect("the site has no errors")
}

/// Exports the deck of `root` (one journey with `journey`) into a fresh folder.
fn export(root: &Path, journey: Option<&str>, tag: &str) -> PathBuf {
    let out = std::env::temp_dir().join(format!("pptx-test-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let mut args = vec![
        "export",
        root.to_str().unwrap(),
        "--format",
        "pptx",
        "-o",
        out.to_str().unwrap(),
        "--quiet",
    ];
    if let Some(id) = journey {
        args.extend(["--journey", id]);
    }
    let run = waymark(&args);
    assert!(run.status.success(), "{}", text(&run));
    out
}

/// What the deck of `journeys` must hold: slide count (the readable plan's, which
/// `src/export/deck` bounds), texts on slides, texts in notes, and texts on a slide or, where
/// a crowded slide cut or shortened them, in its notes.
fn expected(site: &Site, journeys: &[&waymark::model::Journey]) -> serde_json::Value {
    let mut texts: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut anywhere: Vec<String> = Vec::new();
    let slides = waymark::export::deck::slides(site, journeys).len();
    let most: usize = 1
        + journeys
            .iter()
            .map(|j| 2 + j.stages.len().div_ceil(2))
            .sum::<usize>()
        + waymark::export::deck::personas(site, journeys)
            .len()
            .div_ceil(2);
    assert!(slides <= most, "{slides} slides, more than {most}");
    for j in journeys {
        texts.push(j.title.clone());
        for s in &j.stages {
            texts.push(s.name.clone());
            anywhere.extend(s.touchpoints.iter().map(|t| t.name.clone()));
            anywhere.extend(s.pain_points.iter().map(|p| p.text.clone()));
            anywhere.extend(s.opportunities.iter().map(|p| p.text.clone()));
            if let Some(g) = &s.goal {
                notes.push(g.clone());
            }
        }
        // The narrative's first paragraph (the notes hold it all).
        if let Some(p) = j.narrative.split("\n\n").find(|p| !p.trim().is_empty()) {
            notes.push(p.trim().to_string());
        }
    }
    for p in &site.personas {
        if journeys.iter().any(|j| j.personas.contains(&p.id)) {
            texts.push(p.name.clone());
            anywhere.extend(p.goals.iter().take(1).cloned());
        }
    }
    serde_json::json!({ "slides": slides, "texts": texts, "notes": notes, "anywhere": anywhere })
}

/// Runs `tests/pptx_check.py` on `deck` against `expected`.
fn check(deck: &Path, expected: &serde_json::Value) {
    let json = deck.with_extension("expected.json");
    std::fs::write(&json, expected.to_string()).unwrap();
    let script = repo().join("tests/pptx_check.py");
    let run = std::process::Command::new(python())
        .arg(&script)
        .arg(deck)
        .arg(&json)
        .output()
        .expect("the venv's python runs");
    assert!(run.status.success(), "{}", text(&run));
}

#[test]
fn the_example_deck_opens_with_every_stage_card_and_persona() {
    let root = repo();
    let s = site(&root);
    let out = export(&root, None, "example");
    let all: Vec<_> = s.journeys.iter().map(|j| &**j).collect();
    check(&out.join("deck.pptx"), &expected(&s, &all));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn one_journey_gives_its_own_deck() {
    let root = repo();
    let s = site(&root);
    let out = export(&root, Some("knee-replacement"), "journey");
    assert!(!out.join("deck.pptx").exists());
    let j = s.journey("knee-replacement").unwrap();
    check(&out.join("knee-replacement.pptx"), &expected(&s, &[j]));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_deck_in_other_scripts_opens() {
    let root = fixture("scripts");
    let s = site(&root);
    let out = export(&root, None, "scripts");
    let all: Vec<_> = s.journeys.iter().map(|j| &**j).collect();
    check(&out.join("deck.pptx"), &expected(&s, &all));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn two_exports_give_the_same_bytes() {
    let root = fixture("minimal");
    let a = export(&root, None, "same-a");
    let b = export(&root, None, "same-b");
    let (x, y) = (
        std::fs::read(a.join("deck.pptx")).unwrap(),
        std::fs::read(b.join("deck.pptx")).unwrap(),
    );
    assert!(x.starts_with(b"PK\x03\x04"));
    assert!(x == y, "two exports of the same site differ");
    let _ = std::fs::remove_dir_all(&a);
    let _ = std::fs::remove_dir_all(&b);
}
