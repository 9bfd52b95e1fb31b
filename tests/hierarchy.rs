//! The journey hierarchy (`parent:`, `parent_stage:`): a parent's page lists its
//! sub-journeys under the stages they detail and its diagram links them, a sub-journey's
//! page has the breadcrumb, the index nests sub-journeys and rolls their counts up, and
//! each bad link is a located error.

mod common;
use std::path::{Path, PathBuf};

use common::{copy_tree, fixture, text, waymark};

/// The minimal fixture in a temporary folder, with `files` (path, text) added.
fn site_with(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    for (path, body) in files {
        std::fs::write(site.join(path), body).expect("write");
    }
    (tmp, site)
}

/// A journey file `id` detailing `parent` (and its stage `stage`), one stage `steps`
/// with one touchpoint, owned or not.
fn sub(title: &str, parent: Option<&str>, stage: Option<&str>, owned: bool) -> String {
    let mut s = format!(
        "---\ntitle: {title}\nstate: as-is\nowner: Sales\nreviewed: 2026-10-01\npersonas: [buyer]\n"
    );
    if let Some(p) = parent {
        s.push_str(&format!("parent: {p}\n"));
    }
    if let Some(st) = stage {
        s.push_str(&format!("parent_stage: {st}\n"));
    }
    let owner = if owned { ", owner: Sales" } else { "" };
    s.push_str(&format!(
        "stages:\n  - id: steps\n    name: Steps\n    actions:\n      - {{ persona: buyer, text: Does a step }}\n    touchpoints:\n      - {{ name: Step call, channel: phone{owner}, personas: [buyer] }}\n---\nDetail.\n"
    ));
    s
}

fn check(site: &Path) -> (Option<i32>, String) {
    let out = waymark(&["check", site.to_str().unwrap(), "--as-of", "2026-11-22"]);
    (out.status.code(), text(&out))
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn parents_list_link_and_roll_up_their_sub_journeys() {
    let (_tmp, site) = site_with(&[
        (
            "content/journeys/service-review.md",
            &sub(
                "Service review",
                Some("purchase"),
                Some("evaluation"),
                false,
            ),
        ),
        (
            "content/journeys/service-call.md",
            &sub("Service call", Some("service-review"), None, true),
        ),
    ]);
    let (code, t) = check(&site);
    assert_eq!(code, Some(0), "{t}");
    let out = tempfile::tempdir().expect("tempdir");
    let built = waymark(&[
        "build",
        site.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ]);
    assert_eq!(built.status.code(), Some(0), "{}", text(&built));
    let parent = read(out.path().join("journeys/purchase.html"));
    // Listed under the stage it details, and linked from the diagram's stage band.
    assert!(
        parent.contains("Evaluation:</span> <a href=\"service-review.html\">Service review</a>"),
        "{parent}"
    );
    assert!(
        parent.contains("<a href=\"service-review.html\"><title>Service review</title>"),
        "the stage chip links the sub-journey"
    );
    assert!(parent.contains("↳ Service review"), "the chip names it");
    // The grandchild's breadcrumb runs from the top-level map.
    let leaf = read(out.path().join("journeys/service-call.html"));
    let crumbs = &leaf[leaf.find("class=\"breadcrumbs\"").expect("breadcrumbs")..];
    let crumbs = &crumbs[..crumbs.find("</nav>").expect("end")];
    let (a, b) = (
        crumbs.find("purchase.html").expect("top map"),
        crumbs.find("service-review.html").expect("parent"),
    );
    assert!(a < b, "{crumbs}");
    // The index: sub-journeys right after their parent, marked; counts rolled up.
    let index = read(out.path().join("index.html"));
    let at = |s: &str| index.find(s).unwrap_or_else(|| panic!("{s} in the index"));
    let (p, r, c) = (
        at("<a href=\"journeys/purchase.html\">Scanner purchase</a>"),
        at("<a href=\"journeys/service-review.html\">Service review</a></h3>"),
        at("<a href=\"journeys/service-call.html\">Service call</a></h3>"),
    );
    assert!(p < r && r < c, "parent, child, grandchild in order");
    assert_eq!(index.matches("card card--sub").count(), 2);
    assert!(index.contains("Counts include sub-journeys: 2"), "{index}");
    // The minimal parent owns every touchpoint; the child's unowned one shows on it.
    let child_card = index[..r].rfind("<li class=\"card").expect("child card");
    let card = &index[..child_card];
    let card = &card[card.rfind("<li class=\"card").expect("parent card")..];
    assert!(
        card.contains("<strong>1</strong> unowned touchpoint"),
        "{card}"
    );
}

#[test]
fn an_unknown_parent_is_a_located_error_with_a_suggestion() {
    let (_tmp, site) = site_with(&[(
        "content/journeys/detail.md",
        &sub("Detail", Some("purchse"), None, true),
    )]);
    let (code, t) = check(&site);
    assert_eq!(code, Some(1), "{t}");
    assert!(t.contains("content/journeys/detail.md:7:9: error["), "{t}");
    assert!(t.contains("purchase"), "did you mean: {t}");
}

#[test]
fn a_stage_the_parent_lacks_is_a_located_error() {
    let (_tmp, site) = site_with(&[(
        "content/journeys/detail.md",
        &sub("Detail", Some("purchase"), Some("evalution"), true),
    )]);
    let (code, t) = check(&site);
    assert_eq!(code, Some(1), "{t}");
    assert!(
        t.contains("content/journeys/detail.md:8:15: error[unknown-parent-stage]: journey `purchase` has no stage `evalution`"),
        "{t}"
    );
    assert!(t.contains("did you mean `evaluation`"), "{t}");
}

#[test]
fn a_parent_stage_needs_a_parent() {
    let (_tmp, site) = site_with(&[(
        "content/journeys/detail.md",
        &sub("Detail", None, Some("evaluation"), true),
    )]);
    let (code, t) = check(&site);
    assert_eq!(code, Some(1), "{t}");
    assert!(
        t.contains("content/journeys/detail.md:7:15: error[parent-stage-without-parent]"),
        "{t}"
    );
}

#[test]
fn a_cycle_of_parents_is_one_located_error() {
    let (_tmp, site) = site_with(&[
        (
            "content/journeys/a-map.md",
            &sub("A map", Some("b-map"), None, true),
        ),
        (
            "content/journeys/b-map.md",
            &sub("B map", Some("a-map"), None, true),
        ),
    ]);
    let (code, t) = check(&site);
    assert_eq!(code, Some(1), "{t}");
    assert_eq!(t.matches("error[journey-cycle]").count(), 1, "{t}");
    assert!(
        t.contains("content/journeys/a-map.md:7:9: error[journey-cycle]: the `parent:` links form a cycle: a-map → b-map → a-map"),
        "{t}"
    );
    // A map that names itself.
    let (_tmp, site) = site_with(&[(
        "content/journeys/self-map.md",
        &sub("Self map", Some("self-map"), None, true),
    )]);
    let (_, t) = check(&site);
    assert!(t.contains("names itself as its `parent`"), "{t}");
}
