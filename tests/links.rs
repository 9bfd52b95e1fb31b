//! `waymark check --links` and the search index on the example site and a fixture.

use std::path::Path;

fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
}

fn rendered(root: &Path) -> Vec<waymark::write::OutFile> {
    let checked = waymark::pipeline::check_site(root, as_of());
    let site = checked.site.expect("the site checks");
    waymark::pipeline::render_files(root, &site).unwrap()
}

#[test]
fn every_internal_link_of_the_example_site_resolves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rendered(root);
    let report = waymark::links::check_files(&files);
    assert!(report.broken.is_empty(), "{:#?}", report.broken);
    assert!(report.checked > 100, "{}", report.checked);
    // Asset URLs are external: listed, not fetched.
    assert!(report.external.keys().any(|u| u.starts_with("https://")));
}

#[test]
fn every_internal_link_of_a_site_with_nothing_unowned_resolves() {
    // The minimal fixture has no unowned item: the index must not link a missing anchor.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let files = rendered(&root);
    let report = waymark::links::check_files(&files);
    assert!(report.broken.is_empty(), "{:#?}", report.broken);
}

#[test]
fn a_broken_anchor_is_reported() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let mut files = rendered(&root);
    let index = files.iter_mut().find(|f| f.path == "index.html").unwrap();
    let html = String::from_utf8(index.bytes.clone()).unwrap();
    index.bytes = html
        .replace("</main>", "<a href=\"journeys/purchase.html#stage-nowhere\">x</a><a href=\"personas/ghost.html\">g</a></main>")
        .into_bytes();
    let report = waymark::links::check_files(&files);
    let hrefs: Vec<&str> = report.broken.iter().map(|b| b.href.as_str()).collect();
    // (The fixture also has one real broken anchor: index.html links to
    // ownership.html#unowned, which only exists when something is unowned.)
    assert!(
        hrefs.contains(&"journeys/purchase.html#stage-nowhere"),
        "{hrefs:?}"
    );
    assert!(hrefs.contains(&"personas/ghost.html"), "{hrefs:?}");
    let anchor = &report.broken[hrefs.iter().position(|h| h.contains("nowhere")).unwrap()];
    assert!(
        anchor.reason.contains("no element with id `stage-nowhere`"),
        "{}",
        anchor.reason
    );
}

#[test]
fn search_index_is_a_script_with_touchpoints_and_a_plain_list_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let files = rendered(&root);
    let index = files.iter().find(|f| f.path == "search-index.js").unwrap();
    let text = String::from_utf8(index.bytes.clone()).unwrap();
    assert!(text.starts_with("window.WAYMARK_SEARCH={"));
    let json: serde_json::Value = serde_json::from_str(
        text.trim_start_matches("window.WAYMARK_SEARCH=")
            .trim_end()
            .trim_end_matches(';'),
    )
    .unwrap();
    let kinds = json["kinds"].as_array().unwrap();
    let touchpoint = kinds.iter().position(|k| k == "touchpoint").unwrap();
    let docs = json["docs"].as_array().unwrap();
    let booth = docs
        .iter()
        .find(|d| d[3].as_str().unwrap().starts_with("Congress booth"))
        .expect("the touchpoint is indexed");
    assert_eq!(booth[0].as_u64().unwrap() as usize, touchpoint);
    let page = &json["pages"][booth[1].as_u64().unwrap() as usize][0];
    assert_eq!(page, "journeys/purchase.html");
    let stage = &json["stages"][booth[2].as_u64().unwrap() as usize][0];
    assert_eq!(stage, "awareness");

    let search = files.iter().find(|f| f.path == "search.html").unwrap();
    let html = String::from_utf8(search.bytes.clone()).unwrap();
    assert!(html.contains("href=\"journeys/purchase.html\""));
    assert!(html.contains("href=\"personas/buyer.html\""));
    // Every page's search box works without JavaScript: it submits to search.html.
    let journey = files
        .iter()
        .find(|f| f.path == "journeys/purchase.html")
        .unwrap();
    let html = String::from_utf8(journey.bytes.clone()).unwrap();
    assert!(html.contains("action=\"../search.html\""));
}

#[test]
fn sitemap_uses_base_url_only_there() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rendered(root);
    let sitemap = files
        .iter()
        .find(|f| f.path == "sitemap.xml")
        .expect("base_url is set");
    let xml = String::from_utf8(sitemap.bytes.clone()).unwrap();
    assert!(
        xml.contains("<loc>https://intranet.example.com/journeys/journeys/ct-purchase.html</loc>")
    );
    for f in files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&f.bytes);
        assert!(
            !html.contains("intranet.example.com"),
            "{}: base_url in a page",
            f.path
        );
    }
}
