//! The export cache and the choice of exports: a cached build writes the same bytes as an
//! uncached one after every kind of edit, bad cache entries are never trusted, and
//! `--no-exports` / `exports:` leave out the files and the links to them.

mod common;
use common::{build_ok as build, copy_tree, fixture, snapshot_tree};
use std::path::Path;

/// Builds `site` with the cache in `cache` and without any, and asserts the same files.
fn assert_cached_equals_uncached(site: &Path, cache: &Path, tmp: &Path, what: &str) {
    let cached = tmp.join("cached");
    let plain = tmp.join("plain");
    build(site, &cached, &["--cache-dir", cache.to_str().unwrap()]);
    build(site, &plain, &["--no-cache"]);
    let (a, b) = (snapshot_tree(&cached), snapshot_tree(&plain));
    let names = |t: &[(String, Vec<u8>)]| t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b), "{what}: same files");
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert!(
            x == y,
            "{what}: {name} differs between cached and uncached builds"
        );
    }
    assert!(cached.join("exports/deck.pdf").is_file(), "{what}");
}

fn cache_entries(cache: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(cache)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().to_path_buf())
        .collect()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has `{from}`", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn cached_builds_equal_uncached_after_each_kind_of_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    let cache = tmp.path().join("cache");
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "first build");
    let entries = cache_entries(&cache);
    assert!(
        entries.len() >= 3,
        "PNGs and the deck are cached: {entries:?}"
    );
    // Nothing changed: every export comes from the cache, no entry is added.
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "unchanged");
    assert_eq!(cache_entries(&cache).len(), entries.len(), "no new entries");
    // What the diagrams show, from each kind of file.
    edit(
        &site.join("content/personas/buyer.md"),
        "name: Hospital buyer",
        "name: Hospital buyer (renamed)",
    );
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "persona renamed");
    let journey = site.join("content/journeys/purchase.md");
    let text = std::fs::read_to_string(&journey).unwrap();
    std::fs::write(&journey, text.replacen("text: ", "text: Now ", 1)).unwrap();
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "journey text");
    edit(
        &site.join("content/assets/assets.yaml"),
        "status: published",
        "status: retired",
    );
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "asset status");
    edit(
        &site.join("waymark.yaml"),
        "title: Minimal site",
        "title: Renamed site",
    );
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "site title");
    // The diagrams' words and dates come from the site's language.
    edit(
        &site.join("waymark.yaml"),
        "title: Renamed site",
        "title: Renamed site\nlanguage: de",
    );
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "site language");
    // And from the site's own messages.
    std::fs::create_dir_all(site.join("i18n")).unwrap();
    std::fs::write(
        site.join("i18n/de.ftl"),
        "deck-gap = Lücke\nlane-actions = Schritte\npersona-goals = Ziele der Rolle\n",
    )
    .unwrap();
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "site messages");
}

#[test]
fn corrupt_or_foreign_cache_entries_are_made_again() {
    let tmp = tempfile::tempdir().unwrap();
    let site = fixture("minimal");
    let cache = tmp.path().join("cache");
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "first build");
    let entries = cache_entries(&cache);
    for (i, entry) in entries.iter().enumerate() {
        let mut bytes = std::fs::read(entry).unwrap();
        match i % 3 {
            // A flipped byte in the payload.
            0 => *bytes.last_mut().unwrap() ^= 0x55,
            // Cut short.
            1 => bytes.truncate(bytes.len() / 2),
            // Another file altogether.
            _ => bytes = b"not a waymark cache entry".to_vec(),
        }
        std::fs::write(entry, bytes).unwrap();
    }
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "after corruption");
}

#[test]
fn no_exports_writes_and_links_none() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    build(&fixture("minimal"), &out, &["--no-exports"]);
    assert!(out.join("index.html").is_file());
    assert!(!out.join("exports").exists(), "no exports/ folder");
    for (name, bytes) in snapshot_tree(&out) {
        if name.ends_with(".html") {
            let html = String::from_utf8(bytes).unwrap();
            assert!(!html.contains("exports/"), "{name} links no export");
        }
    }
}

#[test]
fn exports_in_the_config_choose_the_files_and_links() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    edit(
        &site.join("waymark.yaml"),
        "review_every: 90d",
        "review_every: 90d\nexports: [png, csv]",
    );
    let out = tmp.path().join("out");
    build(&site, &out, &["--no-cache"]);
    let files: Vec<String> = snapshot_tree(&out.join("exports"))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert!(files.contains(&"purchase.png".to_string()), "{files:?}");
    assert!(files.contains(&"plan.csv".to_string()), "{files:?}");
    assert!(
        !files
            .iter()
            .any(|f| f.ends_with(".pdf") || f.ends_with(".json")),
        "{files:?}"
    );
    let page = std::fs::read_to_string(out.join("journeys/purchase.html")).unwrap();
    assert!(page.contains("../exports/purchase.png"));
    assert!(
        !page.contains("deck.pdf"),
        "no link to a deck that is not written"
    );
    // `exports: false`: none.
    edit(
        &site.join("waymark.yaml"),
        "exports: [png, csv]",
        "exports: false",
    );
    build(&site, &out, &["--no-cache"]);
    assert!(!out.join("exports").exists());
}

/// On a site of several journeys: after an edit of one journey, the deck (each journey's
/// pages cached apart) and the PNGs are the same as an uncached build; the PNGs that came
/// from the cache are hard links to its entries, and a PNG changed in the output through
/// such a link is noticed by the next build and made again, never copied on.
#[test]
fn one_journey_edited_in_a_portfolio_and_linked_pngs() {
    use std::os::unix::fs::MetadataExt;
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(&site).unwrap();
    std::fs::copy(repo.join("waymark.yaml"), site.join("waymark.yaml")).unwrap();
    copy_tree(&repo.join("content"), &site.join("content"));
    let cache = tmp.path().join("cache");
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "first build");
    edit(
        &site.join("content/journeys/knee-replacement.md"),
        "title: ",
        "title: Edited ",
    );
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "one journey edited");
    let png = tmp.path().join("cached/exports/ct-purchase.png");
    assert!(
        std::fs::metadata(&png).unwrap().nlink() >= 2,
        "an unchanged PNG is linked from the cache"
    );
    // Through the link, the cache entry changes too: the next build must not trust it.
    let mut bytes = std::fs::read(&png).unwrap();
    bytes[100] ^= 0xFF;
    std::fs::write(&png, &bytes).unwrap();
    assert_cached_equals_uncached(&site, &cache, tmp.path(), "an output PNG edited in place");
}
