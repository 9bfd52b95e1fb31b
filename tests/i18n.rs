//! The site in the team's language (issue 15 item 5): `language:` in `waymark.yaml` turns
//! the pages' words, the diagrams' words and the dates into that language, `dir="rtl"` for
//! Arabic, a site's own `i18n/TAG.ftl` overrides single messages, and `check` reports a bad
//! tag, a broken catalogue and messages that fall back to English. Each test builds the
//! minimal fixture with a language and compares against the catalogue itself, so a better
//! translation never breaks a test.

mod common;
use std::path::Path;

use common::{copy_tree, fixture, text, waymark};
use waymark::i18n::Catalogue;

const AS_OF: &str = "2026-11-22";

/// The minimal fixture with `language: TAG` (when given) in `waymark.yaml`.
fn site(language: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture("minimal"), dir.path());
    if let Some(tag) = language {
        let cfg = dir.path().join("waymark.yaml");
        let mut c = std::fs::read_to_string(&cfg).unwrap();
        c.push_str(&format!("language: {tag}\n"));
        std::fs::write(&cfg, c).unwrap();
    }
    dir
}

/// Builds `dir` into `dir/public` without exports; panics with the output on failure.
fn build(dir: &Path) -> std::path::PathBuf {
    let out = dir.join("public");
    let o = waymark(&[
        "build",
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--no-exports",
        "-q",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    out
}

fn read(out: &Path, page: &str) -> String {
    std::fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// `s` as it appears in HTML text (the few characters Tera escapes).
fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

#[test]
fn a_german_site_speaks_german_in_pages_and_diagrams() {
    let dir = site(Some("de"));
    let out = build(dir.path());
    let de = Catalogue::new(Some("de"), None);
    let en = Catalogue::new(None, None);
    let index = read(&out, "index.html");
    assert!(index.contains("<html lang=\"de\">"), "{}", &index[..200]);
    for key in [
        "skip-to-content",
        "nav-ownership",
        "search-label",
        "nav-main",
    ] {
        let word = de.t(key);
        assert_ne!(word, en.t(key), "{key} is translated in de.ftl");
        assert!(index.contains(&html(&word)), "{key}: {word}");
    }
    assert!(!index.contains(">Skip to content<"), "no English left");
    let journey = read(&out, "journeys/purchase.html");
    for key in [
        "lane-actions",
        "lane-questions",
        "lane-opportunities",
        "diagram-key",
    ] {
        let word = de.t(key);
        assert_ne!(word, en.t(key), "{key} is translated in de.ftl");
        assert!(
            journey.contains(&html(&word)) || journey.contains(&html(&word.to_uppercase())),
            "the diagram says {key} as {word}"
        );
    }
    // Dates in the footer are in the German long form.
    assert!(index.contains("22. November 2026"), "{index}");
}

#[test]
fn japanese_dates_and_words() {
    let dir = site(Some("ja"));
    let out = build(dir.path());
    let ja = Catalogue::new(Some("ja"), None);
    let index = read(&out, "index.html");
    assert!(index.contains("<html lang=\"ja\">"));
    assert!(index.contains(&html(&ja.t("nav-ownership"))));
    assert!(index.contains("2026年11月22日"), "{index}");
}

#[test]
fn arabic_and_hebrew_are_right_to_left() {
    for tag in ["ar", "he"] {
        let dir = site(Some(tag));
        let out = build(dir.path());
        let ui = Catalogue::new(Some(tag), None);
        assert!(ui.rtl(), "{tag}");
        for page in ["index.html", "journeys/purchase.html", "plan.html"] {
            let p = read(&out, page);
            assert!(
                p.contains(&format!("<html lang=\"{tag}\" dir=\"rtl\">")),
                "{tag} {page}"
            );
        }
        assert!(read(&out, "index.html").contains(&html(&ui.t("nav-ownership"))));
        let css = read(&out, "theme/style.css");
        assert!(css.contains("[dir=\"rtl\"]") && css.contains("margin-inline-start"));
    }
}

#[test]
fn english_is_the_default_and_has_no_dir() {
    let dir = site(None);
    let out = build(dir.path());
    let index = read(&out, "index.html");
    assert!(index.contains("<html lang=\"en\">"));
    assert!(index.contains(">Skip to content<"));
}

#[test]
fn a_site_catalogue_overrides_single_messages() {
    let dir = site(Some("de"));
    std::fs::create_dir_all(dir.path().join("i18n")).unwrap();
    std::fs::write(
        dir.path().join("i18n/de.ftl"),
        "nav-plan = Inhaltsplan der Abteilung\n",
    )
    .unwrap();
    let out = build(dir.path());
    let index = read(&out, "index.html");
    assert!(index.contains("Inhaltsplan der Abteilung"));
    // Every other message still comes from the built-in German catalogue.
    let de = Catalogue::new(Some("de"), None);
    assert!(index.contains(&html(&de.t("nav-ownership"))));
}

#[test]
fn check_reports_bad_tags_broken_catalogues_and_english_fallbacks() {
    let dir = site(Some("\"de_DE!\""));
    let o = waymark(&["check", dir.path().to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!o.status.success());
    let t = text(&o);
    assert!(t.contains("error[bad-language]"), "{t}");
    assert!(t.contains("waymark.yaml:"), "{t}");

    // A language without a built-in catalogue: a warning, the site builds in English.
    let dir = site(Some("nl"));
    let o = waymark(&["check", dir.path().to_str().unwrap(), "--as-of", AS_OF]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(t.contains("warning[missing-translation]"), "{t}");
    assert!(t.contains("i18n/nl.ftl"), "{t}");

    // A broken site catalogue: a located error.
    let dir = site(Some("de"));
    std::fs::create_dir_all(dir.path().join("i18n")).unwrap();
    std::fs::write(dir.path().join("i18n/de.ftl"), "nav-plan = Plan\n= oops\n").unwrap();
    let o = waymark(&["check", dir.path().to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!o.status.success());
    let t = text(&o);
    assert!(t.contains("i18n/de.ftl:2:"), "{t}");
    assert!(t.contains("error[bad-translation]"), "{t}");
}

#[test]
fn every_built_in_catalogue_has_every_english_key() {
    for (tag, _) in waymark::i18n::BUILTIN {
        let c = Catalogue::new(Some(tag), None);
        assert!(c.problems().is_empty(), "{tag}: {:?}", c.problems());
        assert!(c.missing().is_empty(), "{tag} misses {:?}", c.missing());
    }
}

/// The visible text of an HTML page: its text nodes (tags removed, entities of the common
/// five decoded, trimmed) and the values of `aria-label`, `title`, `placeholder` and `alt`.
fn visible_texts(page: &str) -> Vec<String> {
    let decode = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&amp;", "&")
    };
    let mut out = Vec::new();
    // Text between tags, outside <script> and <style>.
    let mut rest = page;
    while let Some(open) = rest.find('<') {
        let text = rest[..open].trim();
        if !text.is_empty() {
            out.push(decode(text));
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open..open + close + 1];
        for attr in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
            if let Some(at) = tag.find(attr) {
                let v = &tag[at + attr.len()..];
                if let Some(end) = v.find('"') {
                    out.push(decode(&v[..end]));
                }
            }
        }
        rest = &rest[open + close + 1..];
        for (start, end) in [("<script", "</script>"), ("<style", "</style>")] {
            if tag.starts_with(start) {
                rest = rest.find(end).map_or("", |e| &rest[e..]);
            }
        }
    }
    out
}

#[test]
fn no_english_ui_string_is_left_on_any_german_or_japanese_page() {
    for tag in ["de", "ja"] {
        let dir = site(Some(tag));
        let out = build(dir.path());
        let local = Catalogue::new(Some(tag), None);
        let en = Catalogue::new(None, None);
        // The English side of every message that the language translates differently, as
        // whole texts (and upper-cased, as the diagrams draw labels); not when the same text
        // is also the language's word for another message ("Journeys" in German).
        let keys = waymark::i18n::english_keys();
        let local_words: std::collections::BTreeSet<String> = keys
            .iter()
            .flat_map(|k| [local.t(k), local.t(k).to_uppercase()])
            .collect();
        let english: std::collections::BTreeMap<String, &str> = keys
            .iter()
            .filter(|k| !en.t(k).contains('{') && local.t(k) != en.t(k))
            .flat_map(|k| [(en.t(k), k.as_str()), (en.t(k).to_uppercase(), k.as_str())])
            .filter(|(s, _)| s.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .filter(|(s, _)| !local_words.contains(s))
            .collect();
        let mut pages = Vec::new();
        for entry in walk(&out) {
            if entry.extension().is_some_and(|e| e == "html" || e == "svg") {
                pages.push(entry);
            }
        }
        assert!(pages.len() >= 8, "{tag}: {pages:?}");
        let mut left = Vec::new();
        for page in &pages {
            let html = std::fs::read_to_string(page).unwrap();
            for t in visible_texts(&html) {
                if let Some(key) = english.get(&t) {
                    left.push(format!("{}: {t:?} ({key})", page.display()));
                }
            }
        }
        assert!(
            left.is_empty(),
            "{tag}: English UI strings left:\n{}",
            left.join("\n")
        );
    }
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn every_template_key_is_in_the_english_catalogue_and_no_english_is_left_in_templates() {
    // tests/i18n_keys.py reads the templates' `t(key=…)` calls and their text (see its
    // docstring); Python 3 is on every machine `.ci/run` runs on.
    let out = std::process::Command::new("python3")
        .arg(common::repo().join("tests/i18n_keys.py"))
        .output()
        .expect("python3 runs");
    assert!(out.status.success(), "{}", text(&out));
}
