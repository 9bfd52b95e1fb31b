//! As-is ↔ to-be: the comparison of a to-be map with its baseline, on the example site and
//! on `tests/fixtures/compare` (two stages kept, one removed, one added).

mod common;

use common::{copy_tree, fixture, repo, text, waymark};
use waymark::diagram::compare::BASELINE_DASH;
use waymark::diagram::drawing::{Geometry, Item, Role};
use waymark::model::Site;
use waymark::views::compare::{Comparison, Effect, StageStatus, comparison_of};

fn site(root: &std::path::Path) -> Site {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    waymark::pipeline::check_site(root, as_of)
        .site
        .expect("the site has no errors")
}

fn fixture_comparison() -> (Site, Comparison) {
    let site = site(&fixture("compare"));
    let to_be = site.journey("intake-future").expect("the to-be map");
    let cmp = comparison_of(&site, to_be).expect("a baseline in the site");
    (site, cmp)
}

/// The sentences of stage `id` with effect `effect`.
fn sentences(cmp: &Comparison, id: &str, effect: Effect) -> Vec<String> {
    let stage = cmp.stages.iter().find(|s| s.id == id).expect("the stage");
    stage
        .changes
        .iter()
        .filter(|c| c.effect == effect)
        .map(|c| c.sentence.clone())
        .collect()
}

#[test]
fn stages_are_matched_by_id_and_one_map_only_is_added_or_removed() {
    let (_, cmp) = fixture_comparison();
    let stages: Vec<(&str, StageStatus)> = cmp
        .stages
        .iter()
        .map(|s| (s.id.as_str(), s.status))
        .collect();
    assert_eq!(
        stages,
        [
            ("referral", StageStatus::Kept),
            ("assessment", StageStatus::Kept),
            ("paperwork", StageStatus::Removed),
            ("self-service", StageStatus::Added),
        ]
    );
    assert_eq!(
        (cmp.baseline.as_str(), cmp.to_be.as_str()),
        ("intake-now", "intake-future")
    );
}

#[test]
fn added_removed_and_changed_items_per_stage() {
    let (_, cmp) = fixture_comparison();
    let added = sentences(&cmp, "referral", Effect::Added);
    assert!(
        added
            .iter()
            .any(|s| s.contains("Text message with a booking link")),
        "{added:?}"
    );
    assert!(
        added
            .iter()
            .any(|s| s.contains("Send the booking link the same day")),
        "{added:?}"
    );
    let resolved = sentences(&cmp, "referral", Effect::Resolved);
    assert!(
        resolved
            .iter()
            .any(|s| s.contains("Letter arrives after two weeks")),
        "{resolved:?}"
    );
    let new_pain = sentences(&cmp, "referral", Effect::NewPain);
    assert!(
        new_pain
            .iter()
            .any(|s| s.contains("Booking link expires too soon")),
        "{new_pain:?}"
    );
    // The kept touchpoint is not listed as added.
    assert!(!added.iter().any(|s| s.contains("Referral letter")));
    // A new owner is a change; a new decision moment an addition.
    let changed = sentences(&cmp, "assessment", Effect::Changed);
    assert!(
        changed
            .iter()
            .any(|s| s.contains("Phone assessment") && s.contains("Sales")),
        "{changed:?}"
    );
    let added = sentences(&cmp, "assessment", Effect::Added);
    assert!(
        added.iter().any(|s| s.contains("Patient chooses a clinic")),
        "{added:?}"
    );
    // Everything of a removed stage is removed, of an added stage added.
    let removed = sentences(&cmp, "paperwork", Effect::Removed);
    assert!(
        removed.iter().any(|s| s.contains("Paper forms")),
        "{removed:?}"
    );
    assert!(
        removed
            .iter()
            .any(|s| s.contains("Forms scanned and emailed")),
        "{removed:?}"
    );
    let added = sentences(&cmp, "self-service", Effect::Added);
    assert!(
        added.iter().any(|s| s.contains("Online forms")),
        "{added:?}"
    );
    // The sentences are the history's, for the same change records.
    for s in &cmp.stages {
        for c in &s.changes {
            assert_eq!(c.sentence, waymark::history::text::sentence(&c.change));
        }
    }
}

#[test]
fn emotion_deltas_and_metric_pairs() {
    let (_, cmp) = fixture_comparison();
    let referral = &cmp.stages[0];
    let patient = &referral.emotions[0];
    assert_eq!(patient.persona.id, "patient");
    assert_eq!(
        (patient.baseline, patient.to_be, patient.delta),
        (Some(-1), Some(1), Some(2))
    );
    let nurse = &cmp.stages[1].emotions[1];
    assert_eq!(
        (nurse.baseline, nurse.to_be, nurse.delta),
        (Some(-1), Some(1), Some(2))
    );
    // Only in one map: no delta.
    let added = &cmp.stages[3].emotions[0];
    assert_eq!(
        (added.baseline, added.to_be, added.delta),
        (None, Some(2), None)
    );
    let m = &referral.metrics;
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].name, "Days to first contact");
    assert_eq!(m[0].baseline_current.as_deref(), Some("14"));
    assert_eq!(m[0].to_be_target.as_deref(), Some("2"));
    assert!(m[0].in_baseline && m[0].in_to_be);
}

#[test]
fn the_chart_draws_both_curves_per_persona() {
    let (site, cmp) = fixture_comparison();
    let to_be = site.journey("intake-future").unwrap();
    let d = waymark::diagram::compare::draw(&site, to_be, &cmp);
    for name in ["Patient", "Clinic nurse"] {
        let group = d
            .groups
            .iter()
            .find(|g| g.role == Role::EmotionChart && g.name == name)
            .unwrap_or_else(|| panic!("a panel for {name}"));
        let strokes: Vec<Vec<f32>> = d.items[group.items.clone()]
            .iter()
            .filter_map(|i| match i {
                Item::Shape(s) if matches!(s.geometry, Geometry::Path(_)) => {
                    s.paint.stroke.as_ref().map(|st| st.dash.clone())
                }
                _ => None,
            })
            .collect();
        assert!(
            strokes.iter().any(|d| d == &BASELINE_DASH),
            "{name}: dashed as-is"
        );
        assert!(strokes.iter().any(|d| d.is_empty()), "{name}: solid to-be");
    }
    // The change per stage is labelled.
    let texts: Vec<&str> = d.texts().iter().map(|t| t.text.as_str()).collect();
    assert!(texts.contains(&"+2"), "{texts:?}");
    let svg = waymark::diagram::svg::write(&d, waymark::diagram::Form::Compact);
    assert!(svg.starts_with("<svg") && svg.contains("stroke-dasharray"));
}

#[test]
fn the_example_compares_therapy_start() {
    let site = site(&repo());
    let to_be = site.journey("therapy-start-to-be").unwrap();
    assert_eq!(to_be.baseline.as_deref(), Some("therapy-start-as-is"));
    let cmp = comparison_of(&site, to_be).unwrap();
    assert!(cmp.stages.iter().all(|s| s.status == StageStatus::Kept));
    assert!(cmp.stages.iter().all(|s| !s.changes.is_empty()));
    assert!(
        cmp.stages
            .iter()
            .flat_map(|s| &s.emotions)
            .any(|e| e.delta.is_some_and(|d| d > 0))
    );
    assert!(
        cmp.stages
            .iter()
            .any(|s| s.metrics.iter().any(|m| m.in_baseline && m.in_to_be))
    );
    let resolved = cmp
        .stages
        .iter()
        .flat_map(|s| &s.changes)
        .filter(|c| c.effect == Effect::Resolved)
        .count();
    assert!(resolved > 0);
}

#[test]
fn the_page_is_written_linked_and_in_site_json() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let run = waymark(&[
        "build",
        fixture("compare").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ]);
    assert!(run.status.success(), "{}", text(&run));
    let page = std::fs::read_to_string(out.join("compare/intake-future.html")).unwrap();
    assert!(page.contains("<svg") && page.contains("Days to first contact"));
    assert!(page.contains("Letter arrives after two weeks"));
    assert!(page.contains("href=\"../journeys/intake-now.html\""));
    for journey in ["intake-now", "intake-future"] {
        let html = std::fs::read_to_string(out.join(format!("journeys/{journey}.html"))).unwrap();
        assert!(
            html.contains("href=\"../compare/intake-future.html\""),
            "{journey}"
        );
    }
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("href=\"compare/intake-future.html\""));
    assert!(!out.join("compare/intake-now.html").exists());
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("exports/site.json")).unwrap()).unwrap();
    let c = &json["comparisons"][0];
    assert_eq!(c["baseline"], "intake-now");
    assert_eq!(c["to_be"], "intake-future");
    assert_eq!(c["stages"][2]["status"], "removed");
    assert_eq!(c["stages"][0]["emotions"][0]["delta"], 2);
    let effects: Vec<&str> = c["stages"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["effect"].as_str())
        .collect();
    assert!(
        effects.contains(&"resolved") && effects.contains(&"new-pain"),
        "{effects:?}"
    );
    assert_eq!(c["stages"][0]["metrics"][0]["to_be_target"], "2");
    // The deck has the comparison page.
    let deck = std::fs::read(out.join("exports/deck.pdf")).unwrap();
    assert!(deck.len() > 1000);
}

#[test]
fn a_baseline_that_names_no_journey_is_a_located_error() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&fixture("compare"), tmp.path());
    let file = tmp.path().join("content/journeys/intake-future.yaml");
    let yaml = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        yaml.replace("baseline: intake-now", "baseline: intake-nwo"),
    )
    .unwrap();
    let run = waymark(&["check", tmp.path().to_str().unwrap()]);
    let out = text(&run);
    assert!(!run.status.success(), "{out}");
    assert!(out.contains("intake-future.yaml:3:"), "{out}");
    assert!(out.contains("unknown-journey"), "{out}");
    assert!(out.contains("intake-now"), "did you mean: {out}");
}

#[test]
fn the_page_and_the_deck_speak_the_sites_language() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&fixture("compare"), tmp.path());
    let config = tmp.path().join("waymark.yaml");
    let yaml = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{yaml}language: ar\n")).unwrap();
    let out = tmp.path().join("public");
    let run = waymark(&[
        "build",
        tmp.path().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ]);
    assert!(run.status.success(), "{}", text(&run));
    let page = std::fs::read_to_string(out.join("compare/intake-future.html")).unwrap();
    assert!(page.contains("dir=\"rtl\""));
    assert!(
        page.contains("الوضع الحالي والوضع المستهدف"),
        "the heading in Arabic"
    );
    assert!(page.contains("مرحلة جديدة"), "the added stage in Arabic");
    assert!(out.join("exports/deck.pdf").exists());
}
