//! Limits (issue 16 items 5 and 6): each input that used to hang `check`, `build` or
//! `import`, or blow up its memory or output, now finishes fast with the located
//! `limit-exceeded` error (src/limits.rs). The big inputs are made here, not committed.

mod common;
use common::{copy_tree, fixture, text, waymark};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const AS_OF: &str = "2026-11-22";
/// The rule is 1 s for a release build; a debug test build on a shared machine gets slack.
const FAST: Duration = Duration::from_secs(5);

/// The limits fixture site in `dir`, with `journey` as `content/journeys/j.md`.
fn site_with(dir: &Path, journey: &str) -> PathBuf {
    let site = dir.join("site");
    copy_tree(&fixture("limits/site"), &site);
    std::fs::create_dir_all(site.join("content/journeys")).unwrap();
    std::fs::write(site.join("content/journeys/j.md"), journey).unwrap();
    site
}

const FRONT: &str = "---\ntitle: T\npersonas: [buyer]\nstages:\n  - id: awareness\n---\n";

/// Runs `waymark ARGS`, asserting it finishes within [`FAST`]; gives exit success and text.
fn timed(args: &[&str]) -> (bool, String) {
    let start = Instant::now();
    let out = waymark(args);
    let took = start.elapsed();
    assert!(took < FAST, "`waymark {}` took {took:?}", args[0]);
    (out.status.success(), text(&out))
}

fn check_and_build(site: &Path, dir: &Path) -> Vec<String> {
    let s = site.to_str().unwrap();
    let out = dir.join("out");
    let (ok, check) = timed(&["check", s, "--as-of", AS_OF]);
    assert!(!ok, "{check}");
    let (ok, build) = timed(&["build", s, "-o", out.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!ok, "{build}");
    assert!(!out.exists(), "a refused build writes nothing");
    vec![check, build]
}

#[test]
fn deep_blockquotes_are_refused_before_rendering() {
    for n in [33, 10_000, 30_000, 100_000] {
        let dir = tempfile::tempdir().unwrap();
        let site = site_with(
            dir.path(),
            &format!("{FRONT}Intro.\n\n{} deep\n", ">".repeat(n)),
        );
        for t in check_and_build(&site, dir.path()) {
            assert!(
                t.contains("content/journeys/j.md:9:33: error[limit-exceeded]: over the limit of 32 levels of nested blockquotes and lists"),
                "{n}: {t}"
            );
            assert!(t.len() < 5_000, "the long line is cut: {} bytes", t.len());
        }
    }
}

#[test]
fn thirty_two_levels_and_code_blocks_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "{} fine\n\n```\n{}\n```\n\n{}\n",
        "> ".repeat(32),
        ">".repeat(1000),
        "<div>".repeat(10) + &"</div>".repeat(10)
    );
    let site = site_with(dir.path(), &format!("{FRONT}{body}"));
    let (_, t) = timed(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!t.contains("limit-exceeded"), "{t}");
}

#[test]
fn deep_html_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let body = "<div>".repeat(50_000);
    let site = site_with(dir.path(), &format!("{FRONT}{body}\n"));
    for t in check_and_build(&site, dir.path()) {
        assert!(
            t.contains("content/journeys/j.md:7:321: error[limit-exceeded]: over the limit of 64 levels of nested HTML elements"),
            "{t}"
        );
    }
}

#[test]
fn a_one_megabyte_title_is_refused_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let title = "word ".repeat(200_000);
    let site = site_with(
        dir.path(),
        &format!("---\ntitle: {title}\nstages:\n  - id: awareness\n---\n"),
    );
    for t in check_and_build(&site, dir.path()) {
        assert!(
            t.contains("content/journeys/j.md:2:8: error[limit-exceeded]: 999,999 characters in one text value, over the limit of 1,000"),
            "{t}"
        );
        assert!(t.len() < 5_000, "{} bytes", t.len());
    }
}

#[test]
fn a_long_label_in_a_block_scalar_is_refused_too() {
    let dir = tempfile::tempdir().unwrap();
    let lines = "      a line of a very long goal written over many lines\n".repeat(40);
    let site = site_with(
        dir.path(),
        &format!("---\ntitle: T\nstages:\n  - id: awareness\n    goal: |\n{lines}---\n"),
    );
    let (ok, t) = timed(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!ok);
    assert!(
        t.contains("content/journeys/j.md:6:7: error[limit-exceeded]: 2,040 characters"),
        "{t}"
    );
}

#[test]
fn ten_thousand_stages_give_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let stages = "  - id: awareness\n".repeat(10_000);
    let site = site_with(
        dir.path(),
        &format!("---\ntitle: T\nstages:\n{stages}---\n"),
    );
    for t in check_and_build(&site, dir.path()) {
        assert!(
            t.contains("content/journeys/j.md:104:5: error[limit-exceeded]: 10,000 stages in one journey, over the limit of 100"),
            "{t}"
        );
        assert_eq!(t.matches("error[").count(), 1, "{t}");
    }
}

#[test]
fn a_journey_front_matter_over_256_kb_is_refused_before_it_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    // 1 MB of stages: refused at the line where the 262,144th byte of the YAML falls.
    let stage = "  - id: awareness\n";
    let n = 1_000_000 / stage.len();
    let site = site_with(
        dir.path(),
        &format!("---\ntitle: T\nstages:\n{}---\n", stage.repeat(n)),
    );
    let line = 2 + 2 + (262_144 - "title: T\nstages:\n".len()) / stage.len();
    for t in check_and_build(&site, dir.path()) {
        assert!(
            t.contains(&format!("content/journeys/j.md:{line}:1: error[limit-exceeded]: {} bytes of YAML in one journey, over the limit of 262,144", thousands("title: T\nstages:\n".len() + n * stage.len()))),
            "{t}"
        );
        assert!(t.contains("Markdown body"), "{t}");
        assert_eq!(t.matches("error[").count(), 1, "{t}");
    }
}

fn thousands(n: usize) -> String {
    waymark::limits::thousands(n as u64)
}

#[test]
fn a_lane_of_more_than_a_hundred_items_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let actions = "      - Calls the hotline\n".repeat(101);
    let site = site_with(
        dir.path(),
        &format!("---\ntitle: T\nstages:\n  - id: awareness\n    actions:\n{actions}---\n"),
    );
    let (ok, t) = timed(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!ok);
    assert!(
        t.contains("content/journeys/j.md:106:9: error[limit-exceeded]: 101 items in `actions` of stage `awareness`, over the limit of 100"),
        "{t}"
    );
}

#[test]
fn more_than_a_thousand_items_in_one_journey_are_refused_at_the_item_past_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    // 11 stages of 95 actions: each lane is within its limit, the journey is not. The
    // 1,001st item is the 51st action of the 11th stage.
    let stages: String = (0..11)
        .map(|i| {
            format!(
                "  - id: s{i}\n    actions:\n{}",
                "      - Calls the hotline\n".repeat(95)
            )
        })
        .collect();
    let site = site_with(
        dir.path(),
        &format!("---\ntitle: T\nstages:\n{stages}---\n"),
    );
    let line = 4 + 10 * 97 + 2 + 50;
    for t in check_and_build(&site, dir.path()) {
        assert!(
            t.contains(&format!("content/journeys/j.md:{line}:9: error[limit-exceeded]: 1,045 items in the lanes of one journey, over the limit of 1,000")),
            "{t}"
        );
        assert!(t.contains("split the journey"), "{t}");
    }
    // A thousand is fine.
    let stages: String = (0..10)
        .map(|i| {
            format!(
                "  - id: s{i}\n    actions:\n{}",
                "      - Calls the hotline\n".repeat(100)
            )
        })
        .collect();
    let site = site_with(
        dir.path(),
        &format!("---\ntitle: T\nstages:\n{stages}---\n"),
    );
    let (_, t) = timed(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!t.contains("limit-exceeded"), "{t}");
}

#[test]
fn the_site_stage_vocabulary_teams_and_markets_have_limits() {
    let dir = tempfile::tempdir().unwrap();
    let site = site_with(dir.path(), FRONT);
    let config = site.join("waymark.yaml");
    let stages: String = (0..30_000)
        .map(|i| format!("  - {{ id: s{i}, name: Stage {i} }}\n"))
        .collect();
    std::fs::write(&config, format!("title: T\nstages:\n{stages}")).unwrap();
    for t in check_and_build(&site, dir.path()) {
        assert!(
            t.contains("waymark.yaml:103:5: error[limit-exceeded]: 30,000 stages in the site's stage vocabulary, over the limit of 100"),
            "{t}"
        );
        assert_eq!(t.matches("error[").count(), 1, "{t}");
    }
    let teams: String = (0..301).map(|i| format!("  - Team {i}\n")).collect();
    std::fs::write(
        &config,
        format!("title: T\nstages:\n  - awareness\nteams:\n{teams}"),
    )
    .unwrap();
    let (ok, t) = timed(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!ok);
    assert!(
        t.contains("waymark.yaml:305:5: error[limit-exceeded]: 301 teams, over the limit of 300"),
        "{t}"
    );
}

#[test]
fn a_mermaid_journey_of_more_than_a_thousand_tasks_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sections: String = (0..20)
        .map(|i| {
            let tasks: String = (0..60).map(|k| format!("    Task {k}: 3: Me\n")).collect();
            format!("  section Stage {i}\n{tasks}")
        })
        .collect();
    let (ok, t, out) = import_mermaid(
        dir.path(),
        "busy.mmd",
        format!("journey\n  title Busy\n{sections}").as_bytes(),
    );
    assert!(!ok, "{t}");
    // The 1,001st task: the 41st of the 17th section (16 sections of 61 lines before it).
    let line = 2 + 16 * 61 + 1 + 41;
    assert!(
        t.contains(&format!(
            "busy.mmd:{line}:1: error[limit-exceeded]: 1,200 tasks in one journey"
        )),
        "{t}"
    );
    assert!(!out.join("content/journeys").exists());
}

#[test]
fn two_thousand_unknown_personas_give_one_short_error() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..2000)
        .map(|i| format!("unknown-persona-{i:05}"))
        .collect();
    let fm = format!(
        "---\ntitle: T\npersonas: [{}]\nstages: [ {{ id: awareness }} ]\n---\n",
        names.join(", ")
    );
    assert!(fm.len() > 40_000);
    let site = site_with(dir.path(), &fm);
    for t in check_and_build(&site, dir.path()) {
        assert!(
            t.contains("content/journeys/j.md:3:1162: error[limit-exceeded]: 2,000 personas in one journey, over the limit of 50"),
            "{t}"
        );
        assert!(t.len() < 5_000, "{} bytes", t.len());
    }
}

/// Imports `file` into a fresh site folder in `dir`; gives success, the text, the folder.
fn import_sheet(dir: &Path, file: &Path) -> (bool, String, PathBuf) {
    let out = dir.join("imported");
    let (ok, t) = timed(&[
        "import",
        "sheet",
        file.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    (ok, t, out)
}

#[test]
fn an_eight_thousand_column_header_is_refused_with_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let header: Vec<String> = (0..8000).map(|i| format!("col{i}")).collect();
    let csv = dir.path().join("wide.csv");
    std::fs::write(&csv, format!("stage,lane,text,{}\n", header.join(","))).unwrap();
    let (ok, t, out) = import_sheet(dir.path(), &csv);
    assert!(!ok);
    assert!(
        t.contains("wide.csv:1:101: error[limit-exceeded]: over the limit of 100 columns in one sheet (a value in column CW)"),
        "{t}"
    );
    assert!(t.len() < 5_000, "{} bytes", t.len());
    assert!(!out.exists(), "nothing written");
}

#[test]
fn more_than_ten_thousand_rows_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("long.csv");
    let rows = "awareness,action,Reads\n".repeat(10_000);
    std::fs::write(&csv, format!("stage,lane,text\n{rows}")).unwrap();
    let (ok, t, _) = import_sheet(dir.path(), &csv);
    assert!(!ok);
    assert!(
        t.contains(
            "long.csv:10001:1: error[limit-exceeded]: over the limit of 10,000 rows in one sheet"
        ),
        "{t}"
    );
}

/// An `.xlsx` whose first sheet holds `rows` (cells as inline strings), `repeat` times over
/// after the first row.
fn xlsx(path: &Path, header: &[&str], row: &[&str], repeat: usize) {
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Journey" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, body) in parts {
        z.start_file(name, opts).unwrap();
        z.write_all(body.as_bytes()).unwrap();
    }
    let cells = |r: &[&str]| -> String {
        let cs: String = r
            .iter()
            .map(|c| format!("<c t=\"inlineStr\"><is><t>{c}</t></is></c>"))
            .collect();
        format!("<row>{cs}</row>")
    };
    z.start_file("xl/worksheets/sheet1.xml", opts.large_file(true))
        .unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).unwrap();
    z.write_all(cells(header).as_bytes()).unwrap();
    let chunk = cells(row).repeat(1000);
    for _ in 0..repeat / 1000 {
        z.write_all(chunk.as_bytes()).unwrap();
    }
    z.write_all(cells(row).repeat(repeat % 1000).as_bytes())
        .unwrap();
    z.write_all(b"</sheetData></worksheet>").unwrap();
    z.finish().unwrap();
}

#[test]
fn a_zip_bomb_workbook_is_refused_before_it_is_inflated() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.xlsx");
    let long = "a".repeat(2000);
    xlsx(
        &bomb,
        &["stage", "lane", "text"],
        &["awareness", "action", &long],
        30_000,
    );
    assert!(std::fs::metadata(&bomb).unwrap().len() < 2_000_000);
    let (ok, t, out) = import_sheet(dir.path(), &bomb);
    assert!(!ok);
    assert!(t.contains("error[limit-exceeded]"), "{t}");
    assert!(
        t.contains("bytes in one workbook, decompressed, over the limit of 52,428,800"),
        "{t}"
    );
    assert!(!out.exists());
}

#[test]
fn a_workbook_is_read_cell_by_cell_up_to_the_row_limit() {
    let dir = tempfile::tempdir().unwrap();
    let rows = dir.path().join("rows.xlsx");
    xlsx(
        &rows,
        &["stage", "lane", "text"],
        &["awareness", "action", "Reads"],
        10_000,
    );
    let (ok, t, _) = import_sheet(dir.path(), &rows);
    assert!(!ok);
    assert!(
        t.contains(
            "rows.xlsx:10001:1: error[limit-exceeded]: over the limit of 10,000 rows in one sheet"
        ),
        "{t}"
    );
    let wide = dir.path().join("wide.xlsx");
    let mut header: Vec<String> = vec!["stage".into(), "lane".into(), "text".into()];
    header.extend((0..200).map(|i| format!("c{i}")));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    xlsx(&wide, &header, &["awareness", "action", "Reads"], 1);
    let (ok, t, _) = import_sheet(dir.path(), &wide);
    assert!(!ok);
    assert!(t.contains("wide.xlsx:1:101: error[limit-exceeded]"), "{t}");
}

#[test]
fn a_sheet_lane_past_the_limit_is_refused_instead_of_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("busy.csv");
    let rows: String = (0..150)
        .map(|i| format!("awareness,action,Step {i}\n"))
        .collect();
    std::fs::write(&csv, format!("stage,lane,text\n{rows}")).unwrap();
    let (ok, t, out) = import_sheet(dir.path(), &csv);
    assert!(!ok, "{t}");
    assert!(
        t.contains("error[limit-exceeded]: 150 items in `actions`"),
        "{t}"
    );
    assert!(t.contains("nothing was written"), "{t}");
    assert!(!out.join("content/journeys").exists());
}

fn import_mermaid(dir: &Path, name: &str, text: &[u8]) -> (bool, String, PathBuf) {
    let file = dir.join(name);
    std::fs::write(&file, text).unwrap();
    let out = dir.join("imported");
    let (ok, t) = timed(&[
        "import",
        "mermaid",
        file.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    (ok, t, out)
}

#[test]
fn twenty_thousand_mermaid_sections_are_refused_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let sections: String = (0..20_000)
        .map(|i| format!("  section Stage {i}\n    Task {i}: 3: Me\n"))
        .collect();
    let (ok, t, out) = import_mermaid(
        dir.path(),
        "big.mmd",
        format!("journey\n  title Big\n{sections}").as_bytes(),
    );
    assert!(!ok, "{t}");
    assert!(
        t.contains("big.mmd:204:1: error[limit-exceeded]: 20,000 sections (stages) in one journey, over the limit of 100"),
        "{t}"
    );
    assert!(t.contains("nothing was written"), "{t}");
    assert!(!out.join("content/journeys").exists());
}

#[test]
fn a_mermaid_file_over_five_megabytes_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let tasks = "    A task: 3: Me\n".repeat(320_000);
    let (ok, t, _) = import_mermaid(
        dir.path(),
        "huge.mmd",
        format!("journey\n  section S\n{tasks}").as_bytes(),
    );
    assert!(!ok);
    assert!(t.contains("huge.mmd: error[limit-exceeded]"), "{t}");
    assert!(
        t.contains("bytes in one Mermaid file, over the limit of 5,242,880"),
        "{t}"
    );
}

#[test]
fn import_reports_not_utf8_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, t, _) = import_mermaid(
        dir.path(),
        "latin1.mmd",
        b"journey\n  section S\n    Caf\xe9: 3: Me\n",
    );
    assert!(!ok);
    assert!(t.contains("latin1.mmd:3:8: error[not-utf8]"), "{t}");
    let csv = dir.path().join("latin1.csv");
    std::fs::write(&csv, b"stage,lane,text\nawareness,action,Caf\xe9\n").unwrap();
    let (ok, t, _) = import_sheet(dir.path(), &csv);
    assert!(!ok);
    assert!(t.contains("latin1.csv:2:21: error[not-utf8]"), "{t}");
}
