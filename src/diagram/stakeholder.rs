//! The stakeholder map: personas as rows, stages as columns; where each persona is active,
//! where it enters the journey, and how it feels there.

use super::drawing::{Anchor, Canvas, Cap, Drawing, Paint, Role, Stroke};
use super::layout::{self, Flow, Grid, MARGIN, U, id_prefix, key_label, persona_name};
use super::palette::{FAINT, HAIRLINE, INK, MUTED, face, marker, persona_style};
use super::text::{Style, width, wrap};
use crate::model::{DiagramLabels, Journey, Site};
use crate::views::health::persona_active;

/// Width of the persona column.
pub const LABEL_W: f32 = 248.0;
/// Width of one stage column.
pub const COL_W: f32 = 168.0;
/// Minimum height of a persona row (room for "enters", the marker and the emotion).
const ROW_MIN: f32 = 88.0;

/// Draws the stakeholder map of `journey`.
pub fn draw(site: &Site, journey: &Journey) -> Drawing {
    let grid = Grid {
        label_w: LABEL_W,
        col_w: COL_W,
        n: journey.stages.len(),
    };
    let prefix = id_prefix(journey, "sm");
    let mut svg = Canvas::new();
    for (i, s) in journey.stages.iter().enumerate() {
        svg.stage(&s.name, grid.col_x(i), grid.col_x(i) + grid.col_w);
    }
    let labels = &site.config.labels;
    let kind = &labels.stakeholder_map;
    let mut y = layout::header(&mut svg, labels, journey, &grid, kind, MARGIN);
    y = layout::stages_or_note(&mut svg, labels, journey, &grid, y, (false, &Vec::new()));
    svg.line(
        MARGIN,
        y,
        grid.width() - MARGIN,
        y,
        Stroke::new(HAIRLINE, 1.0),
    );
    for (i, id) in journey.personas.iter().enumerate() {
        y = persona_row(
            &mut svg,
            site,
            journey,
            &grid,
            journey.persona_slot(i),
            id,
            y,
        );
    }
    if journey.personas.is_empty() {
        // Starts at the margin: a map with no stages has one narrow column only.
        svg.text(
            MARGIN,
            y + 28.0,
            Style::BODY,
            MUTED,
            Anchor::Start,
            &labels.no_personas,
        );
        y += 48.0;
    }
    y = key(&mut svg, labels, &grid, y + 2.0 * U);
    let title = format!("{kind}: {}", journey.title);
    let desc = describe(site, journey);
    svg.finish(&prefix, grid.width(), y + MARGIN, &title, &desc)
}

fn describe(site: &Site, journey: &Journey) -> String {
    let mut d = format!(
        "Stakeholder map of {} personas across {} stages.",
        journey.personas.len(),
        journey.stages.len()
    );
    for id in &journey.personas {
        let active: Vec<&str> = journey
            .stages
            .iter()
            .filter(|s| persona_active(s, id))
            .map(|s| s.name.as_str())
            .collect();
        let name = persona_name(site, id);
        if active.is_empty() {
            d.push_str(&format!(" {name}: not active in any stage."));
        } else {
            d.push_str(&format!(
                " {name}: enters at {}; active in {}.",
                active[0],
                active.join(", ")
            ));
        }
    }
    d
}

/// The persona label block: marker and name, role, buying-role pill; returns its height.
fn persona_label(svg: &mut Canvas, site: &Site, i: usize, id: &str, y: f32, draw: bool) -> f32 {
    let text_x = MARGIN + 20.0;
    let text_w = LABEL_W - 20.0 - 2.0 * U;
    let persona = site.persona(id);
    let name = wrap(persona_name(site, id), Style::BODY_BOLD, text_w);
    let role = persona
        .and_then(|p| p.role.as_deref())
        .map(|r| wrap(r, Style::BODY, text_w))
        .unwrap_or_default();
    let badge = persona
        .and_then(|p| p.buying_role)
        .map(|b| site.config.labels.buying_roles[b as usize].to_uppercase());
    let mut h = 12.0;
    if draw {
        let s = persona_style(i);
        marker(
            svg,
            s.shape,
            MARGIN + 6.0,
            y + h + Style::BODY_BOLD.line / 2.0,
            5.0,
            s.color,
            "#FFFFFF",
        );
        svg.lines(text_x, y + h, Style::BODY_BOLD, INK, &name);
    }
    h += name.len().max(1) as f32 * Style::BODY_BOLD.line;
    if draw {
        svg.lines(text_x, y + h, Style::BODY, MUTED, &role);
    }
    h += role.len() as f32 * Style::BODY.line;
    if let Some(b) = badge {
        h += 6.0;
        if draw {
            let w = width(&b, Style::SMALL_BOLD) + 12.0;
            let pill = Paint::fill("#FFFFFF").with_stroke(Stroke::new("#C5CED8", 1.0));
            svg.rect(text_x, y + h, w, 16.0, 8.0, pill);
            svg.text(
                text_x + w / 2.0,
                y + h + Style::SMALL_BOLD.baseline(),
                Style::SMALL_BOLD,
                MUTED,
                Anchor::Middle,
                &b,
            );
        }
        h += 16.0;
    }
    h + 12.0
}

fn persona_row(
    svg: &mut Canvas,
    site: &Site,
    journey: &Journey,
    grid: &Grid,
    i: usize,
    id: &str,
    y: f32,
) -> f32 {
    let h = persona_label(svg, site, i, id, y, false).max(ROW_MIN);
    svg.begin(Role::Lane, persona_name(site, id));
    for c in 1..grid.n {
        let x = grid.col_x(c);
        svg.line(x, y, x, y + h, Stroke::new(FAINT, 1.0));
    }
    let right = grid.width() - MARGIN;
    svg.line(MARGIN, y + h, right, y + h, Stroke::new(HAIRLINE, 1.0));
    svg.lane(id, y, y + h);
    persona_label(svg, site, i, id, y, true);
    let cy = y + h / 2.0;
    let cx = |c: usize| grid.col_x(c) + grid.col_w / 2.0;
    let active: Vec<bool> = journey
        .stages
        .iter()
        .map(|s| persona_active(s, id))
        .collect();
    let Some(first) = active.iter().position(|a| *a) else {
        let lines = wrap(
            &site.config.labels.not_active,
            Style::BODY,
            grid.n as f32 * grid.col_w - 2.0 * U,
        );
        let top = cy - lines.len() as f32 * Style::BODY.line / 2.0;
        svg.lines(grid.grid_x() + U, top, Style::BODY, MUTED, &lines);
        svg.end();
        return y + h;
    };
    let s = persona_style(i);
    svg.line(cx(first), cy, cx(grid.n - 1), cy, Stroke::new(FAINT, 2.0));
    for c in first..grid.n.saturating_sub(1) {
        if active[c] && active[c + 1] {
            let line = Stroke::new(s.color, 2.5).cap(Cap::Round).dash(s.dash);
            svg.line(cx(c), cy, cx(c + 1), cy, line);
        }
    }
    for (c, stage) in journey
        .stages
        .iter()
        .enumerate()
        .filter(|(c, _)| active[*c])
    {
        if c == first {
            let ring = Paint::fill("#FFFFFF").with_stroke(Stroke::new(s.color, 2.0));
            svg.circle(cx(c), cy, 11.0, ring);
            marker(svg, s.shape, cx(c), cy, 5.5, s.color, s.color);
            svg.text(
                cx(c),
                cy - 18.0,
                Style::SMALL_BOLD,
                INK,
                Anchor::Middle,
                &site.config.labels.enters_short.to_uppercase(),
            );
        } else {
            marker(svg, s.shape, cx(c), cy, 5.0, s.color, "#FFFFFF");
        }
        if let Some(score) = stage.emotion_of(id) {
            let label = match score {
                v if v > 0 => format!("+{v}"),
                v if v < 0 => format!("−{}", -v),
                _ => "0".into(),
            };
            let w = 14.0 + 4.0 + width(&label, Style::SMALL);
            let fx = cx(c) - w / 2.0 + 6.0;
            face(svg, score, fx, cy + 24.0);
            svg.text(
                fx + 10.0,
                cy + 24.0 + 11.0 * 0.727 / 2.0,
                Style::SMALL,
                MUTED,
                Anchor::Start,
                &label,
            );
        }
    }
    svg.end();
    y + h
}

/// The key: active, enters, emotion; returns the y below it.
fn key(svg: &mut Canvas, labels: &DiagramLabels, grid: &Grid, y: f32) -> f32 {
    let cy = y + 8.0;
    svg.begin(Role::Key, &labels.key);
    svg.text(
        MARGIN,
        cy + 11.0 * 0.727 / 2.0,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        &labels.key,
    );
    let mut flow = Flow::new(grid.grid_x(), grid.width() - MARGIN, cy);
    let label = &labels.active;
    let (x, cy) = flow.place(16.0 + width(label, Style::SMALL));
    svg.circle(x + 5.0, cy, 5.0, Paint::fill(MUTED));
    key_label(svg, x + 16.0, cy, MUTED, label);
    let label = &labels.enters;
    let (x, cy) = flow.place(22.0 + width(label, Style::SMALL));
    let ring = Paint::fill("#FFFFFF").with_stroke(Stroke::new(MUTED, 2.0));
    svg.circle(x + 8.0, cy, 8.0, ring);
    svg.circle(x + 8.0, cy, 4.0, Paint::fill(MUTED));
    key_label(svg, x + 22.0, cy, MUTED, label);
    let label = &labels.emotion_range;
    let (x, cy) = flow.place(18.0 + width(label, Style::SMALL));
    face(svg, 1, x + 6.0, cy);
    key_label(svg, x + 18.0, cy, MUTED, label);
    svg.end();
    flow.bottom()
}
