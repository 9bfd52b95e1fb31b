//! Tests of the journey diagram and stakeholder map SVGs.

mod diagram_fixtures;

use diagram_fixtures::{journey, site};
use resvg::usvg;
use waymark::diagram::{
    Form, journey_diagram, journey_diagram_as, stakeholder_map, stakeholder_map_as, text,
};
use waymark::model::{Journey, Site};

fn options() -> usvg::Options<'static> {
    let mut opt = usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_font_data(text::INTER_REGULAR.to_vec());
    db.load_font_data(text::INTER_SEMIBOLD.to_vec());
    opt
}

fn both(site: &Site, j: &Journey) -> [(String, &'static str); 2] {
    [
        (journey_diagram(site, j), "jd"),
        (stakeholder_map(site, j), "sm"),
    ]
}

fn parses(svg: &str) {
    usvg::Tree::from_str(svg, &options())
        .unwrap_or_else(|e| panic!("SVG does not parse: {e}\n{svg}"));
}

/// The values of every `id="…"` attribute.
fn ids(svg: &str) -> Vec<String> {
    svg.match_indices(" id=\"")
        .map(|(i, m)| {
            let rest = &svg[i + m.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// (font-size, content) of every `<text>` element.
fn texts(svg: &str) -> Vec<(f32, String)> {
    svg.lines()
        .filter(|l| l.starts_with("<text "))
        .map(|l| {
            let size = l
                .split("font-size=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let content = &l[l.find('>').unwrap() + 1..l.rfind("</text>").unwrap()];
            (size, unescape(content))
        })
        .collect()
}

#[test]
fn stage_and_persona_counts_render_and_parse() {
    for (n, m) in [(1, 1), (1, 8), (4, 1), (4, 3), (4, 8), (12, 1), (12, 8)] {
        for long in [false, true] {
            let (s, j) = (site(m), journey(n, m, long));
            for (svg, _) in both(&s, &j) {
                assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
                assert!(svg.contains("role=\"img\""));
                parses(&svg);
            }
        }
    }
}

#[test]
fn deterministic() {
    let (s, j) = (site(3), journey(4, 3, true));
    assert_eq!(journey_diagram(&s, &j), journey_diagram(&s, &j));
    assert_eq!(stakeholder_map(&s, &j), stakeholder_map(&s, &j));
}

#[test]
fn ids_are_unique_prefixed_and_referenced() {
    let (s, j) = (site(8), journey(12, 8, false));
    for (svg, kind) in both(&s, &j) {
        let prefix = format!("wm-ct-purchase-{kind}-");
        let ids = ids(&svg);
        assert!(!ids.is_empty());
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "duplicate ids");
        assert!(ids.iter().all(|i| i.starts_with(&prefix)), "{ids:?}");
        assert!(svg.contains(&format!("aria-labelledby=\"{prefix}title {prefix}desc\"")));
        assert!(!svg.contains("href"), "no external references");
    }
}

#[test]
fn hostile_strings_are_escaped() {
    let evil = "<script>alert(1)</script> \"><img onerror=alert(2)> & 'x'";
    let mut s = site(2);
    s.personas[0].name = evil.into();
    s.personas[1].role = Some(evil.into());
    let mut j = journey(2, 2, false);
    j.id = "x\"><script>".into();
    j.title = evil.into();
    j.segment = Some(evil.into());
    let st = &mut j.stages[0];
    st.name = evil.into();
    st.goal = Some(evil.into());
    st.actions[0].text = evil.into();
    st.touchpoints[0].channel = Some(evil.into());
    st.touchpoints[0].owner = Some(evil.into());
    st.pain_points[0].text = evil.into();
    st.opportunities[0].owner = Some(evil.into());
    for (svg, _) in both(&s, &j) {
        let lower = svg.to_lowercase();
        assert!(!lower.contains("<script"), "raw script tag");
        assert!(!lower.contains("<img"), "raw img tag");
        assert!(!svg.contains("& "), "raw ampersand");
        parses(&svg);
        for id in ids(&svg) {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{id}"
            );
        }
    }
}

#[test]
fn long_words_break_inside_their_card() {
    let word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
    let (s, mut j) = (site(2), journey(3, 2, false));
    j.stages[1].actions[0].text = format!("Needs {word} now");
    j.stages[1].touchpoints[0].name = word.clone();
    let svg = journey_diagram(&s, &j);
    // Card text width: column 240 − 2×8 column padding − 2×12 card padding.
    let max = 200.0;
    let pieces: Vec<(f32, String)> = texts(&svg)
        .into_iter()
        .filter(|(_, t)| t.len() > 3 && word.contains(t.as_str()))
        .collect();
    assert!(
        pieces.len() >= 6,
        "the word is broken into several lines: {pieces:?}"
    );
    for (size, t) in pieces {
        let w = text::measure(&t, size, text::Weight::Regular);
        assert!(w <= max, "{t:?} is {w}px wide");
    }
}

#[test]
fn every_wrapped_body_line_fits_a_card() {
    let (s, j) = (site(3), journey(4, 3, true));
    let svg = journey_diagram(&s, &j);
    for (size, t) in texts(&svg) {
        if size == 13.0
            && !t.starts_with("Segment")
            && !t.starts_with("Scope")
            && !t.starts_with("Goal")
        {
            let w = text::measure(&t, size, text::Weight::SemiBold);
            assert!(w <= 216.0, "{t:?} is {w}px wide");
        }
    }
}

#[test]
fn empty_lanes_are_omitted() {
    let (s, mut j) = (site(2), journey(4, 2, false));
    for st in &mut j.stages {
        st.pain_points.clear();
        st.emotions.clear();
        st.handoffs.clear();
    }
    let svg = journey_diagram(&s, &j);
    let labels: Vec<String> = texts(&svg).into_iter().map(|(_, t)| t).collect();
    for gone in ["Pain points", "Emotion", "Hand-offs"] {
        assert!(
            !labels.iter().any(|t| t == gone),
            "{gone} lane should be omitted"
        );
    }
    for kept in ["Actions", "Touchpoints", "Opportunities"] {
        assert!(
            labels.iter().any(|t| t == kept),
            "{kept} lane should be drawn"
        );
    }
}

#[test]
fn stakeholder_map_marks_entry_and_absence() {
    let (s, mut j) = (site(3), journey(4, 3, false));
    j.personas.push("ghost".into());
    let svg = stakeholder_map(&s, &j);
    assert_eq!(svg.matches(">ENTERS</text>").count(), 3);
    assert!(svg.contains("Not active in any stage"));
    parses(&svg);
}

#[test]
fn snapshot_small_journey() {
    let (s, j) = (site(2), journey(2, 2, false));
    insta::assert_snapshot!("diagram_journey_2x2", journey_diagram(&s, &j));
    insta::assert_snapshot!("diagram_stakeholders_2x2", stakeholder_map(&s, &j));
}

/// The SVG drawn by usvg and resvg at 1x: width, height, RGBA pixels.
fn pixels(svg: &str) -> (u32, u32, Vec<u8>) {
    let tree = usvg::Tree::from_str(svg, &options()).expect("parses");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("a pixmap");
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    (size.width(), size.height(), pixmap.take())
}

/// Both forms of both diagrams of `j`: (inline, compact, kind).
fn forms(site: &Site, j: &Journey) -> [(String, String, &'static str); 2] {
    [
        (
            journey_diagram(site, j),
            journey_diagram_as(site, j, Form::Compact),
            "jd",
        ),
        (
            stakeholder_map(site, j),
            stakeholder_map_as(site, j, Form::Compact),
            "sm",
        ),
    ]
}

/// The compact form keeps no presentation attribute on an element (the backdrop rect
/// aside), scopes every style rule to its own root and draws exactly what the inline form
/// draws.
fn check_compact(inline: &str, compact: &str, prefix: &str) {
    assert!(compact.contains(&format!(" id=\"{prefix}root\"")));
    let style = &compact[compact.find("<style>\n").expect("a style") + 8
        ..compact.find("</style>").expect("its end")];
    for rule in style.lines() {
        assert!(rule.starts_with(&format!("#{prefix}root ._")), "{rule}");
    }
    for attr in [
        " fill=\"",
        " stroke=\"",
        " font-size=\"",
        " stroke-width=\"",
    ] {
        assert!(
            compact.matches(attr).count() <= 1,
            "{attr} left on an element"
        );
    }
    // Links to other pages (a stage's sub-journeys) aside, every reference is to the
    // diagram's own defs.
    for href in compact
        .split(" href=\"")
        .skip(1)
        .filter(|h| h.starts_with('#'))
    {
        assert!(href.starts_with(&format!("#{prefix}d")), "only own defs");
    }
    let (a, b) = (pixels(inline), pixels(compact));
    assert_eq!((a.0, a.1), (b.0, b.1));
    let differ =
        a.2.chunks(4)
            .zip(b.2.chunks(4))
            .filter(|(p, q)| p != q)
            .count();
    assert_eq!(differ, 0, "{prefix}: {differ} pixels differ");
}

#[test]
fn compact_form_is_smaller_and_draws_the_same() {
    for (n, m, long) in [(1, 1, false), (4, 3, true), (7, 8, false)] {
        let (s, j) = (site(m), journey(n, m, long));
        for (inline, compact, kind) in forms(&s, &j) {
            check_compact(&inline, &compact, &format!("wm-ct-purchase-{kind}-"));
            // (A one-stage map saves less than its style block costs.)
            if n > 1 {
                // (The inline form writes no default attribute either, so the saving is
                // a little under a fifth for a journey diagram.)
                let percent = if kind == "jd" { 82 } else { 90 };
                assert!(
                    compact.len() * 100 < inline.len() * percent,
                    "{kind} {n}x{m}: {} of {}",
                    compact.len(),
                    inline.len()
                );
            }
        }
    }
}

#[test]
fn example_pages_svgs_are_smaller_and_draw_the_same() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let site = waymark::pipeline::check_site(root, as_of)
        .site
        .expect("no errors");
    let (mut inline_total, mut compact_total) = (0, 0);
    for j in &site.journeys {
        for (inline, compact, kind) in forms(&site, j) {
            check_compact(&inline, &compact, &format!("wm-{}-{kind}-", j.id));
            inline_total += inline.len();
            compact_total += compact.len();
        }
    }
    assert!(
        compact_total * 10 < inline_total * 8,
        "{compact_total} vs {inline_total}"
    );
}

#[test]
fn snapshot_small_journey_compact() {
    let (s, j) = (site(2), journey(2, 2, false));
    insta::assert_snapshot!(
        "diagram_journey_2x2_compact",
        journey_diagram_as(&s, &j, Form::Compact)
    );
    insta::assert_snapshot!(
        "diagram_stakeholders_2x2_compact",
        stakeholder_map_as(&s, &j, Form::Compact)
    );
}

#[test]
fn journey_pages_carry_the_compact_form() {
    use waymark::pipeline::render_site;
    use waymark::render::ThemeFiles;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let site = waymark::pipeline::check_site(root, as_of)
        .site
        .expect("no errors");
    let files = render_site(&site, &ThemeFiles::builtin()).expect("renders");
    for j in &site.journeys {
        let path = format!("journeys/{}.html", j.id);
        let file = files.iter().find(|f| f.path == path).expect("a page");
        let html = std::str::from_utf8(&file.bytes).unwrap();
        let mut with_inline = html.len();
        for (inline, compact, _) in forms(&site, j) {
            assert!(html.contains(compact.trim_end()), "{path}: compact SVG");
            with_inline += inline.len();
            with_inline -= compact.len();
        }
        // The CT page: 155 KB with inline SVG, about 126 KB compact. (A three-stage map
        // saves less: its style block is a larger share.)
        if j.stages.len() >= 5 {
            assert!(html.len() * 100 < with_inline * 88, "{path}");
        }
    }
}

/// The centres of the emotion lane's markers of persona colour `color` (circles only).
fn circles(svg: &str, color: &str) -> Vec<(f32, f32, bool)> {
    svg.lines()
        .filter(|l| l.starts_with("<circle ") && l.contains(color))
        .map(|l| {
            let attr = |name: &str| -> f32 {
                let k = format!(" {name}=\"");
                let rest = &l[l.find(&k).unwrap() + k.len()..];
                rest[..rest.find('"').unwrap()].parse().unwrap()
            };
            (attr("cx"), attr("cy"), l.contains("fill=\"#FFFFFF\""))
        })
        .collect()
}

#[test]
fn step_emotions_draw_a_point_per_scored_action_in_order() {
    let s = site(2);
    let mut j = journey(3, 2, false);
    let first = j.personas[0].clone();
    // Stage 1: three scored actions of the first persona; stage 2: only its stage value;
    // stage 3: one whole-group action with an emotion.
    for (k, e) in [-2i8, 1, 2].into_iter().enumerate() {
        let mut a = j.stages[0].actions[0].clone();
        a.persona = Some(first.clone());
        a.text = format!("Step {k}");
        a.emotion = Some(e);
        j.stages[0].actions.push(a);
    }
    let mut group = j.stages[2].actions[0].clone();
    group.persona = None;
    group.emotion = Some(-1);
    j.stages[2].actions.push(group);
    let svg = journey_diagram_as(&s, &j, Form::Inline);
    parses(&svg);
    assert!(
        svg.contains("emotion at an action (step)"),
        "the key explains"
    );
    assert!(svg.contains("all roles (grey curve)"));
    assert!(
        svg.contains("−2 very negative"),
        "the action card shows the score"
    );
    j.stages[1].emotions = vec![waymark::model::Emotion {
        persona: first.clone(),
        score: 0,
    }];
    let svg = journey_diagram_as(&s, &j, Form::Inline);
    // The emotion lane: from its label down to the lane's height (4 gridline steps + padding).
    let label = svg
        .lines()
        .find(|l| l.ends_with(">Emotion</text>"))
        .unwrap();
    let k = label.find(" y=\"").unwrap() + 4;
    let top: f32 = label[k..k + label[k..].find('"').unwrap()].parse().unwrap();
    let pts: Vec<_> = circles(&svg, "#0072B2")
        .into_iter()
        .filter(|p| p.1 > top - 24.0 && p.1 < top + 120.0)
        .collect();
    // Step points (filled) inside column 1 in order, left to right; −2 is lowest (largest y).
    let steps: Vec<_> = pts.iter().filter(|p| !p.2).collect();
    assert!(steps.len() >= 3, "{pts:?}");
    assert!(
        steps[0].0 < steps[1].0 && steps[1].0 < steps[2].0,
        "{steps:?}"
    );
    assert!(
        steps[0].1 > steps[1].1 && steps[1].1 > steps[2].1,
        "{steps:?}"
    );
    // The stage value of stage 2 is hollow beside step points.
    assert!(pts.iter().any(|p| p.2), "{pts:?}");
}
