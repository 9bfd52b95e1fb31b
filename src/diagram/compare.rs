//! The comparison chart: how each persona feels stage by stage in the as-is map (dashed)
//! and in the to-be map (solid), one panel per persona on a shared stage grid, with the
//! change per stage (`+2`) under each panel.

use super::drawing::{Anchor, Canvas, Cap, Drawing, Join, Paint, Role, Stroke};
use super::journey::monotone_path;
use super::journey::signed;
use super::layout::{Flow, Grid, MARGIN, U, id_prefix, key_label};
use super::palette::{FAINT, HAIRLINE, INK, MUTED, WARN, marker, persona_style};
use super::text::{Style, width, wrap, wrap_clamped};
use crate::model::{Journey, Site};
use crate::views::compare::{Comparison, StageStatus};

/// Width of the persona column.
const LABEL_W: f32 = 200.0;
/// Width of one stage column.
const COL_W: f32 = 168.0;
/// Vertical distance between emotion gridlines.
const STEP: f32 = 22.0;
/// The baseline's dash: long enough to read as dashed at 2x and in print.
pub const BASELINE_DASH: [f32; 2] = [7.0, 5.0];
/// A better score.
const BETTER: &str = "#17663A";

/// The chart of `cmp`, the comparison of the to-be map `to_be` with its baseline.
pub fn draw(site: &Site, to_be: &Journey, cmp: &Comparison) -> Drawing {
    let grid = Grid {
        label_w: LABEL_W,
        col_w: COL_W,
        n: cmp.stages.len(),
    };
    let ui = &site.config.ui;
    let mut svg = Canvas::new();
    for (i, s) in cmp.stages.iter().enumerate() {
        svg.stage(&s.name, grid.col_x(i), grid.col_x(i) + grid.col_w);
    }
    let title = format!("{}: {}", ui.t("compare-chart-title"), cmp.to_be_title);
    svg.begin(Role::Header, &title);
    let mut y = MARGIN;
    for line in wrap(&title, Style::TITLE, grid.inner()) {
        svg.text(
            MARGIN,
            y + Style::TITLE.baseline(),
            Style::TITLE,
            INK,
            Anchor::Start,
            &line,
        );
        y += Style::TITLE.line;
    }
    svg.end();
    y = legend(&mut svg, site, cmp, &grid, y + U);
    y = stage_header(&mut svg, site, cmp, &grid, y + 2.0 * U);
    for (pi, p) in cmp.personas.iter().enumerate() {
        y = persona_panel(&mut svg, cmp, &grid, pi, &p.name, y);
    }
    if cmp.personas.is_empty() {
        svg.text(
            MARGIN,
            y + 3.0 * U,
            Style::BODY,
            MUTED,
            Anchor::Start,
            &site.config.labels.no_personas,
        );
        y += 5.0 * U;
    }
    svg.finish(
        &id_prefix(to_be, "cmp"),
        grid.width(),
        y + MARGIN,
        &title,
        &describe(cmp),
    )
}

/// The two line samples: dashed as-is, solid to-be, each with its map's title; returns the
/// y below.
fn legend(svg: &mut Canvas, site: &Site, cmp: &Comparison, grid: &Grid, y: f32) -> f32 {
    let ui = &site.config.ui;
    svg.begin(Role::Legend, &ui.t("compare-legend"));
    let mut flow = Flow::new(MARGIN, grid.width() - MARGIN, y + 8.0);
    let entries = [
        (ui.t("compare-as-is"), &cmp.baseline_title, true),
        (ui.t("compare-to-be"), &cmp.to_be_title, false),
    ];
    for (state, title, dashed) in entries {
        let max = (grid.inner() - 40.0).max(120.0);
        let label = wrap_clamped(&format!("{state}: {title}"), Style::SMALL, max, 1).join(" ");
        let (x, cy) = flow.place(36.0 + width(&label, Style::SMALL));
        let stroke = if dashed {
            Stroke::new(MUTED, 2.0).dash(&BASELINE_DASH)
        } else {
            Stroke::new(INK, 2.5).cap(Cap::Round)
        };
        svg.line(x, cy, x + 28.0, cy, stroke);
        key_label(svg, x + 36.0, cy, INK, &label);
    }
    svg.end();
    flow.bottom()
}

/// The stage names over their columns, with "new stage" or "no longer" under a stage of
/// one map only; returns the y below.
fn stage_header(svg: &mut Canvas, site: &Site, cmp: &Comparison, grid: &Grid, y: f32) -> f32 {
    let ui = &site.config.ui;
    svg.begin(Role::Stages, &site.config.labels.stages);
    let mut bottom = y;
    for (i, s) in cmp.stages.iter().enumerate() {
        let x = grid.col_x(i) + U;
        let mut ty = y;
        for line in wrap_clamped(&s.name, Style::BODY_BOLD, grid.col_w - 2.0 * U, 2) {
            svg.text(
                x,
                ty + Style::BODY_BOLD.baseline(),
                Style::BODY_BOLD,
                INK,
                Anchor::Start,
                &line,
            );
            ty += Style::BODY_BOLD.line;
        }
        let note = match s.status {
            StageStatus::Kept => None,
            StageStatus::Added => Some(ui.t("compare-stage-added")),
            StageStatus::Removed => Some(ui.t("compare-stage-removed")),
        };
        if let Some(note) = note {
            svg.text(
                x,
                ty + Style::SMALL.baseline(),
                Style::SMALL,
                MUTED,
                Anchor::Start,
                &note,
            );
            ty += Style::SMALL.line;
        }
        bottom = bottom.max(ty);
    }
    svg.end();
    let bottom = bottom + U;
    svg.line(
        MARGIN,
        bottom,
        grid.width() - MARGIN,
        bottom,
        Stroke::new(HAIRLINE, 1.0),
    );
    bottom
}

/// One persona's panel: the gridlines, the as-is curve dashed, the to-be curve solid, the
/// markers, and the change per stage in a row under the grid; returns the y below.
fn persona_panel(
    svg: &mut Canvas,
    cmp: &Comparison,
    grid: &Grid,
    pi: usize,
    name: &str,
    y: f32,
) -> f32 {
    let style = persona_style(pi);
    let top = y + 2.0 * U;
    let gy = |score: i8| top + f32::from(2 - score.clamp(-2, 2)) * STEP;
    let delta_y = gy(-2) + 3.0 * U;
    let bottom = delta_y + 2.0 * U;
    svg.begin(Role::EmotionChart, name);
    // The persona: its marker and name in the label column.
    marker(
        svg,
        style.shape,
        MARGIN + 6.0,
        top + 8.0,
        4.5,
        style.color,
        "#FFFFFF",
    );
    let mut ly = top;
    for line in wrap_clamped(name, Style::BODY_BOLD, LABEL_W - 64.0, 3) {
        svg.text(
            MARGIN + 18.0,
            ly + Style::BODY_BOLD.baseline(),
            Style::BODY_BOLD,
            INK,
            Anchor::Start,
            &line,
        );
        ly += Style::BODY_BOLD.line;
    }
    gridlines(svg, grid, &gy);
    let cx = |i: usize| grid.col_x(i) + grid.col_w / 2.0;
    let points = |to_be: bool| -> Vec<Option<(f32, f32)>> {
        cmp.stages
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let e = s.emotions.get(pi)?;
                let v = if to_be { e.to_be } else { e.baseline };
                v.map(|v| (cx(i), gy(v)))
            })
            .collect()
    };
    let (base, to_be) = (points(false), points(true));
    let dashed = Stroke::new(style.color, 2.0)
        .dash(&BASELINE_DASH)
        .join(Join::Round);
    let solid = Stroke::new(style.color, 2.5).round();
    for (pts, stroke) in [(&base, dashed), (&to_be, solid)] {
        for run in pts.split(Option::is_none).filter(|r| r.len() > 1) {
            let run: Vec<(f32, f32)> = run.iter().flatten().copied().collect();
            svg.path(monotone_path(&run), Paint::outline(stroke.clone()));
        }
    }
    // As-is hollow, to-be filled: the two tell apart without colour too.
    for &(x, y) in base.iter().flatten() {
        marker(svg, style.shape, x, y, 4.0, "#FFFFFF", style.color);
    }
    for &(x, y) in to_be.iter().flatten() {
        marker(svg, style.shape, x, y, 4.5, style.color, "#FFFFFF");
    }
    for (i, s) in cmp.stages.iter().enumerate() {
        if let Some(d) = s.emotions.get(pi).and_then(|e| e.delta) {
            let color = match d {
                d if d > 0 => BETTER,
                d if d < 0 => WARN,
                _ => MUTED,
            };
            let text = signed(d);
            svg.text(
                cx(i),
                delta_y,
                Style::BODY_BOLD,
                color,
                Anchor::Middle,
                &text,
            );
        }
    }
    svg.end();
    svg.lane(name, y, bottom);
    svg.line(
        MARGIN,
        bottom,
        grid.width() - MARGIN,
        bottom,
        Stroke::new(HAIRLINE, 1.0),
    );
    bottom
}

/// The emotion gridlines (−2..=2) and their scores in the label column.
fn gridlines(svg: &mut Canvas, grid: &Grid, gy: &dyn Fn(i8) -> f32) {
    for score in (-2..=2).rev() {
        let color = if score == 0 { HAIRLINE } else { FAINT };
        let (left, right) = (grid.grid_x(), grid.width() - MARGIN);
        svg.line(left, gy(score), right, gy(score), Stroke::new(color, 1.0));
        let label_y = gy(score) + 11.0 * 0.727 / 2.0;
        let label = signed(score);
        svg.text(
            left - 8.0,
            label_y,
            Style::SMALL,
            MUTED,
            Anchor::End,
            &label,
        );
    }
}

/// The accessible description: per persona, the change at each stage scored in both maps.
fn describe(cmp: &Comparison) -> String {
    let mut d = format!(
        "Emotion per persona across {} stages: {} (as-is, dashed) against {} (to-be, solid).",
        cmp.stages.len(),
        cmp.baseline_title,
        cmp.to_be_title
    );
    for (pi, p) in cmp.personas.iter().enumerate() {
        let parts: Vec<String> = cmp
            .stages
            .iter()
            .filter_map(|s| {
                let e = s.emotions.get(pi)?;
                let (b, t) = (e.baseline?, e.to_be?);
                Some(format!(
                    "{} {} ({} → {})",
                    s.name,
                    signed(t - b),
                    signed(b),
                    signed(t)
                ))
            })
            .collect();
        if !parts.is_empty() {
            d.push_str(&format!(" {}: {}.", p.name, parts.join("; ")));
        }
    }
    d
}
