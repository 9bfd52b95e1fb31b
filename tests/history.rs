//! History from git: last-changed dates, the as-of rule, review flags, `waymark diff`, the
//! change history page, shallow clones and folders outside git. Each test builds a
//! throwaway repository with the `git` command line (tests only; waymark itself reads git
//! through gix) and commits with fixed dates.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use waymark::history;
use waymark::pipeline::{self, AsOfSource};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Runs `git ARGS` in `dir` with a fixed identity and date; panics on failure.
fn git(dir: &Path, args: &[&str], date: &str) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Ada Author")
        .env("GIT_AUTHOR_EMAIL", "ada@example.com")
        .env("GIT_COMMITTER_NAME", "Ada Author")
        .env("GIT_COMMITTER_EMAIL", "ada@example.com")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn commit_all(dir: &Path, message: &str, day: &str) -> String {
    let date = format!("{day}T12:00:00+00:00");
    git(dir, &["add", "-A"], &date);
    git(
        dir,
        &["commit", "-q", "--allow-empty", "-m", message],
        &date,
    );
    git(dir, &["rev-parse", "HEAD"], &date)
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const CONFIG: &str =
    "title: Test maps\nreview_every: 90d\nstages: [awareness, evaluation, purchase, onboarding]\n";

const BUYER: &str =
    "---\nname: Hospital buyer\nkind: buyer\ngoals: [Lower cost]\n---\nBuys things.\n";
const CLINICIAN: &str = "---\nname: Radiologist\nkind: clinician\n---\n";

const CT_V1: &str = r#"---
title: CT purchase
owner: Marketing
reviewed: 2026-01-05
review_every: 30d
personas: [buyer, clinician]
stages:
  - id: awareness
    emotions: { buyer: 0, clinician: 1 }
    touchpoints:
      - { name: Web page, channel: web, owner: Marketing, assets: [dose-guide] }
    pain_points:
      - { text: Pricing is hidden, owner: Sales, severity: high }
  - id: evaluation
    actions:
      - { persona: clinician, text: Asks for a demo }
    touchpoints:
      - { name: Site demo, channel: field, owner: Sales }
    opportunities:
      - { text: Publish a one-pager, owner: Service, status: planned, due: 2027-01-31 }
  - id: purchase
    touchpoints:
      - { name: Contract call, channel: phone, owner: Sales }
---
The narrative.
"#;

const CT_V2: &str = r#"---
title: CT purchase
owner: Marketing
reviewed: 2026-01-05
review_every: 30d
personas: [buyer, clinician]
stages:
  - id: evaluation
    name: Clinical evaluation
    actions:
      - { persona: clinician, text: Asks for a demo }
    touchpoints:
      - { name: Reference visit, channel: event, owner: Sales }
    opportunities:
      - { text: Publish a one-pager, owner: Service, status: in-progress, due: 2027-03-31 }
  - id: awareness
    emotions: { buyer: -1, clinician: 1 }
    touchpoints:
      - { name: Web page, channel: email, owner: Digital, assets: [dose-guide, price-sheet] }
      - { name: Webinar, channel: event, owner: Marketing }
    pain_points:
      - { text: No ROI calculator, owner: Sales, severity: high }
  - id: onboarding
    touchpoints:
      - { name: Training, channel: field, owner: Service }
---
The narrative.
"#;

const APP: &str = "---\ntitle: Patient app\npersonas: [clinician]\nstages:\n  - id: onboarding\n    actions: [Downloads the app]\n---\n";
const KNEE: &str = "---\ntitle: Knee replacement\npersonas: [clinician]\nstages:\n  - id: awareness\n    actions: [Reads about surgery]\n---\n";

const ASSETS_V1: &str = r#"- id: dose-guide
  title: Dose evidence guide
  format: guide
  stages: [awareness]
  status: in-review
  review: { by: MLR, approved: 2026-01-01, expires: 2027-01-01 }
- id: price-sheet
  title: Price sheet
  stages: [evaluation]
  status: planned
"#;

const ASSETS_V2: &str = r#"- id: dose-guide
  title: Dose evidence guide
  format: guide
  stages: [awareness]
  status: approved
  review: { by: MLR, approved: 2026-02-01, expires: 2028-01-01 }
- id: price-sheet
  title: Price sheet
  stages: [evaluation]
  status: planned
"#;

/// A repository whose site is at its root: v1 committed on 2026-01-10, v2 on 2026-03-01.
/// Returns (tempdir, first commit id, second commit id).
fn two_commit_repo() -> (tempfile::TempDir, String, String) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    git(root, &["init", "-q"], "2026-01-10T12:00:00+00:00");
    write(root, "waymark.yaml", CONFIG);
    write(root, "content/personas/buyer.md", BUYER);
    write(root, "content/personas/clinician.md", CLINICIAN);
    write(root, "content/journeys/ct.md", CT_V1);
    write(root, "content/journeys/app.md", APP);
    write(root, "content/assets/inventory.yaml", ASSETS_V1);
    let c1 = commit_all(root, "First maps", "2026-01-10");
    write(root, "content/journeys/ct.md", CT_V2);
    std::fs::remove_file(root.join("content/journeys/app.md")).unwrap();
    write(root, "content/journeys/knee.md", KNEE);
    write(root, "content/assets/inventory.yaml", ASSETS_V2);
    write(
        root,
        "content/personas/buyer.md",
        &BUYER.replace("[Lower cost]", "[Lower cost, Faster install]"),
    );
    write(root, "content/personas/nurse.md", "---\nname: Nurse\n---\n");
    let c2 = commit_all(
        root,
        "Rework the CT map after win-loss review",
        "2026-03-01",
    );
    (tmp, c1, c2)
}

fn run(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap()
}

fn ok_stdout(out: &std::process::Output) -> String {
    assert!(out.status.success(), "failed: {}", common::text(out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn read(p: PathBuf) -> String {
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn last_changed_dates_and_revisions_come_from_one_walk() {
    let (tmp, c1, c2) = two_commit_repo();
    let root = tmp.path();
    let h = history::collect(root, 50).expect("in git");
    assert_eq!(h.head.as_ref().unwrap().id, c2);
    assert!(!h.dirty && !h.shallow);
    let ct = h.file("content/journeys/ct.md").unwrap();
    assert_eq!(ct.last.as_ref().unwrap().date, d("2026-03-01"));
    assert_eq!(ct.revisions, 2);
    let clin = h.file("content/personas/clinician.md").unwrap();
    assert_eq!(clin.last.as_ref().unwrap().id, c1);
    assert_eq!(clin.last.as_ref().unwrap().date, d("2026-01-10"));
    assert_eq!(clin.revisions, 1);
    assert!(
        h.file("content/journeys/app.md").is_none(),
        "deleted files have no entry"
    );
    assert_eq!(h.changes.len(), 2);
    assert_eq!(
        h.changes[0].commit.subject,
        "Rework the CT map after win-loss review"
    );

    // An edit on disk is uncommitted; a new file too.
    write(
        root,
        "content/personas/clinician.md",
        &CLINICIAN.replace("Radiologist", "Lead radiologist"),
    );
    write(
        root,
        "content/personas/tech.md",
        "---\nname: CT technologist\n---\n",
    );
    let h = history::collect(root, 50).unwrap();
    assert!(h.dirty);
    let clin = h.file("content/personas/clinician.md").unwrap();
    assert!(clin.uncommitted);
    assert_eq!(clin.revisions, 1);
    let tech = h.file("content/personas/tech.md").unwrap();
    assert!(tech.uncommitted && tech.last.is_none());
    assert!(!h.file("content/journeys/ct.md").unwrap().uncommitted);
}

#[test]
fn a_site_in_a_subfolder_of_the_work_tree() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path();
    git(repo, &["init", "-q"], "2026-01-10T12:00:00+00:00");
    let site = repo.join("maps/site");
    write(&site, "waymark.yaml", CONFIG);
    write(&site, "content/personas/clinician.md", CLINICIAN);
    write(&site, "content/journeys/app.md", APP);
    write(repo, "README.md", "unrelated\n");
    commit_all(repo, "Maps", "2026-02-02");
    write(repo, "README.md", "unrelated, changed\n");
    commit_all(repo, "Docs only", "2026-02-09");
    let h = history::collect(&site, 50).unwrap();
    let app = h.file("content/journeys/app.md").unwrap();
    assert_eq!(app.last.as_ref().unwrap().date, d("2026-02-02"));
    assert_eq!(
        h.changes.len(),
        1,
        "commits outside the site are not listed"
    );
    assert_eq!(h.head.unwrap().date, d("2026-02-09"));
}

#[test]
fn as_of_precedence_flag_then_sde_then_head_then_clock() {
    let (tmp, _, _) = two_commit_repo();
    let root = tmp.path();
    let clock = || d("2030-06-15");
    // 2026-04-01T00:00:00Z
    let sde = Some("1775001600");
    let a = pipeline::as_of_with(root, Some(d("2026-05-05")), sde, clock);
    assert_eq!((a.date, a.source), (d("2026-05-05"), AsOfSource::Flag));
    let a = pipeline::as_of_with(root, None, sde, clock);
    assert_eq!(
        (a.date, a.source),
        (d("2026-04-01"), AsOfSource::SourceDateEpoch)
    );
    let a = pipeline::as_of_with(root, None, Some("not a number"), clock);
    assert_eq!(
        (a.date, a.source),
        (d("2026-03-01"), AsOfSource::HeadCommit)
    );
    let a = pipeline::as_of_with(root, None, None, clock);
    assert_eq!(
        (a.date, a.source),
        (d("2026-03-01"), AsOfSource::HeadCommit)
    );
    let outside = tempfile::tempdir().unwrap();
    let a = pipeline::as_of_with(outside.path(), None, None, clock);
    assert_eq!((a.date, a.source), (d("2030-06-15"), AsOfSource::Clock));
}

#[test]
fn inside_git_a_build_does_not_change_from_one_day_to_the_next() {
    let (tmp, _, _) = two_commit_repo();
    let root = tmp.path();
    let build = |today: &str, out: &Path| {
        let today = d(today);
        let as_of = pipeline::as_of_with(root, None, None, move || today).date;
        pipeline::build_site(root, out, as_of).unwrap();
        common::snapshot_tree(out)
    };
    let out = tempfile::tempdir().unwrap();
    let monday = build("2026-03-02", &out.path().join("a"));
    let a_year_later = build("2027-03-02", &out.path().join("b"));
    assert!(monday == a_year_later, "same commit, same bytes on any day");
}

#[test]
fn the_cli_honours_flag_sde_and_head_date() {
    let (tmp, _, c2) = two_commit_repo();
    let root = tmp.path();
    let out_dir = tempfile::tempdir().unwrap();
    let footer = |extra: &[&str], sde: Option<&str>| {
        let out = out_dir.path().join("o");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
        cmd.args(["build", "-q", "-o"])
            .arg(&out)
            .args(extra)
            .current_dir(root)
            .env_remove("SOURCE_DATE_EPOCH");
        if let Some(s) = sde {
            cmd.env("SOURCE_DATE_EPOCH", s);
        }
        let o = cmd.output().unwrap();
        assert!(o.status.success(), "{}", common::text(&o));
        read(out.join("index.html"))
    };
    let html = footer(&[], None);
    assert!(
        html.contains("Data as of <time datetime=\"2026-03-01\">"),
        "HEAD date"
    );
    assert!(html.contains(&format!("Built from commit <code>{}</code>", &c2[..7])));
    let html = footer(&[], Some("1775001600"));
    assert!(
        html.contains("Data as of <time datetime=\"2026-04-01\">"),
        "SOURCE_DATE_EPOCH"
    );
    let html = footer(&["--as-of", "2026-05-05"], Some("1775001600"));
    assert!(
        html.contains("Data as of <time datetime=\"2026-05-05\">"),
        "--as-of"
    );
}

#[test]
fn overdue_and_changed_since_review_flags() {
    let (tmp, _, _) = two_commit_repo();
    let root = tmp.path();
    // A second, healthy map reviewed after its last change.
    write(
        root,
        "content/journeys/knee.md",
        &KNEE.replace("personas:", "reviewed: 2026-03-10\npersonas:"),
    );
    // Committed two days after the review meeting: the commit records the review, so the
    // map is not "changed since review".
    commit_all(root, "Review the knee map", "2026-03-12");
    let out = tempfile::tempdir().unwrap();
    ok_stdout(&run(
        &["build", "-q", "-o", out.path().to_str().unwrap()],
        root,
    ));
    let index = read(out.path().join("index.html"));
    // CT: reviewed 2026-01-05 every 30 days, as of HEAD (2026-03-12): overdue; changed
    // in git on 2026-03-01, after the review.
    let ct_at = index.find("journeys/ct.html").unwrap();
    let knee_at = index.find("journeys/knee.html").unwrap();
    assert!(ct_at < knee_at, "overdue maps first");
    let ct_card = &index[ct_at..knee_at];
    assert!(ct_card.contains("changed since review"), "{ct_card}");
    assert!(ct_card.contains("review overdue"));
    assert!(ct_card.contains("Last changed</dt><dd>2026-03-01"));
    let knee_card = &index[knee_at..];
    let knee_card = &knee_card[..knee_card.find("</li>").unwrap()];
    assert!(!knee_card.contains("changed since review"), "{knee_card}");
    assert!(knee_card.contains("review up to date"));

    // Added once with a review date before its commit: the added version is the reviewed one.
    let first = tempfile::tempdir().unwrap();
    git(first.path(), &["init", "-q"], "2026-01-10T12:00:00+00:00");
    write(first.path(), "waymark.yaml", CONFIG);
    write(first.path(), "content/personas/clinician.md", CLINICIAN);
    write(
        first.path(),
        "content/journeys/knee.md",
        &KNEE.replace("personas:", "reviewed: 2026-01-01\npersonas:"),
    );
    commit_all(first.path(), "Add the knee map", "2026-01-20");
    let h = history::collect(first.path(), 50).unwrap();
    let site = waymark::pipeline::check_site(first.path(), d("2026-01-20"))
        .site
        .unwrap();
    assert!(!h.changed_since_review(&site.journeys[0]));
    write(
        first.path(),
        "content/journeys/knee.md",
        &KNEE
            .replace("personas:", "reviewed: 2026-01-01\npersonas:")
            .replace("Reads", "Searches"),
    );
    let h = history::collect(first.path(), 50).unwrap();
    assert!(
        h.changed_since_review(&site.journeys[0]),
        "uncommitted edits count"
    );

    let ct = read(out.path().join("journeys/ct.html"));
    assert!(ct.contains("changed since review"));
    assert!(ct.contains("2 revisions"));
    assert!(ct.contains("<h2 id=\"history\">History</h2>"));
    assert!(ct.contains("Stage “Purchase” was removed."));
    let persona = read(out.path().join("personas/clinician.html"));
    assert!(persona.contains("Last changed</dt><dd>2026-01-10"));

    let changes = read(out.path().join("changes.html"));
    assert!(changes.contains("Review the knee map"));
    assert!(changes.contains("Rework the CT map after win-loss review"));
    assert!(changes.contains("First maps"));
    assert!(
        changes.find("Review the knee map") < changes.find("First maps"),
        "newest first"
    );
    assert!(changes.contains("New journey map."));

    // --history 1 lists one commit and says how many are left out.
    ok_stdout(&run(
        &[
            "build",
            "-q",
            "--history",
            "1",
            "-o",
            out.path().to_str().unwrap(),
        ],
        root,
    ));
    let changes = read(out.path().join("changes.html"));
    assert_eq!(changes.matches("<li id=\"c-").count(), 1);
    assert!(changes.contains("Review the knee map"));
    assert!(changes.contains("2 older commits not shown"));
}

const EXPECTED_SENTENCES: &[&str] = &[
    "New stage “Onboarding” (the 3rd of 3).",
    "Stage “Purchase” was removed.",
    "Stage “Evaluation” is now called “Clinical evaluation”.",
    "The stages are in a new order: Clinical evaluation → Awareness → Onboarding.",
    "New touchpoint “Reference visit” in Clinical evaluation (event, owned by Sales).",
    "Touchpoint “Site demo” in Clinical evaluation was removed.",
    "Touchpoint “Web page” in Awareness is now owned by Digital (was Marketing).",
    "Touchpoint “Web page” in Awareness moved from the web channel to email.",
    "Touchpoint “Web page” in Awareness now uses “Price sheet”.",
    "New touchpoint “Webinar” in Awareness (event, owned by Marketing).",
    "New high pain point in Awareness: “No ROI calculator” (owned by Sales).",
    "Pain point resolved or removed in Awareness: “Pricing is hidden”.",
    "Opportunity “Publish a one-pager” in Clinical evaluation moved from planned to in progress.",
    "Opportunity “Publish a one-pager” in Clinical evaluation slipped from 2027-01-31 to 2027-03-31.",
    "Hospital buyer feels worse in Awareness: negative (−1), was neutral (0).",
    "New journey map.",
    "The journey map was removed.",
    "New persona “Nurse”.",
    "Persona “Hospital buyer” changed: goals.",
    "Content asset “Dose evidence guide” moved from in review to approved; was approved on 2026-02-01; approval now expires 2028-01-01 (was 2027-01-01).",
];

#[test]
fn diff_describes_each_kind_of_change_in_text() {
    let (tmp, c1, c2) = two_commit_repo();
    let text = ok_stdout(&run(&["diff", &c1, &c2], tmp.path()));
    for s in EXPECTED_SENTENCES {
        assert!(text.contains(s), "missing {s:?} in:\n{text}");
    }
    assert!(text.contains("\nCT purchase\n"));
    assert!(text.contains("\nKnee replacement\n  - New journey map."));
    assert!(text.contains("\nPatient app\n  - The journey map was removed."));
    // HEAD~1 against the working tree (unchanged): no changes.
    let same = ok_stdout(&run(&["diff", "HEAD"], tmp.path()));
    assert!(
        same.contains("No changes to journeys, personas, content assets or settings."),
        "{same}"
    );
    // Working tree edits are seen.
    write(
        tmp.path(),
        "content/journeys/ct.md",
        &CT_V2.replace("severity: high }", "severity: low }"),
    );
    let edited = ok_stdout(&run(&["diff", "HEAD", "--site", "."], tmp.path()));
    assert!(
        edited.contains(
            "Pain point “No ROI calculator” in Awareness is now low severity (was high)."
        ),
        "{edited}"
    );
    assert!(edited.contains("to the working tree"));
}

#[test]
fn diff_as_json_and_markdown() {
    let (tmp, c1, _) = two_commit_repo();
    let json = ok_stdout(&run(&["diff", &c1, "HEAD", "--format", "json"], tmp.path()));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let kinds: Vec<&str> = v["changes"]["journeys"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|j| j["changes"].as_array().unwrap())
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    for k in [
        "stage-added",
        "stage-removed",
        "stage-renamed",
        "stages-reordered",
        "touchpoint-added",
        "touchpoint-removed",
        "touchpoint-owner",
        "touchpoint-channel",
        "touchpoint-assets",
        "pain-point-added",
        "pain-point-resolved",
        "opportunity-status",
        "opportunity-due",
        "emotion",
    ] {
        assert!(kinds.contains(&k), "no {k} in {kinds:?}");
    }
    let statuses: Vec<&str> = v["changes"]["journeys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["changed", "added", "removed"]);
    assert_eq!(
        v["changes"]["assets"][0]["status_change"],
        serde_json::json!(["in-review", "approved"])
    );
    assert_eq!(v["changes"]["personas"].as_array().unwrap().len(), 2);
    let emotion = v["changes"]["journeys"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "emotion")
        .unwrap();
    assert_eq!(emotion["from"], 0);
    assert_eq!(emotion["to"], -1);
    assert!(v["sentences"].as_array().unwrap().len() >= 4);

    let md = ok_stdout(&run(
        &["diff", &c1, "HEAD", "--format", "markdown"],
        tmp.path(),
    ));
    assert!(md.starts_with("## Journey map changes\n"));
    assert!(md.contains("\n### CT purchase\n\n- "));
    assert!(md.contains("\n### Content inventory\n"));
    for s in EXPECTED_SENTENCES {
        assert!(md.contains(&format!("- {s}")), "missing {s:?} in:\n{md}");
    }
}

#[test]
fn diff_errors_name_the_revision() {
    let (tmp, _, _) = two_commit_repo();
    let out = run(&["diff", "no-such-branch"], tmp.path());
    assert!(!out.status.success());
    let msg = common::text(&out);
    assert!(msg.contains("revision `no-such-branch` not found"), "{msg}");

    // A commit at which the site does not load.
    write(
        tmp.path(),
        "content/journeys/bad.md",
        "---\ntitle: [unclosed\n---\n",
    );
    commit_all(tmp.path(), "Broken map", "2026-03-05");
    std::fs::remove_file(tmp.path().join("content/journeys/bad.md")).unwrap();
    let out = run(&["diff", "HEAD~1", "HEAD"], tmp.path());
    assert!(!out.status.success());
    let msg = common::text(&out);
    assert!(msg.contains("the site does not load at HEAD ("), "{msg}");
    assert!(msg.contains("content/journeys/bad.md"), "{msg}");

    let outside = tempfile::tempdir().unwrap();
    let out = run(&["diff", "HEAD"], outside.path());
    assert!(!out.status.success());
    assert!(common::text(&out).contains("is not inside a git repository"));
}

#[test]
fn a_shallow_clone_says_what_history_is_missing() {
    let (tmp, _, _) = two_commit_repo();
    let clone_parent = tempfile::tempdir().unwrap();
    let url = format!("file://{}", tmp.path().display());
    git(
        clone_parent.path(),
        &["clone", "-q", "--depth", "1", &url, "clone"],
        "2026-03-02T12:00:00+00:00",
    );
    let root = clone_parent.path().join("clone");
    let h = history::collect(&root, 50).unwrap();
    assert!(h.shallow);
    let ct = h.file("content/journeys/ct.md").unwrap();
    assert!(ct.at_or_before);
    assert_eq!(ct.revisions, 1);
    assert_eq!(h.changes.len(), 1);
    assert!(h.changes[0].note.as_deref().unwrap().contains("shallow"));

    let out = tempfile::tempdir().unwrap();
    ok_stdout(&run(
        &["build", "-q", "-o", out.path().to_str().unwrap()],
        &root,
    ));
    let changes = read(out.path().join("changes.html"));
    assert!(changes.contains("This is a shallow clone"));
    let index = read(out.path().join("index.html"));
    assert!(index.contains("on or before 2026-03-01"));
    assert!(index.contains("Data as of <time datetime=\"2026-03-01\">"));

    let o = run(&["diff", "HEAD~1"], &root);
    assert!(!o.status.success());
    assert!(common::text(&o).contains("HEAD~1"), "{}", common::text(&o));
    // Diffing HEAD against the work tree needs no older history.
    ok_stdout(&run(&["diff", "HEAD"], &root));
}

#[test]
fn a_folder_without_git_builds_without_history() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "waymark.yaml", CONFIG);
    write(root, "content/personas/clinician.md", CLINICIAN);
    write(root, "content/journeys/app.md", APP);
    assert!(history::collect(root, 50).is_none());
    let out = tempfile::tempdir().unwrap();
    ok_stdout(&run(
        &[
            "build",
            "-q",
            "--as-of",
            "2026-01-01",
            "-o",
            out.path().to_str().unwrap(),
        ],
        root,
    ));
    assert!(!out.path().join("changes.html").exists());
    let index = read(out.path().join("index.html"));
    assert!(!index.contains("Built from commit"));
    assert!(!index.contains("Last changed"));
    assert!(!index.contains("changes.html"));
    let journey = read(out.path().join("journeys/app.html"));
    assert!(!journey.contains("id=\"history\""));
    // Without a flag, outside git: today.
    let o = run(&["build", "-q", "-o", out.path().to_str().unwrap()], root);
    ok_stdout(&o);
    let today = chrono::Local::now().date_naive().to_string();
    assert!(read(out.path().join("index.html")).contains(&format!("datetime=\"{today}\"")));
}

/// The site of `journey` (one journey file) with the buyer persona, resolved.
fn site_with(journey: &str) -> waymark::model::Site {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "waymark.yaml", CONFIG);
    write(root, "content/personas/buyer.md", BUYER);
    write(root, "content/personas/clinician.md", CLINICIAN);
    write(root, "content/journeys/ct.md", journey);
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let checked = waymark::pipeline::check_site(root, as_of);
    checked.site.expect("the site checks")
}

#[test]
fn owner_changes_of_pain_points_and_opportunities_are_reported() {
    let old = "---\ntitle: CT\npersonas: [buyer]\nstages:\n  - id: evaluation\n    actions: [{ persona: buyer, text: Compares }]\n    pain_points:\n      - { text: Bills are late, owner: Billing, severity: high }\n    opportunities:\n      - { text: One invoice, owner: Finance, status: planned }\n---\n";
    let new = old
        .replace("owner: Billing", "owner: Patient Access")
        .replace("owner: Finance, ", "");
    let diff = waymark::history::diff::diff(&site_with(old), &site_with(&new));
    let text = waymark::history::text::to_text(&diff, "a", "b");
    assert!(
        text.contains(
            "Pain point “Bills are late” in Evaluation is now owned by Patient Access (was Billing)."
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Opportunity “One invoice” in Evaluation has no owner any more (was Finance)."
        ),
        "{text}"
    );
}

#[test]
fn step_emotion_and_description_changes_are_reported() {
    let old = "---\ntitle: CT\npersonas: [buyer]\nstages:\n  - id: evaluation\n    actions:\n      - { persona: buyer, text: Compares, emotion: -1 }\n      - { persona: buyer, text: Shortlists }\n      - { text: Waits, emotion: 0 }\n---\n";
    let new = "---\ntitle: CT\ndescription: The buying group's path\npersonas: [buyer]\nstages:\n  - id: evaluation\n    actions:\n      - { persona: buyer, text: Compares, emotion: 1 }\n      - { persona: buyer, text: Shortlists, emotion: -2 }\n      - { text: Waits }\n---\n";
    let diff = waymark::history::diff::diff(&site_with(old), &site_with(new));
    let text = waymark::history::text::to_text(&diff, "a", "b");
    for want in [
        "Hospital buyer feels better at “Compares” in Evaluation: positive (+1), was negative (−1).",
        "How Hospital buyer feels at “Shortlists” in Evaluation is now recorded: very negative (−2).",
        "How All roles feels at “Waits” in Evaluation is no longer recorded (was neutral).",
        "description",
    ] {
        assert!(text.contains(want), "{want}\n{text}");
    }
}
