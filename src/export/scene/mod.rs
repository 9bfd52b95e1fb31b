//! The exports' prepared form of a [`Drawing`]: its shapes as tiny-skia paths and its text
//! runs shaped into glyphs, drawn onto a krilla surface for PDF pages that need krilla
//! ([`Scene::draw`]), as pdf-writer content streams for the cached deck ([`content`]), or
//! into a tiny-skia pixmap, resvg's rasteriser, for the PNGs ([`Scene::render`]).
//!
//! A scene is built by reading the drawing ([`Scene::new`]), never by parsing SVG. Each
//! line is shaped once with the same harfrust shaper and fallback chain that wrapped it
//! ([`crate::diagram::text::shape`]), right-to-left runs in visual order. In the PDF text
//! stays text: each line becomes one glyph run with its Unicode source, so `pdftotext` and
//! screen readers read it. In a PNG each glyph is filled from its outline in the font.

use std::ops::Range;

use tiny_skia::{LineCap, LineJoin, Path, PathBuilder, Rect, Transform};

use crate::diagram::drawing::{self, Anchor, Drawing, Geometry, Item as DrawnItem, TextRun};
use crate::diagram::text::{self, Weight};

pub mod content;
mod pdf;
mod raster;

pub use pdf::Fonts;

/// A prepared drawing: its size in user units (px, drawn as pt) and what it draws, in
/// order.
pub struct Scene {
    /// Width of the drawing.
    pub width: f32,
    /// Height of the drawing.
    pub height: f32,
    items: Vec<Item>,
}

enum Item {
    Shape {
        path: Path,
        fill: Option<Color>,
        stroke: Option<Line>,
        /// From the shape's coordinates to the root's.
        transform: Transform,
        /// What it may paint, in the root's coordinates.
        bounds: Rect,
    },
    Text {
        /// Start of the baseline (after the anchor is applied).
        x: f32,
        y: f32,
        /// Font size in user units.
        size: f32,
        weight: Weight,
        color: Color,
        glyphs: Vec<Glyph>,
        /// The line's text, whitespace collapsed as SVG does.
        text: String,
        transform: Transform,
        bounds: Rect,
    },
    /// A raster image (a theme's logo) filling (x, y, w, h) in its own coordinates.
    Image {
        png: std::sync::Arc<[u8]>,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        transform: Transform,
        bounds: Rect,
    },
}

/// An sRGB colour and its alpha, 0–255 each.
type Color = drawing::Color;

/// A stroke: colour, width in user units, dash lengths (empty: solid; always even), ends
/// and corners.
#[derive(Clone, Debug)]
struct Line {
    color: Color,
    width: f32,
    dash: Vec<f32>,
    cap: LineCap,
    join: LineJoin,
}

/// One shaped glyph; lengths in ems.
#[derive(Clone, Debug)]
struct Glyph {
    /// The face it is drawn from (Inter or a fallback face).
    face: crate::fonts::FaceId,
    id: u16,
    advance: f32,
    dx: f32,
    dy: f32,
    /// The bytes of the line's text this glyph shows.
    text_range: Range<usize>,
}

impl Scene {
    /// Whether the cached deck's own PDF writer can draw it: every glyph from the embedded
    /// Inter faces and no image (a page with fallback faces, a theme's fonts or its logo
    /// is drawn with krilla, which subsets any font and embeds images).
    pub fn inter_only(&self) -> bool {
        // A theme's fonts or logo: the cached writer embeds only Inter and draws no
        // images, so themed decks go through krilla.
        crate::fonts::primary_is_inter()
            && self.items.iter().all(|i| match i {
                Item::Text { glyphs, .. } => glyphs.iter().all(|g| g.face.is_inter()),
                Item::Shape { .. } => true,
                Item::Image { .. } => false,
            })
    }

    /// The scene of `drawing`: its background (unless `transparent`) and every item, the
    /// items of embedded drawings placed by their offset and scale; recoloured with the
    /// installed theme ([`crate::diagram::theme::active`]) unless a theme was applied.
    pub fn new(drawing: &Drawing, transparent: bool) -> Scene {
        // A deck page drawn with the default palette takes the installed theme's colours
        // here, the one entry of the PNG and both PDF writers.
        let themed;
        let drawing = match crate::diagram::theme::active() {
            Some(r) if !drawing.themed => {
                let mut d = drawing.clone();
                r.drawing(&mut d);
                themed = d;
                &themed
            }
            _ => drawing,
        };
        let mut scene = Scene {
            width: drawing.width.max(1.0),
            height: drawing.height.max(1.0),
            items: Vec::new(),
        };
        if let (Some(c), false) = (drawing.background, transparent) {
            let bg = Geometry::Rect {
                x: 0.0,
                y: 0.0,
                w: drawing.width,
                h: drawing.height,
                rx: 0.0,
            };
            scene.push_shape(&bg, Some(c), None, Transform::identity());
        }
        scene.add(&drawing.items, Transform::identity());
        scene
    }

    /// Adds `items` mapped by `transform` (an embedded drawing's placement).
    fn add(&mut self, items: &[DrawnItem], transform: Transform) {
        for item in items {
            match item {
                DrawnItem::Shape(s) => {
                    let stroke = s.paint.stroke.as_ref().and_then(line);
                    self.push_shape(&s.geometry, s.paint.fill, stroke, transform);
                }
                DrawnItem::Text(t) => {
                    if let Some(item) = text_item(t, transform) {
                        self.items.push(item);
                    }
                }
                DrawnItem::Embed {
                    drawing,
                    x,
                    y,
                    scale,
                } => {
                    let t = transform
                        .pre_concat(Transform::from_translate(*x, *y).pre_scale(*scale, *scale));
                    if let Some(c) = drawing.background {
                        let bg = Geometry::Rect {
                            x: 0.0,
                            y: 0.0,
                            w: drawing.width,
                            h: drawing.height,
                            rx: 0.0,
                        };
                        self.push_shape(&bg, Some(c), None, t);
                    }
                    self.add(&drawing.items, t);
                }
                DrawnItem::Link { items, .. } => self.add(items, transform),
                DrawnItem::Image(img) => {
                    let r = Rect::from_xywh(img.x, img.y, img.w, img.h);
                    if let Some(bounds) = r.and_then(|r| r.transform(transform)) {
                        self.items.push(Item::Image {
                            png: img.png.clone(),
                            x: img.x,
                            y: img.y,
                            w: img.w,
                            h: img.h,
                            transform,
                            bounds,
                        });
                    }
                }
            }
        }
    }

    fn push_shape(
        &mut self,
        geometry: &Geometry,
        fill: Option<Color>,
        stroke: Option<Line>,
        transform: Transform,
    ) {
        // A zero-size shape draws nothing, as in SVG.
        let Some(path) = outline(geometry) else {
            return;
        };
        // SVG never fills a line.
        let fill = if matches!(geometry, Geometry::Line { .. }) {
            None
        } else {
            fill
        };
        if fill.is_none() && stroke.is_none() {
            return;
        }
        let transform = match geometry {
            Geometry::Symbol { x, y, .. } => transform.pre_translate(q(*x), q(*y)),
            _ => transform,
        };
        // Generous for miter joins (limit 4) and round caps.
        let reach = stroke.as_ref().map_or(0.0, |s| s.width * 2.0) + 1.0;
        let Some(bounds) = path
            .bounds()
            .outset(reach, reach)
            .and_then(|b| b.transform(transform))
        else {
            return;
        };
        self.items.push(Item::Shape {
            path,
            fill,
            stroke,
            transform,
            bounds,
        });
    }
}

fn line(s: &drawing::Stroke) -> Option<Line> {
    if s.width <= 0.0 {
        return None;
    }
    Some(Line {
        color: s.color,
        width: s.width,
        dash: s.dash_pattern().unwrap_or_default(),
        cap: match s.cap {
            drawing::Cap::Butt => LineCap::Butt,
            drawing::Cap::Round => LineCap::Round,
            drawing::Cap::Square => LineCap::Square,
        },
        join: match s.join {
            drawing::Join::Miter => LineJoin::Miter,
            drawing::Join::Round => LineJoin::Round,
            drawing::Join::Bevel => LineJoin::Bevel,
        },
    })
}

/// A coordinate rounded to a tenth of a unit, as the SVG writer writes it: the PNG and PDF
/// place everything where the SVG does, and content streams stay short.
fn q(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

/// Control-point distance for a quarter circle drawn as one cubic Bézier.
const KAPPA: f32 = 0.552_284_8;

/// The outline of `geometry` as a tiny-skia path (a symbol in its own coordinates);
/// `None` when it encloses and strokes nothing.
fn outline(geometry: &Geometry) -> Option<Path> {
    match geometry {
        Geometry::Rect { x, y, w, h, rx } => rect(q(*x), q(*y), q(*w), q(*h), q(*rx)),
        Geometry::Line { x1, y1, x2, y2 } => {
            let mut b = PathBuilder::new();
            b.move_to(q(*x1), q(*y1));
            b.line_to(q(*x2), q(*y2));
            b.finish()
        }
        Geometry::Circle { cx, cy, r } => circle(q(*cx), q(*cy), q(*r)),
        Geometry::Polygon(pts) => {
            let mut b = PathBuilder::new();
            for (i, (x, y)) in pts.iter().enumerate() {
                if i == 0 {
                    b.move_to(q(*x), q(*y));
                } else {
                    b.line_to(q(*x), q(*y));
                }
            }
            b.close();
            b.finish()
        }
        Geometry::Path(p) => bez(p, q),
        // A symbol's outline is exact; only where it is placed is rounded.
        Geometry::Symbol { symbol, .. } => bez(symbol.path(), |v| v),
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32, rx: f32) -> Option<Path> {
    if w <= 0.0 || h <= 0.0 {
        return None;
    }
    let (rx, ry) = (rx.clamp(0.0, w / 2.0), rx.clamp(0.0, h / 2.0));
    let mut b = PathBuilder::new();
    if rx == 0.0 || ry == 0.0 {
        b.push_rect(Rect::from_xywh(x, y, w, h)?);
        return b.finish();
    }
    let (kx, ky) = (rx * KAPPA, ry * KAPPA);
    let (r, bt) = (x + w, y + h);
    b.move_to(x + rx, y);
    b.line_to(r - rx, y);
    b.cubic_to(r - rx + kx, y, r, y + ry - ky, r, y + ry);
    b.line_to(r, bt - ry);
    b.cubic_to(r, bt - ry + ky, r - rx + kx, bt, r - rx, bt);
    b.line_to(x + rx, bt);
    b.cubic_to(x + rx - kx, bt, x, bt - ry + ky, x, bt - ry);
    b.line_to(x, y + ry);
    b.cubic_to(x, y + ry - ky, x + rx - kx, y, x + rx, y);
    b.close();
    b.finish()
}

fn circle(cx: f32, cy: f32, r: f32) -> Option<Path> {
    if r <= 0.0 {
        return None;
    }
    let k = r * KAPPA;
    let mut b = PathBuilder::new();
    b.move_to(cx + r, cy);
    b.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    b.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    b.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    b.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    b.close();
    b.finish()
}

/// A kurbo path as tiny-skia's (kurbo keeps f64; tiny-skia draws in f32).
fn bez(p: &drawing::BezPath, round: fn(f32) -> f32) -> Option<Path> {
    use kurbo::PathEl;
    let f = |v: f64| round(v as f32);
    let mut b = PathBuilder::new();
    for el in p.elements() {
        match *el {
            PathEl::MoveTo(a) => b.move_to(f(a.x), f(a.y)),
            PathEl::LineTo(a) => b.line_to(f(a.x), f(a.y)),
            PathEl::QuadTo(c, a) => b.quad_to(f(c.x), f(c.y), f(a.x), f(a.y)),
            PathEl::CurveTo(c1, c2, a) => {
                b.cubic_to(f(c1.x), f(c1.y), f(c2.x), f(c2.y), f(a.x), f(a.y))
            }
            PathEl::ClosePath => b.close(),
        }
    }
    b.finish()
}

/// SVG's default white-space handling: newlines dropped, tabs to spaces, runs of spaces
/// collapsed, the ends trimmed (what a browser shows of the SVG text, so the PNG and PDF
/// show the same).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| *c != '\n' && *c != '\r') {
        let c = if c == '\t' { ' ' } else { c };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// One text run, shaped and placed by its anchor; `None` when it shows nothing.
fn text_item(run: &TextRun, transform: Transform) -> Option<Item> {
    let content = collapse(&run.text);
    if content.is_empty() {
        return None;
    }
    let (size, weight) = (q(run.style.size), run.style.weight);
    let shaped = text::shape(&content, weight);
    let em = |g: &text::ShapedGlyph| f32::from(text::face_units_per_em(g.face));
    let width: f32 = shaped
        .iter()
        .map(|g| g.x_advance as f32 / em(g))
        .sum::<f32>()
        * size;
    let x = match run.anchor {
        Anchor::Start => q(run.x),
        Anchor::Middle => q(run.x) - width / 2.0,
        Anchor::End => q(run.x) - width,
    };
    // A cluster runs to the next cluster start in the text (glyphs of right-to-left runs
    // come in visual order, so the next glyph's cluster is not the next in the text).
    let mut starts: Vec<usize> = shaped.iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut glyphs = Vec::with_capacity(shaped.len());
    for g in &shaped {
        let start = g.cluster as usize;
        let k = starts.partition_point(|&s| s <= start);
        let end = starts.get(k).copied().unwrap_or(content.len());
        let upem = em(g);
        glyphs.push(Glyph {
            face: g.face,
            id: u16::try_from(g.id).ok()?,
            advance: g.x_advance as f32 / upem,
            dx: g.x_offset as f32 / upem,
            dy: g.y_offset as f32 / upem,
            text_range: start..end.max(start),
        });
    }
    let y = q(run.y);
    // Ascenders, descenders and accents stay within 1.2 em above and 0.5 em below.
    let bounds = Rect::from_ltrb(x - size, y - size * 1.2, x + width + size, y + size * 0.5)?
        .transform(transform)?;
    Some(Item::Text {
        x,
        y,
        size,
        weight,
        color: run.color,
        glyphs,
        text: content,
        transform,
        bounds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::drawing::{Canvas, Paint, Stroke, Symbol};
    use crate::diagram::text::Style;

    fn scene(c: Canvas) -> Scene {
        Scene::new(&c.finish("t-", 100.0, 50.0, "t", "d"), false)
    }

    #[test]
    fn reads_every_kind_of_item() {
        let mut c = Canvas::new();
        let edge = Stroke::new("#E4E7EB", 1.0).dash(&[4.0, 3.0]);
        c.rect(
            1.0,
            2.0,
            30.0,
            20.0,
            4.0,
            Paint::fill("#FFFFFF").with_stroke(edge),
        );
        c.line(0.0, 0.0, 10.0, 0.0, Stroke::new("#52606D", 2.0).round());
        c.circle(5.0, 5.0, 3.0, Paint::fill("#0072B2"));
        c.polygon(
            vec![(0.0, 0.0), (4.0, 0.0), (2.0, 3.0)],
            Paint::fill("#D55E00"),
        );
        c.symbol(
            Symbol::channel("web"),
            20.0,
            20.0,
            Paint::outline(Stroke::new("#3E4C59", 1.2)),
        );
        c.text(
            50.0,
            20.0,
            Style::BODY_BOLD,
            "#333333",
            Anchor::Middle,
            "Team & owner",
        );
        let s = scene(c);
        assert_eq!((s.width, s.height), (100.0, 50.0));
        // The white background, then the six items.
        assert_eq!(s.items.len(), 7);
        let Item::Text { x, text, color, .. } = &s.items[6] else {
            panic!("the last item is the text");
        };
        assert_eq!(text, "Team & owner");
        assert_eq!(*color, Color::rgb(0x33, 0x33, 0x33));
        // Centred: starts left of x by half the measured width.
        let w = text::measure("Team & owner", 13.0, Weight::SemiBold);
        assert!((x - (50.0 - w / 2.0)).abs() < 0.01, "{x} {w}");
    }

    #[test]
    fn transparent_leaves_out_the_background() {
        let d = Canvas::new().finish("t-", 10.0, 10.0, "t", "d");
        assert_eq!(Scene::new(&d, false).items.len(), 1);
        assert_eq!(Scene::new(&d, true).items.len(), 0);
    }

    #[test]
    fn clusters_cover_the_text() {
        let mut c = Canvas::new();
        c.text(
            0.0,
            10.0,
            Style::BODY,
            "#000000",
            Anchor::Start,
            "  office  visit ﬁ é ",
        );
        let s = scene(c);
        let Item::Text { glyphs, text, .. } = &s.items[1] else {
            panic!("text");
        };
        assert_eq!(text, "office visit ﬁ é");
        assert_eq!(glyphs.first().map(|g| g.text_range.start), Some(0));
        assert_eq!(glyphs.last().map(|g| g.text_range.end), Some(text.len()));
        assert!(
            glyphs
                .windows(2)
                .all(|w| w[0].text_range.end <= w[1].text_range.start
                    || w[0].text_range == w[1].text_range)
        );
    }
}
