//! A journey's overview slide: who is involved where (the stakeholder map: personas as
//! rows, stages as columns, the stage each persona enters marked) over how each persona
//! feels across the stages (the emotion curves), drawn at slide size so that every label
//! stays at 10 pt or more. A map of more than [`MAX_STAGES`] stages gets one overview slide
//! per group of stages.

use super::{LABEL, M, META, Para, SLIDE_W, Slide, TOP, TextBox, clamp, narrative};
use crate::diagram::drawing::{Anchor, BezPath, Canvas, Paint, PathExt, Stroke};
use crate::diagram::palette::{self, CHIP, CHIP_BADGE, FAINT, HAIRLINE, INK, MUTED, persona_style};
use crate::diagram::text::{Style, wrap_clamped};
use crate::model::{Journey, Site};
use crate::views::health::persona_active;

/// The most stages one overview slide shows (columns stay ≥ 75 pt wide).
pub(super) const MAX_STAGES: usize = 9;
/// Width of the persona-name column.
const NAME_W: f32 = 170.0;
/// Fill of a stage where a persona is active.
const ACTIVE: &str = "#DDE6F0";
/// Height of the emotion chart's plotting area.
const CHART_H: f32 = 112.0;

/// The overview slides of `j`: one, or one per group of [`MAX_STAGES`] stages.
pub(super) fn overview_slides(site: &Site, j: &Journey) -> Vec<Slide> {
    let n = j.stages.len();
    let groups = n.div_ceil(MAX_STAGES).max(1);
    let per = n.div_ceil(groups).max(1);
    (0..groups)
        .map(|g| {
            let (a, b) = (g * per, ((g + 1) * per).min(n));
            overview(site, j, a, b, groups > 1)
        })
        .collect()
}

/// The overview of stages `a..b` of `j`.
fn overview(site: &Site, j: &Journey, a: usize, b: usize, split: bool) -> Slide {
    let labels = &site.config.labels;
    let ui = &site.config.ui;
    let mut note = j.title.clone();
    if split {
        let total = j.stages.len().to_string();
        let (from, to) = ((a + 1).to_string(), b.to_string());
        let range = ui.t_args(
            "deck-stages-of",
            &[("from", &from), ("to", &to), ("total", &total)],
        );
        note = format!("{note} · {range}");
    }
    let mut slide = Slide::new(&labels.journey_map, &note, &j.title);
    let mut c = Canvas::new();
    let (head, y) = headline(site, j);
    slide.boxes.push(head);
    let grid = Grid::new(a, b, y);
    let y = stage_header(&mut c, j, &grid);
    // A map (or a view of one) that scores no emotion has no chart: its rows take the room.
    let scored = j
        .stages
        .iter()
        .any(|s| j.personas.iter().any(|p| s.emotion_of(p).is_some()));
    let chart = if scored { CHART_H + 36.0 } else { 0.0 };
    let (y, shown) = persona_rows(&mut c, site, j, &grid, (y, chart));
    if scored {
        emotion_chart(&mut c, site, j, &grid, y + 14.0, shown);
    }
    slide.drawing = c.into_page(super::SLIDE_W, super::SLIDE_H);
    slide.notes = notes(site, j);
    slide
}

/// The title, and segment, scope, goal, owner and review date in one muted line; the box
/// and the y below it.
fn headline(site: &Site, j: &Journey) -> (TextBox, f32) {
    let ui = &site.config.ui;
    let w = SLIDE_W - 2.0 * M;
    let mut facts: Vec<String> = Vec::new();
    for (key, v) in [
        ("label-segment", &j.segment),
        ("label-scope", &j.scope),
        ("label-goal", &j.goal),
    ] {
        if let Some(v) = v {
            facts.push(format!("{}: {v}", ui.t(key)));
        }
    }
    let owner = j.owner.clone().unwrap_or_else(|| ui.t("badge-no-owner"));
    facts.push(format!("{}: {owner}", ui.t("label-owner")));
    let reviewed = j
        .reviewed
        .map_or_else(|| ui.t("label-never"), |d| ui.date_short(d));
    facts.push(format!("{}: {reviewed}", ui.t("deck-reviewed")));
    let title = clamp(&j.title, super::H2, w, 1);
    let facts = clamp(&facts.join(" · "), Style::SMALL, w, 2);
    let paras = vec![
        Para::new(&title, super::H2, INK, 0.0),
        Para::new(&facts, Style::SMALL, MUTED, 2.0),
    ];
    let tb = TextBox {
        x: M,
        y: TOP,
        w,
        h: 0.0,
        paras,
    };
    let h = tb.used();
    (TextBox { h, ..tb }, TOP + h + 14.0)
}

/// The columns of the grid: stages `a..b` right of the name column, from `top`.
struct Grid {
    a: usize,
    b: usize,
    col_w: f32,
    top: f32,
}

impl Grid {
    fn new(a: usize, b: usize, top: f32) -> Grid {
        let n = (b - a).max(1) as f32;
        Grid {
            a,
            b,
            col_w: (SLIDE_W - 2.0 * M - NAME_W) / n,
            top,
        }
    }

    /// Left of the column of stage `i` (an index into the journey's stages).
    fn x(&self, i: usize) -> f32 {
        M + NAME_W + (i - self.a) as f32 * self.col_w
    }

    fn centre(&self, i: usize) -> f32 {
        self.x(i) + self.col_w / 2.0
    }
}

/// The stage chips: number badge over the name (up to three lines, the chip's whole width,
/// so that a long word is not broken); returns the y below.
fn stage_header(c: &mut Canvas, j: &Journey, g: &Grid) -> f32 {
    let w = g.col_w - 6.0;
    let lines: Vec<Vec<String>> = (g.a..g.b)
        .map(|i| wrap_clamped(&j.stages[i].name, Style::SMALL_BOLD, w - 14.0, 3))
        .collect();
    let most = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let h = 26.0 + most as f32 * Style::SMALL_BOLD.line + 6.0;
    for (k, i) in (g.a..g.b).enumerate() {
        let x = g.x(i) + 3.0;
        c.rect(x, g.top, w, h, 6.0, Paint::fill(CHIP));
        c.circle(x + 15.0, g.top + 14.0, 9.0, Paint::fill(CHIP_BADGE));
        let num = (i + 1).to_string();
        c.text(
            x + 15.0,
            g.top + 18.0,
            LABEL,
            "#FFFFFF",
            Anchor::Middle,
            &num,
        );
        c.lines(x + 7.0, g.top + 26.0, Style::SMALL_BOLD, INK, &lines[k]);
    }
    g.top + h + 6.0
}

/// One row per persona: marker and name, a tint where the persona is active, "ENTERS"
/// where it first is, from `top`, leaving `below` for the chart. Returns the y below and how
/// many personas were drawn (the rest are counted in an "and N more" row).
fn persona_rows(
    c: &mut Canvas,
    site: &Site,
    j: &Journey,
    g: &Grid,
    (top, below): (f32, f32),
) -> (f32, usize) {
    let labels = &site.config.labels;
    let room = super::BOTTOM - top - below;
    let row_h = (room / j.personas.len().max(1) as f32).clamp(20.0, 28.0);
    let fits = ((room / row_h).floor() as usize).max(1);
    let shown = if j.personas.len() > fits {
        fits - 1
    } else {
        j.personas.len()
    };
    let mut y = top;
    for (pi, id) in j.personas.iter().enumerate().take(shown) {
        let st = persona_style(j.persona_slot(pi));
        let name = site
            .personas
            .iter()
            .find(|p| &p.id == id)
            .map_or(id.as_str(), |p| p.name.as_str());
        let cy = y + row_h / 2.0;
        palette::marker(c, st.shape, M + 7.0, cy, 4.5, st.color, st.color);
        let name = clamp(name, Style::SMALL, NAME_W - 24.0, 1);
        c.text(M + 18.0, cy + 4.0, Style::SMALL, INK, Anchor::Start, &name);
        let first = j.stages.iter().position(|s| persona_active(s, id));
        for i in g.a..g.b {
            if !persona_active(&j.stages[i], id) {
                continue;
            }
            let x = g.x(i) + 3.0;
            c.rect(
                x,
                y + 3.0,
                g.col_w - 6.0,
                row_h - 6.0,
                4.0,
                Paint::fill(ACTIVE),
            );
            if first == Some(i) {
                c.rect(x, y + 3.0, 3.0, row_h - 6.0, 0.0, Paint::fill(st.color));
                let enters = labels.enters_short.to_uppercase();
                let enters = clamp(&enters, LABEL, g.col_w - 16.0, 1);
                c.text(x + 9.0, cy + 4.0, LABEL, st.color, Anchor::Start, &enters);
            }
        }
        c.line(
            M,
            y + row_h,
            SLIDE_W - M,
            y + row_h,
            Stroke::new(HAIRLINE, 1.0),
        );
        y += row_h;
    }
    if shown < j.personas.len() {
        let more = site
            .config
            .ui
            .t_n("deck-and-more", (j.personas.len() - shown) as i64);
        c.text(M, y + 15.0, META, MUTED, Anchor::Start, &more);
        y += row_h;
    }
    (y, shown)
}

/// The emotion curves of the first `shown` personas over the stages' centres, on a
/// −2..=2 scale labelled with the site's emotion words.
fn emotion_chart(c: &mut Canvas, site: &Site, j: &Journey, g: &Grid, top: f32, shown: usize) {
    let labels = &site.config.labels;
    super::label(c, M, top, MUTED, &labels.lanes[3]);
    let top = top + 10.0;
    let y_of = |score: i8| top + CHART_H / 2.0 - f32::from(score) * CHART_H / 4.0;
    for score in -2..=2i8 {
        let y = y_of(score);
        let line = if score == 0 { HAIRLINE } else { FAINT };
        c.line(M + NAME_W, y, SLIDE_W - M, y, Stroke::new(line, 1.0));
        let word = &labels.emotions[(score + 2) as usize];
        let word = clamp(word, META, NAME_W - 12.0, 1);
        c.text(M + NAME_W - 8.0, y + 3.5, META, MUTED, Anchor::End, &word);
    }
    for (pi, id) in j.personas.iter().enumerate().take(shown) {
        let st = persona_style(j.persona_slot(pi));
        let points: Vec<Option<(f32, f32)>> = (g.a..g.b)
            .map(|i| j.stages[i].emotion_of(id).map(|s| (g.centre(i), y_of(s))))
            .collect();
        curve(c, &points, st.color, st.dash);
        for (x, y) in points.iter().flatten() {
            palette::marker(c, st.shape, *x, *y, 4.0, st.color, "#FFFFFF");
        }
    }
}

/// A line through the points, broken where a stage has no score.
fn curve(c: &mut Canvas, points: &[Option<(f32, f32)>], color: &str, dash: &[f32]) {
    for run in points.split(Option::is_none) {
        let pts: Vec<(f32, f32)> = run.iter().flatten().copied().collect();
        if pts.len() < 2 {
            continue;
        }
        let mut p = BezPath::new();
        p.move_xy(pts[0].0, pts[0].1);
        for &(x, y) in &pts[1..] {
            p.line_xy(x, y);
        }
        let stroke = Stroke::new(color, 2.5).dash(dash).round();
        c.path(p, Paint::outline(stroke));
    }
}

/// The notes: the facts in full, then the narrative.
fn notes(site: &Site, j: &Journey) -> String {
    let ui = &site.config.ui;
    let mut v: Vec<String> = vec![j.title.clone()];
    for (key, val) in [
        ("label-segment", &j.segment),
        ("label-scope", &j.scope),
        ("label-goal", &j.goal),
    ] {
        if let Some(val) = val {
            v.push(format!("{}: {val}", ui.t(key)));
        }
    }
    let story = narrative(j);
    if !story.is_empty() {
        v.push(String::new());
        v.push(story);
    }
    v.join("\n")
}
