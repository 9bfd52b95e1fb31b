//! Drawing a [`Scene`] on a krilla surface (the PDF deck).

use krilla::color::rgb;
use krilla::geom::{self, PathBuilder, Point, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use tiny_skia::{self, PathSegment};

use super::{Color, Item, Line, Scene};
use crate::fonts::FaceId;

/// The faces of a document as krilla fonts, made once per document (krilla subsets each
/// font it is given once): the two Inter faces and every fallback face a page draws with.
pub struct Fonts {
    made: std::cell::RefCell<std::collections::HashMap<FaceId, Option<Font>>>,
}

impl Fonts {
    /// The fonts of one document; `None` only if the embedded Inter faces fail to parse.
    pub fn inter() -> Option<Self> {
        let fonts = Fonts {
            made: std::cell::RefCell::new(std::collections::HashMap::new()),
        };
        fonts.get(FaceId::INTER_REGULAR)?;
        fonts.get(FaceId::INTER_SEMIBOLD)?;
        Some(fonts)
    }

    fn get(&self, id: FaceId) -> Option<Font> {
        self.made
            .borrow_mut()
            .entry(id)
            .or_insert_with(|| {
                let face = crate::fonts::face(id)?;
                Font::new(face.data.to_vec().into(), face.index)
            })
            .clone()
    }
}

impl Scene {
    /// Draws the scene on `surface` in its current coordinate system (1 SVG unit = 1 pt).
    pub fn draw(&self, surface: &mut Surface, fonts: &Fonts) {
        for item in &self.items {
            match item {
                Item::Shape {
                    path,
                    fill,
                    stroke,
                    transform,
                    ..
                } => {
                    let Some(path) = krilla_path(path) else {
                        continue;
                    };
                    let pushed = push(surface, transform);
                    surface.set_fill(fill.map(krilla_fill));
                    surface.set_stroke(stroke.as_ref().map(krilla_stroke));
                    surface.draw_path(&path);
                    if pushed {
                        surface.pop();
                    }
                }
                Item::Text {
                    x,
                    y,
                    size,
                    color,
                    glyphs,
                    text,
                    transform,
                    ..
                } => {
                    let pushed = push(surface, transform);
                    surface.set_fill(Some(krilla_fill(*color)));
                    surface.set_stroke(None);
                    // One glyph run per face, each starting where the previous one ended.
                    let mut pen = *x;
                    for run in glyphs.chunk_by(|a, b| a.face == b.face) {
                        let advance: f32 = run.iter().map(|g| g.advance).sum::<f32>() * size;
                        let Some(font) = fonts.get(run[0].face) else {
                            pen += advance;
                            continue;
                        };
                        let kg: Vec<KrillaGlyph> = run
                            .iter()
                            .map(|g| {
                                KrillaGlyph::new(
                                    GlyphId::new(u32::from(g.id)),
                                    g.advance,
                                    g.dx,
                                    g.dy,
                                    0.0,
                                    g.text_range.clone(),
                                    None,
                                )
                            })
                            .collect();
                        surface.draw_glyphs(Point::from_xy(pen, *y), &kg, font, text, *size, false);
                        pen += advance;
                    }
                    if pushed {
                        surface.pop();
                    }
                }
                Item::Image {
                    png,
                    x,
                    y,
                    w,
                    h,
                    transform,
                    ..
                } => {
                    let (Ok(image), Some(size)) = (
                        krilla::image::Image::from_png(png.to_vec().into(), true),
                        krilla::geom::Size::from_wh(*w, *h),
                    ) else {
                        continue;
                    };
                    let at = transform.pre_translate(*x, *y);
                    let pushed = push(surface, &at);
                    surface.draw_image(image, size);
                    if pushed {
                        surface.pop();
                    }
                }
            }
        }
        surface.set_fill(None);
        surface.set_stroke(None);
    }
}

fn push(surface: &mut Surface, t: &tiny_skia::Transform) -> bool {
    if t.is_identity() {
        return false;
    }
    surface.push_transform(&Transform::from_row(t.sx, t.ky, t.kx, t.sy, t.tx, t.ty));
    true
}

fn krilla_path(path: &tiny_skia::Path) -> Option<geom::Path> {
    let mut b = PathBuilder::new();
    for seg in path.segments() {
        match seg {
            PathSegment::MoveTo(p) => b.move_to(p.x, p.y),
            PathSegment::LineTo(p) => b.line_to(p.x, p.y),
            PathSegment::QuadTo(c, p) => b.quad_to(c.x, c.y, p.x, p.y),
            PathSegment::CubicTo(c1, c2, p) => b.cubic_to(c1.x, c1.y, c2.x, c2.y, p.x, p.y),
            PathSegment::Close => b.close(),
        }
    }
    b.finish()
}

fn opacity(c: Color) -> NormalizedF32 {
    NormalizedF32::new(f32::from(c.a) / 255.0).unwrap_or(NormalizedF32::ONE)
}

fn krilla_fill(c: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(c.r, c.g, c.b).into(),
        opacity: opacity(c),
        rule: FillRule::NonZero,
    }
}

fn krilla_stroke(l: &Line) -> Stroke {
    Stroke {
        paint: rgb::Color::new(l.color.r, l.color.g, l.color.b).into(),
        width: l.width,
        miter_limit: 4.0,
        line_cap: match l.cap {
            tiny_skia::LineCap::Butt => LineCap::Butt,
            tiny_skia::LineCap::Round => LineCap::Round,
            tiny_skia::LineCap::Square => LineCap::Square,
        },
        line_join: match l.join {
            tiny_skia::LineJoin::Miter | tiny_skia::LineJoin::MiterClip => LineJoin::Miter,
            tiny_skia::LineJoin::Round => LineJoin::Round,
            tiny_skia::LineJoin::Bevel => LineJoin::Bevel,
        },
        opacity: opacity(l.color),
        dash: (!l.dash.is_empty()).then(|| StrokeDash {
            array: l.dash.clone(),
            offset: 0.0,
        }),
    }
}
