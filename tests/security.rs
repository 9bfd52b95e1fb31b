//! Hardening (issue 16): what a wrong `-o`, a theme path, a symbolic link, a CSV cell or the
//! date of a command can do, each driven through the real binary on real temp folders.

mod common;
use common::{copy_tree, fixture, text, waymark};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const AS_OF: &str = "2026-11-22";

/// A copy of the minimal fixture at `dir/NAME`.
fn site_in(dir: &Path, name: &str) -> PathBuf {
    let site = dir.join(name);
    copy_tree(&fixture("minimal"), &site);
    site
}

fn build(site: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        site.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        AS_OF,
    ];
    args.extend_from_slice(extra);
    waymark(&args)
}

fn export(site: &Path, format: &str, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "export",
        site.to_str().unwrap(),
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--quiet",
    ];
    args.extend_from_slice(extra);
    waymark(&args)
}

fn assert_fails(out: &Output, expected: &[&str]) -> String {
    let t = text(out);
    assert_eq!(out.status.code(), Some(1), "expected exit 1:\n{t}");
    for e in expected {
        assert!(t.contains(e), "expected `{e}` in:\n{t}");
    }
    t
}

fn assert_ok(out: &Output) -> String {
    let t = text(out);
    assert_eq!(out.status.code(), Some(0), "expected exit 0:\n{t}");
    t
}

// --- 1. `build -o` and `export -o` replace only what waymark made ---

#[test]
fn build_refuses_an_output_that_holds_the_site() {
    // The repro: `waymark build proj/site -o proj` deleted proj/site.
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proj");
    let site = site_in(&proj, "site");
    std::fs::write(proj.join("index.html"), "").unwrap();
    let res = build(&site, &proj, &[]);
    assert_fails(
        &res,
        &[
            "refusing to write to",
            "contains the site's sources",
            "hint:",
        ],
    );
    assert!(site.join("waymark.yaml").is_file(), "the source survives");
    assert!(proj.join("index.html").is_file());
    // --force never overrides this rule.
    let res = build(&site, &proj, &["--force"]);
    assert_fails(&res, &["contains the site's sources"]);
    assert!(site.join("content/journeys/purchase.md").is_file());
}

#[test]
fn build_refuses_the_site_itself_and_folders_inside_its_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let res = build(&site, &site, &["--force"]);
    assert_fails(&res, &["refusing to write to", "is the site's sources"]);
    for inside in ["content", "content/new", "static/out", "themes/x"] {
        let res = build(&site, &site.join(inside), &["--force"]);
        assert_fails(&res, &["is inside the site's sources"]);
    }
    // Through a `..` and a relative spelling too.
    let res = build(&site, &site.join("public/../content"), &[]);
    assert_fails(&res, &["is inside the site's sources"]);
    assert!(site.join("content/journeys/purchase.md").is_file());
}

#[test]
fn build_refuses_a_folder_it_did_not_make_unless_forced() {
    // The repro: docs/thesis.docx was deleted because docs/index.html existed.
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let docs = tmp.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("thesis.docx"), "x").unwrap();
    std::fs::write(docs.join("index.html"), "").unwrap();
    let res = build(&site, &docs, &[]);
    assert_fails(
        &res,
        &["refusing to replace", "was not made by waymark", "--force"],
    );
    assert_eq!(std::fs::read(docs.join("thesis.docx")).unwrap(), b"x");
    let res = build(&site, &docs, &["--force"]);
    assert_ok(&res);
    assert!(!docs.join("thesis.docx").exists());
    assert!(
        docs.join(".waymark-build").is_file(),
        "every build is marked"
    );
}

#[test]
fn build_replaces_its_own_output_and_fills_an_empty_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    assert_ok(&build(&site, &out, &[]));
    assert!(out.join(".waymark-build").is_file());
    assert!(out.join("index.html").is_file());
    std::fs::write(out.join("stale.html"), "old").unwrap();
    assert_ok(&build(&site, &out, &[]));
    assert!(
        !out.join("stale.html").exists(),
        "a build replaces its output"
    );
    // The default output, SITE/public, is inside the site but not in its sources.
    let res = waymark(&["build", site.to_str().unwrap(), "--as-of", AS_OF]);
    assert_ok(&res);
    assert!(site.join("public/.waymark-build").is_file());
}

#[test]
fn export_before_the_first_build_does_not_block_it() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let s = site.to_str().unwrap();
    let args = ["export", s, "--format", "csv", "--as-of", AS_OF, "--quiet"];
    assert_ok(&waymark(&args));
    assert!(site.join("public/exports/.waymark-export").is_file());
    assert_ok(&waymark(&["build", s, "--as-of", AS_OF]));
    assert!(site.join("public/.waymark-build").is_file());
}

#[test]
fn build_refuses_a_file_as_output() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let file = tmp.path().join("notes.txt");
    std::fs::write(&file, "keep").unwrap();
    assert_fails(&build(&site, &file, &["--force"]), &["it is a file"]);
    assert_eq!(std::fs::read(&file).unwrap(), b"keep");
}

#[test]
fn export_never_overwrites_a_users_file_of_the_same_name() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let mine = tmp.path().join("reports");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(mine.join("plan.csv"), "my plan").unwrap();
    let res = export(&site, "csv", &mine, &[]);
    assert_fails(&res, &["refusing to overwrite plan.csv", "--force"]);
    assert_eq!(std::fs::read(mine.join("plan.csv")).unwrap(), b"my plan");
    assert!(!mine.join("backlog.csv").exists(), "nothing was written");
    // Files of other names in a user's folder are fine, and stay.
    std::fs::remove_file(mine.join("plan.csv")).unwrap();
    std::fs::write(mine.join("notes.txt"), "mine").unwrap();
    assert_ok(&export(&site, "csv", &mine, &[]));
    assert!(mine.join("plan.csv").is_file());
    assert_eq!(std::fs::read(mine.join("notes.txt")).unwrap(), b"mine");
    // ... but the folder is not claimed: a second export now collides, --force overwrites.
    assert_fails(
        &export(&site, "csv", &mine, &[]),
        &["refusing to overwrite"],
    );
    assert_ok(&export(&site, "csv", &mine, &["--force"]));

    // A new folder is waymark's: exports into it replace their own files.
    let fresh = tmp.path().join("fresh");
    assert_ok(&export(&site, "csv", &fresh, &[]));
    assert!(fresh.join(".waymark-export").is_file());
    assert_ok(&export(&site, "csv", &fresh, &[]));
    // The default, SITE/public/exports, lies in a build.
    assert_ok(&waymark(&[
        "build",
        site.to_str().unwrap(),
        "--as-of",
        AS_OF,
    ]));
    assert_ok(&waymark(&[
        "export",
        site.to_str().unwrap(),
        "--format",
        "csv",
        "--as-of",
        AS_OF,
        "--quiet",
    ]));
    // Never into the sources.
    assert_fails(
        &export(&site, "csv", &site.join("content"), &["--force"]),
        &["is inside the site's sources"],
    );
}

#[test]
fn mermaid_export_never_overwrites_a_users_file() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let mine = tmp.path().join("diagrams");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(mine.join("purchase.mmd"), "mine").unwrap();
    let res = export(&site, "mermaid", &mine, &[]);
    assert_fails(&res, &["refusing to overwrite purchase.mmd"]);
    assert_eq!(std::fs::read(mine.join("purchase.mmd")).unwrap(), b"mine");
    assert_ok(&export(&site, "mermaid", &mine, &["--force"]));
}

// --- 2. `theme:` is a name ---

#[test]
fn a_theme_path_is_a_located_error() {
    for name in ["theme-path", "theme-dotdot"] {
        let dir = fixture(&format!("security/{name}"));
        let res = waymark(&["check", dir.to_str().unwrap(), "--as-of", AS_OF]);
        let t = assert_fails(
            &res,
            &[
                "waymark.yaml:8:8: error[bad-theme]",
                "is not a theme name",
                "hint: a theme is the kebab-case name of a folder under themes/",
            ],
        );
        assert!(!t.contains("root:"), "{t}");
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        assert_fails(&build(&dir, &out, &[]), &["error[bad-theme]"]);
        assert!(!out.exists(), "nothing was written");
    }
}

// --- 3. symbolic links never leave the site ---

#[cfg(unix)]
#[test]
fn static_links_that_leave_the_site_are_skipped_with_a_warning() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let secret = tmp.path().join("secret.txt");
    std::fs::write(&secret, "TOKEN=hunter2").unwrap();
    let st = site.join("static");
    std::fs::create_dir_all(st.join("sub")).unwrap();
    std::fs::write(site.join("inside.txt"), "inside").unwrap();
    symlink("/proc/self/environ", st.join("env.txt")).unwrap();
    symlink(&secret, st.join("p.txt")).unwrap();
    symlink(tmp.path(), st.join("up")).unwrap();
    symlink("../inside.txt", st.join("ok.txt")).unwrap();
    symlink("missing.txt", st.join("gone.txt")).unwrap();
    symlink("..", st.join("sub/loop")).unwrap();

    let res = waymark(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    let t = assert_ok(&res);
    for w in [
        "static/env.txt: warning[link-outside-site]",
        "static/p.txt: warning[link-outside-site]",
        "static/up: warning[link-outside-site]",
        "static/gone.txt: warning[dangling-link]",
        "static/sub/loop: warning[link-loop]",
    ] {
        assert!(t.contains(w), "expected `{w}` in:\n{t}");
    }
    assert!(!t.contains("walk failed") && !t.contains("hunter2"), "{t}");

    let out = tmp.path().join("out");
    let t = assert_ok(&build(&site, &out, &[]));
    assert!(!t.contains("walk failed"), "{t}");
    assert!(
        t.contains("link-outside-site"),
        "the build names the warnings:\n{t}"
    );
    assert!(!out.join("env.txt").exists());
    assert!(!out.join("p.txt").exists());
    assert!(!out.join("up").exists());
    assert_eq!(std::fs::read(out.join("ok.txt")).unwrap(), b"inside");
    for (path, bytes) in common::snapshot_tree(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("hunter2"),
            "{path} holds the secret"
        );
    }
}

#[cfg(unix)]
#[test]
fn content_links_that_leave_the_site_are_never_read() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    // Not valid YAML: were it read, its first line would be shown in the error snippet.
    let outside = tmp.path().join("private.md");
    std::fs::write(&outside, "---\nSECRET-LINE: [unclosed\n---\n").unwrap();
    symlink(&outside, site.join("content/journeys/leak.md")).unwrap();
    let elsewhere = tmp.path().join("personas");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("spy.md"), "---\nname: SECRET-NAME\n---\n").unwrap();
    symlink(&elsewhere, site.join("content/personas/more")).unwrap();
    // A link inside the site is fine.
    std::fs::copy(
        site.join("content/personas/buyer.md"),
        site.join("buyer-copy.md"),
    )
    .unwrap();
    std::fs::remove_file(site.join("content/personas/buyer.md")).unwrap();
    symlink(
        "../../buyer-copy.md",
        site.join("content/personas/buyer.md"),
    )
    .unwrap();

    let res = waymark(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    let t = assert_ok(&res);
    assert!(
        t.contains("content/journeys/leak.md: warning[link-outside-site]"),
        "{t}"
    );
    assert!(
        t.contains("content/personas/more: warning[link-outside-site]"),
        "{t}"
    );
    assert!(!t.contains("SECRET"), "outside text printed:\n{t}");
    assert!(
        !t.contains("unknown-persona"),
        "the inside link was read:\n{t}"
    );
}

#[cfg(unix)]
#[test]
fn theme_and_template_links_that_leave_the_site_are_skipped() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let outside = tmp.path().join("brand");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("style.css"), "/* SECRET */").unwrap();
    std::fs::write(outside.join("extra.txt"), "SECRET").unwrap();
    std::fs::create_dir_all(site.join("themes")).unwrap();
    symlink(&outside, site.join("themes/brand")).unwrap();
    let yaml = std::fs::read_to_string(site.join("waymark.yaml")).unwrap();
    std::fs::write(site.join("waymark.yaml"), yaml + "theme: brand\n").unwrap();
    std::fs::create_dir_all(site.join("templates")).unwrap();
    symlink("/etc/hostname", site.join("templates/index.html")).unwrap();

    let out = tmp.path().join("out");
    let t = assert_ok(&build(&site, &out, &[]));
    assert!(t.contains("link-outside-site"), "{t}");
    assert!(!out.join("theme/extra.txt").exists());
    for (path, bytes) in common::snapshot_tree(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("SECRET"),
            "{path} holds an outside file"
        );
    }
    let check = text(&waymark(&[
        "check",
        site.to_str().unwrap(),
        "--as-of",
        AS_OF,
    ]));
    assert!(
        check.contains("themes/brand: warning[link-outside-site]"),
        "{check}"
    );
    assert!(
        check.contains("templates/index.html: warning[link-outside-site]"),
        "{check}"
    );
}

// --- 4. CSV formula injection ---

const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

#[test]
fn csv_cells_never_start_a_formula() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("x");
    let site = fixture("security/csv-formulas");
    assert_ok(&export(&site, "csv", &out, &[]));
    let mut seen = Vec::new();
    for name in ["plan.csv", "touchpoints.csv", "backlog.csv"] {
        let bytes = std::fs::read(out.join(name)).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&bytes[3..]);
        for rec in r.records() {
            for cell in rec.unwrap().iter() {
                assert!(
                    !cell.starts_with(FORMULA_START),
                    "{name}: cell `{cell}` starts a formula"
                );
                seen.push(cell.to_string());
            }
        }
    }
    for expected in [
        "'=HYPERLINK(\"http://x\",\"y\")",
        "'+cmd|' /C calc'!A0",
        "'@SUM(1+1)*cmd",
        "'-2+3",
    ] {
        assert!(
            seen.iter().any(|c| c == expected),
            "no `{expected}` in {seen:?}"
        );
    }
}

#[test]
fn sheet_import_takes_cached_values_never_formulas() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let res = waymark(&[
        "import",
        "sheet",
        fixture("sheets/formulas.xlsx").to_str().unwrap(),
        "-o",
        site.to_str().unwrap(),
    ]);
    assert_ok(&res);
    let journey = std::fs::read_to_string(site.join("content/journeys/formulas.md")).unwrap();
    assert!(journey.contains("Reads a study"), "{journey}");
    assert!(journey.contains("Compares tenders"), "{journey}");
    assert!(
        !journey.contains("HYPERLINK") && !journey.contains("CONCAT"),
        "{journey}"
    );
}

// --- 7. interrupted builds leave nothing for long ---

#[test]
fn a_build_removes_stale_temp_folders_it_made() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    let out = tmp.path().join("public");
    // Process ids above Linux's maximum (2^22) never run.
    let stale_tmp = tmp.path().join(".public.waymark-tmp-999999991");
    let stale_old = tmp.path().join(".public.waymark-old-999999992");
    let not_ours = tmp.path().join(".public.waymark-tmp-999999993");
    let other_out = tmp.path().join(".other.waymark-tmp-999999994");
    for d in [&stale_tmp, &stale_old, &other_out] {
        std::fs::create_dir_all(d).unwrap();
        std::fs::write(d.join(".waymark-build"), "").unwrap();
        std::fs::write(d.join("index.html"), "big").unwrap();
    }
    std::fs::create_dir_all(&not_ours).unwrap();
    std::fs::write(not_ours.join("thesis.docx"), "x").unwrap();
    assert_ok(&build(&site, &out, &[]));
    assert!(!stale_tmp.exists(), "stale temp folder removed");
    assert!(!stale_old.exists(), "stale old output removed");
    assert!(
        not_ours.join("thesis.docx").is_file(),
        "unmarked folder kept"
    );
    assert!(other_out.exists(), "another output's folder kept");
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    assert_eq!(names, [".public.waymark-tmp-999999993"], "{names:?}");
}

// --- 8. one as-of date for every command ---

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "A")
        .env("GIT_AUTHOR_EMAIL", "a@example.com")
        .env("GIT_COMMITTER_NAME", "A")
        .env("GIT_COMMITTER_EMAIL", "a@example.com")
        .env("GIT_AUTHOR_DATE", "2026-03-04T12:00:00+00:00")
        .env("GIT_COMMITTER_DATE", "2026-03-04T12:00:00+00:00")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn as_of_in(json: &Path) -> String {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(json).unwrap()).unwrap();
    v["as_of"].as_str().unwrap().to_string()
}

#[test]
fn export_and_build_use_the_head_commit_date() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_in(tmp.path(), "site");
    git(&site, &["init", "-q"]);
    git(&site, &["add", "-A"]);
    git(&site, &["commit", "-qm", "maps"]);
    let s = site.to_str().unwrap();
    let exports = tmp.path().join("exports");
    let res = waymark(&[
        "export",
        s,
        "--format",
        "json",
        "-o",
        exports.to_str().unwrap(),
        "--quiet",
    ]);
    assert_ok(&res);
    assert_eq!(as_of_in(&exports.join("site.json")), "2026-03-04");
    let out = tmp.path().join("out");
    assert_ok(&waymark(&["build", s, "-o", out.to_str().unwrap()]));
    if out.join("exports/site.json").is_file() {
        assert_eq!(as_of_in(&out.join("exports/site.json")), "2026-03-04");
    }
    // --as-of wins over the commit, for export as for build.
    let flagged = tmp.path().join("flagged");
    assert_ok(&export(&site, "json", &flagged, &[]));
    assert_eq!(as_of_in(&flagged.join("site.json")), AS_OF);
}
