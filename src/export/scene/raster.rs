//! Rendering a [`Scene`] into a tiny-skia pixmap (the PNGs), as resvg renders the same SVG:
//! anti-aliased fills and strokes, and text filled from the font's glyph outlines.
//!
//! Text is most of a diagram's rendering time, and a diagram repeats a few dozen glyphs in
//! one or two sizes thousands of times. So a glyph is filled once per size, colour and
//! quarter-pixel position into a small image of its own, cached for every thread, and then
//! stamped (a source-over blit) wherever it appears. Positions are rounded to a quarter of
//! a pixel (at most an eighth of a pixel off, invisible at 2x); glyphs under a rotation or
//! skew are filled from their outlines in place.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use tiny_skia::{
    self, FillRule, Paint, PathBuilder, Pixmap, PixmapMut, PixmapPaint, Rect, Shader, Transform,
};

use super::{Color, Glyph, Item, Line, Scene};
use crate::diagram::text;
use crate::fonts::FaceId;

impl Scene {
    /// Paints the scene into `pixmap`, mapped by `transform` from the scene's user units to
    /// pixels (for a band of a larger image: scale, then shift up by the band's top row).
    /// Items wholly outside the pixmap are skipped.
    pub fn render(&self, pixmap: &mut PixmapMut, transform: Transform) {
        let visible = Rect::from_xywh(0.0, 0.0, pixmap.width() as f32, pixmap.height() as f32);
        for item in &self.items {
            let bounds = match item {
                Item::Shape { bounds, .. }
                | Item::Text { bounds, .. }
                | Item::Image { bounds, .. } => bounds,
            };
            let on_screen = bounds
                .transform(transform)
                .zip(visible)
                .is_some_and(|(b, v)| overlaps(&b, &v));
            if !on_screen {
                continue;
            }
            match item {
                Item::Shape {
                    path,
                    fill,
                    stroke,
                    transform: own,
                    ..
                } => {
                    let t = transform.pre_concat(*own);
                    if let Some(c) = fill {
                        pixmap.fill_path(path, &paint(*c), FillRule::Winding, t, None);
                    }
                    if let Some(line) = stroke {
                        stroke_path(pixmap, path, line, t);
                    }
                }
                Item::Text {
                    x,
                    y,
                    size,
                    color,
                    glyphs,
                    transform: own,
                    ..
                } => {
                    let run = Run {
                        x: *x,
                        y: *y,
                        size: *size,
                        color: *color,
                        glyphs,
                    };
                    let t = transform.pre_concat(*own);
                    if t.kx == 0.0 && t.ky == 0.0 && t.sx > 0.0 && t.sx == t.sy {
                        run.stamp(pixmap, t);
                    } else {
                        run.fill(pixmap, t);
                    }
                }
                Item::Image {
                    png,
                    x,
                    y,
                    w,
                    h,
                    transform: own,
                    ..
                } => draw_png(pixmap, png, (*x, *y, *w, *h), transform.pre_concat(*own)),
            }
        }
    }
}

/// One line of text, as parsed.
struct Run<'a> {
    x: f32,
    y: f32,
    size: f32,
    color: Color,
    glyphs: &'a [Glyph],
}

impl Run<'_> {
    /// Pen positions in user units: `(glyph, x, y)` of each glyph's origin.
    fn placed(&self) -> impl Iterator<Item = (&Glyph, f32, f32)> {
        let mut pen = self.x;
        self.glyphs.iter().map(move |g| {
            let at = (g, pen + g.dx * self.size, self.y - g.dy * self.size);
            pen += g.advance * self.size;
            at
        })
    }

    /// Stamps cached glyph images; `t` scales uniformly and translates.
    fn stamp(&self, pixmap: &mut PixmapMut, t: Transform) {
        let size = (self.size * t.sx).to_bits();
        for (g, x, y) in self.placed() {
            let (ix, fx) = quarter(t.sx * x + t.tx);
            let (iy, fy) = quarter(t.sy * y + t.ty);
            let key = GlyphKey {
                face: g.face,
                id: g.id,
                size,
                color: [self.color.r, self.color.g, self.color.b, self.color.a],
                fx,
                fy,
            };
            if let Some(img) = glyph_image(key) {
                pixmap.draw_pixmap(
                    ix + img.left,
                    iy + img.top,
                    img.pixmap.as_ref(),
                    &PixmapPaint::default(),
                    Transform::identity(),
                    None,
                );
            }
        }
    }

    /// Fills each glyph's outline in place, under any transform.
    fn fill(&self, pixmap: &mut PixmapMut, t: Transform) {
        let p = paint(self.color);
        for (g, x, y) in self.placed() {
            let scale = self.size / f32::from(text::face_units_per_em(g.face));
            if let Some(outline) = outline(g.face, g.id) {
                let at = t.pre_translate(x, y).pre_scale(scale, -scale);
                pixmap.fill_path(&outline, &p, FillRule::Winding, at, None);
            }
        }
    }
}

/// A device coordinate as a whole pixel and a quarter-pixel step, 0–3.
fn quarter(v: f32) -> (i32, u8) {
    let q = (v * 4.0).round() as i32;
    (q.div_euclid(4), q.rem_euclid(4) as u8)
}

/// What a glyph image depends on: face, glyph, size in pixels (`f32` bits), RGBA colour
/// and the quarter-pixel offsets of its origin.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct GlyphKey {
    face: FaceId,
    id: u16,
    size: u32,
    color: [u8; 4],
    fx: u8,
    fy: u8,
}

/// A filled glyph and where its top-left pixel sits relative to the glyph's origin pixel.
struct GlyphImage {
    pixmap: Pixmap,
    left: i32,
    top: i32,
}

/// Glyph images kept at most; past this the cache starts again (a diagram uses hundreds).
const GLYPH_CACHE_LIMIT: usize = 50_000;

type GlyphCache = RwLock<HashMap<GlyphKey, Option<Arc<GlyphImage>>>>;

static GLYPHS: LazyLock<GlyphCache> = LazyLock::new(|| RwLock::new(HashMap::new()));

/// The image of a glyph, filled on first use; `None` for a glyph without ink (a space).
fn glyph_image(key: GlyphKey) -> Option<Arc<GlyphImage>> {
    if let Ok(cache) = GLYPHS.read()
        && let Some(hit) = cache.get(&key)
    {
        return hit.clone();
    }
    let img = fill_glyph(key).map(Arc::new);
    if let Ok(mut cache) = GLYPHS.write() {
        if cache.len() >= GLYPH_CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, img.clone());
    }
    img
}

fn fill_glyph(key: GlyphKey) -> Option<GlyphImage> {
    let outline = outline(key.face, key.id)?;
    let s = f32::from_bits(key.size) / f32::from(text::face_units_per_em(key.face));
    let (ox, oy) = (f32::from(key.fx) / 4.0, f32::from(key.fy) / 4.0);
    let b = outline.bounds();
    // One pixel of margin for anti-aliasing.
    let left = (b.left() * s + ox).floor() as i32 - 1;
    let right = (b.right() * s + ox).ceil() as i32 + 1;
    let top = (-b.bottom() * s + oy).floor() as i32 - 1;
    let bottom = (-b.top() * s + oy).ceil() as i32 + 1;
    let mut pixmap = Pixmap::new((right - left) as u32, (bottom - top) as u32)?;
    let [r, g, b, a] = key.color;
    let t = Transform::from_row(s, 0.0, 0.0, -s, ox - left as f32, oy - top as f32);
    pixmap.fill_path(
        &outline,
        &paint(Color { r, g, b, a }),
        FillRule::Winding,
        t,
        None,
    );
    Some(GlyphImage { pixmap, left, top })
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom()
}

fn paint(c: Color) -> Paint<'static> {
    Paint {
        shader: Shader::SolidColor(tiny_skia::Color::from_rgba8(c.r, c.g, c.b, c.a)),
        anti_alias: true,
        ..Paint::default()
    }
}

fn stroke_path(pixmap: &mut PixmapMut, path: &tiny_skia::Path, line: &Line, t: Transform) {
    let stroke = tiny_skia::Stroke {
        width: line.width,
        miter_limit: 4.0,
        line_cap: line.cap,
        line_join: line.join,
        dash: if line.dash.is_empty() {
            None
        } else {
            tiny_skia::StrokeDash::new(line.dash.clone(), 0.0)
        },
    };
    pixmap.stroke_path(path, &paint(line.color), &stroke, t, None);
}

/// The outline of glyph `id` of face `face` in font units (y up); `None` for a glyph
/// without one.
fn outline(face: FaceId, id: u16) -> Option<tiny_skia::Path> {
    let mut pen = Pen(PathBuilder::new());
    crate::fonts::face(face)?
        .parsed
        .outline_glyph(ttf_parser::GlyphId(id), &mut pen)?;
    pen.0.finish()
}

/// Collects a glyph outline into a tiny-skia path.
struct Pen(PathBuilder);

impl ttf_parser::OutlineBuilder for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

/// Draws the PNG `png` scaled into `rect` (x, y, w, h) mapped by `t`; a PNG that does not
/// decode draws nothing (`check` has decoded every theme logo).
fn draw_png(pixmap: &mut PixmapMut, png: &[u8], rect: (f32, f32, f32, f32), t: Transform) {
    let Ok(image) = tiny_skia::Pixmap::decode_png(png) else {
        return;
    };
    let (x, y, w, h) = rect;
    let t = t
        .pre_translate(x, y)
        .pre_scale(w / image.width() as f32, h / image.height() as f32);
    let paint = tiny_skia::PixmapPaint {
        quality: tiny_skia::FilterQuality::Bicubic,
        ..tiny_skia::PixmapPaint::default()
    };
    pixmap.draw_pixmap(0, 0, image.as_ref(), &paint, t, None);
}
