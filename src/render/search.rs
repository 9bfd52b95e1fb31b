//! The search index (`search-index.js`) and the no-JavaScript search page (`search.html`).
//!
//! The index is a script, not JSON, so that it loads from `file://` where `fetch` is
//! refused: it assigns one object to `window.WAYMARK_SEARCH`. It holds documents, not a
//! prebuilt inverted index; the vendored MiniSearch (`theme/search/minisearch.js`) indexes
//! them in the browser on first use. To stay small (≤ 2 MB for 1,000 journeys) it is
//! columnar and deduplicated:
//!
//! ```text
//! { "v": 1,
//!   "pages":  [[url, title], ...],          // every page a result can link to
//!   "stages": [[id, name], ...],            // distinct stage (id, name) pairs
//!   "docs":   [[kind, page, stage, text], ...] }   // stage = -1 when none
//! ```
//!
//! `kind` indexes `kinds`. A document with a stage links to `pages[page]#stage-ID`; a page
//! entry may carry its own anchor (assets: `plan.html#asset-ID`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Site;

/// Document kinds, in the order of their number in the index.
pub const KINDS: &[&str] = &[
    "journey",
    "persona",
    "stage",
    "touchpoint",
    "pain point",
    "opportunity",
    "asset",
];

const JOURNEY: u8 = 0;
const PERSONA: u8 = 1;
const STAGE: u8 = 2;
const TOUCHPOINT: u8 = 3;
const PAIN: u8 = 4;
const OPPORTUNITY: u8 = 5;
const ASSET: u8 = 6;

/// One entry of the plain link list on `search.html`.
#[derive(Debug, Serialize)]
pub struct ListEntry {
    /// Relative URL from the site root.
    pub url: String,
    /// Link text.
    pub title: String,
    /// Small print beside it.
    pub meta: Option<String>,
}

/// The plain link list of `search.html`, by group.
#[derive(Debug, Serialize)]
pub struct LinkList {
    /// Journeys, each with its segment.
    pub journeys: Vec<ListEntry>,
    /// Personas, each with its role.
    pub personas: Vec<ListEntry>,
    /// Content assets, linking into the inventory on the plan page.
    pub assets: Vec<ListEntry>,
}

/// The plain link list for `search.html`.
pub fn link_list(site: &Site) -> LinkList {
    LinkList {
        journeys: site
            .journeys
            .iter()
            .map(|j| ListEntry {
                url: format!("journeys/{}.html", j.id),
                title: j.title.clone(),
                meta: j.segment.clone(),
            })
            .collect(),
        personas: site
            .personas
            .iter()
            .map(|p| ListEntry {
                url: format!("personas/{}.html", p.id),
                title: p.name.clone(),
                meta: p.role.clone(),
            })
            .collect(),
        assets: site
            .assets
            .iter()
            .map(|a| ListEntry {
                url: format!("plan.html#asset-{}", a.id),
                title: a.title.clone(),
                meta: a.format.clone(),
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct Index<'a> {
    v: u8,
    kinds: &'a [&'a str],
    pages: Vec<(String, String)>,
    stages: Vec<(&'a str, &'a str)>,
    docs: Vec<(u8, usize, i64, String)>,
}

/// The search index as the contents of `search-index.js`.
pub fn index(site: &Site) -> Vec<u8> {
    let mut pages: Vec<(String, String)> = Vec::new();
    let mut stage_ids: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut stages: Vec<(&str, &str)> = Vec::new();
    let mut docs = Vec::new();

    for j in &site.journeys {
        let page = pages.len();
        pages.push((format!("journeys/{}.html", j.id), j.title.clone()));
        let mut title = j.title.clone();
        for extra in [&j.segment, &j.scope, &j.goal].into_iter().flatten() {
            title.push_str(" · ");
            title.push_str(extra);
        }
        docs.push((JOURNEY, page, -1, title));
        for s in &j.stages {
            let key = (s.id.as_str(), s.name.as_str());
            let st = *stage_ids.entry(key).or_insert_with(|| {
                stages.push(key);
                stages.len() - 1
            }) as i64;
            let mut text = s.name.clone();
            if let Some(g) = &s.goal {
                text.push_str(" · ");
                text.push_str(g);
            }
            docs.push((STAGE, page, st, text));
            for t in &s.touchpoints {
                let mut text = t.name.clone();
                if let Some(c) = &t.channel {
                    text.push_str(" · ");
                    text.push_str(c);
                }
                docs.push((TOUCHPOINT, page, st, text));
            }
            for p in &s.pain_points {
                docs.push((PAIN, page, st, p.text.clone()));
            }
            for o in &s.opportunities {
                docs.push((OPPORTUNITY, page, st, o.text.clone()));
            }
        }
    }
    for p in &site.personas {
        let page = pages.len();
        pages.push((format!("personas/{}.html", p.id), p.name.clone()));
        let mut text = p.name.clone();
        for extra in [&p.role, &p.kind].into_iter().flatten() {
            text.push_str(" · ");
            text.push_str(extra);
        }
        docs.push((PERSONA, page, -1, text));
    }
    for a in &site.assets {
        let page = pages.len();
        pages.push((format!("plan.html#asset-{}", a.id), a.title.clone()));
        let mut text = a.title.clone();
        if let Some(f) = &a.format {
            text.push_str(" · ");
            text.push_str(f);
        }
        docs.push((ASSET, page, -1, text));
    }
    let index = Index {
        v: 1,
        kinds: KINDS,
        pages,
        stages,
        docs,
    };
    let json = serde_json::to_string(&index).expect("the index serialises");
    // `</script` cannot end anything here (the file is loaded by src=), but keep the
    // file safe to inline all the same.
    let json = json.replace("</", "<\\/");
    format!("window.WAYMARK_SEARCH={json};\n").into_bytes()
}

/// `sitemap.xml` with absolute URLs under `base`, the site's `base_url`.
pub fn sitemap(site: &Site, base: &str) -> Vec<u8> {
    let base = if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    let mut pages = vec![
        "index.html".to_string(),
        "plan.html".into(),
        "ownership.html".into(),
        "backlog.html".into(),
        "channels.html".into(),
        "register.html".into(),
        "search.html".into(),
    ];
    pages.extend(crate::render::market_plan_paths(site));
    pages.extend(
        site.journeys
            .iter()
            .map(|j| format!("journeys/{}.html", j.id)),
    );
    // Named views are pages of their own (not in the search index: their content is the
    // master's, which search finds).
    pages.extend(site.journeys.iter().flat_map(|j| {
        j.views
            .iter()
            .map(move |v| format!("journeys/{}.{}.html", j.id, v.id))
    }));
    pages.extend(
        site.personas
            .iter()
            .map(|p| format!("personas/{}.html", p.id)),
    );
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in pages {
        let loc = format!("{base}{p}")
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        xml.push_str(&format!("  <url><loc>{loc}</loc></url>\n"));
    }
    xml.push_str("</urlset>\n");
    xml.into_bytes()
}
