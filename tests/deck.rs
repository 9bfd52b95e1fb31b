//! The readable deck: `waymark export --format pdf` of the example site is at most 30 pages
//! and draws no text under 10 pt (read back with pdfminer.six, `tests/pdf_sizes.py`, which
//! scales each glyph's font size by the page's matrices); the PDF and the PowerPoint deck
//! have the same slides; `--deck full` keeps the detailed deck of whole diagrams.
//! `.ci/run` installs pdfminer.six in the venv it makes for python-pptx.

mod common;

use std::path::{Path, PathBuf};

use common::{fixture, python, repo, text, waymark};

/// Exports `format` of `root` into a fresh folder, with extra arguments.
fn export(root: &Path, format: &str, extra: &[&str], tag: &str) -> PathBuf {
    let out = std::env::temp_dir().join(format!("deck-test-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let mut args = vec![
        "export",
        root.to_str().unwrap(),
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
        "--quiet",
    ];
    args.extend_from_slice(extra);
    let run = waymark(&args);
    assert!(run.status.success(), "{}", text(&run));
    out
}

/// `(page, smallest size in pt, a line drawn at it)` for every page with text.
fn smallest_sizes(pdf: &Path) -> Vec<(usize, f32, String)> {
    let run = std::process::Command::new(python())
        .arg(repo().join("tests/pdf_sizes.py"))
        .arg(pdf)
        .output()
        .expect("the venv's python runs");
    assert!(run.status.success(), "{}", text(&run));
    String::from_utf8_lossy(&run.stdout)
        .lines()
        .map(|l| {
            let mut parts = l.splitn(3, ' ');
            let page = parts.next().unwrap().parse().unwrap();
            let size = parts.next().unwrap().parse().unwrap();
            (page, size, parts.next().unwrap_or("").to_string())
        })
        .collect()
}

/// Counts `/Type /Page` objects (not `/Pages`) however they are spaced.
fn count_pages(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(at) = find(&bytes[i..], b"/Type") {
        let mut j = i + at + 5;
        while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\n' || bytes[j] == b'\r') {
            j += 1;
        }
        if bytes[j..].starts_with(b"/Page") && !bytes[j..].starts_with(b"/Pages") {
            n += 1;
        }
        i = j;
    }
    n
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn the_example_deck_is_thirty_pages_and_no_text_under_10_pt() {
    let out = export(&repo(), "pdf", &[], "example");
    let pdf = out.join("deck.pdf");
    let n = count_pages(&std::fs::read(&pdf).unwrap());
    assert!(n <= 30, "{n} pages");
    let sizes = smallest_sizes(&pdf);
    assert_eq!(sizes.len(), n, "every page has text");
    for (page, size, line) in &sizes {
        assert!(*size >= 9.99, "page {page}: {line:?} at {size} pt");
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_deck_in_other_scripts_keeps_the_10_pt_rule() {
    // Arabic, Hebrew, Japanese, …: drawn by the krilla path with fallback faces.
    let out = export(&fixture("scripts"), "pdf", &[], "scripts");
    for (page, size, line) in smallest_sizes(&out.join("deck.pdf")) {
        assert!(size >= 9.99, "page {page}: {line:?} at {size} pt");
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn the_pdf_and_the_powerpoint_deck_have_the_same_slides() {
    let root = repo();
    let out = export(&root, "all", &[], "same");
    let pdf = count_pages(&std::fs::read(out.join("deck.pdf")).unwrap());
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let site = waymark::pipeline::check_site(&root, as_of).site.unwrap();
    let all: Vec<_> = site.journeys.iter().map(|j| &**j).collect();
    assert_eq!(pdf, waymark::export::deck::slides(&site, &all).len());
    // The PowerPoint deck's slide parts.
    let pptx = std::fs::read(out.join("deck.pptx")).unwrap();
    let slides = (1..=pdf + 10)
        .filter(|i| find(&pptx, format!("ppt/slides/slide{i}.xml").as_bytes()).is_some())
        .count();
    assert_eq!(slides, pdf);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn deck_full_keeps_the_detailed_deck() {
    let root = repo();
    let slides = export(&root, "pdf", &[], "slides");
    let full = export(&root, "pdf", &["--deck", "full"], "full");
    let (a, b) = (
        count_pages(&std::fs::read(slides.join("deck.pdf")).unwrap()),
        count_pages(&std::fs::read(full.join("deck.pdf")).unwrap()),
    );
    assert!(b > a + 20, "full {b} pages, slides {a}");
    // The detailed deck places whole diagrams: its smallest text is under 10 pt.
    let smallest = smallest_sizes(&full.join("deck.pdf"))
        .iter()
        .map(|s| s.1)
        .fold(f32::MAX, f32::min);
    assert!(smallest < 10.0, "{smallest}");
    let _ = std::fs::remove_dir_all(&slides);
    let _ = std::fs::remove_dir_all(&full);
}
