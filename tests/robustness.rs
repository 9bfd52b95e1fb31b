//! Input never makes waymark panic: every prefix of a journey file, and odd but valid YAML,
//! gives diagnostics or a site, never a crash.

mod common;

use chrono::NaiveDate;
use waymark::pipeline::check_site;

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn every_prefix_of_a_journey_file_is_handled() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("minimal"), tmp.path());
    let journey = tmp.path().join("content/journeys/purchase.md");
    let full = std::fs::read_to_string(&journey).unwrap();
    let cuts: Vec<usize> = (0..full.len())
        .step_by(5)
        .filter(|i| full.is_char_boundary(*i))
        .collect();
    for cut in cuts {
        std::fs::write(&journey, &full[..cut]).unwrap();
        let checked = check_site(tmp.path(), as_of());
        // A prefix either fails with located errors or resolves.
        for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
            assert!(!d.file.is_empty(), "cut {cut}: {d:?}");
        }
        assert!(
            checked.site.is_some() || checked.error_count() > 0,
            "cut {cut}"
        );
    }
}

#[test]
fn shorthand_and_odd_yaml_are_accepted() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("minimal"), tmp.path());
    let text = "\u{feff}---\r\ntitle: Odd but valid\r\npersonas: [buyer]\r\nstages:\r\n  - id: awareness\r\n    actions: [Plain text action, { persona: buyer, text: '2026' }]\r\n    pain_points:\r\n      - Just a sentence\r\n    decision_moments: [Budget approved]\r\n    opportunities: [An idea]\r\n    metrics: [{ name: Win rate, target: 40%, current: 0.28 }]\r\n    evidence: known from interviews\r\n    emotions: { buyer: 0 }\r\n    touchpoints: [{ name: Web page, channel: web, owner: Marketing }]\r\n---\r\n";
    std::fs::write(tmp.path().join("content/journeys/odd.md"), text).unwrap();
    let checked = check_site(tmp.path(), as_of());
    assert_eq!(checked.error_count(), 0, "{:#?}", checked.diagnostics);
    let site = checked.site.unwrap();
    let j = site.journey("odd").unwrap();
    let s = &j.stages[0];
    assert_eq!(s.actions[0].text, "Plain text action");
    assert_eq!(s.actions[1].persona.as_deref(), Some("buyer"));
    assert_eq!(s.pain_points[0].text, "Just a sentence");
    assert_eq!(s.metrics[0].current.as_deref(), Some("0.28"));
    assert_eq!(s.name, "Awareness");
}

#[test]
fn deep_nesting_and_aliases_do_not_crash() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("minimal"), tmp.path());
    let deep = format!(
        "---\ntitle: {}x{}\nstages: []\n---\n",
        "[".repeat(2000),
        "]".repeat(2000)
    );
    std::fs::write(tmp.path().join("content/journeys/deep.md"), deep).unwrap();
    let bomb = "- &a { id: a1, title: x }\n- *a\n- *a\n";
    std::fs::write(tmp.path().join("content/assets/bomb.yaml"), bomb).unwrap();
    let checked = check_site(tmp.path(), as_of());
    assert!(checked.error_count() >= 2, "{:#?}", checked.diagnostics);
}
