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

/// 2,000 unknown assets on one 20 KB line: the human output names the first 50 in full,
/// cuts the line around each caret, and counts the rest in one line (it printed the whole
/// line 2,000 times, hundreds of megabytes for bigger files).
#[test]
fn many_problems_on_one_long_line_print_a_bounded_report() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("minimal"), tmp.path());
    let ids: Vec<String> = (0..2000).map(|i| format!("nobody-{i}")).collect();
    let journey = format!(
        "---\ntitle: Long line\nstages:\n  - id: awareness\n    touchpoints:\n      - {{ name: Booth, assets: [{}] }}\n---\n",
        ids.join(", ")
    );
    std::fs::write(tmp.path().join("content/journeys/purchase.md"), journey).unwrap();
    let out = common::waymark(&[
        "check",
        tmp.path().to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ]);
    let text = common::text(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        &text[..text.len().min(2000)]
    );
    assert!(text.len() < 100_000, "{} bytes of report", text.len());
    assert_eq!(
        text.matches("error[unknown-asset]").count(),
        51,
        "50 in full, 1 summary"
    );
    assert!(
        text.contains("… and 1950 more error[unknown-asset]"),
        "{}",
        &text[text.len() - 500..]
    );
    assert!(
        text.contains("╭─[content/journeys/purchase.md:6:33, a line of 24923 characters, cut]"),
        "long lines are cut: {}",
        &text[..1000]
    );
    // JSON still lists every one.
    let json = common::waymark(&[
        "check",
        tmp.path().to_str().unwrap(),
        "--as-of",
        "2026-11-22",
        "--format",
        "json",
    ]);
    let lines = String::from_utf8_lossy(&json.stdout)
        .lines()
        .filter(|l| l.contains("unknown-asset"))
        .count();
    assert_eq!(lines, 2000);
}
