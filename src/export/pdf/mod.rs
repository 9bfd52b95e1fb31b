//! The PDF deck: 16:9 slides (960 × 540 pt), each a [`Drawing`] with the diagrams placed
//! in it.
//!
//! Pages, in order: a title page (site title, the newest `reviewed` date of the input, never
//! the clock, and the contents); per journey a diagram page (scaled to fit; a map too wide to
//! stay readable is split by stage over several pages, each marked "continued"), a
//! stakeholder-map page and a content-plan page (split by stage when its rows do not fit);
//! then a one-page profile per persona of the selected journeys. Every page but the title has
//! a footer with the site and journey title and the page number.
//!
//! Every page is drawn by this module (1 drawing unit = 1 pt) with the diagrams' own
//! drawings embedded, scaled to fit; text is set in the two embedded Inter faces (and the
//! fallback faces of [`crate::fonts`]), embedded as real text so that `pdftotext` finds
//! every label. Pages in Inter only go through the cached writer ([`cached`], pdf-writer);
//! a deck with other faces is written whole with krilla, which subsets any font. The file
//! is deterministic: no creation date, and the document id is a hash of the content.

use krilla::destination::XyzDestination;
use krilla::geom::{Point, Size};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::{Document, SerializeSettings};

use super::cache::ExportCache;
use super::scene::{Fonts, Scene};
use super::{ExportError, par};
use crate::diagram::drawing::{Anchor, Canvas, Color, Drawing, Paint, Stroke};
use crate::diagram::palette::{HAIRLINE, INK, MUTED, WARN};
use crate::diagram::text::{Style, Weight, width, wrap, wrap_clamped};
use crate::diagram::{self, journey::COL_W};
use crate::model::{AssetStatus, Journey, Persona, Site};
use crate::views::{persona as persona_view, plan};

/// Page width in pt.
pub const PAGE_W: f32 = 960.0;
/// Page height in pt.
pub const PAGE_H: f32 = 540.0;
/// Side margin.
const M: f32 = 40.0;
/// Top of the content area.
const TOP: f32 = 56.0;
/// Bottom of the content area.
const BOTTOM: f32 = 500.0;
/// A diagram is split when fitting it whole would scale it below this: 13 px card text stays
/// at 6.5 pt or more, which reads on a screen or a projected slide at full size.
pub const MIN_SCALE: f32 = 0.5;

const DISPLAY: Style = Style {
    size: 36.0,
    weight: Weight::SemiBold,
    line: 44.0,
};
const LEAD: Style = Style {
    size: 16.0,
    weight: Weight::Regular,
    line: 24.0,
};
const H2: Style = Style {
    size: 22.0,
    weight: Weight::SemiBold,
    line: 30.0,
};
const ACCENT: &str = "#0B4F7C";

/// A diagram placed on a page, scaled to fit its box (never enlarged), centred across it.
struct Embed {
    drawing: Drawing,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

/// One slide before it is drawn.
struct Page {
    /// Small-caps label at the top left ("JOURNEY MAP", "CONTENT PLAN", …).
    section: String,
    /// Right of the label: e.g. "Stages 1–4 of 8 · continued".
    note: String,
    /// Footer text (journey title or persona name); empty on the title page.
    footer: String,
    /// Page body, in page coordinates.
    body: Canvas,
    /// A diagram to place on top.
    embed: Option<Embed>,
}

impl Page {
    fn new(section: &str, footer: &str) -> Self {
        Page {
            section: section.to_string(),
            note: String::new(),
            footer: footer.to_string(),
            body: Canvas::new(),
            embed: None,
        }
    }
}

mod cached;

/// The deck of `journeys` (and of the personas they list) as PDF bytes.
pub fn deck(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    deck_cached(site, journeys, &ExportCache::off())
}

/// [`deck`], taking the pages of each journey section and each persona page whose input
/// did not change from `cache` (and keeping the ones it draws there). Same bytes with and
/// without the cache. A deck with a page outside the drawing fast path (right-to-left
/// text) is drawn whole with krilla instead, and not cached.
pub fn deck_cached(
    site: &Site,
    journeys: &[&Journey],
    cache: &ExportCache,
) -> Result<Vec<u8>, ExportError> {
    if let Some(bytes) = cached::deck(site, journeys, cache)? {
        return Ok(bytes);
    }
    let (pages, outline) = lay_out(site, journeys);
    render(site, pages, &outline)
}

/// The deck's pages in order, and its outline: `(title, page index)` per section.
fn lay_out(site: &Site, journeys: &[&Journey]) -> (Vec<Page>, Vec<(String, usize)>) {
    let mut pages: Vec<Page> = Vec::new();
    let mut outline: Vec<(String, usize)> = Vec::new();
    pages.push(Page::new("", "")); // the title page, filled once the contents are known
    let mut contents: Vec<(String, usize)> = Vec::new();
    // The journeys' pages are independent: lay them out on every core, keep their order.
    use rayon::prelude::*;
    let per_journey: Vec<Vec<Page>> = journeys
        .par_iter()
        .map(|j| {
            let mut v = Vec::new();
            diagram_pages(site, j, &mut v);
            stakeholder_page(site, j, &mut v);
            plan_pages(site, j, &mut v);
            v
        })
        .collect();
    for (j, v) in journeys.iter().zip(per_journey) {
        contents.push((j.title.clone(), pages.len()));
        outline.push((j.title.clone(), pages.len()));
        pages.extend(v);
    }
    let mut personas: Vec<&Persona> = Vec::new();
    for p in &site.personas {
        if journeys.iter().any(|j| j.personas.contains(&p.id)) {
            personas.push(p);
        }
    }
    if !personas.is_empty() {
        let heading = site.config.ui.t("label-personas");
        contents.push((heading.clone(), pages.len()));
        outline.push((heading, pages.len()));
    }
    for p in &personas {
        persona_page(site, p, journeys, &mut pages);
    }
    pages[0] = title_page(site, journeys, &contents);
    (pages, outline)
}

/// The newest `reviewed` date of the journeys: the deck's date.
fn newest_review(journeys: &[&Journey]) -> Option<chrono::NaiveDate> {
    journeys.iter().filter_map(|j| j.reviewed).max()
}

fn title_page(site: &Site, journeys: &[&Journey], contents: &[(String, usize)]) -> Page {
    let mut page = Page::new("", "");
    let mut s = Canvas::new();
    s.rect(0.0, 0.0, 12.0, PAGE_H, 0.0, Paint::fill(ACCENT));
    let left = 72.0;
    let col = 470.0;
    let mut y = 120.0;
    s.text(
        left,
        y,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        &site.config.ui.t("deck-journey-maps").to_uppercase(),
    );
    y += 16.0;
    let title = wrap_clamped(&site.config.title, DISPLAY, col, 3);
    s.lines(left, y, DISPLAY, INK, &title);
    y += title.len() as f32 * DISPLAY.line + 12.0;
    if let Some(d) = &site.config.description {
        let lines = wrap_clamped(d, LEAD, col, 4);
        s.lines(left, y, LEAD, MUTED, &lines);
        y += lines.len() as f32 * LEAD.line + 12.0;
    }
    y += 16.0;
    s.line(left, y, left + 64.0, y, Stroke::new(ACCENT, 3.0));
    y += 28.0;
    let personas: usize = site
        .personas
        .iter()
        .filter(|p| journeys.iter().any(|j| j.personas.contains(&p.id)))
        .count();
    let ui = &site.config.ui;
    let mut counts = fluent_bundle::FluentArgs::new();
    counts.set("journeys", journeys.len());
    counts.set("personas", personas);
    let facts = [
        (
            ui.t("deck-maps"),
            ui.format("deck-maps-count", Some(&counts)),
        ),
        (
            ui.t("deck-reviewed"),
            newest_review(journeys).map_or_else(
                || ui.t("deck-not-reviewed"),
                |d| ui.t_args("deck-latest-review", &[("date", &ui.date_short(d))]),
            ),
        ),
    ];
    for (k, v) in facts {
        s.text(
            left,
            y,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &k.to_uppercase(),
        );
        s.text(left + 90.0, y, Style::BODY, INK, Anchor::Start, &v);
        y += 24.0;
    }
    // Contents, right column.
    let cx = 600.0;
    let cw = PAGE_W - cx - 56.0;
    let mut cy = 120.0;
    let heading = site.config.ui.t("deck-contents").to_uppercase();
    s.text(cx, cy, Style::SMALL_BOLD, MUTED, Anchor::Start, &heading);
    cy += 14.0;
    let max_rows = ((BOTTOM - cy) / 26.0).floor() as usize;
    let shown = contents.len().min(max_rows.max(1));
    for (title, page_index) in contents.iter().take(shown) {
        s.line(cx, cy, cx + cw, cy, Stroke::new(HAIRLINE, 1.0));
        let t = wrap_clamped(title, Style::BODY, cw - 40.0, 1);
        s.lines(cx, cy + 4.0, Style::BODY, INK, &t);
        s.text(
            cx + cw,
            cy + 4.0 + Style::BODY.baseline(),
            Style::BODY,
            MUTED,
            Anchor::End,
            &(page_index + 1).to_string(),
        );
        cy += 26.0;
    }
    if contents.len() > shown {
        s.text(
            cx,
            cy + 16.0,
            Style::SMALL,
            MUTED,
            Anchor::Start,
            &site
                .config
                .ui
                .t_n("deck-and-more", (contents.len() - shown) as i64),
        );
    }
    page.body = s;
    page
}

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
fn diagram_pages(site: &Site, j: &Journey, pages: &mut Vec<Page>) {
    let (cw, ch) = (PAGE_W - 2.0 * M, BOTTOM - TOP);
    let full = diagram::journey_drawing(site, j);
    let (w, h) = (full.width.max(1.0), full.height.max(1.0));
    let n = j.stages.len();
    let fit = (cw / w).min(ch / h);
    if fit >= MIN_SCALE || n == 0 {
        let mut page = Page::new(&site.config.labels.journey_map, &j.title);
        page.embed = Some(Embed {
            drawing: full,
            x: M,
            y: TOP,
            w: cw,
            h: ch,
        });
        pages.push(page);
        return;
    }
    // Stage chunks: as many stages as fit the width at MIN_SCALE, balanced.
    let fixed = w - n as f32 * COL_W;
    let per = ((cw / MIN_SCALE - fixed) / COL_W).floor().max(1.0) as usize;
    let parts = n.div_ceil(per.min(n));
    let per = n.div_ceil(parts);
    let chunks: Vec<(usize, usize)> = (0..n).step_by(per).map(|a| (a, (a + per).min(n))).collect();
    // Lane groups: lane heights from the full diagram's lane extents, packed greedily into
    // the height that reads at MIN_SCALE.
    let present: Vec<usize> = (0..LANES.len())
        .filter(|&l| j.stages.iter().any(|s| lane_count(s, l) > 0))
        .collect();
    let groups: Vec<Vec<usize>> = if full.lanes.len() == present.len() && h > ch / MIN_SCALE {
        let heights: Vec<f32> = full.lanes.iter().map(|b| b.end - b.start).collect();
        let base = h - heights.iter().sum::<f32>();
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
    } else {
        vec![present.clone()]
    };
    let total = chunks.len() * groups.len();
    // The whole map first, scaled to fit: the shape of the journey at a glance.
    let ui = &site.config.ui;
    let lane_names = &site.config.labels.lanes;
    let mut overview = Page::new(&site.config.labels.journey_map, &j.title);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("total", total);
    overview.note = ui.format("deck-overview", Some(&args));
    // Beside a map that is scaled by its height: the facts and the list of detail pages.
    let dw = w * fit;
    let mut details: Vec<String> = Vec::new();
    for &(a, b) in &chunks {
        for g in &groups {
            let mut d = Vec::new();
            if chunks.len() > 1 {
                d.push(if a + 1 == b {
                    ui.t_args("deck-stage", &[("n", &b.to_string())])
                } else {
                    let from = (a + 1).to_string();
                    ui.t_args("deck-stages", &[("from", &from), ("to", &b.to_string())])
                });
            }
            if groups.len() > 1 {
                d.push(lane_list(lane_names, g));
            }
            details.push(d.join(" · "));
        }
    }
    if cw - dw >= 300.0 {
        let px = M + dw + 40.0;
        let pw = (PAGE_W - M - px).min(400.0);
        overview.body = overview_panel(site, j, &details, px, pw);
        overview.embed = Some(Embed {
            drawing: full,
            x: M,
            y: TOP,
            w: dw,
            h: ch,
        });
    } else {
        overview.embed = Some(Embed {
            drawing: full,
            x: M,
            y: TOP,
            w: cw,
            h: ch,
        });
    }
    pages.push(overview);
    let mut k = 0;
    for &(a, b) in &chunks {
        for g in &groups {
            k += 1;
            let mut part = j.clone();
            // The overview carries segment, scope and goal; the parts keep only the title.
            part.segment = None;
            part.scope = None;
            part.goal = None;
            part.stages = j.stages[a..b].to_vec();
            for st in &mut part.stages {
                for l in 0..LANES.len() {
                    if l == 0 && !g.contains(&0) && g.contains(&3) {
                        // The emotion lane draws the actions' step-level emotions: keep the
                        // scored actions (without evidence, which the key would count);
                        // the actions lane itself is left out below.
                        st.actions.retain(|a| a.emotion.is_some());
                        st.actions.iter_mut().for_each(|a| a.evidence = None);
                    } else if !g.contains(&l) {
                        clear_lane(st, l);
                    }
                }
            }
            let shown: Vec<&str> = g.iter().map(|&l| LANES[l]).collect();
            let drawing = diagram::journey_drawing_lanes(site, &part, &shown);
            let mut page = Page::new(&site.config.labels.journey_map, &j.title);
            let mut note = Vec::new();
            let (n_s, b_s, total_s) = (n.to_string(), b.to_string(), total.to_string());
            if chunks.len() > 1 {
                note.push(if a + 1 == b {
                    ui.t_args("deck-stage-of", &[("n", &b_s), ("total", &n_s)])
                } else {
                    let from = (a + 1).to_string();
                    let args = [("from", from.as_str()), ("to", &b_s), ("total", &n_s)];
                    ui.t_args("deck-stages-of", &args)
                });
            }
            if groups.len() > 1 {
                note.push(lane_list(lane_names, g));
            }
            let k_s = k.to_string();
            note.push(ui.t_args("deck-detail-of", &[("k", &k_s), ("total", &total_s)]));
            if k > 1 {
                note.push(ui.t("deck-continued"));
            }
            page.note = note.join(" · ");
            if k < total {
                let mut s = Canvas::new();
                s.text(
                    PAGE_W - M,
                    35.0,
                    Style::SMALL_BOLD,
                    ACCENT,
                    Anchor::End,
                    &ui.t("deck-continues"),
                );
                page.body = s;
            }
            page.embed = Some(Embed {
                drawing,
                x: M,
                y: TOP,
                w: cw,
                h: ch,
            });
            pages.push(page);
        }
    }
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

fn stakeholder_page(site: &Site, j: &Journey, pages: &mut Vec<Page>) {
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

/// Fill, text colour and label of an asset status chip.
pub fn status_style(s: AssetStatus) -> (&'static str, &'static str) {
    match s {
        AssetStatus::Idea => ("#F3F4F6", "#3E4C59"),
        AssetStatus::Planned => ("#D7ECF9", "#0B4F7C"),
        AssetStatus::InProgress => ("#FFF1C7", "#7A4D00"),
        AssetStatus::InReview => ("#EBE3F7", "#4F3782"),
        AssetStatus::Approved => ("#CDEBDA", "#1D5C38"),
        AssetStatus::Published => ("#2F8152", "#FFFFFF"),
        AssetStatus::Retired => ("#E4E7EB", "#52606D"),
    }
}

/// The content plan of a journey: stages as rows, personas as columns.
fn plan_pages(site: &Site, j: &Journey, pages: &mut Vec<Page>) {
    let ui = &site.config.ui;
    let p = plan::journey_plan(site, j);
    let cols = p.personas.len().max(1);
    let stage_w = 150.0;
    let table_w = PAGE_W - 2.0 * M;
    let col_w = (table_w - stage_w) / cols as f32;
    let chip_w = col_w - 12.0;
    let head_lines: Vec<Vec<String>> = p
        .personas
        .iter()
        .map(|x| wrap_clamped(&x.name, Style::SMALL_BOLD, col_w - 12.0, 2))
        .collect();
    let head_h =
        head_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * Style::SMALL_BOLD.line + 12.0;
    let legend_h = 28.0;
    let top = TOP + 36.0;
    let avail = BOTTOM - top - head_h - legend_h;
    // Lay out every cell: chips of (lines, status) or a gap / inactive mark.
    enum Cell {
        Chips(Vec<(Vec<String>, AssetStatus, bool)>),
        Gap,
        Inactive,
        Empty,
    }
    const CHIP_H: f32 = 18.0;
    const LINE: f32 = 13.0;
    let chip_h = |lines: usize| CHIP_H + lines.saturating_sub(1) as f32 * LINE;
    const MAX_CHIPS: usize = 3;
    let rows: Vec<(Vec<String>, Vec<Cell>, f32)> = p
        .rows
        .iter()
        .map(|r| {
            let cells: Vec<Cell> = r
                .cells
                .iter()
                .map(|c| {
                    if !c.assets.is_empty() {
                        Cell::Chips(
                            c.assets
                                .iter()
                                .map(|a| {
                                    (
                                        wrap_clamped(&a.title, Style::SMALL, chip_w - 14.0, 2),
                                        a.status,
                                        a.expired,
                                    )
                                })
                                .collect(),
                        )
                    } else if c.gap {
                        Cell::Gap
                    } else if !c.active {
                        Cell::Inactive
                    } else {
                        Cell::Empty
                    }
                })
                .collect();
            let name = wrap_clamped(&r.stage_name, Style::BODY_BOLD, stage_w - 16.0, 2);
            let content_h = cells
                .iter()
                .map(|c| match c {
                    Cell::Chips(v) => {
                        let shown: f32 = v
                            .iter()
                            .take(MAX_CHIPS)
                            .map(|c| chip_h(c.0.len()) + 3.0)
                            .sum();
                        shown + if v.len() > MAX_CHIPS { 14.0 } else { 0.0 }
                    }
                    _ => 20.0,
                })
                .fold(name.len() as f32 * Style::BODY_BOLD.line, f32::max);
            (name, cells, content_h + 10.0)
        })
        .collect();
    // Paginate rows.
    let mut groups: Vec<Vec<usize>> = vec![Vec::new()];
    let mut used = 0.0;
    for (i, r) in rows.iter().enumerate() {
        if used + r.2 > avail && !groups.last().is_some_and(Vec::is_empty) {
            groups.push(Vec::new());
            used = 0.0;
        }
        used += r.2;
        groups.last_mut().expect("a group").push(i);
    }
    let total = groups.len();
    for (k, group) in groups.iter().enumerate() {
        let mut page = Page::new(&ui.t("label-content-plan"), &j.title);
        if total > 1 {
            let (k_s, total_s) = ((k + 1).to_string(), total.to_string());
            page.note = ui.t_args("deck-part-of", &[("k", &k_s), ("total", &total_s)]);
            if k > 0 {
                page.note = format!("{} · {}", page.note, ui.t("deck-continued"));
            }
        }
        let mut s = Canvas::new();
        s.text(
            M,
            TOP + 20.0,
            H2,
            INK,
            Anchor::Start,
            &ui.t("deck-content-by-stage"),
        );
        let mut counts = fluent_bundle::FluentArgs::new();
        counts.set("gaps", p.gaps);
        counts.set("cells", p.cells);
        let summary = ui.format("plan-gaps-in-cells", Some(&counts));
        s.text(
            PAGE_W - M,
            TOP + 20.0,
            Style::BODY,
            if p.gaps > 0 { WARN } else { MUTED },
            Anchor::End,
            &summary,
        );
        let mut y = top;
        // Header row.
        s.text(
            M + 8.0,
            y + 6.0 + Style::SMALL_BOLD.baseline(),
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &ui.t("label-stage").to_uppercase(),
        );
        for (ci, lines) in head_lines.iter().enumerate() {
            let x = M + stage_w + ci as f32 * col_w + 6.0;
            s.lines(x, y + 6.0, Style::SMALL_BOLD, INK, lines);
        }
        y += head_h;
        s.line(M, y, M + table_w, y, Stroke::new(MUTED, 1.0));
        for &ri in group {
            let (name, cells, h) = &rows[ri];
            s.lines(M + 8.0, y + 6.0, Style::BODY_BOLD, INK, name);
            for (ci, cell) in cells.iter().enumerate() {
                let x = M + stage_w + ci as f32 * col_w + 6.0;
                let mut cy = y + 6.0;
                match cell {
                    Cell::Chips(chips) => {
                        for (lines, status, expired) in
                            chips.iter().take(if chips.len() > MAX_CHIPS {
                                MAX_CHIPS
                            } else {
                                chips.len()
                            })
                        {
                            let (fill, fg) = status_style(*status);
                            let mut paint = Paint::fill(fill);
                            if *expired {
                                paint = paint.with_stroke(Stroke::new(WARN, 1.0));
                            }
                            let h = chip_h(lines.len());
                            s.rect(x, cy, chip_w, h, 3.0, paint);
                            for (li, l) in lines.iter().enumerate() {
                                s.text(
                                    x + 7.0,
                                    cy + 12.5 + li as f32 * LINE,
                                    Style::SMALL,
                                    fg,
                                    Anchor::Start,
                                    l,
                                );
                            }
                            cy += h + 3.0;
                        }
                        if chips.len() > MAX_CHIPS {
                            s.text(
                                x + 2.0,
                                cy + 10.0,
                                Style::SMALL,
                                MUTED,
                                Anchor::Start,
                                &format!("+{} more", chips.len() - MAX_CHIPS),
                            );
                        }
                    }
                    Cell::Gap => {
                        let edge = Stroke::new("#F2C7B5", 1.0).dash(&[3.0, 2.0]);
                        let paint = Paint::fill("#FDEEE8").with_stroke(edge);
                        s.rect(x, cy, chip_w, CHIP_H, 3.0, paint);
                        s.text(
                            x + 7.0,
                            cy + 12.5,
                            Style::SMALL_BOLD,
                            WARN,
                            Anchor::Start,
                            &ui.t("deck-gap"),
                        );
                    }
                    Cell::Inactive => {
                        s.text(
                            x + 2.0,
                            cy + 12.5,
                            Style::SMALL,
                            "#7B8794",
                            Anchor::Start,
                            "not active",
                        );
                    }
                    Cell::Empty => {
                        s.text(
                            x + 2.0,
                            cy + 12.5,
                            Style::SMALL,
                            "#7B8794",
                            Anchor::Start,
                            "—",
                        );
                    }
                }
            }
            y += h;
            s.line(M, y, M + table_w, y, Stroke::new(HAIRLINE, 1.0));
        }
        // Legend.
        let mut lx = M;
        let ly = BOTTOM - 16.0;
        // Retired assets are not planned: no swatch for them.
        for st in AssetStatus::ALL
            .into_iter()
            .filter(|s| *s != AssetStatus::Retired)
        {
            let (fill, fg) = status_style(st);
            let w = width(st.label(), Style::SMALL) + 16.0;
            s.rect(lx, ly, w, 16.0, 3.0, Paint::fill(fill));
            s.text(
                lx + 8.0,
                ly + 11.5,
                Style::SMALL,
                fg,
                Anchor::Start,
                st.label(),
            );
            lx += w + 6.0;
        }
        s.rect(
            lx + 8.0,
            ly,
            16.0,
            16.0,
            3.0,
            Paint::fill("#FFFFFF").with_stroke(Stroke::new(WARN, 1.0)),
        );
        s.text(
            lx + 30.0,
            ly + 11.5,
            Style::SMALL,
            MUTED,
            Anchor::Start,
            "approval expired",
        );
        page.body = s;
        pages.push(page);
    }
}

/// A bulleted list in a box of width `w` from `y`, at most `max_y`; returns the y below it.
/// A bulleted list of `items` from `(x, y)`, `w` wide, cut with "and N more" (in the
/// language of `ui`) before `max_y`; returns the y below it.
fn bullets(
    ui: &crate::i18n::Catalogue,
    s: &mut Canvas,
    items: &[String],
    (x, y, w, max_y): (f32, f32, f32, f32),
) -> f32 {
    let mut y = y;
    for (i, item) in items.iter().enumerate() {
        let lines = wrap(item, Style::BODY, w - 14.0);
        let h = lines.len() as f32 * Style::BODY.line;
        if y + h > max_y {
            let rest = items.len() - i;
            s.text(
                x,
                y + Style::SMALL.baseline(),
                Style::SMALL,
                MUTED,
                Anchor::Start,
                &ui.t_n("deck-and-more", rest as i64),
            );
            return y + Style::SMALL.line;
        }
        s.circle(x + 3.0, y + Style::BODY.line / 2.0, 2.5, Paint::fill(MUTED));
        s.lines(x + 14.0, y, Style::BODY, INK, &lines);
        y += h + 4.0;
    }
    y
}

fn persona_page(site: &Site, p: &Persona, journeys: &[&Journey], pages: &mut Vec<Page>) {
    let ui = &site.config.ui;
    let mut page = Page::new(&ui.t("label-persona"), &p.name);
    let mut s = Canvas::new();
    let side_w = 280.0;
    let mut y = TOP + 4.0;
    let name = wrap_clamped(&p.name, H2, side_w, 2);
    s.lines(M, y, H2, INK, &name);
    y += name.len() as f32 * H2.line + 2.0;
    if let Some(r) = &p.role {
        let lines = wrap_clamped(r, Style::BODY, side_w, 2);
        s.lines(M, y, Style::BODY, MUTED, &lines);
        y += lines.len() as f32 * Style::BODY.line;
    }
    y += 10.0;
    let mut x = M;
    let role = p
        .buying_role
        .map(|b| site.config.labels.buying_roles[b as usize].clone());
    for label in [p.kind.clone(), role].into_iter().flatten() {
        let w = width(&label, Style::SMALL_BOLD) + 16.0;
        s.rect(x, y, w, 20.0, 10.0, Paint::fill("#E9EEF4"));
        s.text(
            x + 8.0,
            y + 14.0,
            Style::SMALL_BOLD,
            "#3E4C59",
            Anchor::Start,
            &label,
        );
        x += w + 6.0;
    }
    y += 36.0;
    if let Some(q) = &p.quote {
        let lines = wrap_clamped(&format!("“{q}”"), LEAD, side_w - 16.0, 5);
        let h = lines.len() as f32 * LEAD.line;
        s.rect(M, y, 3.0, h, 0.0, Paint::fill(ACCENT));
        s.lines(M + 16.0, y, LEAD, INK, &lines);
        y += h + 20.0;
    }
    if !p.channels.is_empty() {
        s.text(
            M,
            y + 10.0,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            "PREFERRED CHANNELS",
        );
        let lines = wrap(&p.channels.join(" · "), Style::BODY, side_w);
        s.lines(M, y + 16.0, Style::BODY, INK, &lines);
        y += 16.0 + lines.len() as f32 * Style::BODY.line + 16.0;
    }
    // Where the persona appears.
    let view = persona_view::persona_view(site, &p.id);
    let inv: Vec<String> = view
        .journeys
        .iter()
        .filter(|v| journeys.iter().any(|j| j.id == v.journey_id))
        .map(|v| match &v.enters_at {
            Some(st) => format!("{} — enters at {st}", v.journey_title),
            None => format!("{} — listed, not active", v.journey_title),
        })
        .collect();
    if !inv.is_empty() && y < BOTTOM - 40.0 {
        s.text(
            M,
            y + 10.0,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &ui.t("deck-in-the-journeys").to_uppercase(),
        );
        bullets(ui, &mut s, &inv, (M, y + 18.0, side_w, BOTTOM));
    }
    // Right: goals, needs, questions, blockers in a 2 × 2 grid.
    let gx = M + side_w + 40.0;
    let gw = (PAGE_W - M - gx - 24.0) / 2.0;
    let gh = (BOTTOM - TOP - 16.0) / 2.0;
    let lists = [
        (ui.t("persona-goals"), &p.goals),
        (ui.t("persona-needs"), &p.needs),
        (ui.t("persona-questions"), &p.questions),
        (ui.t("persona-blockers"), &p.blockers),
    ];
    for (i, (label, items)) in lists.iter().enumerate() {
        let bx = gx + (i % 2) as f32 * (gw + 24.0);
        let by = TOP + 4.0 + (i / 2) as f32 * (gh + 16.0);
        let fill = if i == 3 { "#FDF5F2" } else { "#F7F9FB" };
        let paint = Paint::fill(fill).with_stroke(Stroke::new(HAIRLINE, 1.0));
        s.rect(bx, by, gw, gh, 6.0, paint);
        s.text(
            bx + 16.0,
            by + 24.0,
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &label.to_uppercase(),
        );
        if items.is_empty() {
            s.text(
                bx + 16.0,
                by + 46.0,
                Style::BODY,
                "#7B8794",
                Anchor::Start,
                &ui.t("label-none-recorded"),
            );
        } else {
            bullets(
                ui,
                &mut s,
                items,
                (bx + 16.0, by + 34.0, gw - 32.0, by + gh - 8.0),
            );
        }
    }
    page.body = s;
    pages.push(page);
}

/// Whether page `n` has the footer (site and journey title, page number): all but the
/// title page.
fn has_footer(page: &Page, n: usize) -> bool {
    !page.footer.is_empty() || n > 1
}

/// The page's drawing: white backdrop, section label, body, the diagram scaled into its
/// box, and the footer, with the page number when `number` is given (`(n, total)`); the
/// cached deck draws the number apart ([`number_drawing`]), so that a page's drawing does
/// not depend on where it falls.
fn page_drawing(site: &Site, page: &Page, footer: bool, number: Option<(usize, usize)>) -> Drawing {
    let mut chrome = Canvas::new();
    if !page.section.is_empty() {
        chrome.rect(M, 24.0, 4.0, 14.0, 0.0, Paint::fill(ACCENT));
        chrome.text(
            M + 12.0,
            35.0,
            Style::SMALL_BOLD,
            ACCENT,
            Anchor::Start,
            &page.section.to_uppercase(),
        );
        if !page.note.is_empty() {
            let x = M + 12.0 + width(&page.section.to_uppercase(), Style::SMALL_BOLD) + 12.0;
            chrome.text(x, 35.0, Style::SMALL, MUTED, Anchor::Start, &page.note);
        }
    }
    if footer {
        let y = PAGE_H - 28.0;
        chrome.line(M, y, PAGE_W - M, y, Stroke::new(HAIRLINE, 1.0));
        let left = if page.footer.is_empty() {
            site.config.title.clone()
        } else {
            format!("{} · {}", site.config.title, page.footer)
        };
        let left = wrap_clamped(&left, Style::SMALL, PAGE_W - 2.0 * M - 120.0, 1).join("");
        chrome.text(M, PAGE_H - 12.0, Style::SMALL, MUTED, Anchor::Start, &left);
        if let Some((n, total)) = number {
            number_text(&mut chrome, n, total);
        }
    }
    let mut d = chrome.into_page(PAGE_W, PAGE_H);
    d.background = Some(Color::WHITE);
    d.items.extend(page.body.items().iter().cloned());
    if let Some(e) = &page.embed {
        let (tw, th) = (e.drawing.width.max(1.0), e.drawing.height.max(1.0));
        let scale = (e.w / tw).min(e.h / th).min(1.0);
        let x = e.x + (e.w - tw * scale) / 2.0;
        let mut place = Canvas::new();
        place.embed(e.drawing.clone(), x, e.y, scale);
        d.items.extend(place.items().iter().cloned());
    }
    d
}

fn number_text(svg: &mut Canvas, n: usize, total: usize) {
    svg.text(
        PAGE_W - M,
        PAGE_H - 12.0,
        Style::SMALL,
        MUTED,
        Anchor::End,
        &format!("{n} / {total}"),
    );
}

/// The page number `n / total` alone, on a transparent page.
fn number_drawing(n: usize, total: usize) -> Drawing {
    let mut chrome = Canvas::new();
    number_text(&mut chrome, n, total);
    chrome.into_page(PAGE_W, PAGE_H)
}

/// Page `n` of `total`, prepared for drawing.
fn prepare_page(site: &Site, page: &Page, n: usize, total: usize) -> Scene {
    Scene::new(
        &page_drawing(site, page, has_footer(page, n), Some((n, total))),
        false,
    )
}

/// Prepares the pages on every core and draws each, in order, as soon as it is ready:
/// krilla writes one page at a time, so drawing is the serial part and preparing (shaping)
/// hides behind it.
fn render(
    site: &Site,
    pages: Vec<Page>,
    outline: &[(String, usize)],
) -> Result<Vec<u8>, ExportError> {
    let total = pages.len();
    let numbered: Vec<(usize, &Page)> = pages.iter().enumerate().map(|(i, p)| (i + 1, p)).collect();
    let settings = SerializeSettings {
        xmp_metadata: false,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    let fonts =
        Fonts::inter().ok_or_else(|| ExportError::Pdf("the embedded Inter fonts".into()))?;
    let size = Size::from_wh(PAGE_W, PAGE_H).ok_or_else(|| ExportError::Pdf("page size".into()))?;
    par::each_in_order(
        &numbered,
        |(n, p)| prepare_page(site, p, *n, total),
        |scene: Scene| {
            let mut page = doc.start_page_with(PageSettings::new(size));
            let mut surface = page.surface();
            scene.draw(&mut surface, &fonts);
            surface.finish();
            page.finish();
            Ok(())
        },
    )?;
    let mut o = Outline::new();
    for (title, index) in outline {
        o.push_child(OutlineNode::new(
            title.clone(),
            XyzDestination::new(*index, Point::from_xy(0.0, 0.0)),
        ));
    }
    doc.set_outline(o);
    doc.set_metadata(
        Metadata::new()
            .title(site.config.title.clone())
            .creator(format!("waymark {}", env!("CARGO_PKG_VERSION")))
            .language("en".into()),
    );
    doc.finish().map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of page (title, diagram, continued diagram, stakeholder map, content plan,
    /// persona) of a Latin-script deck is drawn in Inter alone, so the cached writer takes
    /// it.
    #[test]
    fn every_page_of_a_latin_deck_is_in_inter() {
        let site = super::super::portfolio::portfolio(3);
        let journeys: Vec<&Journey> = site.journeys.iter().map(|j| &**j).collect();
        let (pages, _) = lay_out(&site, &journeys);
        let total = pages.len();
        assert!(total > 20, "{total} pages");
        for (i, page) in pages.iter().enumerate() {
            let scene = prepare_page(&site, page, i + 1, total);
            assert!(scene.inter_only(), "page {}", i + 1);
        }
    }

    /// A detail page with the emotion lane but not the actions lane still draws the
    /// actions' step-level emotions (the knee journey of the example scores its patient's
    /// actions).
    #[test]
    fn detail_pages_keep_step_emotions_without_the_actions_lane() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default();
        let site = crate::pipeline::check_site(root, as_of)
            .site
            .expect("the example checks");
        let knee: Vec<&Journey> = site
            .journeys
            .iter()
            .filter(|j| j.id == "knee-replacement")
            .map(|j| &**j)
            .collect();
        let (pages, _) = lay_out(&site, &knee);
        let emotion_pages: Vec<&Page> = pages
            .iter()
            .filter(|p| p.note.contains("Emotion") && !p.note.contains("Actions"))
            .collect();
        assert!(!emotion_pages.is_empty());
        for p in emotion_pages {
            let d = &p.embed.as_ref().expect("a diagram").drawing;
            // The patient (first persona, blue) has a curve through her scored actions.
            let blue = Color::rgb(0x00, 0x72, 0xB2);
            let curve = d.items.iter().any(|i| {
                matches!(i, crate::diagram::drawing::Item::Shape(s)
                    if matches!(s.geometry, crate::diagram::drawing::Geometry::Path(_))
                        && s.paint.stroke.as_ref().is_some_and(|k| k.color == blue && k.width == 2.0))
            });
            assert!(curve, "{}", p.note);
            assert!(!d.texts().iter().any(|t| t.text == "Actions"), "{}", p.note);
        }
    }
}
