//! A journey's diagram pages (whole, or an overview and detail pages split by stage and
//! by lane) and its stakeholder-map page.

use super::{ACCENT, BOTTOM, Embed, M, MIN_SCALE, PAGE_W, Page, TOP};
use crate::diagram::drawing::{Anchor, Canvas, Drawing, Stroke};
use crate::diagram::palette::{HAIRLINE, INK, MUTED};
use crate::diagram::text::{Style, wrap_clamped};
use crate::diagram::{self, journey::COL_W};
use crate::model::{Journey, Site};

/// The names of the lanes `g` (indexes into [`LANES`]) in the site's language, joined.
fn lane_list(names: &[String; 9], g: &[usize]) -> String {
    g.iter()
        .map(|&l| names[l].as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The lanes of the journey diagram, top to bottom, as the diagram module draws them, with
/// their English names (which select lanes in `diagram::journey_diagram_lanes`).
const LANES: [&str; 9] = [
    "Actions",
    "Questions",
    "Touchpoints",
    "Emotion",
    "Pain points",
    "Decision moments",
    "Hand-offs",
    "Opportunities",
    "Metrics",
];

fn lane_count(s: &crate::model::Stage, lane: usize) -> usize {
    match lane {
        0 => s.actions.len(),
        1 => s.questions.len(),
        2 => s.touchpoints.len(),
        3 => s.emotions.len() + usize::from(s.has_step_emotions()),
        4 => s.pain_points.len(),
        5 => s.decision_moments.len(),
        6 => s.handoffs.len(),
        7 => s.opportunities.len(),
        _ => s.metrics.len(),
    }
}

fn clear_lane(s: &mut crate::model::Stage, lane: usize) {
    match lane {
        0 => s.actions.clear(),
        1 => s.questions.clear(),
        2 => s.touchpoints.clear(),
        3 => {
            s.emotions.clear();
            s.actions.iter_mut().for_each(|a| a.emotion = None);
        }
        4 => s.pain_points.clear(),
        5 => s.decision_moments.clear(),
        6 => s.handoffs.clear(),
        7 => s.opportunities.clear(),
        _ => s.metrics.clear(),
    }
}

/// The journey diagram, whole when it reads at [`MIN_SCALE`], else split into parts: by
/// stage when it is too wide, and by lane when it is too tall. Every part is the diagram of
/// the journey restricted to those stages and lanes, so it keeps the title, the persona
/// legend and the stage band, and is marked with what it shows.
pub(super) fn diagram_pages(site: &Site, j: &Journey, pages: &mut Vec<Page>) {
    let (cw, ch) = (PAGE_W - 2.0 * M, BOTTOM - TOP);
    let full = diagram::journey_drawing(site, j);
    let (w, h) = (full.width.max(1.0), full.height.max(1.0));
    let n = j.stages.len();
    let fit = (cw / w).min(ch / h);
    if fit >= MIN_SCALE || n == 0 {
        let mut page = Page::new(&site.config.labels.journey_map, &j.title);
        page.embed = Some(embed(full, cw));
        pages.push(page);
        return;
    }
    let chunks = stage_chunks(n, w, cw);
    let groups = lane_groups(j, &full, ch);
    let parts: Vec<Part> = chunks
        .iter()
        .flat_map(|&(a, b)| groups.iter().map(move |g| (a, b, g.clone())))
        .collect();
    let split = (chunks.len() > 1, groups.len() > 1);
    pages.push(overview_page(site, j, full, fit, &parts, split));
    for (k, part) in parts.iter().enumerate() {
        pages.push(detail_page(site, j, part, (k + 1, parts.len()), split));
    }
}

/// One detail page's share of the map: stages `a..b` and the lanes (indexes into
/// [`LANES`]).
type Part = (usize, usize, Vec<usize>);

/// A diagram placed in the content area, `w` wide.
fn embed(drawing: Drawing, w: f32) -> Embed {
    Embed {
        drawing,
        x: M,
        y: TOP,
        w,
        h: BOTTOM - TOP,
    }
}

/// Stage chunks of an `n`-stage map `w` wide: as many stages as fit `cw` at
/// [`MIN_SCALE`], balanced; `(first, end)` each.
fn stage_chunks(n: usize, w: f32, cw: f32) -> Vec<(usize, usize)> {
    let fixed = w - n as f32 * COL_W;
    let per = ((cw / MIN_SCALE - fixed) / COL_W).floor().max(1.0) as usize;
    let parts = n.div_ceil(per.min(n));
    let per = n.div_ceil(parts);
    (0..n).step_by(per).map(|a| (a, (a + per).min(n))).collect()
}

/// Lane groups: the lanes the map draws, packed greedily by the heights of the full
/// drawing's lane extents into the height `ch` holds at [`MIN_SCALE`]; one group of all
/// lanes when the map is not too tall.
fn lane_groups(j: &Journey, full: &Drawing, ch: f32) -> Vec<Vec<usize>> {
    let present: Vec<usize> = (0..LANES.len())
        .filter(|&l| j.stages.iter().any(|s| lane_count(s, l) > 0))
        .collect();
    if full.lanes.len() != present.len() || full.height <= ch / MIN_SCALE {
        return vec![present];
    }
    let heights: Vec<f32> = full.lanes.iter().map(|b| b.end - b.start).collect();
    let base = full.height - heights.iter().sum::<f32>();
    let room = (ch / MIN_SCALE - base).max(1.0);
    let mut groups: Vec<(Vec<usize>, f32)> = Vec::new();
    for (lane, lh) in present.iter().zip(&heights) {
        match groups.last_mut() {
            Some((g, used)) if *used + lh <= room => {
                g.push(*lane);
                *used += lh;
            }
            _ => groups.push((vec![*lane], *lh)),
        }
    }
    groups.into_iter().map(|(g, _)| g).collect()
}

/// What a part shows, in the site's language: its stages (`Stages 1–4`, or with `of` the
/// total, `Stages 1–4 of 8`) when the map is split by stage, its lanes when split by lane.
fn part_label(site: &Site, part: &Part, of: Option<usize>, split: (bool, bool)) -> Vec<String> {
    let ui = &site.config.ui;
    let (a, b, g) = part;
    let mut d = Vec::new();
    if split.0 {
        let (from, to) = ((a + 1).to_string(), b.to_string());
        d.push(match (a + 1 == *b, of) {
            (true, None) => ui.t_args("deck-stage", &[("n", &to)]),
            (false, None) => ui.t_args("deck-stages", &[("from", &from), ("to", &to)]),
            (true, Some(n)) => ui.t_args("deck-stage-of", &[("n", &to), ("total", &n.to_string())]),
            (false, Some(n)) => {
                let n = n.to_string();
                ui.t_args(
                    "deck-stages-of",
                    &[("from", &from), ("to", &to), ("total", &n)],
                )
            }
        });
    }
    if split.1 {
        d.push(lane_list(&site.config.labels.lanes, g));
    }
    d
}

/// The whole map first, scaled to fit: the shape of the journey at a glance, with its
/// facts and the list of detail pages beside a map scaled by its height.
fn overview_page(
    site: &Site,
    j: &Journey,
    full: Drawing,
    fit: f32,
    parts: &[Part],
    split: (bool, bool),
) -> Page {
    let ui = &site.config.ui;
    let cw = PAGE_W - 2.0 * M;
    let mut overview = Page::new(&site.config.labels.journey_map, &j.title);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("total", parts.len());
    overview.note = ui.format("deck-overview", Some(&args));
    let dw = full.width * fit;
    let details: Vec<String> = parts
        .iter()
        .map(|p| part_label(site, p, None, split).join(" · "))
        .collect();
    if cw - dw >= 300.0 {
        let px = M + dw + 40.0;
        let pw = (PAGE_W - M - px).min(400.0);
        overview.body = overview_panel(site, j, &details, px, pw);
        overview.embed = Some(embed(full, dw));
    } else {
        overview.embed = Some(embed(full, cw));
    }
    overview
}

/// The journey restricted to a part's stages and lanes. The overview carries segment,
/// scope and goal; the parts keep only the title.
fn part_journey(j: &Journey, (a, b, g): &Part) -> Journey {
    let mut part = j.clone();
    part.segment = None;
    part.scope = None;
    part.goal = None;
    part.stages = j.stages[*a..*b].to_vec();
    for st in &mut part.stages {
        for l in 0..LANES.len() {
            if l == 0 && !g.contains(&0) && g.contains(&3) {
                // The emotion lane draws the actions' step-level emotions: keep the scored
                // actions (without evidence, which the key would count); the actions lane
                // itself is left out by the drawing's lane selection.
                st.actions.retain(|a| a.emotion.is_some());
                st.actions.iter_mut().for_each(|a| a.evidence = None);
            } else if !g.contains(&l) {
                clear_lane(st, l);
            }
        }
    }
    part
}

/// Detail page `k` of `total`: the part's diagram, marked with what it shows.
fn detail_page(
    site: &Site,
    j: &Journey,
    part: &Part,
    (k, total): (usize, usize),
    split: (bool, bool),
) -> Page {
    let ui = &site.config.ui;
    let shown: Vec<&str> = part.2.iter().map(|&l| LANES[l]).collect();
    let drawing = diagram::journey_drawing_lanes(site, &part_journey(j, part), &shown);
    let mut page = Page::new(&site.config.labels.journey_map, &j.title);
    let mut note = part_label(site, part, Some(j.stages.len()), split);
    let (k_s, total_s) = (k.to_string(), total.to_string());
    note.push(ui.t_args("deck-detail-of", &[("k", &k_s), ("total", &total_s)]));
    if k > 1 {
        note.push(ui.t("deck-continued"));
    }
    page.note = note.join(" · ");
    if k < total {
        let mut s = Canvas::new();
        let more = ui.t("deck-continues");
        s.text(
            PAGE_W - M,
            35.0,
            Style::SMALL_BOLD,
            ACCENT,
            Anchor::End,
            &more,
        );
        page.body = s;
    }
    page.embed = Some(embed(drawing, PAGE_W - 2.0 * M));
    page
}

/// The panel beside an overview: the map's facts and its detail pages, in order.
fn overview_panel(site: &Site, j: &Journey, details: &[String], x: f32, w: f32) -> Canvas {
    let ui = &site.config.ui;
    let mut s = Canvas::new();
    let mut y = TOP + 8.0;
    let mut facts: Vec<(String, String)> = Vec::new();
    if let Some(v) = &j.segment {
        facts.push((ui.t("label-segment"), v.clone()));
    }
    if let Some(v) = &j.scope {
        facts.push((ui.t("label-scope"), v.clone()));
    }
    if let Some(v) = &j.goal {
        facts.push((ui.t("label-goal"), v.clone()));
    }
    facts.push((
        ui.t("label-owner"),
        j.owner.clone().unwrap_or_else(|| ui.t("badge-no-owner")),
    ));
    facts.push((
        ui.t("deck-reviewed"),
        j.reviewed
            .map_or_else(|| ui.t("label-never"), |d| ui.date_short(d)),
    ));
    facts.push((ui.t("label-stages"), j.stages.len().to_string()));
    for (k, v) in facts {
        s.text(
            x,
            y + 10.0,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &k.to_uppercase(),
        );
        let lines = wrap_clamped(&v, Style::BODY, w, 3);
        s.lines(x, y + 14.0, Style::BODY, INK, &lines);
        y += 14.0 + lines.len() as f32 * Style::BODY.line + 10.0;
    }
    y += 8.0;
    s.text(
        x,
        y + 10.0,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        &ui.t("deck-detail-pages").to_uppercase(),
    );
    y += 18.0;
    let room = ((BOTTOM - y - 18.0) / 22.0).floor().max(1.0) as usize;
    for (i, d) in details.iter().enumerate().take(room) {
        s.line(x, y, x + w, y, Stroke::new(HAIRLINE, 1.0));
        s.text(
            x,
            y + 15.0,
            Style::SMALL_BOLD,
            ACCENT,
            Anchor::Start,
            &format!("{}", i + 1),
        );
        let t = wrap_clamped(d, Style::SMALL, w - 24.0, 1).join("");
        s.text(x + 24.0, y + 15.0, Style::SMALL, INK, Anchor::Start, &t);
        y += 22.0;
    }
    if details.len() > room {
        let rest = details.len() - room;
        s.text(
            x + 24.0,
            y + 14.0,
            Style::SMALL,
            MUTED,
            Anchor::Start,
            &ui.t_n("deck-and-more", rest as i64),
        );
    }
    s
}

pub(super) fn stakeholder_page(site: &Site, j: &Journey, pages: &mut Vec<Page>) {
    let drawing = diagram::stakeholder_drawing(site, j);
    if drawing.is_empty() {
        return;
    }
    let mut page = Page::new(&site.config.labels.stakeholder_map, &j.title);
    page.embed = Some(Embed {
        drawing,
        x: M,
        y: TOP,
        w: PAGE_W - 2.0 * M,
        h: BOTTOM - TOP,
    });
    pages.push(page);
}
