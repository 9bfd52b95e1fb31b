//! Renders a small fixture site and checks the output: paths, links, escaping, sanitising,
//! determinism, and one snapshot.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use waymark::base::SourceRef;
use waymark::model::*;
use waymark::pipeline::render_site;
use waymark::render::{RenderError, ThemeFiles};
use waymark::write::OutFile;

const HOSTILE: &str = "<script>alert(1)</script>";
const ATTR: &str = "\" onmouseover=\"x";
const ASSET_URL: &str = "https://intranet.example.com/assets/dose-summary.pdf";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn src(file: &str, line: u32) -> SourceRef {
    SourceRef {
        file: file.into(),
        line,
        column: 1,
    }
}

fn ev(source: &str, confidence: Confidence) -> Option<Evidence> {
    Some(Evidence {
        source: Some(source.into()),
        confidence: Some(confidence),
    })
}

fn text(persona: Option<&str>, t: &str) -> PersonaText {
    PersonaText {
        persona: persona.map(Into::into),
        text: t.into(),
        emotion: None,
        evidence: None,
        source: src("content/journeys/ct-purchase.md", 10),
    }
}

fn empty_stage(id: &str, name: &str) -> Stage {
    Stage {
        id: id.into(),
        name: name.into(),
        goal: None,
        actions: vec![],
        questions: vec![],
        emotions: vec![],
        touchpoints: vec![],
        pain_points: vec![],
        decision_moments: vec![],
        handoffs: vec![],
        opportunities: vec![],
        metrics: vec![],
        source: src("content/journeys/ct-purchase.md", 8),
    }
}

fn touchpoint(
    name: &str,
    channel: &str,
    owner: Option<&str>,
    personas: &[&str],
    assets: &[&str],
) -> Touchpoint {
    Touchpoint {
        name: name.into(),
        channel: Some(channel.into()),
        owner: owner.map(Into::into),
        personas: personas.iter().map(|s| s.to_string()).collect(),
        assets: assets.iter().map(|s| s.to_string()).collect(),
        evidence: None,
        source: src("content/journeys/ct-purchase.md", 20),
    }
}

fn persona(id: &str, name: &str, kind: &str, role: Option<BuyingRole>) -> Persona {
    Persona {
        id: id.into(),
        name: name.into(),
        role: Some(format!("{name} role")),
        kind: Some(kind.into()),
        buying_role: role,
        goals: vec!["Reliable uptime".into()],
        needs: vec!["Clinical evidence".into()],
        questions: vec!["What is the dose reduction?".into()],
        blockers: vec![],
        channels: vec!["field".into(), "email".into()],
        quote: Some("Show me the data, not the brochure.".into()),
        evidence: vec![Evidence {
            source: Some("12 interviews, 2026-Q1".into()),
            confidence: Some(Confidence::Known),
        }],
        narrative: "Works **long shifts**; reads on mobile.".into(),
        source: src(&format!("content/personas/{id}.md"), 0),
    }
}

fn asset(id: &str, title: &str, stages: &[&str], personas: &[&str], status: AssetStatus) -> Asset {
    Asset {
        id: id.into(),
        title: title.into(),
        format: Some("guide".into()),
        channel: Some("web".into()),
        stages: stages.iter().map(|s| s.to_string()).collect(),
        personas: personas.iter().map(|s| s.to_string()).collect(),
        journeys: None,
        owner: Some("Marketing".into()),
        status,
        review: None,
        url: None,
        evidence: None,
        mlr: Default::default(),
        source: src("content/assets/core.yaml", 1),
    }
}

/// Two journeys (as-is and its to-be), three personas, four assets (one expired), gaps.
pub fn fixture() -> Site {
    let mut aware = empty_stage("awareness", "Awareness");
    aware.goal = Some("Radiology lead learns about low-dose CT".into());
    aware.actions.push(text(
        Some("radiology-lead"),
        "Reads a peer-reviewed dose study",
    ));
    aware.actions.push(text(None, "Buying group forms"));
    aware
        .questions
        .push(text(Some("finance"), "What is the five-year total cost?"));
    aware.emotions = vec![
        Emotion {
            persona: "radiology-lead".into(),
            score: 1,
        },
        Emotion {
            persona: "finance".into(),
            score: 0,
        },
    ];
    aware.touchpoints.push(touchpoint(
        "Congress booth",
        "event",
        Some("Marketing"),
        &["radiology-lead"],
        &["dose-summary"],
    ));
    aware
        .touchpoints
        .push(touchpoint(HOSTILE, "web", None, &[], &[]));
    aware.pain_points.push(PainPoint {
        text: "Evidence is scattered across three sites".into(),
        owner: None,
        severity: Some(Severity::High),
        evidence: ev("web analytics 2026-Q2", Confidence::Known),
        source: src("content/journeys/ct-purchase.md", 30),
    });
    aware.metrics.push(Metric {
        name: "Qualified leads".into(),
        target: Some("120".into()),
        current: Some("84".into()),
        evidence: None,
        source: src("content/journeys/ct-purchase.md", 33),
    });

    let mut eval = empty_stage("evaluation", "Evaluation");
    eval.goal = Some("Buying group agrees the shortlist".into());
    eval.actions.push(text(
        Some("radiology-lead"),
        "Requests a demo and clinical data",
    ));
    eval.emotions = vec![
        Emotion {
            persona: "radiology-lead".into(),
            score: 2,
        },
        Emotion {
            persona: "finance".into(),
            score: -2,
        },
    ];
    eval.touchpoints.push(touchpoint(
        ATTR,
        "field",
        Some("Sales"),
        &["radiology-lead", "finance"],
        &["tco-calculator"],
    ));
    eval.pain_points.push(PainPoint {
        text: "Service scope answers take three weeks".into(),
        owner: Some("Service".into()),
        severity: Some(Severity::High),
        evidence: ev("win-loss interviews 2026-Q2", Confidence::Hypothesis),
        source: src("content/journeys/ct-purchase.md", 40),
    });
    eval.decision_moments.push(DecisionMoment {
        text: "Shortlist approved by value-analysis committee".into(),
        evidence: None,
        source: src("content/journeys/ct-purchase.md", 42),
    });
    eval.handoffs.push(Handoff {
        from: Some("Sales".into()),
        to: Some("Implementation".into()),
        text: "Site readiness checklist".into(),
        evidence: None,
        source: src("content/journeys/ct-purchase.md", 44),
    });
    eval.opportunities.push(Opportunity {
        text: "Publish a service-scope one-pager".into(),
        owner: Some("Service".into()),
        status: OpportunityStatus::Planned,
        due: Some(d(2026, 9, 30)),
        value: None,
        effort: None,
        evidence: None,
        source: src("content/journeys/ct-purchase.md", 46),
    });
    eval.opportunities.push(Opportunity {
        text: "TCO workshop for finance".into(),
        owner: None,
        status: OpportunityStatus::Idea,
        due: Some(d(2027, 1, 31)),
        value: None,
        effort: None,
        evidence: None,
        source: src("content/journeys/ct-purchase.md", 47),
    });

    let as_is = Journey {
        id: "ct-purchase".into(),
        title: format!("CT system purchase {HOSTILE}"),
        segment: Some("Hospital system, 300+ beds".into()),
        scope: Some("New-logo acquisition, one product line".into()),
        description: None,
        state: MapState::AsIs,
        baseline: None,
        parent: None,
        parent_stage: None,
        owner: Some("Marketing".into()),
        reviewed: Some(d(2026, 6, 1)),
        review_every_days: 90,
        personas: vec![
            "radiology-lead".into(),
            "finance".into(),
            "it-security".into(),
        ],
        goal: Some("Shorten evaluation from nine to six months".into()),
        stages: vec![aware, eval],
        narrative: format!(
            "## Why this map\n\nThe buying group[^wl] is **large**.\n\n| Stage | Weeks |\n|:--|--:|\n| Evaluation | 36 |\n\n- [x] interviews done\n- [ ] survey\n\n{HOSTILE}\n\n<img src=\"x.png\" onerror=\"alert(2)\">\n\n[click](javascript:alert(3))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n[^wl]: Win-loss interviews, 2026-Q2.\n"
        ),
        evidence: vec![],
        markets: Vec::new(),
        views: Vec::new(),
        persona_slots: Vec::new(),
        source: src("content/journeys/ct-purchase.md", 0),
    };

    let mut onboard = empty_stage("onboarding", "Onboarding");
    onboard.actions.push(text(
        Some("it-security"),
        "Reviews the security questionnaire",
    ));
    onboard.touchpoints.push(touchpoint(
        "Security portal",
        "portal",
        Some("IT"),
        &["it-security"],
        &[],
    ));
    let to_be = Journey {
        id: "ct-purchase-future".into(),
        title: "CT system purchase, to-be".into(),
        segment: None,
        scope: None,
        description: None,
        state: MapState::ToBe,
        baseline: Some("ct-purchase".into()),
        parent: None,
        parent_stage: None,
        owner: None,
        reviewed: None,
        review_every_days: 90,
        personas: vec!["it-security".into()],
        goal: None,
        stages: vec![onboard],
        narrative: String::new(),
        evidence: vec![],
        markets: Vec::new(),
        views: Vec::new(),
        persona_slots: Vec::new(),
        source: src("content/journeys/ct-purchase-future.yaml", 0),
    };

    let mut expired = asset(
        "tco-calculator",
        "TCO calculator",
        &["evaluation"],
        &["finance"],
        AssetStatus::Published,
    );
    expired.review = Some(AssetReview {
        by: Some("Medical, Legal, Regulatory".into()),
        approved: Some(d(2025, 1, 15)),
        expires: Some(d(2026, 1, 15)),
    });
    let mut dose = asset(
        "dose-summary",
        "Dose evidence summary",
        &["awareness", "evaluation"],
        &["radiology-lead"],
        AssetStatus::Approved,
    );
    dose.url = Some(ASSET_URL.into());
    dose.review = Some(AssetReview {
        by: Some("MLR".into()),
        approved: Some(d(2026, 5, 1)),
        expires: Some(d(2027, 5, 1)),
    });
    let mut evil = asset(
        "evil-link",
        &format!("Evil {ATTR}"),
        &[],
        &[],
        AssetStatus::Idea,
    );
    evil.url = Some("javascript:alert(4)".into());

    Site {
        config: SiteConfig {
            title: format!("Imaging journeys {HOSTILE}"),
            description: Some("Journey maps of the imaging business unit.".into()),
            base_url: None,
            theme: "default".into(),
            stages: vec![],
            teams: vec![
                "Marketing".into(),
                "Sales".into(),
                "Service".into(),
                "Access".into(),
            ],
            review_every_days: 90,
            exports: waymark::model::ExportSet::ALL,
            mlr: Default::default(),
            language: "en".into(),
            ui: waymark::i18n::Catalogue::english(),
            labels: waymark::model::DiagramLabels::english(),
            views: Vec::new(),
        },
        journeys: vec![as_is.into(), to_be.into()],
        personas: vec![
            persona(
                "radiology-lead",
                "Radiology lead",
                "clinician",
                Some(BuyingRole::Champion),
            ),
            persona(
                "finance",
                &format!("Finance {ATTR}"),
                "buyer",
                Some(BuyingRole::Approver),
            ),
            persona(
                "it-security",
                "IT security",
                "internal",
                Some(BuyingRole::Gatekeeper),
            ),
        ],
        assets: vec![
            dose,
            expired,
            asset(
                "security-pack",
                "Security whitepaper",
                &["onboarding"],
                &["it-security"],
                AssetStatus::InReview,
            ),
            evil,
        ],
        as_of: d(2026, 10, 1),
        index: Default::default(),
        theme: Default::default(),
    }
}

fn render() -> Vec<OutFile> {
    render_site(&fixture(), &ThemeFiles::builtin()).expect("fixture renders")
}

fn page<'a>(files: &'a [OutFile], path: &str) -> &'a str {
    let f = files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"));
    std::str::from_utf8(&f.bytes).unwrap()
}

#[test]
fn output_paths() {
    let files = render();
    // exports/ (PNG, PDF, CSV, JSON) are checked in tests/export.rs.
    let paths: BTreeSet<&str> = files
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| !p.starts_with("exports/"))
        .collect();
    assert!(files.iter().any(|f| f.path == "exports/deck.pdf"));
    let expected: BTreeSet<&str> = [
        "index.html",
        "journeys/ct-purchase.html",
        "journeys/ct-purchase-future.html",
        "compare/ct-purchase-future.html",
        "personas/radiology-lead.html",
        "personas/finance.html",
        "personas/it-security.html",
        "plan.html",
        "ownership.html",
        "backlog.html",
        "channels.html",
        "register.html",
        "theme/style.css",
        "theme/fonts/Inter-Regular.otf",
        "theme/fonts/Inter-SemiBold.otf",
        "theme/fonts/LICENSE-Inter.txt",
        "search.html",
        "search-index.js",
        "theme/search/minisearch.js",
        "theme/search/LICENSE-minisearch.txt",
        "theme/search/search.js",
        "theme/filter.js",
    ]
    .into_iter()
    .collect();
    assert_eq!(paths, expected);
    let all: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(files.len(), all.len(), "no duplicate paths");
}

/// Every value of `attr="…"` in `html`.
fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        let end = rest.find('"').expect("closing quote");
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// Resolve `link` relative to the page at `from` (both `/`-separated).
fn resolve(from: &str, link: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in link.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                assert!(parts.pop().is_some(), "{link} from {from} escapes the site");
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[test]
fn every_link_is_relative_and_resolves() {
    let files = render();
    let by_path: BTreeMap<&str, &str> = files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| (f.path.as_str(), std::str::from_utf8(&f.bytes).unwrap()))
        .collect();
    let all: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut checked = 0;
    for (path, html) in &by_path {
        assert!(
            !html.contains("://")
                || html.matches("://").count()
                    == html.matches(ASSET_URL).count()
                        + html.matches("http://www.w3.org/2000/svg").count(),
            "{path} has an external URL"
        );
        for link in attr_values(html, "href")
            .into_iter()
            .chain(attr_values(html, "src"))
        {
            // User-written targets (asset urls, images in Markdown) are the user's business.
            if link == ASSET_URL || link == "x.png" {
                continue;
            }
            assert!(!link.contains(':'), "{path}: non-relative link {link}");
            assert!(!link.starts_with('/'), "{path}: root-relative link {link}");
            let (file, frag) = link.split_once('#').unwrap_or((link, ""));
            let target = if file.is_empty() {
                path.to_string()
            } else {
                resolve(path, file)
            };
            assert!(
                all.contains(target.as_str()),
                "{path}: {link} -> {target} is not an output file"
            );
            if !frag.is_empty() {
                let target_html = by_path
                    .get(target.as_str())
                    .unwrap_or_else(|| panic!("{link}: fragment on non-page"));
                assert!(
                    target_html.contains(&format!("id=\"{frag}\"")),
                    "{path}: {link}: no id {frag} in {target}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} links checked");
    // The CSS refers to the fonts relatively too.
    let css = page(&files, "theme/style.css");
    for url in css
        .split("url(\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
    {
        assert!(
            all.contains(resolve("theme/style.css", url).as_str()),
            "css url {url}"
        );
    }
    assert!(css.contains("font-family: \"Inter\""));
}

#[test]
fn user_strings_are_escaped() {
    let files = render();
    for f in files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = std::str::from_utf8(&f.bytes).unwrap();
        assert!(
            !without_search_scripts(html).contains("<script"),
            "{}: raw <script>",
            f.path
        );
        assert!(
            !html.contains("onmouseover=\""),
            "{}: attribute injection",
            f.path
        );
        assert!(!html.contains("javascript:"), "{}: javascript: URL", f.path);
        assert!(!html.contains("<iframe"), "{}: iframe", f.path);
        assert!(!html.contains("onerror"), "{}: onerror", f.path);
    }
    let index = page(&files, "index.html");
    assert!(index.contains("Imaging journeys &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(index.contains("Finance &quot; onmouseover=&quot;x"));
    let journey = page(&files, "journeys/ct-purchase.html");
    assert!(journey.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(journey.contains("&quot; onmouseover=&quot;x"));
    let plan = page(&files, "plan.html");
    assert!(plan.contains("Evil &quot; onmouseover=&quot;x"));
    assert!(plan.contains(&format!("href=\"{ASSET_URL}\"")));
}

#[test]
fn markdown_is_rendered_and_sanitised() {
    let files = render();
    let journey = page(&files, "journeys/ct-purchase.html");
    assert!(journey.contains("<strong>large</strong>"));
    assert!(journey.contains("<table>"));
    assert!(journey.contains("style=\"text-align:right\""));
    assert!(journey.contains("class=\"footnote-definition\""));
    assert!(journey.contains("type=\"checkbox\""));
    assert!(journey.contains(">click</a>"), "link text stays, URL goes");
    assert!(
        !journey.contains("alert(2)")
            && !journey.contains("alert(3)")
            && !journey.contains("evil.example")
    );
    let persona = page(&files, "personas/radiology-lead.html");
    assert!(persona.contains("<strong>long shifts</strong>"));
}

#[test]
fn pages_show_what_matters() {
    let files = render();
    let index = page(&files, "index.html");
    assert!(
        index.contains("journeys/ct-purchase.html") && index.contains("personas/it-security.html")
    );
    assert!(
        index.contains("plan.html")
            && index.contains("ownership.html")
            && index.contains("backlog.html")
    );
    assert!(
        index.contains("review overdue"),
        "to-be map was never reviewed"
    );
    assert!(index.contains("Data as of <time datetime=\"2026-10-01\">"));
    let journey = page(&files, "journeys/ct-purchase.html");
    assert!(journey.contains("<section class=\"stage\" id=\"stage-evaluation\""));
    assert!(journey.contains("<figure class=\"diagram\" tabindex=\"0\"><svg"));
    assert!(journey.contains("no owner"));
    assert!(journey.contains("hypothesis"));
    assert!(journey.contains("approval of asset &quot;tco-calculator&quot; expired on 2026-01-15"));
    let future = page(&files, "journeys/ct-purchase-future.html");
    assert!(
        future.contains("href=\"ct-purchase.html\""),
        "baseline link"
    );
    let plan = page(&files, "plan.html");
    assert!(plan.contains("class=\"gap\">gap<"));
    assert!(plan.contains("approval expired"));
    assert!(plan.contains("id=\"asset-tco-calculator\""));
    let ownership = page(&files, "ownership.html");
    let unowned = ownership.find("id=\"unowned\"").unwrap();
    let marketing = ownership.find("id=\"team-marketing\"").unwrap();
    assert!(unowned < marketing, "unowned group first");
    assert!(ownership.contains("Access"), "idle team listed");
    let backlog = page(&files, "backlog.html");
    assert!(backlog.contains("Publish a service-scope one-pager"));
    assert!(backlog.contains("d overdue"));
    for f in &files {
        if f.path.ends_with(".html") {
            assert!(
                !without_search_scripts(page(&files, &f.path)).contains("<script"),
                "no JavaScript in {}",
                f.path
            );
        }
    }
}

#[test]
fn output_is_deterministic() {
    assert_eq!(render(), render());
}

#[test]
fn journey_page_snapshot() {
    let files = render();
    // The diagrams belong to the diagram module's own tests; keep this snapshot about the page.
    let html = page(&files, "journeys/ct-purchase.html");
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<figure class=\"diagram\" tabindex=\"0\">") {
        let start = i + "<figure class=\"diagram\" tabindex=\"0\">".len();
        out.push_str(&rest[..start]);
        out.push_str("[svg]");
        rest = &rest[start + rest[start..].find("</figure>").unwrap()..];
    }
    out.push_str(rest);
    insta::assert_snapshot!("journey_page", out);
}

#[test]
fn overrides_and_template_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::create_dir_all(dir.path().join("themes/brand/templates")).unwrap();
    std::fs::write(dir.path().join("themes/brand/style.css"), "body{}").unwrap();
    std::fs::write(dir.path().join("themes/brand/logo.svg"), "<svg/>").unwrap();
    std::fs::write(
        dir.path().join("themes/brand/templates/ownership.html"),
        "{% extends \"base.html\" %}{% block content %}THEME OWNERSHIP{% endblock content %}",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("templates/backlog.html"),
        "{% extends \"base.html\" %}{% block content %}SITE BACKLOG {{ backlog.items | length }}{% endblock content %}",
    )
    .unwrap();
    let theme = ThemeFiles::load(dir.path(), "brand").unwrap();
    let files = render_site(&fixture(), &theme).unwrap();
    assert_eq!(page(&files, "theme/style.css"), "body{}");
    assert!(files.iter().any(|f| f.path == "theme/logo.svg"));
    assert!(page(&files, "ownership.html").contains("THEME OWNERSHIP"));
    assert!(page(&files, "backlog.html").contains("SITE BACKLOG 4"));

    // A broken override names its file.
    std::fs::write(dir.path().join("templates/plan.html"), "{% if %}").unwrap();
    let theme = ThemeFiles::load(dir.path(), "brand").unwrap();
    let err = render_site(&fixture(), &theme).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, RenderError::Template { ref name, ref file, .. } if name == "plan.html" && file.is_some()),
        "{msg}"
    );
    assert!(
        msg.contains("plan.html") && msg.contains("override"),
        "{msg}"
    );

    // A render-time error too.
    std::fs::write(dir.path().join("templates/plan.html"), "{{ nothing.here }}").unwrap();
    let theme = ThemeFiles::load(dir.path(), "brand").unwrap();
    let msg = render_site(&fixture(), &theme).unwrap_err().to_string();
    assert!(
        msg.contains("plan.html") && msg.contains("nothing"),
        "{msg}"
    );

    // An unknown theme is an error; `default` needs no folder.
    assert!(matches!(
        ThemeFiles::load(dir.path(), "nope"),
        Err(RenderError::ThemeNotFound { .. })
    ));
    assert!(ThemeFiles::load(dir.path(), "default").is_ok());
}

/// Writes the fixture site to `$WAYMARK_PAGES_OUT` (e.g. /tmp/pages) to look at it.
#[test]
fn write_fixture_pages_when_asked() {
    let Ok(out) = std::env::var("WAYMARK_PAGES_OUT") else {
        return;
    };
    for f in render() {
        let p = std::path::Path::new(&out).join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, &f.bytes).unwrap();
    }
}

/// The page without the theme's own scripts: the two search scripts and the list filter of
/// the index and the register (the only JavaScript pages load).
fn without_search_scripts(html: &str) -> String {
    let mut out = html.replace("<script src=\"theme/filter.js\" defer></script>", "");
    for root in ["", "../"] {
        for file in ["minisearch.js", "search.js"] {
            out = out.replace(
                &format!("<script src=\"{root}theme/search/{file}\" defer></script>"),
                "",
            );
        }
    }
    out
}

/// Narratives draw Mermaid journeys through the pipeline's drawer (interop parses, diagram
/// draws); render only places the SVG.
#[test]
fn mermaid_journeys_in_narratives_are_drawn_in_place() {
    let render = |md: &str| waymark::render::markdown::render(md, waymark::pipeline::mermaid_svg);
    let md = "Before.\n\n```mermaid\njourney\n  title Day\n  section Work\n    Tea: 5: Me\n    Work: 1: Me, <script>alert(1)</script>\n```\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\njourney\n  Make tea\n```\n\nAfter.";
    let html = render(md);
    assert_eq!(
        html.matches("<figure class=\"diagram mermaid-journey\"><svg")
            .count(),
        1,
        "{html}"
    );
    // The other kind and the broken journey stay code.
    assert!(
        html.contains("flowchart LR\n  A --&gt; B\n</code></pre>"),
        "{html}"
    );
    assert!(html.contains("journey\n  Make tea"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    let two = render("```mermaid\njourney\nA: 3: Me\n```\n\n~~~mermaid\njourney\nB: 3: Me\n~~~\n");
    assert!(
        two.contains("narrative-mermaid-1") && two.contains("narrative-mermaid-2"),
        "{two}"
    );
    assert_eq!(render(md), html);
    // Without a drawer every block stays code.
    let plain = waymark::render::markdown::render(md, waymark::render::markdown::NO_MERMAID);
    assert!(!plain.contains("<svg"), "{plain}");
}
