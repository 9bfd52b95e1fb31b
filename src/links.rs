//! `waymark check --links`: every internal link and `#anchor` of the built site resolves.
//!
//! Works on the output files in memory (nothing is written). Reads `href` and `src` of
//! every tag (including SVG `xlink:href`) and the `id`/`name` of every element, then
//! checks each relative link against the set of output paths and the anchors of its target.
//! Absolute URLs (`http:`, `https:`, `mailto:`, `tel:`, …) are external: they are listed,
//! never fetched. A root-relative link (`/x.html`) is an error: it breaks when the site
//! sits under a sub-path of an intranet server.

use std::collections::{BTreeMap, BTreeSet};

/// One file of the built site (path relative to the output root, `/`-separated).
pub struct Page<'a> {
    /// Output path, e.g. `journeys/ct-purchase.html`.
    pub path: &'a str,
    /// Its bytes.
    pub bytes: &'a [u8],
}

/// A link that does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The page that holds the link.
    pub page: String,
    /// The link as written.
    pub href: String,
    /// Why it does not resolve.
    pub reason: String,
}

/// What the link check found.
#[derive(Debug, Default)]
pub struct Report {
    /// Internal links checked.
    pub checked: usize,
    /// Links that do not resolve.
    pub broken: Vec<Broken>,
    /// External URLs → the pages that link to them (not fetched).
    pub external: BTreeMap<String, BTreeSet<String>>,
}

/// [`check`] over rendered output files (what `render_files` gives).
pub fn check_files(files: &[crate::write::OutFile]) -> Report {
    let pages: Vec<Page> = files
        .iter()
        .map(|f| Page {
            path: &f.path,
            bytes: &f.bytes,
        })
        .collect();
    check(&pages)
}

/// Checks the links of `files`.
pub fn check(files: &[Page<'_>]) -> Report {
    let paths: BTreeSet<&str> = files.iter().map(|f| f.path).collect();
    let mut anchors: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut links: Vec<(&str, String)> = Vec::new();
    for f in files.iter().filter(|f| is_html(f.path)) {
        let text = String::from_utf8_lossy(f.bytes);
        let mut ids = BTreeSet::new();
        for (name, value) in attributes(&text) {
            match name.as_str() {
                "id" | "name" => {
                    ids.insert(value);
                }
                "href" | "src" | "xlink:href" | "action" => links.push((f.path, value)),
                _ => {}
            }
        }
        anchors.insert(f.path, ids);
    }
    let mut report = Report::default();
    for (page, href) in links {
        let href = href.trim().to_string();
        if href.is_empty() {
            continue;
        }
        if is_external(&href) {
            report
                .external
                .entry(href)
                .or_default()
                .insert(page.to_string());
            continue;
        }
        report.checked += 1;
        let broken = |reason: String| Broken {
            page: page.to_string(),
            href: href.clone(),
            reason,
        };
        if href.starts_with('/') {
            report.broken.push(broken(
                "root-relative link: breaks when the site is under a sub-path; make it relative"
                    .into(),
            ));
            continue;
        }
        let (path_part, fragment) = match href.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (href.as_str(), None),
        };
        let path_part = path_part.split('?').next().unwrap_or("");
        let target = if path_part.is_empty() {
            page.to_string()
        } else {
            match resolve(page, &percent_decode(path_part)) {
                Some(t) => t,
                None => {
                    report
                        .broken
                        .push(broken("goes above the site's root".into()));
                    continue;
                }
            }
        };
        let target = if target.is_empty() || target.ends_with('/') {
            format!("{target}index.html")
        } else {
            target
        };
        if !paths.contains(target.as_str()) {
            report
                .broken
                .push(broken(format!("no file `{target}` in the output")));
            continue;
        }
        if let Some(frag) = fragment.filter(|f| !f.is_empty()) {
            let frag = percent_decode(frag);
            match anchors.get(target.as_str()) {
                Some(ids) if ids.contains(&frag) => {}
                Some(_) => report.broken.push(broken(format!(
                    "`{target}` has no element with id `{frag}`"
                ))),
                None => {} // an anchor into a non-HTML file (e.g. a PDF page): not checked
            }
        }
    }
    report
}

fn is_html(path: &str) -> bool {
    path.ends_with(".html") || path.ends_with(".htm")
}

fn is_external(href: &str) -> bool {
    if href.starts_with("//") {
        return true;
    }
    // A scheme: letters, digits, + - . before the first ':' and no '/' before it.
    match href.find(':') {
        Some(i) => {
            let scheme = &href[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// `rel` relative to the folder of `page`, normalised; `None` above the root.
fn resolve(page: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop(); // the page's file name
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if rel.ends_with('/') {
        out.push('/');
    }
    Some(out)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = (b[i + 1] as char).to_digit(16);
            let l = (b[i + 2] as char).to_digit(16);
            if let (Some(h), Some(l)) = (h, l) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The attributes of every tag in `html` (names lower-cased, values with the five
/// predefined entities and numeric references decoded). Comments, `<script>` and `<style>`
/// contents are skipped.
pub fn attributes(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off;
        if html[i..].starts_with("<!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let start = i + 1;
        if start >= b.len() || !(b[start].is_ascii_alphabetic()) {
            i += 1;
            continue;
        }
        // Tag name.
        let mut j = start;
        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
            j += 1;
        }
        let tag = html[start..j].to_ascii_lowercase();
        // Attributes up to '>'.
        loop {
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                break;
            }
            let ns = j;
            while j < b.len()
                && !b[j].is_ascii_whitespace()
                && b[j] != b'='
                && b[j] != b'>'
                && b[j] != b'/'
            {
                j += 1;
            }
            let name = html[ns..j].to_ascii_lowercase();
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < b.len() && b[j] == b'=' {
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                let value;
                if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                    let q = b[j];
                    let vs = j + 1;
                    let ve = html[vs..].find(q as char).map_or(b.len(), |e| vs + e);
                    value = &html[vs..ve];
                    j = (ve + 1).min(b.len());
                } else {
                    let vs = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    value = &html[vs..j];
                }
                out.push((name, decode_entities(value)));
            } else if !name.is_empty() {
                out.push((name, String::new()));
            } else {
                j += 1;
            }
        }
        i = (j + 1).min(b.len());
        if tag == "script" || tag == "style" {
            let close = format!("</{tag}");
            i = html[i..]
                .to_ascii_lowercase()
                .find(&close)
                .map_or(b.len(), |e| i + e);
        }
    }
    out
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..end];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                u32::from_str_radix(&ent[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page<'a>(path: &'a str, html: &'a str) -> Page<'a> {
        Page {
            path,
            bytes: html.as_bytes(),
        }
    }

    #[test]
    fn resolves_relative_links_and_anchors() {
        let files = [
            page(
                "index.html",
                r#"<a href="journeys/a.html#stage-x">a</a><a href="plan.html">p</a><a href="https://example.org/x">e</a>"#,
            ),
            page(
                "journeys/a.html",
                r##"<h2 id="stage-x">x</h2><a href="../index.html">i</a><a href='#stage-x'>s</a><a href="../personas/b.html">b</a><a href="#nope">n</a><a href="/plan.html">r</a>"##,
            ),
            page("plan.html", "<p>plan</p>"),
        ];
        let r = check(&files);
        let broken: Vec<(&str, &str)> = r
            .broken
            .iter()
            .map(|b| (b.page.as_str(), b.href.as_str()))
            .collect();
        assert_eq!(
            broken,
            vec![
                ("journeys/a.html", "../personas/b.html"),
                ("journeys/a.html", "#nope"),
                ("journeys/a.html", "/plan.html"),
            ]
        );
        assert!(r.external.contains_key("https://example.org/x"));
        assert_eq!(r.checked, 7);
    }

    #[test]
    fn skips_scripts_and_comments_and_decodes_entities() {
        let attrs = attributes(
            r#"<!-- <a href="x"> --><script>var a = "<a href='y'>";</script><a href="a.html?x=1&amp;y=2" id=top>"#,
        );
        assert_eq!(
            attrs,
            vec![
                ("href".to_string(), "a.html?x=1&y=2".to_string()),
                ("id".to_string(), "top".to_string())
            ]
        );
    }

    #[test]
    fn parent_links_above_the_root_are_broken() {
        let files = [page("index.html", r#"<a href="../x.html">x</a>"#)];
        assert_eq!(check(&files).broken.len(), 1);
    }
}
