//! The value × effort matrix of the backlog page: a 3 × 3 grid, value rising upwards and
//! effort rising to the right, each scored opportunity a numbered dot that links to its row
//! (`#opp-N`) in the table under the matrix; the quick-wins cell (high value, low effort)
//! is tinted and labelled.

use super::drawing::{Anchor, Canvas, Drawing, Paint, Stroke};
use super::layout::{MARGIN, U};
use super::palette::{HAIRLINE, INK, MUTED, OPPORTUNITIES};
use super::text::Style;
use crate::model::{DiagramLabels, Level, OpportunityStatus, Site};
use crate::views::backlog::BacklogItem;

/// Width of one cell, in user units (px).
pub const CELL_W: f32 = 192.0;
/// Minimum height of one cell (room for its label and two rows of dots).
pub const CELL_H: f32 = 112.0;
/// Width of the row-label column on the left.
const LABEL_W: f32 = 96.0;
/// Radius of a dot.
pub const DOT_R: f32 = 11.0;
/// Distance between dot centres.
const DOT_STEP: f32 = 30.0;
/// Room above the dots for the cell's own label (the quick-wins mark).
const CELL_TOP: f32 = 32.0;
/// Room above the grid for the value axis name (the page's heading names the matrix).
const TITLE_H: f32 = 8.0;
/// Dot fill: dark green of the opportunities lane, white number (contrast over 4.5:1).
const DOT_FILL: &str = "#1D5C38";

/// Dots that fit side by side in a cell.
fn per_row() -> usize {
    ((CELL_W - 2.0 * U) / DOT_STEP).floor().max(1.0) as usize
}

/// Where the cells are: the grid's top left and the height of each row (high value first;
/// a row grows when one of its cells holds more dots than two rows).
#[derive(Debug)]
struct Layout {
    x0: f32,
    y0: f32,
    row_h: [f32; 3],
}

impl Layout {
    fn of(items: &[&BacklogItem]) -> Layout {
        let mut row_h = [CELL_H; 3];
        for v in [Level::High, Level::Medium, Level::Low] {
            let most = [Level::Low, Level::Medium, Level::High]
                .iter()
                .map(|e| in_cell(items, v, *e).count())
                .max()
                .unwrap_or(0);
            let rows = most.div_ceil(per_row()) as f32;
            let r = row_of(v);
            row_h[r] = row_h[r].max(CELL_TOP + rows * DOT_STEP + U);
        }
        Layout {
            x0: MARGIN + LABEL_W,
            y0: MARGIN + TITLE_H,
            row_h,
        }
    }

    /// Top of grid row `r` (0: high value).
    fn row_y(&self, r: usize) -> f32 {
        self.y0 + self.row_h[..r].iter().sum::<f32>()
    }

    /// Left of grid column `c` (0: low effort).
    fn col_x(&self, c: usize) -> f32 {
        self.x0 + c as f32 * CELL_W
    }

    fn bottom(&self) -> f32 {
        self.row_y(3)
    }
}

/// Grid row of a value: high at the top.
fn row_of(value: Level) -> usize {
    2 - value.index()
}

/// The items of the cell `value` × `effort`, in the order given.
fn in_cell<'a>(
    items: &'a [&'a BacklogItem],
    value: Level,
    effort: Level,
) -> impl Iterator<Item = &'a BacklogItem> + 'a {
    items
        .iter()
        .copied()
        .filter(move |i| i.value == Some(value) && i.effort == Some(effort))
}

/// The centre of the `k`th dot (from 0) of the cell whose top left is (`x`, `y`): dots fill
/// the cell left to right, then top to bottom, under the cell's label.
pub fn dot_centre(x: f32, y: f32, k: usize) -> (f32, f32) {
    let (row, col) = (k / per_row(), k % per_row());
    (
        x + U + DOT_R + col as f32 * DOT_STEP,
        y + CELL_TOP + DOT_R + row as f32 * DOT_STEP,
    )
}

/// Draws the matrix of `scored` (the backlog's numbered opportunities; items without a
/// number, a value or an effort are left out). Labels are in the site's language; the
/// drawing has no visible title (the page's heading names it; its `<title>` does too).
pub fn draw(site: &Site, scored: &[BacklogItem]) -> Drawing {
    let labels = &site.config.labels;
    let items: Vec<&BacklogItem> = scored.iter().filter(|i| i.number.is_some()).collect();
    let layout = Layout::of(&items);
    let mut svg = Canvas::new();
    cells(&mut svg, labels, &layout);
    for v in [Level::High, Level::Medium, Level::Low] {
        for e in [Level::Low, Level::Medium, Level::High] {
            let (x, y) = (layout.col_x(e.index()), layout.row_y(row_of(v)));
            for (k, item) in in_cell(&items, v, e).enumerate() {
                dot(&mut svg, item, dot_centre(x, y, k));
            }
        }
    }
    let height = axes(&mut svg, labels, &layout);
    let width = layout.col_x(3) + MARGIN;
    svg.finish(
        "wm-backlog-vm-",
        width,
        height + MARGIN,
        &labels.matrix_title,
        &describe(&items),
    )
}

/// The nine cells with their hairlines, the quick-wins cell tinted and labelled, and the
/// row labels (value) on the left.
fn cells(svg: &mut Canvas, labels: &DiagramLabels, layout: &Layout) {
    for r in 0..3 {
        for c in 0..3 {
            let quick = r == 0 && c == 0;
            let paint = if quick {
                Paint::fill(OPPORTUNITIES.fill).with_stroke(Stroke::new(OPPORTUNITIES.stroke, 1.0))
            } else {
                Paint::fill("#FFFFFF").with_stroke(Stroke::new(HAIRLINE, 1.0))
            };
            let (x, y) = (layout.col_x(c), layout.row_y(r));
            svg.rect(x, y, CELL_W, layout.row_h[r], 0.0, paint);
        }
    }
    let (qx, qy) = (layout.col_x(0), layout.row_y(0));
    svg.text(
        qx + U,
        qy + U + Style::SMALL_BOLD.baseline(),
        Style::SMALL_BOLD,
        DOT_FILL,
        Anchor::Start,
        &labels.quick_wins.to_uppercase(),
    );
    for v in [Level::High, Level::Medium, Level::Low] {
        let r = row_of(v);
        let mid = layout.row_y(r) + layout.row_h[r] / 2.0;
        svg.text(
            layout.x0 - U,
            mid + Style::BODY.size * CAP_HALF,
            Style::BODY,
            MUTED,
            Anchor::End,
            &labels.levels[v.index()],
        );
    }
}

/// The column labels (effort) under the grid and the two axis names with their arrows;
/// gives the bottom of what is drawn.
fn axes(svg: &mut Canvas, labels: &DiagramLabels, layout: &Layout) -> f32 {
    let bottom = layout.bottom();
    let base = bottom + U + Style::BODY.baseline();
    for e in [Level::Low, Level::Medium, Level::High] {
        let x = layout.col_x(e.index()) + CELL_W / 2.0;
        svg.text(
            x,
            base,
            Style::BODY,
            MUTED,
            Anchor::Middle,
            &labels.levels[e.index()],
        );
    }
    // Effort: an arrow along the bottom, pointing right.
    let ay = bottom + 3.0 * U + Style::BODY.line;
    let (x1, x2) = (layout.x0, layout.col_x(3));
    svg.line(x1, ay, x2 - 6.0, ay, Stroke::new(MUTED, 1.5));
    svg.polygon(
        vec![(x2, ay), (x2 - 8.0, ay - 4.0), (x2 - 8.0, ay + 4.0)],
        Paint::fill(MUTED),
    );
    let eb = ay + U + Style::BODY_BOLD.baseline();
    svg.text(x2, eb, Style::BODY_BOLD, INK, Anchor::End, &labels.effort);
    // Value: an arrow up the left edge of the label column, pointing up.
    let vx = MARGIN + 4.0;
    let (y1, y2) = (bottom, layout.y0);
    svg.line(vx, y1, vx, y2 + 6.0, Stroke::new(MUTED, 1.5));
    svg.polygon(
        vec![(vx, y2), (vx - 4.0, y2 + 8.0), (vx + 4.0, y2 + 8.0)],
        Paint::fill(MUTED),
    );
    svg.text(
        vx + U,
        y2 + Style::BODY_BOLD.baseline(),
        Style::BODY_BOLD,
        INK,
        Anchor::Start,
        &labels.value,
    );
    eb + U
}

/// One numbered dot, a link to its row on the page, named by its number and text; a done or
/// dropped opportunity is a hollow dot (still placed, no longer to pick).
fn dot(svg: &mut Canvas, item: &BacklogItem, (cx, cy): (f32, f32)) {
    let Some(n) = item.number else {
        return;
    };
    let closed = matches!(
        item.status,
        Some(OpportunityStatus::Done | OpportunityStatus::Dropped)
    );
    let (fill, ink) = if closed {
        ("#FFFFFF", DOT_FILL)
    } else {
        (DOT_FILL, "#FFFFFF")
    };
    let ring = if closed { DOT_FILL } else { "#FFFFFF" };
    let mut inner = Canvas::new();
    inner.circle(
        cx,
        cy,
        DOT_R,
        Paint::fill(fill).with_stroke(Stroke::new(ring, 1.5)),
    );
    inner.text(
        cx,
        cy + Style::SMALL_BOLD.size * CAP_HALF,
        Style::SMALL_BOLD,
        ink,
        Anchor::Middle,
        &n.to_string(),
    );
    let title = format!(
        "{n}. {} ({} · {})",
        item.text, item.place.journey_title, item.place.stage_name
    );
    svg.link(&format!("#opp-{n}"), &title, inner);
}

/// Half of Inter's cap height: what centres a line of digits on a point.
const CAP_HALF: f32 = super::text::CAP_HEIGHT / 2.0;

/// The accessible description: the opportunities of each cell, by number and text.
fn describe(items: &[&BacklogItem]) -> String {
    let mut d = format!(
        "Value and effort matrix of {} scored opportunities; value rises upwards, effort to the right.",
        items.len()
    );
    for v in [Level::High, Level::Medium, Level::Low] {
        for e in [Level::Low, Level::Medium, Level::High] {
            let here: Vec<String> = in_cell(items, v, e)
                .filter_map(|i| i.number.map(|n| format!("{n} {}", i.text)))
                .collect();
            if !here.is_empty() {
                d.push_str(&format!(
                    " {} value, {} effort: {}.",
                    v.label(),
                    e.label(),
                    here.join("; ")
                ));
            }
        }
    }
    d
}
