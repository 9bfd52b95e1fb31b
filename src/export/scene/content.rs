//! A [`Scene`] as PDF content-stream operators, for the deck writer ([`crate::export::pdfdoc`]).
//!
//! Each piece of a page is self-contained: it saves the graphics state, flips to the
//! scene's y-down coordinates (1 unit = 1 pt), draws, and restores, so pieces made at
//! different times (some from the export cache) can follow one another in a page's
//! `/Contents` array. Text is set in the two embedded Inter faces (resource names `/F0`
//! regular and `/F1` semibold) with each glyph's original glyph id as its CID, and the
//! glyph → text pairs a piece shows are kept with it, for the document's ToUnicode maps.

use std::collections::BTreeMap;

use pdf_writer::types::{LineCapStyle, LineJoinStyle};
use pdf_writer::{Content, Name, Str};
use serde::{Deserialize, Serialize};
use tiny_skia::{self, LineCap, LineJoin, PathSegment};

use super::{Color, Glyph, Item, Line, Scene};
use crate::diagram::text::{self, Weight};

/// One drawn part of a page: its content stream (uncompressed) and what it uses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Piece {
    /// PDF content-stream operators.
    pub ops: Vec<u8>,
    /// Per face (0 Inter Regular, 1 Inter SemiBold): every glyph id shown, with the text it
    /// stands for (the first seen; empty for a glyph that is the second of its cluster).
    pub glyphs: [BTreeMap<u16, String>; 2],
    /// Fill alphas (0–254) used, each an `/ExtGState` named `fa<alpha>`.
    pub fill_alphas: Vec<u8>,
    /// Stroke alphas used, each named `sa<alpha>`.
    pub stroke_alphas: Vec<u8>,
}

/// A transform from a scene's coordinates to the page's (y-down, in pt), as
/// `[sx ky kx sy tx ty]`.
pub type Place = [f32; 6];

/// The page's own y-down coordinates on a page `height` pt tall.
pub fn page_place(height: f32) -> Place {
    [1.0, 0.0, 0.0, -1.0, 0.0, height]
}

impl Piece {
    /// Draws `scene` placed by `place` (from the scene's coordinates to PDF user space).
    pub fn draw(&mut self, scene: &Scene, place: Place) {
        let mut c = Content::new();
        c.save_state();
        c.transform(place);
        c.set_miter_limit(4.0);
        // Items of an embedded drawing share one transform: set it once for the run of
        // them, not per item (a deck page's diagram is hundreds of items).
        let identity = tiny_skia::Transform::identity();
        let mut open: Option<tiny_skia::Transform> = None;
        for item in &scene.items {
            let (Item::Shape { transform, .. }
            | Item::Text { transform, .. }
            | Item::Image { transform, .. }) = item;
            if open.unwrap_or(identity) != *transform {
                if open.take().is_some() {
                    c.restore_state();
                }
                if !transform.is_identity() {
                    let t = transform;
                    c.save_state();
                    c.transform([t.sx, t.ky, t.kx, t.sy, t.tx, t.ty]);
                    open = Some(*t);
                }
            }
            match item {
                Item::Shape {
                    path, fill, stroke, ..
                } => self.shape(&mut c, path, *fill, stroke.as_ref(), &identity),
                Item::Text {
                    x,
                    y,
                    size,
                    weight,
                    color,
                    glyphs,
                    text,
                    ..
                } => {
                    let run = Run {
                        x: *x,
                        y: *y,
                        size: *size,
                        weight: *weight,
                        glyphs,
                        text,
                    };
                    self.text(&mut c, &run, *color, &identity);
                }
                // Never reached: a scene with an image is not `inter_only`, so the deck
                // draws it with krilla.
                Item::Image { .. } => {}
            }
        }
        if open.is_some() {
            c.restore_state();
        }
        c.restore_state();
        self.ops.extend_from_slice(&c.finish().into_vec());
        // Pieces and streams follow one another: end on a token boundary.
        self.ops.push(b'\n');
    }

    fn alpha(&mut self, c: &mut Content, fill: Option<Color>, stroke: Option<&Line>) {
        if let Some(a) = fill.map(|f| f.a).filter(|&a| a < 255) {
            if !self.fill_alphas.contains(&a) {
                self.fill_alphas.push(a);
            }
            c.set_parameters(Name(format!("fa{a}").as_bytes()));
        }
        if let Some(a) = stroke.map(|s| s.color.a).filter(|&a| a < 255) {
            if !self.stroke_alphas.contains(&a) {
                self.stroke_alphas.push(a);
            }
            c.set_parameters(Name(format!("sa{a}").as_bytes()));
        }
    }

    fn shape(
        &mut self,
        c: &mut Content,
        path: &tiny_skia::Path,
        fill: Option<Color>,
        stroke: Option<&Line>,
        t: &tiny_skia::Transform,
    ) {
        if fill.is_none() && stroke.is_none() {
            return;
        }
        c.save_state();
        if !t.is_identity() {
            c.transform([t.sx, t.ky, t.kx, t.sy, t.tx, t.ty]);
        }
        self.alpha(c, fill, stroke);
        if let Some(f) = fill {
            c.set_fill_rgb(unit(f.r), unit(f.g), unit(f.b));
        }
        if let Some(s) = stroke {
            c.set_stroke_rgb(unit(s.color.r), unit(s.color.g), unit(s.color.b));
            c.set_line_width(s.width);
            c.set_line_cap(match s.cap {
                LineCap::Butt => LineCapStyle::ButtCap,
                LineCap::Round => LineCapStyle::RoundCap,
                LineCap::Square => LineCapStyle::ProjectingSquareCap,
            });
            c.set_line_join(match s.join {
                LineJoin::Round => LineJoinStyle::RoundJoin,
                LineJoin::Bevel => LineJoinStyle::BevelJoin,
                _ => LineJoinStyle::MiterJoin,
            });
            if !s.dash.is_empty() {
                c.set_dash_pattern(s.dash.iter().copied(), 0.0);
            }
        }
        trace(c, path);
        match (fill.is_some(), stroke.is_some()) {
            (true, true) => c.fill_nonzero_and_stroke(),
            (true, false) => c.fill_nonzero(),
            _ => c.stroke(),
        };
        c.restore_state();
    }

    fn text(&mut self, c: &mut Content, run: &Run, color: Color, t: &tiny_skia::Transform) {
        let face = usize::from(run.weight == Weight::SemiBold);
        let font = if face == 1 { "F1" } else { "F0" };
        let widths = Widths(run.weight);
        let seen = &mut self.glyphs[face];
        for (i, g) in run.glyphs.iter().enumerate() {
            let first_of_cluster = i == 0 || run.glyphs[i - 1].text_range != g.text_range;
            let text = if first_of_cluster {
                run.text.get(g.text_range.clone()).unwrap_or("")
            } else {
                ""
            };
            seen.entry(g.id).or_insert_with(|| text.to_string());
        }
        c.save_state();
        if !t.is_identity() {
            c.transform([t.sx, t.ky, t.kx, t.sy, t.tx, t.ty]);
        }
        self.alpha(c, Some(color), None);
        c.set_fill_rgb(unit(color.r), unit(color.g), unit(color.b));
        c.begin_text();
        c.set_font(Name(font.as_bytes()), 1.0);
        if run.glyphs.iter().all(|g| g.dy == 0.0) {
            c.set_text_matrix([run.size, 0.0, 0.0, -run.size, run.x, run.y]);
            let mut shown = c.show_positioned();
            let mut items = shown.items();
            for g in run.glyphs {
                // Offsets and the shaper's advances (kerning) against the font's widths.
                if g.dx != 0.0 {
                    items.adjust(-g.dx * 1000.0);
                }
                items.show(Str(&g.id.to_be_bytes()));
                let delta = widths.of(g.id) - (g.advance - g.dx) * 1000.0;
                if delta.abs() > 0.01 {
                    items.adjust(delta);
                }
            }
        } else {
            // Marks placed above or below: each glyph at its own position.
            let mut pen = run.x;
            for g in run.glyphs {
                let (gx, gy) = (pen + g.dx * run.size, run.y - g.dy * run.size);
                c.set_text_matrix([run.size, 0.0, 0.0, -run.size, gx, gy]);
                c.show(Str(&g.id.to_be_bytes()));
                pen += g.advance * run.size;
            }
        }
        c.end_text();
        c.restore_state();
    }
}

/// A line of text as the scene holds it.
struct Run<'a> {
    x: f32,
    y: f32,
    size: f32,
    weight: Weight,
    glyphs: &'a [Glyph],
    text: &'a str,
}

/// The advance widths the document's font dictionaries declare (`/W`), in thousandths of
/// an em: the font's own, so that a viewer's pen and the shaper's agree but for kerning.
struct Widths(Weight);

impl Widths {
    fn of(&self, id: u16) -> f32 {
        glyph_width(self.0, id)
    }
}

/// The advance of glyph `id` of the `weight` face in thousandths of an em (0 if unknown).
pub fn glyph_width(weight: Weight, id: u16) -> f32 {
    let face = &crate::fonts::inter(weight).parsed;
    let upem = f32::from(text::units_per_em(weight));
    face.glyph_hor_advance(ttf_parser::GlyphId(id))
        .map_or(0.0, |a| f32::from(a) * 1000.0 / upem)
}

fn unit(v: u8) -> f32 {
    f32::from(v) / 255.0
}

/// Appends `path` as PDF path operators (quadratic segments raised to cubic).
fn trace(c: &mut Content, path: &tiny_skia::Path) {
    let mut last = (0.0f32, 0.0f32);
    for seg in path.segments() {
        match seg {
            PathSegment::MoveTo(p) => {
                c.move_to(p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::LineTo(p) => {
                c.line_to(p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::QuadTo(q, p) => {
                let c1 = (
                    last.0 + 2.0 / 3.0 * (q.x - last.0),
                    last.1 + 2.0 / 3.0 * (q.y - last.1),
                );
                let c2 = (p.x + 2.0 / 3.0 * (q.x - p.x), p.y + 2.0 / 3.0 * (q.y - p.y));
                c.cubic_to(c1.0, c1.1, c2.0, c2.1, p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::CubicTo(a, b, p) => {
                c.cubic_to(a.x, a.y, b.x, b.y, p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::Close => {
                c.close_path();
            }
        }
    }
}
