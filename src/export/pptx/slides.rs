//! The deck's slides, before they are written: what each slide draws, its text boxes and
//! its speaker notes.
//!
//! In order: a title slide (site title, description, counts, newest review date); per
//! journey an overview slide (the stakeholder map, else the journey diagram, scaled to
//! fit) and one slide per group of [`STAGES_PER_SLIDE`] stages (the journey diagram of
//! those stages, scaled to fit); then one slide per persona of the selected journeys.
//! Slides are drawn in points, 960 × 540 (12192000 × 6858000 EMU).

use super::shapes::{Para, TextBox};
use crate::diagram::drawing::{Anchor, Canvas, Color, Drawing, Paint, Stroke};
use crate::diagram::palette::{HAIRLINE, INK, MUTED};
use crate::diagram::text::{Style, Weight, width, wrap};
use crate::diagram::{journey_drawing, stakeholder_drawing};
use crate::model::{Journey, Persona, Site};

/// Slide width in points.
pub const SLIDE_W: f32 = 960.0;
/// Slide height in points.
pub const SLIDE_H: f32 = 540.0;
/// Stages on each stage slide.
pub const STAGES_PER_SLIDE: usize = 2;
/// Side margin.
const M: f32 = 40.0;
/// Top of the content area.
const TOP: f32 = 56.0;
/// Bottom of the content area.
const BOTTOM: f32 = 504.0;
/// The waymark accent.
const ACCENT: &str = "#0B4F7C";

const DISPLAY: Style = Style::DISPLAY;
const LEAD: Style = Style::LEAD;
const H2: Style = Style {
    size: 24.0,
    weight: Weight::SemiBold,
    line: 30.0,
};

/// One slide: its drawing (slide points, diagrams embedded), text boxes over it, and the
/// speaker notes (one paragraph a line).
#[derive(Debug, Clone)]
pub struct Slide {
    /// Shapes and one-line labels.
    pub drawing: Drawing,
    /// Wrapped text boxes.
    pub boxes: Vec<TextBox>,
    /// Speaker notes; empty for none.
    pub notes: String,
    /// Footer text (journey title or persona name); empty on the title slide.
    pub footer: String,
}

fn color(hex: &str) -> Color {
    Color::hex(hex).unwrap_or(Color::BLACK)
}

fn para(text: &str, style: Style, hex: &str, space_before: f32) -> Para {
    Para {
        text: text.to_string(),
        style,
        color: color(hex),
        bullet: false,
        space_before,
    }
}

/// Every slide of the deck of `journeys`, footers and slide numbers drawn.
pub fn slides(site: &Site, journeys: &[&Journey]) -> Vec<Slide> {
    let mut out = vec![title_slide(site, journeys)];
    for j in journeys {
        out.push(overview_slide(site, j));
        for a in (0..j.stages.len()).step_by(STAGES_PER_SLIDE) {
            let b = (a + STAGES_PER_SLIDE).min(j.stages.len());
            out.push(stage_slide(site, j, a, b));
        }
    }
    for p in personas(site, journeys) {
        out.push(persona_slide(site, p));
    }
    let total = out.len();
    for (i, s) in out.iter_mut().enumerate().skip(1) {
        footer(&site.config.title, s, i + 1, total);
    }
    out
}

/// The personas the selected journeys list, in the site's order.
pub fn personas<'a>(site: &'a Site, journeys: &[&Journey]) -> Vec<&'a Persona> {
    site.personas
        .iter()
        .filter(|p| journeys.iter().any(|j| j.personas.contains(&p.id)))
        .collect()
}

/// The footer: site and slide title at the left, "n / N" at the right, over a hairline.
fn footer(site_title: &str, s: &mut Slide, n: usize, total: usize) {
    let mut c = Canvas::new();
    c.line(M, 512.0, SLIDE_W - M, 512.0, Stroke::new(HAIRLINE, 1.0));
    let text = if s.footer.is_empty() {
        site_title.to_string()
    } else {
        format!("{site_title} · {}", s.footer)
    };
    c.text(M, 528.0, Style::SMALL, MUTED, Anchor::Start, &text);
    let num = format!("{n} / {total}");
    c.text(SLIDE_W - M, 528.0, Style::SMALL, MUTED, Anchor::End, &num);
    s.drawing.items.extend(c.into_page(0.0, 0.0).items);
}

/// A slide with a section label at the top left and `note` at the top right.
fn framed(section: &str, note: &str) -> Canvas {
    let mut c = Canvas::new();
    c.text(
        M,
        32.0,
        Style::SMALL_BOLD,
        ACCENT,
        Anchor::Start,
        &section.to_uppercase(),
    );
    c.text(SLIDE_W - M, 32.0, Style::SMALL, MUTED, Anchor::End, note);
    c.line(M, 42.0, SLIDE_W - M, 42.0, Stroke::new(HAIRLINE, 1.0));
    c
}

/// `d` scaled to fit the content area (never enlarged), centred across it.
fn place(c: &mut Canvas, d: Drawing) {
    let (cw, ch) = (SLIDE_W - 2.0 * M, BOTTOM - TOP);
    let fit = (cw / d.width.max(1.0)).min(ch / d.height.max(1.0)).min(1.0);
    let x = M + (cw - d.width * fit) / 2.0;
    c.embed(d, x, TOP, fit);
}

fn title_slide(site: &Site, journeys: &[&Journey]) -> Slide {
    let ui = &site.config.ui;
    let (left, col) = (72.0, 600.0);
    let label = ui.t("deck-journey-maps").to_uppercase();
    let mut head = vec![para(&label, Style::SMALL_BOLD, MUTED, 0.0)];
    head.push(para(&site.config.title, DISPLAY, INK, 6.0));
    let mut h = Style::SMALL_BOLD.line + 6.0 + lines(&site.config.title, DISPLAY, col, 3);
    if let Some(d) = &site.config.description {
        head.push(para(d, LEAD, MUTED, 12.0));
        h += 12.0 + lines(d, LEAD, col, 5);
    }
    let top = 96.0;
    let rule = (top + h + 24.0).min(380.0);
    let mut c = Canvas::new();
    c.rect(0.0, 0.0, 12.0, SLIDE_H, 0.0, Paint::fill(ACCENT));
    c.line(left, rule, left + 64.0, rule, Stroke::new(ACCENT, 3.0));
    let mut counts = fluent_bundle::FluentArgs::new();
    counts.set("journeys", journeys.len());
    counts.set("personas", personas(site, journeys).len());
    let review = journeys
        .iter()
        .filter_map(|j| j.reviewed)
        .max()
        .map_or_else(
            || ui.t("deck-not-reviewed"),
            |d| ui.t_args("deck-latest-review", &[("date", &ui.date_short(d))]),
        );
    let facts = vec![
        para(
            &ui.t("deck-maps").to_uppercase(),
            Style::SMALL_BOLD,
            MUTED,
            0.0,
        ),
        para(
            &ui.format("deck-maps-count", Some(&counts)),
            Style::BODY,
            INK,
            2.0,
        ),
        para(
            &ui.t("deck-reviewed").to_uppercase(),
            Style::SMALL_BOLD,
            MUTED,
            10.0,
        ),
        para(&review, Style::BODY, INK, 2.0),
    ];
    let boxes = vec![
        TextBox {
            x: left,
            y: top,
            w: col,
            h: rule - top - 8.0,
            paras: head,
        },
        TextBox {
            x: left,
            y: rule + 20.0,
            w: col,
            h: 100.0,
            paras: facts,
        },
    ];
    Slide {
        drawing: c.into_page(SLIDE_W, SLIDE_H),
        boxes,
        notes: site.config.description.clone().unwrap_or_default(),
        footer: String::new(),
    }
}

/// The height of `text` wrapped to `w` in `style`, counting at most `max` lines.
fn lines(text: &str, style: Style, w: f32, max: usize) -> f32 {
    wrap(text, style, w).len().clamp(1, max) as f32 * style.line
}

/// The journey's narrative for the notes: its description, then the Markdown body.
fn narrative(j: &Journey) -> String {
    let mut v: Vec<&str> = Vec::new();
    if let Some(d) = &j.description {
        v.push(d);
    }
    if !j.narrative.trim().is_empty() {
        v.push(j.narrative.trim());
    }
    v.join("\n\n")
}

fn overview_slide(site: &Site, j: &Journey) -> Slide {
    let labels = &site.config.labels;
    let map = stakeholder_drawing(site, j);
    let (section, d) = if map.is_empty() {
        (&labels.journey_map, journey_drawing(site, j))
    } else {
        (&labels.stakeholder_map, map)
    };
    let mut c = framed(section, &j.title);
    place(&mut c, d);
    Slide {
        drawing: c.into_page(SLIDE_W, SLIDE_H),
        boxes: Vec::new(),
        notes: narrative(j),
        footer: j.title.clone(),
    }
}

/// Stages `a..b` of `j`: the journey diagram of those stages.
fn stage_slide(site: &Site, j: &Journey, a: usize, b: usize) -> Slide {
    let ui = &site.config.ui;
    let mut part = j.clone();
    part.segment = None;
    part.scope = None;
    part.goal = None;
    part.stages = j.stages[a..b].to_vec();
    let total = j.stages.len().to_string();
    let note = if a + 1 == b {
        ui.t_args("deck-stage-of", &[("n", &b.to_string()), ("total", &total)])
    } else {
        let (from, to) = ((a + 1).to_string(), b.to_string());
        ui.t_args(
            "deck-stages-of",
            &[("from", &from), ("to", &to), ("total", &total)],
        )
    };
    let mut c = framed(&site.config.labels.journey_map, &note);
    place(&mut c, journey_drawing(site, &part));
    let mut notes: Vec<String> = Vec::new();
    for st in &part.stages {
        let mut line = st.name.clone();
        if let Some(g) = &st.goal {
            line.push_str(&format!(": {g}"));
        }
        notes.push(line);
        let def = site.config.stages.iter().find(|d| d.id == st.id);
        if let Some(d) = def.and_then(|d| d.description.as_ref()) {
            notes.push(d.clone());
        }
    }
    let story = narrative(j);
    if !story.is_empty() {
        notes.push(String::new());
        notes.push(story);
    }
    Slide {
        drawing: c.into_page(SLIDE_W, SLIDE_H),
        boxes: Vec::new(),
        notes: notes.join("\n"),
        footer: j.title.clone(),
    }
}

/// A column of a persona slide: its heading and bulleted items, cut with "and N more"
/// where they would run past the content area.
fn column(site: &Site, x: f32, y: f32, w: f32, heading: &str, items: &[String]) -> TextBox {
    let ui = &site.config.ui;
    let mut paras = vec![para(&heading.to_uppercase(), Style::SMALL_BOLD, MUTED, 0.0)];
    let mut used = Style::SMALL_BOLD.line;
    let room = BOTTOM - y - Style::SMALL.line;
    for (i, item) in items.iter().enumerate() {
        let h = wrap(item, Style::BODY, w - 16.0).len() as f32 * Style::BODY.line + 4.0;
        if used + h > room {
            let more = ui.t_n("deck-and-more", (items.len() - i) as i64);
            paras.push(para(&more, Style::SMALL, MUTED, 4.0));
            break;
        }
        used += h;
        paras.push(Para {
            bullet: true,
            ..para(item, Style::BODY, INK, 4.0)
        });
    }
    if items.is_empty() {
        paras.push(para(&ui.t("label-none-recorded"), Style::BODY, MUTED, 4.0));
    }
    TextBox {
        x,
        y,
        w,
        h: BOTTOM - y,
        paras,
    }
}

fn persona_slide(site: &Site, p: &Persona) -> Slide {
    let ui = &site.config.ui;
    let mut c = framed(&ui.t("label-persona"), "");
    let mut head = vec![para(&p.name, H2, INK, 0.0)];
    if let Some(r) = &p.role {
        head.push(para(r, LEAD, MUTED, 2.0));
    }
    if let Some(q) = &p.quote {
        head.push(para(&format!("“{q}”"), Style::BODY, INK, 6.0));
    }
    let mut x = M;
    let role = p
        .buying_role
        .map(|b| site.config.labels.buying_roles[b as usize].clone());
    for label in [p.kind.clone(), role].into_iter().flatten() {
        let w = width(&label, Style::SMALL_BOLD) + 16.0;
        c.rect(x, 150.0, w, 20.0, 10.0, Paint::fill("#E9EEF4"));
        c.text(
            x + 8.0,
            164.0,
            Style::SMALL_BOLD,
            INK,
            Anchor::Start,
            &label,
        );
        x += w + 8.0;
    }
    let mut boxes = vec![TextBox {
        x: M,
        y: TOP + 4.0,
        w: SLIDE_W - 2.0 * M,
        h: 90.0,
        paras: head,
    }];
    let lists = [
        (ui.t("persona-goals"), &p.goals),
        (ui.t("persona-needs"), &p.needs),
        (ui.t("persona-questions"), &p.questions),
        (ui.t("persona-blockers"), &p.blockers),
    ];
    let col_w = (SLIDE_W - 2.0 * M - 3.0 * 24.0) / 4.0;
    for (i, (heading, items)) in lists.iter().enumerate() {
        let x = M + i as f32 * (col_w + 24.0);
        boxes.push(column(site, x, 190.0, col_w, heading, items));
    }
    Slide {
        drawing: c.into_page(SLIDE_W, SLIDE_H),
        boxes,
        notes: p.narrative.trim().to_string(),
        footer: p.name.clone(),
    }
}
