//! The comparison slide of a to-be map with its baseline in the site: at the left how each
//! persona's emotion moves stage by stage (as-is → to-be, a table at slide size) and the
//! metric pairs; at the right the changes to touchpoints, pain points, decision moments,
//! hand-offs and opportunities, stage by stage, in the change history's sentences. What
//! does not fit ends in "and N more" and is written out in the speaker notes.

use super::{
    BULLET_INDENT, ITEM, LABEL, M, META, Para, SLIDE_H, SLIDE_W, Slide, TOP, TextBox, clamp,
};
use crate::diagram::drawing::{Anchor, Canvas, Paint, Stroke};
use crate::diagram::journey::signed;
use crate::diagram::palette::{HAIRLINE, INK, MUTED};
use crate::diagram::text::Style;
use crate::model::{Journey, Site};
use crate::views::compare::{ChangeLine, Comparison};

/// Width of the left column (emotions and metrics).
const LEFT_W: f32 = 430.0;
/// Left edge of the changes column.
const RIGHT_X: f32 = M + LEFT_W + 30.0;
/// Width of the persona-name column of the emotion table.
const NAME_W: f32 = 120.0;
/// Fill of a cell where the persona feels better in the to-be map, and where worse.
const BETTER: &str = "#E3F2E9";
const WORSE: &str = "#FBE6E1";

/// The comparison slide of `to_be`, when its baseline is in the site.
pub(super) fn compare_slide(site: &Site, to_be: &Journey) -> Option<Slide> {
    let cmp = crate::views::compare::comparison_of(site, to_be)?;
    let ui = &site.config.ui;
    let note = format!(
        "{} · {} {}",
        to_be.title,
        ui.t("compare-as-is"),
        cmp.baseline_title
    );
    let mut slide = Slide::new(&ui.t("compare-title"), &note, &to_be.title);
    let mut c = Canvas::new();
    let y = emotion_table(&mut c, site, &cmp, TOP);
    let mut notes: Vec<String> = Vec::new();
    let (mbox, mcut) = metrics(site, &cmp, y + 16.0);
    slide.boxes.extend(mbox);
    notes.extend(mcut);
    let (cbox, ccut) = changes(site, &cmp);
    slide.boxes.push(cbox);
    notes.extend(ccut);
    slide.drawing = c.into_page(SLIDE_W, SLIDE_H);
    slide.notes = notes.join("\n");
    Some(slide)
}

/// Personas as rows, stages as columns, each cell `as-is → to-be`, tinted by the change;
/// returns the y below.
fn emotion_table(c: &mut Canvas, site: &Site, cmp: &Comparison, top: f32) -> f32 {
    let ui = &site.config.ui;
    let head = format!(
        "{} ({} → {})",
        site.config.labels.lanes[3],
        ui.t("compare-as-is"),
        ui.t("compare-to-be")
    );
    super::label(c, M, top + 10.0, MUTED, &head);
    let n = cmp.stages.len().max(1);
    let col = (LEFT_W - NAME_W) / n as f32;
    let mut y = top + 18.0;
    for (i, st) in cmp.stages.iter().enumerate() {
        let x = M + NAME_W + i as f32 * col;
        let num = (i + 1).to_string();
        c.text(x + col / 2.0, y + 11.0, LABEL, MUTED, Anchor::Middle, &num);
        let _ = st;
    }
    y += 18.0;
    let rows = cmp.personas.len().min(7);
    for (pi, p) in cmp.personas.iter().enumerate().take(rows) {
        let name = clamp(&p.name, Style::SMALL, NAME_W - 8.0, 1);
        c.text(M, y + 15.0, Style::SMALL, INK, Anchor::Start, &name);
        for (i, st) in cmp.stages.iter().enumerate() {
            let Some(e) = st.emotions.get(pi) else {
                continue;
            };
            let x = M + NAME_W + i as f32 * col;
            let text = match (e.baseline, e.to_be) {
                (Some(a), Some(b)) => format!("{}→{}", signed(a), signed(b)),
                (None, Some(b)) => format!("→{}", signed(b)),
                (Some(a), None) => format!("{}→", signed(a)),
                (None, None) => continue,
            };
            match e.delta {
                Some(d) if d > 0 => {
                    c.rect(x + 1.0, y + 2.0, col - 2.0, 20.0, 3.0, Paint::fill(BETTER))
                }
                Some(d) if d < 0 => {
                    c.rect(x + 1.0, y + 2.0, col - 2.0, 20.0, 3.0, Paint::fill(WORSE))
                }
                _ => {}
            }
            let text = clamp(&text, META, col - 4.0, 1);
            c.text(x + col / 2.0, y + 16.0, META, INK, Anchor::Middle, &text);
        }
        c.line(
            M,
            y + 24.0,
            M + LEFT_W,
            y + 24.0,
            Stroke::new(HAIRLINE, 1.0),
        );
        y += 24.0;
    }
    // Stage names under the table: the numbers above refer to them.
    let names: Vec<String> = cmp
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} {}", i + 1, s.name))
        .collect();
    let legend = clamp(&names.join(" · "), META, LEFT_W, 3);
    let lines = crate::diagram::text::wrap(&legend, META, LEFT_W);
    c.lines(M, y + 6.0, META, MUTED, &lines);
    y + 6.0 + lines.len() as f32 * META.line
}

/// The metric pairs, as-is now → to-be target, under a heading.
fn metrics(site: &Site, cmp: &Comparison, y: f32) -> (Option<TextBox>, Vec<String>) {
    let ui = &site.config.ui;
    let rows: Vec<String> = cmp
        .stages
        .iter()
        .flat_map(|st| &st.metrics)
        .map(|m| {
            let a = m.baseline_current.as_deref().unwrap_or("—");
            let b = m.to_be_target.as_deref().unwrap_or("—");
            format!("{}: {a} → {b}", m.name)
        })
        .collect();
    if rows.is_empty() {
        return (None, Vec::new());
    }
    let head = format!(
        "{} ({} → {})",
        ui.t("compare-metrics"),
        ui.t("compare-metric-as-is"),
        ui.t("compare-metric-to-be")
    );
    let (tb, cut) = super::column(site, (M, y, LEFT_W, super::BOTTOM), &head, &rows);
    (Some(tb), cut)
}

/// The changes, stage by stage, in one text box; what does not fit is returned.
fn changes(site: &Site, cmp: &Comparison) -> (TextBox, Vec<String>) {
    let ui = &site.config.ui;
    let w = SLIDE_W - M - RIGHT_X;
    let room = super::BOTTOM - TOP - META.line - 6.0;
    let mut paras = vec![Para::new(
        &ui.t("compare-changes").to_uppercase(),
        LABEL,
        MUTED,
        0.0,
    )];
    let mut used = LABEL.line;
    let mut cut: Vec<String> = Vec::new();
    for st in &cmp.stages {
        let lines: Vec<&ChangeLine> = st.changes.iter().filter(|c| c.in_deck()).collect();
        if lines.is_empty() {
            continue;
        }
        let head = Para::new(&st.name, Style::SMALL_BOLD, INK, 8.0);
        let mut first = true;
        for c in lines {
            let tag = ui.t(c.effect.message_key());
            let text = format!("{tag}: {}", c.sentence);
            let p = Para::new(&clamp(&text, ITEM, w - BULLET_INDENT, 2), ITEM, INK, 3.0).bulleted();
            let h = p.height(w) + if first { head.height(w) } else { 0.0 };
            if !cut.is_empty() || used + h > room {
                cut.push(format!("{}: {text}", st.name));
                continue;
            }
            if first {
                paras.push(head.clone());
                first = false;
            }
            used += h;
            paras.push(p);
        }
    }
    if !cut.is_empty() {
        let more = ui.t_n("deck-and-more", cut.len() as i64);
        paras.push(Para::new(&more, META, MUTED, 4.0));
    }
    let tb = TextBox {
        x: RIGHT_X,
        y: TOP,
        w,
        h: super::BOTTOM - TOP,
        paras,
    };
    (tb, cut)
}
