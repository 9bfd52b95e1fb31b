//! A to-be map against its baseline: the comparison chart at the left; at the right the
//! metric pairs and the changes to touchpoints, pain points, decisions, hand-offs and
//! opportunities stage by stage, cut with "and N more" where the page ends.

use super::{BOTTOM, Embed, M, PAGE_W, Page, TOP};
use crate::diagram::drawing::{Anchor, Canvas, Paint};
use crate::diagram::palette::{INK, MUTED};
use crate::diagram::text::{Style, Weight, wrap_clamped};
use crate::diagram::{self};
use crate::model::{Journey, Site};
use crate::views::compare::{ChangeLine, Comparison};

/// Width of the chart's box.
const CHART_W: f32 = 540.0;
/// Left edge of the list column.
const LIST_X: f32 = M + CHART_W + 24.0;
/// Width of the list column.
const LIST_W: f32 = PAGE_W - M - LIST_X;
/// The list's text: 10 pt, so that it reads on a projected slide.
const ITEM: Style = Style {
    size: 10.0,
    weight: Weight::Regular,
    line: 13.0,
};
/// The list's headings.
const HEAD: Style = Style::SMALL_BOLD;

/// The comparison page of `to_be`, when it has a baseline in the site.
pub(super) fn compare_page(site: &Site, to_be: &Journey, pages: &mut Vec<Page>) {
    let Some(cmp) = crate::views::compare::comparison_of(site, to_be) else {
        return;
    };
    let ui = &site.config.ui;
    let mut page = Page::new(&ui.t("compare-title"), &to_be.title);
    page.note = format!("{} · {}", ui.t("compare-as-is"), cmp.baseline_title);
    let mut s = Canvas::new();
    let y = metrics(&mut s, site, &cmp, TOP);
    changes(&mut s, site, &cmp, y);
    page.body = s;
    page.embed = Some(Embed {
        drawing: diagram::compare::draw(site, to_be, &cmp),
        x: M,
        y: TOP,
        w: CHART_W,
        h: BOTTOM - TOP,
    });
    pages.push(page);
}

/// One line of the list in `style` and `color`, at most two lines; returns the y below, or
/// `None` when it does not fit above the page's end.
fn item(s: &mut Canvas, (style, color): (Style, &str), text: &str, x: f32, y: f32) -> Option<f32> {
    let lines = wrap_clamped(text, style, LIST_X + LIST_W - x, 2);
    let h = lines.len() as f32 * style.line;
    if y + h > BOTTOM {
        return None;
    }
    s.lines(x, y, style, color, &lines);
    Some(y + h + 2.0)
}

/// The metric pairs, as-is now → to-be target, under the stage names; returns the y below.
fn metrics(s: &mut Canvas, site: &Site, cmp: &Comparison, y: f32) -> f32 {
    let rows: Vec<String> = cmp
        .stages
        .iter()
        .flat_map(|st| &st.metrics)
        .map(|m| {
            let (a, b) = (
                m.baseline_current.as_deref().unwrap_or("—"),
                m.to_be_target.as_deref().unwrap_or("—"),
            );
            format!("{}: {a} → {b}", m.name)
        })
        .collect();
    if rows.is_empty() {
        return y;
    }
    let ui = &site.config.ui;
    let head = format!(
        "{} ({} → {})",
        ui.t("compare-metrics"),
        ui.t("compare-metric-as-is"),
        ui.t("compare-metric-to-be")
    );
    let Some(mut y) = item(s, (HEAD, INK), &head, LIST_X, y) else {
        return y;
    };
    for r in rows {
        match item(s, (ITEM, INK), &r, LIST_X, y) {
            Some(ny) => y = ny,
            None => return y,
        }
    }
    y + 8.0
}

/// The changes stage by stage (tagged added, removed, resolved, new pain point); what does
/// not fit is counted in one "and N more".
fn changes(s: &mut Canvas, site: &Site, cmp: &Comparison, y: f32) {
    let ui = &site.config.ui;
    let total: usize = cmp
        .stages
        .iter()
        .map(|st| st.changes.iter().filter(|c| c.in_deck()).count())
        .sum();
    let mut shown = 0;
    let mut y = match item(s, (HEAD, INK), &ui.t("compare-changes"), LIST_X, y) {
        Some(y) => y,
        None => return,
    };
    // Room kept for the "and N more" line.
    let room = BOTTOM - ITEM.line;
    'stages: for st in &cmp.stages {
        if !st.changes.iter().any(ChangeLine::in_deck) {
            continue;
        }
        // A stage heading only with room for one two-line change under it.
        if y + 2.0 + HEAD.line + 2.0 * ITEM.line > room {
            break;
        }
        y = item(s, (HEAD, MUTED), &st.name, LIST_X, y + 2.0).unwrap_or(y);
        for c in st.changes.iter().filter(|c| c.in_deck()) {
            let tag = ui.t(c.effect.message_key());
            let text = format!("{tag}: {}", c.sentence);
            if y + 2.0 * ITEM.line > room {
                break 'stages;
            }
            s.circle(LIST_X + 3.0, y + ITEM.line / 2.0, 2.0, Paint::fill(MUTED));
            match item(s, (ITEM, INK), &text, LIST_X + 10.0, y) {
                Some(ny) => y = ny,
                None => break 'stages,
            }
            shown += 1;
        }
    }
    if shown < total {
        let more = ui.t_n("deck-and-more", (total - shown) as i64);
        s.text(
            LIST_X,
            y + ITEM.baseline(),
            ITEM,
            MUTED,
            Anchor::Start,
            &more,
        );
    }
}
