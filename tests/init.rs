//! `waymark init` writes a starter site that checks and builds cleanly, and never
//! overwrites anything.

mod common;
use common::{text, waymark};

#[test]
fn starter_site_checks_and_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("maps");
    let res = waymark(&["init", dir.to_str().unwrap()]);
    assert!(res.status.success(), "{}", text(&res));
    assert!(dir.join("waymark.yaml").is_file());
    assert!(dir.join("content/journeys/first-journey.md").is_file());
    let res = waymark(&["check", dir.to_str().unwrap()]);
    assert_eq!(res.status.code(), Some(0), "{}", text(&res));
    assert!(text(&res).contains("0 error(s)"), "{}", text(&res));
    let res = waymark(&["build", dir.to_str().unwrap()]);
    assert!(res.status.success(), "{}", text(&res));
    assert!(dir.join("public/index.html").is_file());
    assert!(dir.join("public/journeys/first-journey.html").is_file());
}

#[test]
fn refuses_a_non_empty_folder() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.md"), "mine").unwrap();
    let res = waymark(&["init", tmp.path().to_str().unwrap()]);
    assert_eq!(res.status.code(), Some(1));
    assert!(text(&res).contains("is not empty"), "{}", text(&res));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.md")).unwrap(),
        "mine"
    );
    assert!(!tmp.path().join("waymark.yaml").exists());
}

#[test]
fn every_starter_file_ends_with_a_newline() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let out = common::waymark(&["init", dir.to_str().unwrap()]);
    assert!(out.status.success());
    for e in walkdir::WalkDir::new(&dir) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let bytes = std::fs::read(e.path()).unwrap();
            assert_eq!(bytes.last(), Some(&b'\n'), "{}", e.path().display());
        }
    }
}
