//! Named views, master and working versions (issue 13 item 2): each view of each journey
//! is a page `journeys/ID.VIEW.html` linked from the journey's page, with its own diagram
//! and PNG `exports/ID.VIEW.png`; it omits the lanes, stages, personas, hypotheses and
//! narrative it leaves out; a journey's view overrides a site view of the same id;
//! `site.json` carries the views; `waymark export --view` writes a view's files; an unknown
//! lane, stage or persona in a view is a located error with a "did you mean".

mod common;
use std::path::{Path, PathBuf};

use common::{copy_tree, fixture, repo, text, waymark};

const AS_OF: &str = "2026-11-22";

/// Builds `site` into a temporary folder; returns it.
fn build(site: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("tempdir");
    let built = waymark(&[
        "build",
        site.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(built.status.code(), Some(0), "{}", text(&built));
    out
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn is_png(path: PathBuf) -> bool {
    std::fs::read(&path).is_ok_and(|b| b.starts_with(b"\x89PNG\r\n\x1a\n"))
}

/// The text of the `<figure class="diagram">` holding the journey diagram.
fn diagram(html: &str) -> &str {
    let from = html.find("<h2 id=\"diagram\">").expect("a diagram");
    let to = html
        .find("<h2 id=\"stakeholders\">")
        .expect("a stakeholder map");
    &html[from..to]
}

#[test]
fn the_example_has_a_working_version_of_every_map() {
    let out = build(&repo());
    let journeys = out.path().join("journeys");
    let master = read(journeys.join("ct-purchase.html"));
    let working = read(journeys.join("ct-purchase.working.html"));
    // Linked both ways: the master lists its views, the view links back.
    assert!(master.contains("href=\"ct-purchase.working.html\">Working version</a>"));
    assert!(
        master.contains("href=\"ct-purchase.buying-committee.html\">Buying committee briefing</a>")
    );
    assert!(working.contains("<a href=\"ct-purchase.html\">Full map (master)</a>"));
    assert!(working.contains("<span aria-current=\"page\">Working version</span>"));
    // No questions lane (in the tables or the diagram), no hypothesis items.
    assert!(master.contains(">Questions<"));
    assert!(
        !working.contains(">Questions<"),
        "questions in the working version"
    );
    assert!(!diagram(&working).contains("Emotion"));
    for hypothesis in [
        "TCO calculator session with finance",
        "No utilisation data to show the board",
    ] {
        assert!(master.contains(hypothesis), "{hypothesis}");
        assert!(
            !working.contains(hypothesis),
            "{hypothesis} in the working version"
        );
    }
    assert!(
        working.contains("Not in this view"),
        "the note says hypotheses are left out"
    );
    let exports = out.path().join("exports");
    assert!(is_png(exports.join("ct-purchase.working.png")));
    assert!(is_png(exports.join("ct-purchase.buying-committee.png")));
    assert!(working.contains("href=\"../exports/ct-purchase.working.png\""));
    // Knee replacement overrides `working` to keep the emotion curve.
    let knee = read(journeys.join("knee-replacement.working.html"));
    assert!(diagram(&knee).contains("Emotion"));
    let sitemap = read(out.path().join("sitemap.xml"));
    assert!(sitemap.contains("journeys/ct-purchase.working.html"));
}

#[test]
fn the_example_passes_the_link_check() {
    let out = waymark(&[
        "check",
        "--links",
        repo().to_str().unwrap(),
        "--as-of",
        AS_OF,
    ]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains(", 0 broken"), "{t}");
}

#[test]
fn a_view_shows_only_its_stages_personas_and_lanes() {
    let out = build(&fixture("views"));
    let journeys = out.path().join("journeys");
    let master = read(journeys.join("purchase.html"));
    let brief = read(journeys.join("purchase.buyer-brief.html"));
    assert!(master.contains("href=\"#stage-awareness\""));
    assert!(
        !brief.contains("id=\"stage-awareness\""),
        "a stage left out"
    );
    assert!(brief.contains("id=\"stage-evaluation\"") && brief.contains("id=\"stage-purchase\""));
    // The clinician's items go, the buyer's stay.
    assert!(master.contains("Does it fit our protocols?"));
    assert!(!brief.contains("Does it fit our protocols?"));
    assert!(!brief.contains("Reads a peer-reviewed study"));
    assert!(brief.contains("Compares three tenders"));
    assert!(!brief.contains("href=\"../personas/clinician.html\""));
    // Hypotheses stay (the view does not say otherwise); the narrative goes.
    assert!(brief.contains("Can we lease it?"));
    assert!(master.contains("first at congresses"));
    assert!(!brief.contains("first at congresses"));
    assert!(is_png(out.path().join("exports/purchase.buyer-brief.png")));
}

#[test]
fn a_journey_view_overrides_the_site_view_of_its_id() {
    let out = build(&fixture("views"));
    let working = read(out.path().join("journeys/purchase.working.html"));
    // The journey's lanes (questions in, pain points and opportunities out) and the site's
    // other fields (name, no hypotheses).
    assert!(working.contains(">Working version<"));
    assert!(working.contains("What is the five-year cost?"));
    assert!(!working.contains("Service answers take three weeks"));
    assert!(!working.contains("Publish a service one-pager"));
    assert!(!working.contains("Can we lease it?"), "a hypothesis");
    // A site view naming none of the map's stages has no page for it.
    assert!(
        !out.path()
            .join("journeys/purchase.patient-path.html")
            .exists()
    );
    let json: serde_json::Value =
        serde_json::from_str(&read(out.path().join("exports/site.json"))).unwrap();
    let site_views: Vec<&str> = json["config"]["views"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert_eq!(site_views, ["working", "patient-path"]);
    let views = json["journeys"][0]["views"].as_array().unwrap();
    assert_eq!(views.len(), 2, "{views:#?}");
    assert_eq!(views[0]["id"], "working");
    assert_eq!(views[0]["origin"], "override");
    assert_eq!(
        views[0]["lanes"],
        serde_json::json!(["actions", "questions", "touchpoints"])
    );
    assert_eq!(views[0]["hypotheses"], false);
    assert_eq!(views[1]["id"], "buyer-brief");
    assert_eq!(views[1]["origin"], "journey");
    assert_eq!(views[1]["personas"], serde_json::json!(["buyer"]));
}

#[test]
fn export_view_writes_the_view_files() {
    let out = tempfile::tempdir().expect("tempdir");
    let site = fixture("views");
    let run = |args: &[&str]| {
        let mut all = vec!["export", site.to_str().unwrap(), "--as-of", AS_OF, "--out"];
        all.push(out.path().to_str().unwrap());
        all.extend(args);
        waymark(&all)
    };
    let done = run(&["--view", "buyer-brief", "--format", "all", "-q"]);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done));
    for f in [
        "purchase.buyer-brief.png",
        "deck.buyer-brief.pdf",
        "deck.buyer-brief.pptx",
        "backlog.buyer-brief.csv",
        "site.buyer-brief.json",
    ] {
        assert!(out.path().join(f).is_file(), "{f}");
    }
    assert!(is_png(out.path().join("purchase.buyer-brief.png")));
    // The view's data, not the master's: only the buyer's questions.
    let json = read(out.path().join("site.buyer-brief.json"));
    assert!(json.contains("Can we lease it?") && !json.contains("Does it fit our protocols?"));
    // The same bytes as the build's view PNG.
    let built = build(&site);
    assert_eq!(
        std::fs::read(out.path().join("purchase.buyer-brief.png")).unwrap(),
        std::fs::read(built.path().join("exports/purchase.buyer-brief.png")).unwrap()
    );
    let wrong = run(&["--view", "buyer-brif"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        text(&wrong).contains("no view with id `buyer-brif`; did you mean `buyer-brief`?"),
        "{}",
        text(&wrong)
    );
}

/// `check` on `tests/fixtures/errors/NAME`: exit 1, and its one error line.
fn one_error(name: &str) -> String {
    check_one_error(&fixture(&format!("errors/{name}")))
}

fn check_one_error(site: &Path) -> String {
    let out = waymark(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    let errors: Vec<&str> = t.lines().filter(|l| l.contains(": error[")).collect();
    assert_eq!(errors.len(), 1, "{t}");
    t
}

#[test]
fn an_unknown_lane_is_a_located_error() {
    let t = one_error("unknown-lane");
    assert!(
        t.contains(
            "waymark.yaml:9:37: error[unknown-lane]: view `working` names an unknown lane `pain-points`"
        ),
        "{t}"
    );
    assert!(t.contains("did you mean `pain_points`?"), "{t}");
}

#[test]
fn a_stage_the_journey_lacks_is_a_located_error() {
    let t = one_error("unknown-view-stage");
    assert!(
        t.contains("content/journeys/purchase.md:9:38: error[unknown-view-stage]: view `brief` names stage `evaluaton`, which this journey does not have"),
        "{t}"
    );
    assert!(t.contains("did you mean `evaluation`?"), "{t}");
}

#[test]
fn a_site_view_names_stages_and_personas_of_the_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    let config = site.join("waymark.yaml");
    let base = read(config.clone());
    let cases = [
        (
            "views:\n  - { id: short, stages: [evaluaton] }\n",
            "waymark.yaml:9:27: error[unknown-stage]: unknown stage `evaluaton`",
            "did you mean `evaluation`?",
        ),
        (
            "views:\n  - { id: short, personas: [biyer] }\n",
            "waymark.yaml:9:29: error[unknown-persona]: unknown persona `biyer`",
            "did you mean `buyer`?",
        ),
        (
            "views:\n  - { id: Short }\n",
            "waymark.yaml:9:11: error[bad-id]: view id `Short` is not kebab-case",
            "e.g. `short`",
        ),
    ];
    for (views, headline, hint) in cases {
        std::fs::write(&config, format!("{base}{views}")).unwrap();
        let t = check_one_error(&site);
        assert!(t.contains(headline), "{headline}\n{t}");
        assert!(t.contains(hint), "{hint}\n{t}");
    }
    // A persona the journey does not list, in the journey's own view.
    std::fs::write(&config, &base).unwrap();
    let journey = site.join("content/journeys/purchase.md");
    let text = read(journey.clone()).replace(
        "personas: [buyer, clinician]\n",
        "personas: [buyer]\nviews:\n  - { id: brief, personas: [clinician] }\n",
    );
    std::fs::write(&journey, text).unwrap();
    let out = waymark(&["check", site.to_str().unwrap(), "--as-of", AS_OF]);
    let t = common::text(&out);
    assert!(
        t.contains("content/journeys/purchase.md:9:29: error[persona-not-listed]"),
        "{t}"
    );
}

/// `waymark serve`: an edit of a journey re-renders its view pages at once, drops the page
/// of a view that went, and leaves the same files as a full rebuild.
#[test]
fn serve_rerenders_a_maps_view_pages() {
    use waymark::serve::rebuild::{Builder, Outcome};
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_tree(&fixture("views"), tmp.path());
    let root = std::fs::canonicalize(tmp.path()).unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut inc = Builder::new(&root, as_of, false);
    assert!(matches!(inc.rebuild(&[]), Outcome::Built { .. }));
    assert!(inc.files.contains_key("journeys/purchase.buyer-brief.html"));
    let journey = root.join("content/journeys/purchase.md");
    let text = read(journey.clone())
        .replace("Compares three tenders", "Compares four tenders")
        .replace("  - id: buyer-brief\n    name: Buyer brief\n    stages: [evaluation, purchase]\n    personas: [buyer]\n    narrative: false\n", "");
    std::fs::write(&journey, text).unwrap();
    let outcome = inc.rebuild(std::slice::from_ref(&journey));
    assert!(
        matches!(
            outcome,
            Outcome::Built {
                incremental: true,
                ..
            }
        ),
        "{outcome:?}"
    );
    // Rendered with the map's own page, not deferred.
    assert!(
        !inc.pending()
            .contains(&"journeys/purchase.working.html".to_string())
    );
    let working = String::from_utf8(inc.files["journeys/purchase.working.html"].to_vec()).unwrap();
    assert!(working.contains("Compares four tenders"));
    assert!(!inc.files.contains_key("journeys/purchase.buyer-brief.html"));
    inc.finish().unwrap();
    // The preview makes a view page's PNG download on request.
    let site = inc.site().unwrap();
    let png = waymark::export::export_named(&site, "purchase.working.png").unwrap();
    assert!(png.unwrap().starts_with(b"\x89PNG"));
    assert!(waymark::export::export_named(&site, "purchase.buyer-brief.png").is_none());
    let mut full = Builder::new(&root, as_of, false);
    full.rebuild(&[]);
    assert_eq!(
        inc.files.keys().collect::<Vec<_>>(),
        full.files.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &full.files {
        assert!(inc.files[path] == *bytes, "{path} differs");
    }
}
