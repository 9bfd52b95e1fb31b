//! Issue 16 item 11, the smaller ones not covered in tests/check.rs and tests/serve.rs:
//! numbers keep their digits, private-use characters survive a Mermaid import, ids from
//! names in any script, the starter `.gitignore`.

mod common;
use common::{fixture, text, waymark};

/// `waymark import mermaid` of `diagram` into `DIR/site`, which it returns; fails the test
/// if the import fails.
fn import_mermaid(dir: &std::path::Path, diagram: &str) -> std::path::PathBuf {
    let file = dir.join("diagram.mmd");
    std::fs::write(&file, diagram).unwrap();
    let site = dir.join("site");
    let out = waymark(&[
        "import",
        "mermaid",
        file.to_str().unwrap(),
        "-o",
        site.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    site
}

#[test]
fn a_number_written_as_text_keeps_its_digits() {
    let text = "---\ntitle: T\nstages:\n  - id: awareness\n    decision_moments:\n      - 2.50\n    metrics:\n      - { name: Price, target: 2.50, current: 1e3 }\n      - 0.10\n---\n";
    let doc = waymark::load::parse_journey("content/journeys/j.md", text).unwrap();
    let s = &doc.value.stages[0].value;
    assert_eq!(s.decision_moments[0].value.0.text, "2.50");
    let m = &s.metrics[0].value.0;
    assert_eq!(m.target.as_ref().unwrap().0, "2.50");
    assert_eq!(m.current.as_ref().unwrap().0, "1e3");
    assert_eq!(s.metrics[1].value.0.name, "0.10");
}

#[test]
fn private_use_characters_in_mermaid_input_are_kept_not_read_as_syntax() {
    let dir = tempfile::tempdir().unwrap();
    let site = import_mermaid(
        dir.path(),
        "journey\n  title Private\n  section Start\n    Pay\u{E000}now\u{E001}or\u{E003}later: 3: Me\n",
    );
    let j = std::fs::read_to_string(site.join("content/journeys/private.md")).unwrap();
    assert!(j.contains("Pay\u{E000}now\u{E001}or\u{E003}later"), "{j}");
    assert!(!j.contains("Pay:now"), "{j}");
}

#[test]
fn ids_from_cjk_and_cyrillic_names_are_transliterated() {
    let dir = tempfile::tempdir().unwrap();
    let site = import_mermaid(
        dir.path(),
        "journey\n  title 患者の一日\n  section 受付\n    予約: 3: 患者, Пациент\n",
    );
    let p = std::fs::read_to_string(site.join("content/personas/huan-zhe.md")).unwrap();
    assert!(p.contains("name: 患者"), "{p}");
    assert!(site.join("content/personas/patsient.md").is_file());
    assert!(site.join("content/journeys/huan-zhe-noyi-ri.md").is_file());
    let check = waymark(&["check", site.to_str().unwrap(), "--as-of", "2026-11-22"]);
    assert!(check.status.success(), "{}", text(&check));
}

#[test]
fn the_starter_gitignore_ends_with_a_newline() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("maps");
    let out = waymark(&["init", site.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let g = std::fs::read_to_string(site.join(".gitignore")).unwrap();
    assert!(g.ends_with('\n') && !g.ends_with("\n\n"), "{g:?}");
    let _ = fixture("minimal");
}

/// Found by `fuzz/sheet_xlsx`: a workbook whose cell reference overflows calamine's row
/// arithmetic made `import sheet` panic. It is now the located `sheet-read` error.
#[test]
fn a_workbook_with_an_overflowing_cell_reference_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.xlsx");
    std::fs::copy(fixture("fuzz/xlsx-cell-reference-overflow.xlsx"), &file).unwrap();
    let out = waymark(&[
        "import",
        "sheet",
        file.to_str().unwrap(),
        "-o",
        dir.path().join("site").to_str().unwrap(),
    ]);
    let t = text(&out);
    assert!(!out.status.success(), "{t}");
    assert!(!t.contains("panicked"), "{t}");
    assert!(t.contains("bad.xlsx"), "{t}");
    assert!(t.contains("error["), "{t}");
}
