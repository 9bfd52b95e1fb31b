//! A journey's content-plan pages: stages as rows, personas as columns, asset chips and
//! gaps in the cells.

use super::{BOTTOM, H2, M, PAGE_W, Page, TOP};
use crate::diagram::drawing::{Anchor, Canvas, Paint, Stroke};
use crate::diagram::palette::{HAIRLINE, INK, MUTED, WARN};
use crate::diagram::text::{Style, width, wrap_clamped};
use crate::model::{AssetStatus, Journey, Site};
use crate::views::plan;

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

/// Chip height of a one-line asset title.
const CHIP_H: f32 = 18.0;
/// Each further line of a chip.
const LINE: f32 = 13.0;
/// Chips shown in a cell before "and N more".
const MAX_CHIPS: usize = 3;
/// Width of the stage column.
const STAGE_W: f32 = 150.0;

/// Height of a chip of `lines` lines.
fn chip_h(lines: usize) -> f32 {
    CHIP_H + lines.saturating_sub(1) as f32 * LINE
}

/// One cell laid out: asset chips (title lines, status, approval expired), or a gap, an
/// inactive role or an empty cell.
enum Cell {
    Chips(Vec<(Vec<String>, AssetStatus, bool)>),
    Gap,
    Inactive,
    Empty,
}

/// One stage row laid out: the stage name's lines, the cells and the row height.
struct Row {
    name: Vec<String>,
    cells: Vec<Cell>,
    height: f32,
}

/// The table's geometry: column width and chip width.
#[derive(Clone, Copy)]
struct Table {
    col_w: f32,
    chip_w: f32,
}

impl Table {
    /// Left edge of the content of persona column `ci`.
    fn x(self, ci: usize) -> f32 {
        M + STAGE_W + ci as f32 * self.col_w + 6.0
    }
}

/// Lays out the row of stage `r`: wraps asset titles into chips and measures the height.
fn row(r: &plan::PlanRow, t: Table) -> Row {
    let cells: Vec<Cell> = r
        .cells
        .iter()
        .map(|c| {
            if !c.assets.is_empty() {
                Cell::Chips(
                    c.assets
                        .iter()
                        .map(|a| {
                            let lines = wrap_clamped(&a.title, Style::SMALL, t.chip_w - 14.0, 2);
                            (lines, a.status, a.expired)
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
    let name = wrap_clamped(&r.stage_name, Style::BODY_BOLD, STAGE_W - 16.0, 2);
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
    Row {
        name,
        cells,
        height: content_h + 10.0,
    }
}

/// Cuts rows into pages of at most `avail` height (a row taller than that gets a page of
/// its own); gives the row indexes of each page.
fn paginate(rows: &[Row], avail: f32) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = vec![Vec::new()];
    let mut used = 0.0;
    for (i, r) in rows.iter().enumerate() {
        if used + r.height > avail && !groups.last().is_some_and(Vec::is_empty) {
            groups.push(Vec::new());
            used = 0.0;
        }
        used += r.height;
        if let Some(g) = groups.last_mut() {
            g.push(i);
        }
    }
    groups
}

/// The content plan of a journey: stages as rows, personas as columns, split over pages
/// by rows.
pub(super) fn plan_pages(site: &Site, j: &Journey, pages: &mut Vec<Page>) {
    let ui = &site.config.ui;
    let p = plan::journey_plan(site, j);
    let cols = p.personas.len().max(1);
    let col_w = (PAGE_W - 2.0 * M - STAGE_W) / cols as f32;
    let t = Table {
        col_w,
        chip_w: col_w - 12.0,
    };
    let head_lines: Vec<Vec<String>> = p
        .personas
        .iter()
        .map(|x| wrap_clamped(&x.name, Style::SMALL_BOLD, col_w - 12.0, 2))
        .collect();
    let head_h =
        head_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * Style::SMALL_BOLD.line + 12.0;
    let legend_h = 28.0;
    let top = TOP + 36.0;
    let rows: Vec<Row> = p.rows.iter().map(|r| row(r, t)).collect();
    let groups = paginate(&rows, BOTTOM - top - head_h - legend_h);
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
        heading(&mut s, site, &p);
        let mut y = top;
        s.text(
            M + 8.0,
            y + 6.0 + Style::SMALL_BOLD.baseline(),
            Style::SMALL_BOLD,
            MUTED,
            Anchor::Start,
            &ui.t("label-stage").to_uppercase(),
        );
        for (ci, lines) in head_lines.iter().enumerate() {
            s.lines(t.x(ci), y + 6.0, Style::SMALL_BOLD, INK, lines);
        }
        y += head_h;
        let table_w = PAGE_W - 2.0 * M;
        s.line(M, y, M + table_w, y, Stroke::new(MUTED, 1.0));
        for &ri in group {
            let r = &rows[ri];
            s.lines(M + 8.0, y + 6.0, Style::BODY_BOLD, INK, &r.name);
            for (ci, c) in r.cells.iter().enumerate() {
                cell(&mut s, site, c, t, t.x(ci), y + 6.0);
            }
            y += r.height;
            s.line(M, y, M + table_w, y, Stroke::new(HAIRLINE, 1.0));
        }
        legend(&mut s, site);
        page.body = s;
        pages.push(page);
    }
}

/// The page heading and the gap count at the right.
fn heading(s: &mut Canvas, site: &Site, p: &plan::JourneyPlan) {
    let ui = &site.config.ui;
    let title = ui.t("deck-content-by-stage");
    s.text(M, TOP + 20.0, H2, INK, Anchor::Start, &title);
    let mut counts = fluent_bundle::FluentArgs::new();
    counts.set("gaps", p.gaps);
    counts.set("cells", p.cells);
    let summary = ui.format("plan-gaps-in-cells", Some(&counts));
    let color = if p.gaps > 0 { WARN } else { MUTED };
    s.text(
        PAGE_W - M,
        TOP + 20.0,
        Style::BODY,
        color,
        Anchor::End,
        &summary,
    );
}

/// Draws one cell with its top left at (x, y).
fn cell(s: &mut Canvas, site: &Site, c: &Cell, t: Table, x: f32, y: f32) {
    let ui = &site.config.ui;
    let mut cy = y;
    match c {
        Cell::Chips(chips) => {
            for (lines, status, expired) in chips.iter().take(MAX_CHIPS) {
                let (fill, fg) = status_style(*status);
                let mut paint = Paint::fill(fill);
                if *expired {
                    paint = paint.with_stroke(Stroke::new(WARN, 1.0));
                }
                let h = chip_h(lines.len());
                s.rect(x, cy, t.chip_w, h, 3.0, paint);
                for (li, l) in lines.iter().enumerate() {
                    let ly = cy + 12.5 + li as f32 * LINE;
                    s.text(x + 7.0, ly, Style::SMALL, fg, Anchor::Start, l);
                }
                cy += h + 3.0;
            }
            if chips.len() > MAX_CHIPS {
                let more = ui.t_n("deck-and-more", (chips.len() - MAX_CHIPS) as i64);
                s.text(
                    x + 2.0,
                    cy + 10.0,
                    Style::SMALL,
                    MUTED,
                    Anchor::Start,
                    &more,
                );
            }
        }
        Cell::Gap => {
            let edge = Stroke::new("#F2C7B5", 1.0).dash(&[3.0, 2.0]);
            let paint = Paint::fill("#FDEEE8").with_stroke(edge);
            s.rect(x, cy, t.chip_w, CHIP_H, 3.0, paint);
            let gap = ui.t("deck-gap");
            s.text(
                x + 7.0,
                cy + 12.5,
                Style::SMALL_BOLD,
                WARN,
                Anchor::Start,
                &gap,
            );
        }
        Cell::Inactive => {
            let label = ui.t("label-not-active");
            s.text(
                x + 2.0,
                cy + 12.5,
                Style::SMALL,
                "#7B8794",
                Anchor::Start,
                &label,
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

/// The status legend at the foot of the page, and the mark of an expired approval.
fn legend(s: &mut Canvas, site: &Site) {
    let ui = &site.config.ui;
    let mut lx = M;
    let ly = BOTTOM - 16.0;
    // Retired assets are not planned: no swatch for them.
    for st in AssetStatus::ALL
        .into_iter()
        .filter(|s| *s != AssetStatus::Retired)
    {
        let (fill, fg) = status_style(st);
        let label = ui.t(&format!("status-{}", st.label()));
        let w = width(&label, Style::SMALL) + 16.0;
        s.rect(lx, ly, w, 16.0, 3.0, Paint::fill(fill));
        s.text(lx + 8.0, ly + 11.5, Style::SMALL, fg, Anchor::Start, &label);
        lx += w + 6.0;
    }
    let mark = Paint::fill("#FFFFFF").with_stroke(Stroke::new(WARN, 1.0));
    s.rect(lx + 8.0, ly, 16.0, 16.0, 3.0, mark);
    let label = ui.t("label-approval-expired");
    s.text(
        lx + 30.0,
        ly + 11.5,
        Style::SMALL,
        MUTED,
        Anchor::Start,
        &label,
    );
}
