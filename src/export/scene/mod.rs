//! The exports' fast path: an SVG that waymark wrote itself (a diagram or a deck page),
//! parsed into filled and stroked paths and shaped lines of text, then drawn straight onto a
//! krilla surface for the PDF deck ([`Scene::draw`]) or into a tiny-skia pixmap, resvg's
//! rasteriser, for the PNGs ([`Scene::render`]).
//!
//! waymark's SVG uses a small vocabulary (see [`crate::diagram::svg`]): `rect`, `line`,
//! `circle`, `polygon`, `polyline`, `path` (optionally transformed), `g`, and one-line
//! `text` in Inter 400 or 600 with `text-anchor`. A general SVG renderer lays out and
//! outlines every text element again for every page (about 8 ms of CPU for a deck page);
//! shaping each line once with the same harfrust shaper that wrapped it, with cached plans,
//! costs a small fraction of that. In the PDF text stays text: each line becomes one krilla
//! glyph run with its Unicode source, so `pdftotext` and screen readers read it. In a PNG
//! each glyph is filled from its outline in the font, as resvg fills it.
//!
//! Text in any script is shaped with the fallback chain of [`crate::fonts`], right-to-left
//! runs in visual order, so an Arabic or Japanese label takes the fast path too. Anything
//! outside the vocabulary (another element or attribute, a `tspan`) makes
//! [`Scene::parse`] return `None`; the exports then draw that SVG with krilla-svg or resvg,
//! so an unusual page is slower but never wrong.

use std::str::FromStr;

use std::ops::Range;

use resvg::tiny_skia::{LineCap, LineJoin, Path, PathBuilder, Rect, Transform};

use crate::diagram::text::{self, Weight};

pub mod content;
mod pdf;
mod raster;

pub use pdf::Fonts;

/// A parsed SVG: its size in user units (px, drawn as pt) and what it draws, in order.
pub struct Scene {
    /// Width from the root `width` (or the `viewBox`).
    pub width: f32,
    /// Height from the root `height` (or the `viewBox`).
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
}

/// An sRGB colour and its alpha, 0–255 each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

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

/// Reads a shape element's geometry; `None` when it draws nothing.
type Geometry = fn(&roxmltree::Node) -> Option<Path>;

/// Presentation attributes, inherited from `svg` and `g` as in SVG.
#[derive(Clone)]
struct Paint {
    fill: Option<Color>,
    stroke: Option<Color>,
    stroke_width: f32,
    dash: Vec<f32>,
    cap: LineCap,
    join: LineJoin,
    font_size: f32,
    weight: Weight,
    anchor: Anchor,
    /// SVG `matrix(a b c d e f)` of the element to the root.
    transform: svgtypes::Transform,
}

#[derive(Clone, Copy)]
enum Anchor {
    Start,
    Middle,
    End,
}

impl Default for Paint {
    fn default() -> Self {
        Paint {
            fill: Some(Color {
                r: 0,
                g: 0,
                b: 0,
                a: 255,
            }),
            stroke: None,
            stroke_width: 1.0,
            dash: Vec::new(),
            cap: LineCap::Butt,
            join: LineJoin::Miter,
            font_size: 16.0,
            weight: Weight::Regular,
            anchor: Anchor::Start,
            transform: svgtypes::Transform::default(),
        }
    }
}

impl Scene {
    /// Whether every glyph is drawn from the embedded Inter faces (what the cached deck's
    /// own PDF writer embeds; a page with fallback faces is drawn with krilla, which
    /// subsets any font).
    pub fn inter_only(&self) -> bool {
        self.items.iter().all(|i| match i {
            Item::Text { glyphs, .. } => glyphs.iter().all(|g| g.face.is_inter()),
            Item::Shape { .. } => true,
        })
    }

    /// Parses `svg`; `None` when it is not well-formed or uses anything outside waymark's
    /// vocabulary (the caller then falls back to a general renderer).
    pub fn parse(svg: &str) -> Option<Scene> {
        let doc = roxmltree::Document::parse(svg).ok()?;
        let root = doc.root_element();
        if root.tag_name().name() != "svg" {
            return None;
        }
        let (width, height) = root_size(&root)?;
        let mut scene = Scene {
            width,
            height,
            items: Vec::new(),
        };
        let paint = inherit(&root, &Paint::default(), &["viewBox", "width", "height"])?;
        scene.children(&root, &paint)?;
        Some(scene)
    }

    fn children(&mut self, parent: &roxmltree::Node, paint: &Paint) -> Option<()> {
        for node in parent.children().filter(|n| n.is_element()) {
            match node.tag_name().name() {
                "title" | "desc" => {}
                "g" => {
                    let p = inherit(&node, paint, &[])?;
                    self.children(&node, &p)?;
                }
                "text" => {
                    let p = inherit(&node, paint, &["x", "y"])?;
                    if let Some(item) = text_item(&node, &p)? {
                        self.items.push(item);
                    }
                }
                tag => {
                    let (geometry, allowed): (Geometry, &[&str]) = match tag {
                        "rect" => (rect, &["x", "y", "width", "height", "rx", "ry"]),
                        "line" => (line, &["x1", "y1", "x2", "y2"]),
                        "circle" => (circle, &["cx", "cy", "r"]),
                        "polygon" => (polygon, &["points"]),
                        "polyline" => (polyline, &["points"]),
                        "path" => (path, &["d"]),
                        _ => return None,
                    };
                    let p = inherit(&node, paint, allowed)?;
                    // A zero-size shape draws nothing in SVG.
                    let Some(path) = geometry(&node) else {
                        continue;
                    };
                    // SVG never fills a line.
                    let fill = if tag == "line" { None } else { p.fill };
                    let stroke = stroke(&p);
                    let transform = to_transform(&p.transform);
                    // Generous for miter joins (limit 4) and round caps.
                    let reach = stroke.as_ref().map_or(0.0, |s| s.width * 2.0) + 1.0;
                    let Some(bounds) = path
                        .bounds()
                        .outset(reach, reach)
                        .and_then(|b| b.transform(transform))
                    else {
                        continue;
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
        }
        Some(())
    }
}

/// The root's size: `width`/`height`, else the `viewBox` size; the `viewBox` must start at
/// 0 0 and match, as waymark writes it.
fn root_size(root: &roxmltree::Node) -> Option<(f32, f32)> {
    let view: Option<Vec<f32>> = root.attribute("viewBox").map(|v| {
        v.split([' ', ','])
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect()
    });
    let w = root.attribute("width").map(number);
    let h = root.attribute("height").map(number);
    match (view, w, h) {
        (Some(v), w, h) if v.len() == 4 && v[0] == 0.0 && v[1] == 0.0 => {
            let (vw, vh) = (w.unwrap_or(Some(v[2]))?, h.unwrap_or(Some(v[3]))?);
            ((vw - v[2]).abs() < 0.01 && (vh - v[3]).abs() < 0.01).then_some((vw, vh))
        }
        (None, Some(w), Some(h)) => Some((w?, h?)),
        _ => None,
    }
    .filter(|(w, h)| *w > 0.0 && *h > 0.0)
}

fn number(s: &str) -> Option<f32> {
    s.trim().parse().ok().filter(|v: &f32| v.is_finite())
}

fn attr(node: &roxmltree::Node, name: &str) -> Option<f32> {
    number(node.attribute(name)?)
}

/// The element's presentation attributes over the inherited ones; `None` when it has an
/// attribute that is neither presentation nor in `geometry`.
fn inherit(node: &roxmltree::Node, parent: &Paint, geometry: &[&str]) -> Option<Paint> {
    let mut p = parent.clone();
    for a in node.attributes() {
        if a.namespace().is_some() {
            continue;
        }
        let v = a.value().trim();
        match a.name() {
            n if geometry.contains(&n) => {}
            // Identification, accessibility and the family (always Inter here).
            "id" | "role" | "aria-labelledby" | "aria-label" | "aria-hidden" | "font-family" => {}
            "fill" => p.fill = color(v)?,
            "stroke" => p.stroke = color(v)?,
            "stroke-width" => p.stroke_width = number(v).filter(|w| *w >= 0.0)?,
            "stroke-dasharray" => p.dash = dash(v)?,
            "stroke-linecap" => {
                p.cap = match v {
                    "butt" => LineCap::Butt,
                    "round" => LineCap::Round,
                    "square" => LineCap::Square,
                    _ => return None,
                }
            }
            "stroke-linejoin" => {
                p.join = match v {
                    "miter" => LineJoin::Miter,
                    "round" => LineJoin::Round,
                    "bevel" => LineJoin::Bevel,
                    _ => return None,
                }
            }
            "font-size" => p.font_size = number(v.trim_end_matches("px")).filter(|s| *s > 0.0)?,
            "font-weight" => {
                p.weight = match v {
                    "normal" | "400" | "300" | "500" => Weight::Regular,
                    "bold" | "600" | "700" => Weight::SemiBold,
                    _ => return None,
                }
            }
            "text-anchor" => {
                p.anchor = match v {
                    "start" => Anchor::Start,
                    "middle" => Anchor::Middle,
                    "end" => Anchor::End,
                    _ => return None,
                }
            }
            "transform" => {
                p.transform = concat(&p.transform, &svgtypes::Transform::from_str(v).ok()?);
            }
            _ => return None,
        }
    }
    Some(p)
}

/// `parent × child`: the child's coordinates mapped through the child's, then the
/// parent's transform.
fn concat(p: &svgtypes::Transform, c: &svgtypes::Transform) -> svgtypes::Transform {
    svgtypes::Transform::new(
        p.a * c.a + p.c * c.b,
        p.b * c.a + p.d * c.b,
        p.a * c.c + p.c * c.d,
        p.b * c.c + p.d * c.d,
        p.a * c.e + p.c * c.f + p.e,
        p.b * c.e + p.d * c.f + p.f,
    )
}

fn to_transform(t: &svgtypes::Transform) -> Transform {
    Transform::from_row(
        t.a as f32, t.b as f32, t.c as f32, t.d as f32, t.e as f32, t.f as f32,
    )
}

/// A paint value: `none` or a colour (with its alpha).
fn color(v: &str) -> Option<Option<Color>> {
    if v == "none" {
        return Some(None);
    }
    let c = svgtypes::Color::from_str(v).ok()?;
    Some(Some(Color {
        r: c.red,
        g: c.green,
        b: c.blue,
        a: c.alpha,
    }))
}

/// A dash array: `none`, or lengths (an odd list repeats, as in SVG; all zeros is solid).
fn dash(v: &str) -> Option<Vec<f32>> {
    if v == "none" {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    for n in svgtypes::NumberListParser::from(v) {
        let n = n.ok()? as f32;
        if !n.is_finite() || n < 0.0 {
            return None;
        }
        out.push(n);
    }
    if out.iter().all(|n| *n == 0.0) {
        return Some(Vec::new());
    }
    if out.len() % 2 == 1 {
        out.extend_from_within(..);
    }
    Some(out)
}

fn stroke(p: &Paint) -> Option<Line> {
    if p.stroke_width <= 0.0 {
        return None;
    }
    Some(Line {
        color: p.stroke?,
        width: p.stroke_width,
        dash: p.dash.clone(),
        cap: p.cap,
        join: p.join,
    })
}

/// Control-point distance for a quarter circle drawn as one cubic Bézier.
const KAPPA: f32 = 0.552_284_8;

fn rect(node: &roxmltree::Node) -> Option<Path> {
    let (x, y) = (
        attr(node, "x").unwrap_or(0.0),
        attr(node, "y").unwrap_or(0.0),
    );
    let (w, h) = (attr(node, "width")?, attr(node, "height")?);
    if w <= 0.0 || h <= 0.0 {
        return None;
    }
    let rx = attr(node, "rx").or_else(|| attr(node, "ry")).unwrap_or(0.0);
    let ry = attr(node, "ry").unwrap_or(rx);
    let (rx, ry) = (rx.clamp(0.0, w / 2.0), ry.clamp(0.0, h / 2.0));
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

fn line(node: &roxmltree::Node) -> Option<Path> {
    let mut b = PathBuilder::new();
    b.move_to(
        attr(node, "x1").unwrap_or(0.0),
        attr(node, "y1").unwrap_or(0.0),
    );
    b.line_to(
        attr(node, "x2").unwrap_or(0.0),
        attr(node, "y2").unwrap_or(0.0),
    );
    b.finish()
}

fn circle(node: &roxmltree::Node) -> Option<Path> {
    let (cx, cy) = (
        attr(node, "cx").unwrap_or(0.0),
        attr(node, "cy").unwrap_or(0.0),
    );
    let r = attr(node, "r")?;
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

fn points(node: &roxmltree::Node, close: bool) -> Option<Path> {
    let mut b = PathBuilder::new();
    for (i, (x, y)) in svgtypes::PointsParser::from(node.attribute("points")?).enumerate() {
        if i == 0 {
            b.move_to(x as f32, y as f32);
        } else {
            b.line_to(x as f32, y as f32);
        }
    }
    if close {
        b.close();
    }
    b.finish()
}

fn polygon(node: &roxmltree::Node) -> Option<Path> {
    points(node, true)
}

fn polyline(node: &roxmltree::Node) -> Option<Path> {
    points(node, false)
}

fn path(node: &roxmltree::Node) -> Option<Path> {
    use svgtypes::SimplePathSegment as S;
    let mut b = PathBuilder::new();
    for seg in svgtypes::SimplifyingPathParser::from(node.attribute("d")?) {
        // SVG renders a path up to its first error.
        let Ok(seg) = seg else { break };
        match seg {
            S::MoveTo { x, y } => b.move_to(x as f32, y as f32),
            S::LineTo { x, y } => b.line_to(x as f32, y as f32),
            S::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => b.cubic_to(
                x1 as f32, y1 as f32, x2 as f32, y2 as f32, x as f32, y as f32,
            ),
            S::Quadratic { x1, y1, x, y } => b.quad_to(x1 as f32, y1 as f32, x as f32, y as f32),
            S::ClosePath => b.close(),
        }
    }
    b.finish()
}

/// SVG's default white-space handling: newlines dropped, tabs to spaces, runs of spaces
/// collapsed, the ends trimmed.
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

/// One `<text>`: shaped, placed by its anchor. `Some(None)` for an empty line; `None` for
/// anything this path does not draw (child elements, stroked text).
fn text_item(node: &roxmltree::Node, p: &Paint) -> Option<Option<Item>> {
    if node.children().any(|c| c.is_element()) {
        return None;
    }
    let content = collapse(node.text().unwrap_or(""));
    let (Some(color), true) = (p.fill, p.stroke.is_none()) else {
        // Unfilled or stroked text: leave it to the general renderer.
        return if p.fill.is_none() && p.stroke.is_none() {
            Some(None)
        } else {
            None
        };
    };
    if content.is_empty() {
        return Some(None);
    }
    let shaped = text::shape(&content, p.weight);
    let em = |g: &text::ShapedGlyph| f32::from(text::face_units_per_em(g.face));
    let width: f32 = shaped
        .iter()
        .map(|g| g.x_advance as f32 / em(g))
        .sum::<f32>()
        * p.font_size;
    let mut x = attr(node, "x").unwrap_or(0.0);
    match p.anchor {
        Anchor::Start => {}
        Anchor::Middle => x -= width / 2.0,
        Anchor::End => x -= width,
    }
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
    let y = attr(node, "y").unwrap_or(0.0);
    let transform = to_transform(&p.transform);
    // Ascenders, descenders and accents stay within 1.2 em above and 0.5 em below.
    let size = p.font_size;
    let bounds = Rect::from_ltrb(x - size, y - size * 1.2, x + width + size, y + size * 0.5)?
        .transform(transform)?;
    Some(Some(Item::Text {
        x,
        y,
        size,
        weight: p.weight,
        color,
        glyphs,
        text: content,
        transform,
        bounds,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(body: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\" width=\"100\" height=\"50\" font-family=\"Inter, sans-serif\">\n{body}</svg>"
        )
    }

    #[test]
    fn parses_waymarks_vocabulary() {
        let s = Scene::parse(&svg(concat!(
            "<title>t</title><desc>d</desc>",
            "<rect x=\"1\" y=\"2\" width=\"30\" height=\"20\" rx=\"4\" fill=\"#FFFFFF\" stroke=\"#E4E7EB\" stroke-dasharray=\"4 3\"/>",
            "<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"0\" stroke=\"#52606D\" stroke-width=\"2\" stroke-linecap=\"round\"/>",
            "<circle cx=\"5\" cy=\"5\" r=\"3\" fill=\"#0072B2\"/>",
            "<polygon points=\"0,0 4,0 2,3\" fill=\"#D55E00\" stroke=\"#FFFFFF\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>",
            "<polyline points=\"0,0 4,4 8,0\" fill=\"none\" stroke=\"#000\"/>",
            "<path d=\"M0 0h4v4z\" transform=\"translate(3 4) scale(0.5)\" fill=\"none\" stroke=\"#123456\"/>",
            "<g fill=\"#333333\"><text x=\"50\" y=\"20\" font-size=\"13\" font-weight=\"600\" text-anchor=\"middle\">Team &amp; owner</text></g>",
        )))
        .expect("in the vocabulary");
        assert_eq!((s.width, s.height), (100.0, 50.0));
        assert_eq!(s.items.len(), 7);
        let Item::Text { x, text, color, .. } = &s.items[6] else {
            panic!("the last item is the text");
        };
        assert_eq!(text, "Team & owner");
        assert_eq!(
            *color,
            Color {
                r: 0x33,
                g: 0x33,
                b: 0x33,
                a: 255
            }
        );
        // Centred: starts left of x by half the measured width.
        let w = text::measure("Team & owner", 13.0, Weight::SemiBold);
        assert!((x - (50.0 - w / 2.0)).abs() < 0.01, "{x} {w}");
    }

    #[test]
    fn refuses_what_it_does_not_draw() {
        for body in [
            "<image href=\"x.png\" width=\"1\" height=\"1\"/>",
            "<rect width=\"1\" height=\"1\" opacity=\"0.5\"/>",
            "<rect width=\"1\" height=\"1\" style=\"fill:red\"/>",
            "<text x=\"0\" y=\"0\"><tspan>a</tspan></text>",
            "<rect width=\"1\" height=\"1\" fill=\"url(#g)\"/>",
        ] {
            assert!(Scene::parse(&svg(body)).is_none(), "{body}");
        }
        assert!(Scene::parse("<svg><rect/>").is_none());
    }

    #[test]
    fn clusters_cover_the_text() {
        let s =
            Scene::parse(&svg("<text x=\"0\" y=\"10\">  office  visit ﬁ é </text>")).expect("ok");
        let Item::Text { glyphs, text, .. } = &s.items[0] else {
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

    #[test]
    fn dash_lists_follow_svg() {
        assert_eq!(dash("4 3"), Some(vec![4.0, 3.0]));
        assert_eq!(dash("5"), Some(vec![5.0, 5.0]));
        assert_eq!(dash("0 0"), Some(vec![]));
        assert_eq!(dash("none"), Some(vec![]));
        assert_eq!(dash("-1 2"), None);
    }
}
