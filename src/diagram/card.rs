//! Cards: the rounded, tinted boxes of the swimlanes, measured before they are drawn so
//! that lanes grow to fit their tallest cell.

use super::drawing::{Anchor, BezPath, Canvas, Paint, PathExt, Role, Stroke};
use super::palette::{self, MUTED, Shape, Tint, WARN, marker, persona_style};
use super::text::{Style, width, wrap, wrap_clamped};
use crate::model::Severity;

/// Horizontal padding inside a card.
pub const PAD_X: f32 = 12.0;
/// Vertical padding inside a card.
pub const PAD_Y: f32 = 8.0;
/// Space between rows of a card.
pub const ROW_GAP: f32 = 4.0;
/// Width taken by a leading icon (icon box plus gap).
const ICON_W: f32 = 20.0;
/// Width of the hypothesis badge corner.
const BADGE_W: f32 = 22.0;

/// A small leading glyph of a card row.
#[derive(Debug, Clone, PartialEq)]
pub enum Icon {
    /// A persona's marker (by index in the journey), or a grey ring for "all roles".
    Persona(Option<usize>),
    /// A channel badge for this free-text channel.
    Channel(Option<String>),
    /// A severity dot.
    Severity(Severity),
    /// A decision diamond.
    Decision,
    /// A hand-off arrow.
    Handoff,
    /// A warning triangle.
    Warning,
    /// A small face for an emotion score (−2..=2).
    Emotion(i8),
}

/// One row of a card: optional pill or icon, wrapped text, optional persona markers.
#[derive(Debug, Clone)]
pub struct Row {
    /// Leading icon.
    pub icon: Option<Icon>,
    /// Leading pill: label, fill, text colour.
    pub pill: Option<(String, &'static str, &'static str)>,
    /// Text (wrapped to the space left).
    pub text: String,
    /// Text style.
    pub style: Style,
    /// Text colour.
    pub color: &'static str,
    /// Persona markers drawn right-aligned (indexes in the journey).
    pub markers: Vec<usize>,
    /// At most this many lines (0: unlimited).
    pub max_lines: usize,
}

impl Row {
    /// A plain text row.
    pub fn text(text: impl Into<String>, style: Style, color: &'static str) -> Self {
        Row {
            icon: None,
            pill: None,
            text: text.into(),
            style,
            color,
            markers: Vec::new(),
            max_lines: 0,
        }
    }

    /// A small-caps label row (11 px semibold, upper case).
    pub fn label(text: &str, color: &'static str) -> Self {
        Row::text(text.to_uppercase(), Style::SMALL_BOLD, color).clamp(2)
    }

    /// The owner row: the team in small caps, or the `no_owner` warning ("NO OWNER").
    pub fn owner(owner: Option<&str>, no_owner: &str) -> Self {
        match owner {
            Some(o) => Row::label(o, MUTED),
            None => Row::label(no_owner, WARN).icon(Icon::Warning),
        }
    }

    /// With a leading icon.
    pub fn icon(mut self, icon: Icon) -> Self {
        self.icon = Some(icon);
        self
    }

    /// With at most `n` lines.
    pub fn clamp(mut self, n: usize) -> Self {
        self.max_lines = n;
        self
    }
}

/// A card before layout.
#[derive(Debug, Clone)]
pub struct Card {
    /// Lane colours.
    pub tint: Tint,
    /// Rows, top to bottom.
    pub rows: Vec<Row>,
    /// Whether the item's evidence is a hypothesis (dashed border and an "H" badge).
    pub hypothesis: bool,
}

struct LaidRow {
    row: Row,
    lines: Vec<String>,
    pill_w: f32,
    height: f32,
}

/// A card wrapped to a width, ready to draw.
pub struct LaidCard {
    tint: Tint,
    hypothesis: bool,
    rows: Vec<LaidRow>,
    /// Card width.
    pub width: f32,
    /// Card height.
    pub height: f32,
}

fn icon_height(icon: &Option<Icon>) -> f32 {
    match icon {
        Some(Icon::Channel(_)) => 20.0,
        _ => 0.0,
    }
}

impl Card {
    /// Wraps every row to `w` and computes the card height.
    pub fn layout(&self, w: f32) -> LaidCard {
        let inner = w - 2.0 * PAD_X;
        let mut rows = Vec::new();
        let mut height = PAD_Y;
        for (i, row) in self.rows.iter().enumerate() {
            let mut avail = inner;
            if i == 0 && self.hypothesis {
                avail -= BADGE_W;
            }
            if row.icon.is_some() {
                avail -= ICON_W;
            }
            let pill_w = row
                .pill
                .as_ref()
                .map_or(0.0, |(l, _, _)| width(l, Style::SMALL_BOLD) + 12.0);
            if pill_w > 0.0 {
                avail -= pill_w + 6.0;
            }
            avail -= row.markers.len() as f32 * 14.0;
            let avail = avail.max(24.0);
            let lines = if row.max_lines > 0 {
                wrap_clamped(&row.text, row.style, avail, row.max_lines)
            } else {
                wrap(&row.text, row.style, avail)
            };
            let text_h = lines.len().max(1) as f32 * row.style.line;
            let h = text_h.max(icon_height(&row.icon));
            if i > 0 {
                height += ROW_GAP;
            }
            height += h;
            rows.push(LaidRow {
                row: row.clone(),
                lines,
                pill_w,
                height: h,
            });
        }
        height += PAD_Y;
        LaidCard {
            tint: self.tint,
            hypothesis: self.hypothesis,
            rows,
            width: w,
            height,
        }
    }
}

impl LaidCard {
    /// Draws the card with its top-left corner at (x, y).
    pub fn draw(&self, svg: &mut Canvas, x: f32, y: f32) {
        let dash: &[f32] = if self.hypothesis { &[4.0, 3.0] } else { &[] };
        let name = self
            .rows
            .first()
            .map(|r| r.lines.join(" "))
            .unwrap_or_default();
        svg.begin(Role::Card, &name);
        let edge = Stroke::new(self.tint.stroke, 1.0).dash(dash);
        svg.rect(
            x + 0.5,
            y + 0.5,
            self.width - 1.0,
            self.height - 1.0,
            6.0,
            Paint::fill(self.tint.fill).with_stroke(edge),
        );
        if self.hypothesis {
            hypothesis_badge(svg, x + self.width - PAD_X - 8.0, y + PAD_Y + 8.0);
        }
        let mut top = y + PAD_Y;
        for (i, r) in self.rows.iter().enumerate() {
            if i > 0 {
                top += ROW_GAP;
            }
            self.draw_row(svg, r, x, top, i == 0);
            top += r.height;
        }
        svg.end();
    }

    fn draw_row(&self, svg: &mut Canvas, r: &LaidRow, x: f32, top: f32, first: bool) {
        let text_h = r.lines.len().max(1) as f32 * r.row.style.line;
        let first_line_top = top + (r.height - text_h).max(0.0) / 2.0;
        let cy = first_line_top + r.row.style.line / 2.0;
        let mut tx = x + PAD_X;
        if let Some(icon) = &r.row.icon {
            draw_icon(svg, icon, tx + 7.0, cy);
            tx += ICON_W;
        }
        if let Some((label, fill, fg)) = &r.row.pill {
            let pill = Paint::fill(fill).with_stroke(Stroke::new(self.tint.stroke, 1.0));
            svg.rect(tx, cy - 8.0, r.pill_w, 16.0, 8.0, pill);
            svg.text(
                tx + r.pill_w / 2.0,
                cy - 8.0 + Style::SMALL_BOLD.baseline(),
                Style::SMALL_BOLD,
                fg,
                Anchor::Middle,
                label,
            );
            tx += r.pill_w + 6.0;
        }
        svg.lines(tx, first_line_top, r.row.style, r.row.color, &r.lines);
        let mut mx = x + self.width - PAD_X - 5.0;
        if r.row.markers.is_empty() {
            return;
        }
        if self.hypothesis && first {
            mx -= BADGE_W;
        }
        for &m in r.row.markers.iter().rev() {
            let s = persona_style(m);
            marker(svg, s.shape, mx, cy, 4.0, s.color, "#FFFFFF");
            mx -= 14.0;
        }
    }
}

/// The dashed "H" badge marking a hypothesis, centred on (cx, cy).
pub fn hypothesis_badge(svg: &mut Canvas, cx: f32, cy: f32) {
    let ring = Stroke::new(MUTED, 1.0).dash(&[2.0, 1.5]);
    svg.circle(cx, cy, 8.0, Paint::fill("#FFFFFF").with_stroke(ring));
    svg.text(
        cx,
        cy + 11.0 * 0.727 / 2.0,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Middle,
        "H",
    );
}

/// Draws a row icon centred on (cx, cy).
pub fn draw_icon(svg: &mut Canvas, icon: &Icon, cx: f32, cy: f32) {
    match icon {
        Icon::Persona(Some(i)) => {
            let s = persona_style(*i);
            marker(svg, s.shape, cx, cy, 4.5, s.color, "#FFFFFF");
        }
        Icon::Persona(None) => {
            let ring = Paint::fill("#FFFFFF").with_stroke(Stroke::new(MUTED, 1.5));
            svg.circle(cx, cy, 4.0, ring);
        }
        Icon::Channel(c) => palette::channel_mark(svg, c.as_deref(), cx + 3.0, cy),
        Icon::Severity(s) => {
            svg.circle(cx, cy, 5.0, Paint::fill(palette::severity_color(Some(*s))));
        }
        Icon::Emotion(e) => palette::face(svg, *e, cx, cy),
        Icon::Decision => marker(
            svg,
            Shape::Diamond,
            cx,
            cy,
            4.5,
            palette::DECISIONS.accent,
            palette::DECISIONS.accent,
        ),
        Icon::Handoff => {
            // An arrow: the shaft, then the head.
            let mut d = BezPath::new();
            d.move_xy(cx - 5.0, cy);
            d.line_xy(cx + 5.0, cy);
            d.move_xy(cx + 1.5, cy - 3.5);
            d.line_xy(cx + 5.0, cy);
            d.line_xy(cx + 1.5, cy + 3.5);
            let line = Stroke::new(palette::HANDOFFS.accent, 1.6).round();
            svg.path(d, Paint::outline(line));
        }
        Icon::Warning => {
            // A warning triangle with an exclamation mark.
            let mut d = BezPath::new();
            d.move_xy(cx, cy - 5.5);
            d.line_xy(cx + 5.5, cy + 4.0);
            d.line_xy(cx - 5.5, cy + 4.0);
            d.close_path();
            svg.path(d, Paint::fill(WARN));
            svg.line(cx, cy - 1.8, cx, cy + 1.2, Stroke::new("#FFFFFF", 1.3));
            svg.circle(cx, cy + 2.6, 0.7, Paint::fill("#FFFFFF"));
        }
    }
}
