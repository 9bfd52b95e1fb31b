//! `waymark import sheet`: the shipped templates import into a journey that builds; bad rows
//! are reported with row and column and skipped; nothing is written when they outnumber the
//! good rows.

mod common;

use common::{fixture, repo, text, waymark};

fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

#[test]
fn the_templates_import_into_journeys_that_check_and_build() {
    for template in ["journey.csv", "journey.xlsx"] {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let s = site.to_string_lossy().into_owned();
        let file = repo().join("docs/templates").join(template);
        let out = waymark(&[
            "import",
            "sheet",
            &file.to_string_lossy(),
            "-o",
            &s,
            "--title",
            "Remote monitoring adoption",
        ]);
        assert!(out.status.success(), "{}", text(&out));
        assert!(
            text(&out).contains("18 row(s) imported, 0 skipped"),
            "{}",
            text(&out)
        );
        let j =
            std::fs::read_to_string(site.join("content/journeys/remote-monitoring-adoption.md"))
                .unwrap();
        for want in [
            "personas: [cardiology-lead, it-security, nurse-coordinator]",
            "goal: Buying group agrees a pilot",
            "emotions: { cardiology-lead: 0, it-security: -1 }",
            "owner: Medical Affairs",
            "severity: high",
            "confidence: hypothesis",
            "decision_moments:\n      - Value-analysis committee approves the pilot",
        ] {
            assert!(j.contains(want), "{template}: {want}\n{j}");
        }
        let checked = waymark::pipeline::check_site(&site, as_of());
        assert_eq!(checked.error_count(), 0, "{:#?}", checked.diagnostics);
        waymark::pipeline::build_site(&site, &site.join("public"), as_of()).expect("builds");
    }
}

#[test]
fn csv_and_xlsx_of_the_same_rows_give_the_same_journey() {
    let dir = tempfile::tempdir().unwrap();
    let mut bodies = Vec::new();
    for f in ["bad-rows.csv", "bad-rows.xlsx"] {
        let site = dir.path().join(f);
        let out = waymark(&[
            "import",
            "sheet",
            &fixture("sheets").join(f).to_string_lossy(),
            "-o",
            &site.to_string_lossy(),
        ]);
        let t = text(&out);
        // Rows were skipped: exit 1, but the good rows were written.
        assert_eq!(out.status.code(), Some(1), "{t}");
        assert!(
            t.contains(&format!(
                "{f}:4:7: error[sheet-row]: row 4, column G (severity): `urgent` is not a severity"
            )),
            "{t}"
        );
        assert!(
            t.contains(&format!(
                "{f}:5:3: error[sheet-row]: row 5, column C (lane): `feelings` is not a lane"
            )),
            "{t}"
        );
        assert!(
            t.contains("emotion `5` is not a whole number from -2 to 2"),
            "{t}"
        );
        assert!(t.contains("column I `Notes` is not a known column"), "{t}");
        assert!(t.contains("7 row(s) imported, 3 skipped"), "{t}");
        let body = std::fs::read_to_string(site.join("content/journeys/bad-rows.md")).unwrap();
        assert_eq!(
            waymark::pipeline::check_site(&site, as_of()).error_count(),
            0
        );
        bodies.push(
            body.lines()
                .filter(|l| !l.starts_with("Imported from"))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    assert_eq!(bodies[0], bodies[1]);
    // The empty stage cell took the stage of the row above; `painpoint`, `Touch points`
    // and `Medium` were understood.
    assert!(
        bodies[0].contains("emotions: { patient: -1 }"),
        "{}",
        bodies[0]
    );
    assert!(bodies[0].contains("severity: medium"), "{}", bodies[0]);
    assert!(
        bodies[0].contains("{ name: Pre-op consultation, channel: field, personas: [surgeon] }"),
        "{}",
        bodies[0]
    );
}

#[test]
fn nothing_is_written_when_bad_rows_outnumber_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = waymark(&[
        "import",
        "sheet",
        &fixture("sheets").join("mostly-bad.csv").to_string_lossy(),
        "-o",
        &site.to_string_lossy(),
    ]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("3 bad row(s) against 1 good; nothing was written"),
        "{t}"
    );
    assert!(t.contains("did you mean") || t.contains("lanes:"), "{t}");
    assert!(!site.exists());
}

#[test]
fn owners_must_be_teams_of_the_site() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(
        site.join("waymark.yaml"),
        "title: T\nteams: [Sales, Medical Affairs]\n",
    )
    .unwrap();
    let csv = dir.path().join("j.csv");
    std::fs::write(&csv, "stage,persona,lane,text,owner\nA,Buyer,touchpoint,Demo,sales\nA,Buyer,touchpoint,Call,Marketing\nA,Buyer,action,Asks for a demo,\n").unwrap();
    let out = waymark(&[
        "import",
        "sheet",
        &csv.to_string_lossy(),
        "-o",
        &site.to_string_lossy(),
    ]);
    let t = text(&out);
    assert!(
        t.contains("row 3, column E (owner): `Marketing` is not a team of waymark.yaml"),
        "{t}"
    );
    let j = std::fs::read_to_string(site.join("content/journeys/j.md")).unwrap();
    assert!(j.contains("owner: Sales"), "{j}");
    assert_eq!(
        waymark::pipeline::check_site(&site, as_of()).error_count(),
        0
    );
    // A second import of the same sheet refuses to overwrite, then --force replaces.
    let again = waymark(&[
        "import",
        "sheet",
        &csv.to_string_lossy(),
        "-o",
        &site.to_string_lossy(),
        "--id",
        "j",
    ]);
    assert!(
        text(&again).contains("nothing was written (pass --force to replace)"),
        "{}",
        text(&again)
    );
    let forced = waymark(&[
        "import",
        "sheet",
        &csv.to_string_lossy(),
        "-o",
        &site.to_string_lossy(),
        "--id",
        "j",
        "--force",
    ]);
    assert!(text(&forced).contains("replaced"), "{}", text(&forced));
}

#[test]
fn broken_files_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let s = site.to_string_lossy().into_owned();
    let fake = dir.path().join("fake.xlsx");
    std::fs::write(&fake, "stage,lane,text\nA,action,x\n").unwrap();
    let out = waymark(&["import", "sheet", &fake.to_string_lossy(), "-o", &s]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("cannot read the workbook"),
        "{}",
        text(&out)
    );
    let latin1 = dir.path().join("latin1.csv");
    std::fs::write(&latin1, b"stage,lane,text\nCaf\xe9,action,x\n").unwrap();
    let out = waymark(&["import", "sheet", &latin1.to_string_lossy(), "-o", &s]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("latin1.csv:2:4: error[not-utf8]: file is not valid UTF-8"),
        "{}",
        text(&out)
    );
    let no_header = dir.path().join("nohead.csv");
    std::fs::write(&no_header, "Referral,Patient,action,Sees the GP\n").unwrap();
    let out = waymark(&["import", "sheet", &no_header.to_string_lossy(), "-o", &s]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("the header row has no stage, lane, text column"),
        "{}",
        text(&out)
    );
    // Semicolons (European spreadsheets), ragged rows, quoted fields with commas and
    // newlines, a byte-order mark.
    let euro = dir.path().join("euro.csv");
    std::fs::write(&euro, "\u{feff}Stufe;Persona;lane;text;stage\nx;Ärztin;Aktion;y\n;Ärztin;question;\"Wie, bitte?\nZweite Zeile\";Prüfung\n").unwrap();
    let out = waymark(&["import", "sheet", &euro.to_string_lossy(), "-o", &s]);
    let t = text(&out);
    assert!(t.contains("`Stufe` is not a known column"), "{t}");
    assert!(t.contains("`Aktion` is not a lane"), "{t}");
    // One bad row, one good: written, exit 1. The quoted text keeps its comma and newline.
    assert_eq!(out.status.code(), Some(1), "{t}");
    let j = std::fs::read_to_string(site.join("content/journeys/euro.md")).unwrap();
    assert!(j.contains("text: \"Wie, bitte?\\nZweite Zeile\""), "{j}");
    assert!(site.join("content/personas/arztin.md").is_file());
    assert_eq!(
        waymark::pipeline::check_site(&site, as_of()).error_count(),
        0
    );
}
