//! `waymark build` end to end: the example site, determinism, atomicity, sanitising.

mod common;
use common::{copy_tree, fixture, repo, snapshot_tree, text, waymark};

fn build(site: &std::path::Path, out: &std::path::Path) -> std::process::Output {
    waymark(&[
        "build",
        site.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ])
}

#[test]
fn example_site_builds_every_page() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let res = build(&repo(), &out);
    assert_eq!(res.status.code(), Some(0), "{}", text(&res));
    for page in [
        "index.html",
        "plan.html",
        "ownership.html",
        "backlog.html",
        "theme/style.css",
    ] {
        assert!(out.join(page).is_file(), "missing {page}");
    }
    let journeys: Vec<_> = std::fs::read_dir(repo().join("content/journeys"))
        .unwrap()
        .collect();
    assert!(journeys.len() >= 4);
    for entry in journeys {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        let html = std::fs::read_to_string(out.join(format!("journeys/{id}.html"))).unwrap();
        assert!(
            html.matches("<svg").count() >= 2,
            "{id}: journey diagram and stakeholder map inline"
        );
        assert!(html.contains("role=\"img\""), "{id}");
    }
    for entry in std::fs::read_dir(repo().join("content/personas")).unwrap() {
        let id = entry
            .unwrap()
            .path()
            .file_stem()
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            out.join(format!("personas/{id}.html")).is_file(),
            "persona page {id}"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert!(build(&repo(), &a).status.success());
    assert!(build(&repo(), &b).status.success());
    let (ta, tb) = (snapshot_tree(&a), snapshot_tree(&b));
    assert!(ta.len() > 20, "{} files", ta.len());
    assert_eq!(ta.len(), tb.len());
    for ((pa, ba), (pb, bb)) in ta.iter().zip(&tb) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{pa} differs between builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    let out = tmp.path().join("public");
    assert!(build(&site, &out).status.success());
    let before = snapshot_tree(&out);
    // Break the site: the next build must fail and write nothing.
    std::fs::write(
        site.join("content/personas/buyer.md"),
        "---\nname: [unclosed\n---\n",
    )
    .unwrap();
    let res = build(&site, &out);
    assert_eq!(res.status.code(), Some(1), "{}", text(&res));
    assert!(
        text(&res).contains("content/personas/buyer.md:2:"),
        "{}",
        text(&res)
    );
    assert!(text(&res).contains("left as it was"), "{}", text(&res));
    assert_eq!(snapshot_tree(&out), before);
    // No temporary folders are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("waymark-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn refuses_to_replace_a_folder_that_is_not_a_build() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("precious");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "keep me").unwrap();
    let res = build(&fixture("minimal"), &out);
    assert_eq!(res.status.code(), Some(1));
    assert!(
        text(&res).contains("was not made by waymark"),
        "{}",
        text(&res)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "keep me"
    );
    // Nor the site itself.
    let res = waymark(&[
        "build",
        fixture("minimal").to_str().unwrap(),
        "-o",
        fixture("minimal").to_str().unwrap(),
    ]);
    assert_eq!(res.status.code(), Some(1));
}

#[test]
fn static_files_are_copied_and_links_are_relative() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    std::fs::create_dir_all(site.join("static/img")).unwrap();
    std::fs::write(site.join("static/img/logo.txt"), "logo").unwrap();
    let out = tmp.path().join("out");
    assert!(build(&site, &out).status.success());
    assert_eq!(
        std::fs::read_to_string(out.join("img/logo.txt")).unwrap(),
        "logo"
    );
    for (path, bytes) in snapshot_tree(&out) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for attr in ["href=\"", "src=\""] {
            for part in html.split(attr).skip(1) {
                let url = &part[..part.find('"').unwrap()];
                assert!(
                    !url.starts_with('/')
                        && !url.starts_with("http://")
                        && !url.starts_with("https://")
                        || url.starts_with("https://example"),
                    "{path}: absolute link {url}"
                );
            }
        }
    }
}

#[test]
fn hostile_strings_never_reach_the_output_as_markup() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let res = build(&fixture("hostile"), &out);
    assert!(res.status.success(), "{}", text(&res));
    for (path, bytes) in snapshot_tree(&out) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap().to_lowercase();
        // Escaped text may say anything; raw tags may not run code.
        for tag in html
            .split('<')
            .skip(1)
            .map(|t| &t[..t.find('>').unwrap_or(t.len())])
        {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
                .collect();
            // The only scripts are the theme's own search files and its list filter (serve
            // adds its reload script to responses, never to the output).
            let own_script = name == "script"
                && (tag.contains("src=\"theme/search/")
                    || tag.contains("src=\"../theme/search/")
                    || tag.contains("src=\"theme/filter.js\""));
            assert!(
                own_script || !["script", "iframe", "object", "embed"].contains(&name.as_str()),
                "{path}: <{tag}>"
            );
            assert!(!tag.contains("javascript:"), "{path}: <{tag}>");
            let attrs = tag.split_whitespace().skip(1);
            for attr in attrs {
                assert!(
                    !(attr.starts_with("on") && attr.contains('=')),
                    "{path}: event handler in <{tag}>"
                );
            }
        }
    }
    let page = std::fs::read_to_string(out.join("journeys/purchase.html")).unwrap();
    assert!(
        page.contains("&lt;script&gt;alert("),
        "the title is shown, escaped"
    );
    assert!(
        page.contains("<table"),
        "Markdown tables survive sanitising"
    );
}

#[test]
fn a_journey_without_stages_or_personas_builds_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    std::fs::write(
        site.join("content/journeys/empty.yaml"),
        "title: Not mapped yet\nstages: []\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let res = build(&site, &out);
    assert!(res.status.success(), "{}", text(&res));
    assert!(
        text(&res).contains("1 journey-without-stages"),
        "{}",
        text(&res)
    );
    let page = std::fs::read_to_string(out.join("journeys/empty.html")).unwrap();
    assert!(
        page.contains("No stages yet."),
        "the diagram says why it is empty"
    );
    assert!(page.contains("No personas listed for this journey."));
}
