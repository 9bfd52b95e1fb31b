//! Helpers shared by the integration tests: run the real binary on real folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (the example site).
pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture folder under `tests/fixtures/`.
pub(crate) fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// Runs `waymark ARGS` with a fixed as-of date and no colour; returns its output.
pub(crate) fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the waymark binary runs")
}

/// stdout and stderr as one string.
pub(crate) fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Copies a folder tree (for tests that change files).
pub(crate) fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, by relative path.
pub(crate) fn snapshot_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// The venv's python with python-pptx and pdfminer.six: `WAYMARK_PPTX_PYTHON` (set by `.ci/run`), else
/// `pptx-venv/bin/python` in the target folder. Fails the test when there is none.
pub(crate) fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("WAYMARK_PPTX_PYTHON") {
        return PathBuf::from(p);
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
        dirs.push(PathBuf::from(t));
    }
    dirs.push(repo().join("target"));
    for d in &dirs {
        let p = d.join("pptx-venv/bin/python");
        if p.exists() {
            return p;
        }
    }
    panic!(
        "no python with python-pptx: set WAYMARK_PPTX_PYTHON or run the setup at the top of \
         .ci/run (it makes {} with python-pptx 1.0.2)",
        dirs[0].join("pptx-venv").display()
    );
}

/// Runs `waymark build SITE -o OUT --as-of 2026-11-22 EXTRA…` and asserts it succeeds.
pub(crate) fn build_ok(site: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "build",
        site.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ];
    args.extend_from_slice(extra);
    let res = waymark(&args);
    assert_eq!(res.status.code(), Some(0), "{}", text(&res));
}
