//! Persona slides, two personas side by side: name, role, kind and buying role, quote,
//! then goals, needs, questions and blockers in a two-by-two grid, each list cut with "and
//! N more" where its cell ends (the full lists and the narratives are in the notes).

use super::{M, Para, SLIDE_H, SLIDE_W, Slide, TOP, TextBox, clamp, column};
use crate::diagram::drawing::{Anchor, Canvas, Paint};
use crate::diagram::palette::{CHIP, INK, MUTED};
use crate::diagram::text::{Style, width};
use crate::model::{Persona, Site};

/// Gap between the two personas.
const GAP: f32 = 40.0;
/// Gap between the two list columns of one persona.
const INNER: f32 = 16.0;

/// The slide of one or two personas.
pub fn persona_slide(site: &Site, pair: &[&Persona]) -> Slide {
    let ui = &site.config.ui;
    let names: Vec<&str> = pair.iter().map(|p| p.name.as_str()).collect();
    let mut slide = Slide::new(
        &ui.t("label-personas"),
        &names.join(" · "),
        &names.join(" · "),
    );
    let half = (SLIDE_W - 2.0 * M - GAP) / 2.0;
    let mut c = Canvas::new();
    let mut notes: Vec<String> = Vec::new();
    // The lists start at one height for both personas, below the taller header.
    let heads: Vec<(TextBox, f32)> = pair
        .iter()
        .enumerate()
        .map(|(i, p)| header(site, &mut c, p, M + i as f32 * (half + GAP), half))
        .collect();
    let y = heads.iter().map(|h| h.1).fold(TOP, f32::max);
    for (i, (p, (head, _))) in pair.iter().zip(heads).enumerate() {
        let x = M + i as f32 * (half + GAP);
        slide.boxes.push(head);
        let lists = [
            (ui.t("persona-goals"), &p.goals),
            (ui.t("persona-needs"), &p.needs),
            (ui.t("persona-questions"), &p.questions),
            (ui.t("persona-blockers"), &p.blockers),
        ];
        let col = (half - INNER) / 2.0;
        let mid = y + (super::BOTTOM - y) / 2.0;
        for (k, (heading, items)) in lists.iter().enumerate() {
            let cx = x + (k % 2) as f32 * (col + INNER);
            let (top, bottom) = if k < 2 {
                (y, mid - 8.0)
            } else {
                (mid, super::BOTTOM)
            };
            let (tb, cut) = column(site, (cx, top, col, bottom), heading, items);
            slide.boxes.push(tb);
            if !cut.is_empty() {
                notes.push(format!("{} · {heading}:", p.name));
                notes.extend(cut.iter().map(|c| format!("• {c}")));
            }
        }
        if !p.narrative.trim().is_empty() {
            notes.push(format!("{}:", p.name));
            notes.push(p.narrative.trim().to_string());
        }
        notes.push(String::new());
    }
    slide.drawing = c.into_page(SLIDE_W, SLIDE_H);
    slide.notes = notes.join("\n").trim().to_string();
    slide
}

/// Name, role, chips (kind, buying role) and quote at `x`, `w` wide; the text box and the
/// y below.
fn header(site: &Site, c: &mut Canvas, p: &Persona, x: f32, w: f32) -> (TextBox, f32) {
    let mut paras = vec![Para::new(
        &clamp(&p.name, Style::TITLE, w, 1),
        Style::TITLE,
        INK,
        0.0,
    )];
    if let Some(r) = &p.role {
        paras.push(Para::new(
            &clamp(r, Style::BODY, w, 1),
            Style::BODY,
            MUTED,
            0.0,
        ));
    }
    let mut tb = TextBox {
        x,
        y: TOP,
        w,
        h: 0.0,
        paras,
    };
    let mut y = TOP + tb.used() + 6.0;
    let role = p
        .buying_role
        .map(|b| site.config.labels.buying_roles[b as usize].clone());
    let mut cx = x;
    let mut chips = false;
    // A kind that says what the buying role says ("user", "user") is one chip.
    let role = role.filter(|r| p.kind.as_ref().is_none_or(|k| !k.eq_ignore_ascii_case(r)));
    for label in [p.kind.clone(), role].into_iter().flatten() {
        let label = clamp(&label, super::LABEL, w / 2.0 - 20.0, 1);
        let cw = width(&label, super::LABEL) + 16.0;
        c.rect(cx, y, cw, 20.0, 10.0, Paint::fill(CHIP));
        c.text(cx + 8.0, y + 14.0, super::LABEL, INK, Anchor::Start, &label);
        cx += cw + 8.0;
        chips = true;
    }
    if chips {
        y += 28.0;
    }
    if let Some(q) = &p.quote {
        let q = clamp(&format!("“{q}”"), Style::BODY, w, 2);
        let quote = Para::new(&q, Style::BODY, INK, 0.0);
        let qb = TextBox {
            x,
            y,
            w,
            h: quote.height(w),
            paras: vec![quote],
        };
        y += qb.h;
        tb.h = y - TOP;
        tb.paras.extend(Vec::new());
        return (merge(tb, qb), y + 12.0);
    }
    tb.h = tb.used();
    (tb, y + 8.0)
}

/// The header box with the quote's box under it as one text box (one frame in PowerPoint),
/// keeping the chips' room as space before the quote.
fn merge(mut head: TextBox, quote: TextBox) -> TextBox {
    let gap = quote.y - head.y - head.used();
    let mut paras = quote.paras;
    if let Some(p) = paras.first_mut() {
        p.space_before = gap;
    }
    head.paras.extend(paras);
    head.h = quote.y + quote.h - head.y;
    head
}
