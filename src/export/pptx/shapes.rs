//! The DrawingML writer: a [`Drawing`] as native PowerPoint shapes.
//!
//! Every item becomes a shape of its own, so that a card, a chip, a label, a lane rule or
//! the emotion curve can be selected, moved and restyled in PowerPoint: rectangles are
//! `rect` or `roundRect` presets, circles `ellipse`, lines connectors with the `line`
//! preset, polygons, paths and the channel symbols freeforms (`a:custGeom`), and each text
//! run a text box that does not wrap, placed so that its baseline falls where the drawing
//! put it. The items of a [`Role::Card`] group are one group shape (`p:grpSp`), so a card
//! moves as one. Embedded drawings are walked with their scale and offset.

use kurbo::{Affine, BezPath, PathEl};

use super::xml::{EMU_PER_PT, emu, esc};
use crate::diagram::drawing::{
    Anchor, Cap, Color, Drawing, Geometry, Item, Join, Paint, Role, Shape, Stroke, TextRun,
};
use crate::diagram::text::{Weight, width};

/// The share of the font size between the top of a line and its baseline, for
/// PowerPoint's and LibreOffice's single line spacing: the ascender of the primary face of
/// `weight` (Inter's is 0.97 em; a theme's fonts have their own).
fn ascent(weight: Weight) -> f32 {
    let face = &crate::fonts::inter(weight).parsed;
    f32::from(face.ascender()) / f32::from(face.units_per_em().max(1))
}

/// Where a drawing goes on the slide: EMU per drawing unit and the offset of its origin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    /// EMU per drawing unit.
    pub scale: f32,
    /// Left of the drawing's origin, in EMU.
    pub dx: f32,
    /// Top of the drawing's origin, in EMU.
    pub dy: f32,
}

impl Place {
    /// A slide drawing in points (1 unit = 1 pt) at the slide's origin.
    pub const SLIDE: Place = Place {
        scale: EMU_PER_PT,
        dx: 0.0,
        dy: 0.0,
    };

    fn x(self, x: f32) -> f32 {
        self.dx + x * self.scale
    }

    fn y(self, y: f32) -> f32 {
        self.dy + y * self.scale
    }

    fn len(self, v: f32) -> f32 {
        v * self.scale
    }
}

/// An extent in EMU: left, top, right, bottom.
#[derive(Debug, Clone, Copy)]
struct Bounds(f32, f32, f32, f32);

impl Bounds {
    fn of(x0: f32, y0: f32, x1: f32, y1: f32) -> Bounds {
        Bounds(x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1))
    }

    fn union(self, o: Bounds) -> Bounds {
        Bounds(
            self.0.min(o.0),
            self.1.min(o.1),
            self.2.max(o.2),
            self.3.max(o.3),
        )
    }

    /// `<a:off>` and `<a:ext>` (and with `child`, `<a:chOff>`, `<a:chExt>` the same).
    fn xfrm(self, attrs: &str, child: bool) -> String {
        let (x, y) = (emu(self.0), emu(self.1));
        let (w, h) = (emu(self.2 - self.0).max(0), emu(self.3 - self.1).max(0));
        let mut s =
            format!("<a:xfrm{attrs}><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{w}\" cy=\"{h}\"/>");
        if child {
            s.push_str(&format!(
                "<a:chOff x=\"{x}\" y=\"{y}\"/><a:chExt cx=\"{w}\" cy=\"{h}\"/>"
            ));
        }
        s.push_str("</a:xfrm>");
        s
    }
}

pub use crate::export::deck::{Para, TextBox};

/// Writes the shapes of a slide's shape tree, numbering them from 2 (1 is the tree).
#[derive(Debug)]
pub struct ShapeWriter {
    /// The `p:sp`, `p:cxnSp` and `p:grpSp` elements written so far.
    pub out: String,
    id: u32,
    /// The language of the text (escaped BCP 47 tag), for PowerPoint's proofing.
    lang: String,
    /// The typeface named in every run (escaped): Inter, or a theme's family.
    typeface: String,
    /// The PNG images drawn so far (`Item::Image`), in order: image `i` is the slide's
    /// relationship [`image_rel`]`(i)` to a media part the package writes.
    pub images: Vec<std::sync::Arc<[u8]>>,
}

/// The relationship id of a slide's image number `i` (0-based) in [`ShapeWriter::images`].
pub fn image_rel(i: usize) -> String {
    format!("rIdImg{}", i + 1)
}

/// A picture shape (`p:pic`) of the image related as `rel`, filling `b` (EMU).
fn pic(nv: &str, rel: &str, b: Bounds) -> String {
    format!(
        "<p:pic><p:nvPicPr>{nv}<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed=\"{rel}\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
        b.xfrm("", false)
    )
}

/// A picture shape with id `id` named `name` of the image related as `rel`, at (x, y)
/// `w` × `h` in slide points (the logo of the slide master).
pub fn picture(id: u32, name: &str, rel: &str, x: f32, y: f32, w: f32, h: f32) -> String {
    let nv = format!("<p:cNvPr id=\"{id}\" name=\"{}\"/>", esc(name));
    let at = Place::SLIDE;
    pic(
        &nv,
        rel,
        Bounds::of(at.x(x), at.y(y), at.x(x + w), at.y(y + h)),
    )
}

impl Default for ShapeWriter {
    fn default() -> Self {
        ShapeWriter::new()
    }
}

impl ShapeWriter {
    /// An empty shape tree, its text in English.
    pub fn new() -> ShapeWriter {
        ShapeWriter::with_lang("en-US")
    }

    /// An empty shape tree, its text in the language `lang` (a BCP 47 tag).
    pub fn with_lang(lang: &str) -> ShapeWriter {
        ShapeWriter {
            out: String::new(),
            id: 1,
            lang: esc(lang),
            typeface: "Inter".into(),
            images: Vec::new(),
        }
    }

    /// The same writer naming `family` as the typeface of every run (a theme's fonts).
    pub fn typeface(mut self, family: &str) -> ShapeWriter {
        self.typeface = esc(family);
        self
    }

    fn next_id(&mut self) -> u32 {
        self.id += 1;
        self.id
    }

    /// `<p:cNvPr>` with the next id.
    fn nv(&mut self, kind: &str, name: &str) -> String {
        let id = self.next_id();
        let name = if name.is_empty() {
            format!("{kind} {id}")
        } else {
            esc(name)
        };
        format!("<p:cNvPr id=\"{id}\" name=\"{name}\"/>")
    }

    /// Every item of `d` placed at `at`, its background first (when it is not white).
    pub fn drawing(&mut self, d: &Drawing, at: Place) {
        if let Some(bg) = d.background.filter(|c| *c != Color::WHITE) {
            let geometry = Geometry::Rect {
                x: 0.0,
                y: 0.0,
                w: d.width,
                h: d.height,
                rx: 0.0,
            };
            let paint = Paint {
                fill: Some(bg),
                stroke: None,
            };
            self.shape(&Shape { geometry, paint }, at);
        }
        // The outermost card groups, in item order.
        let mut cards: Vec<(std::ops::Range<usize>, &str)> = d
            .groups
            .iter()
            .filter(|g| g.role == Role::Card && !g.items.is_empty())
            .map(|g| (g.items.clone(), g.name.as_str()))
            .collect();
        cards.sort_by_key(|(r, _)| (r.start, usize::MAX - r.end));
        let mut i = 0;
        let mut next = cards.iter().peekable();
        while i < d.items.len() {
            while next.peek().is_some_and(|(r, _)| r.start < i) {
                next.next();
            }
            match next.peek() {
                Some((r, name)) if r.start == i && r.end <= d.items.len() => {
                    self.group(&d.items[r.clone()], name, at);
                    i = r.end;
                }
                _ => {
                    self.item(&d.items[i], at);
                    i += 1;
                }
            }
        }
    }

    /// One group shape around `items`.
    fn group(&mut self, items: &[Item], name: &str, at: Place) {
        let nv = self.nv("Group", name);
        let outer = std::mem::take(&mut self.out);
        let mut bounds: Option<Bounds> = None;
        for item in items {
            if let Some(b) = self.item(item, at) {
                bounds = Some(bounds.map_or(b, |a| a.union(b)));
            }
        }
        let inner = std::mem::replace(&mut self.out, outer);
        let b = bounds.unwrap_or(Bounds(0.0, 0.0, 0.0, 0.0));
        self.out.push_str(&format!(
            "<p:grpSp><p:nvGrpSpPr>{nv}<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>{}</p:grpSpPr>{inner}</p:grpSp>",
            b.xfrm("", true)
        ));
    }

    /// One item; its extent in EMU (`None` for an embedded drawing or nothing drawn).
    fn item(&mut self, item: &Item, at: Place) -> Option<Bounds> {
        match item {
            Item::Shape(s) => self.shape(s, at),
            Item::Text(t) => self.text(t, at),
            Item::Image(img) => {
                let b = Bounds::of(
                    at.x(img.x),
                    at.y(img.y),
                    at.x(img.x + img.w),
                    at.y(img.y + img.h),
                );
                let nv = self.nv("Picture", &img.alt);
                self.images.push(img.png.clone());
                let rel = image_rel(self.images.len() - 1);
                self.out.push_str(&pic(&nv, &rel, b));
                Some(b)
            }
            // Links point at pages of the site; a slide draws what they wrap.
            Item::Link { items, .. } => {
                let mut bounds: Option<Bounds> = None;
                for i in items {
                    if let Some(b) = self.item(i, at) {
                        bounds = Some(bounds.map_or(b, |a| a.union(b)));
                    }
                }
                bounds
            }
            Item::Embed {
                drawing,
                x,
                y,
                scale,
            } => {
                let inner = Place {
                    scale: at.scale * scale,
                    dx: at.x(*x),
                    dy: at.y(*y),
                };
                self.drawing(drawing, inner);
                None
            }
        }
    }

    /// A shape: a preset where DrawingML has one, else a freeform.
    fn shape(&mut self, s: &Shape, at: Place) -> Option<Bounds> {
        match &s.geometry {
            Geometry::Rect { x, y, w, h, rx } => {
                let b = Bounds::of(at.x(*x), at.y(*y), at.x(x + w), at.y(y + h));
                let short = w.min(*h);
                let geom = if *rx > 0.0 && short > 0.0 {
                    let adj = (rx / short * 100_000.0).clamp(0.0, 50_000.0).round();
                    format!(
                        "<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd name=\"adj\" fmla=\"val {adj}\"/></a:avLst></a:prstGeom>"
                    )
                } else {
                    "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>".to_string()
                };
                self.sp(b, &geom, &s.paint, at);
                Some(b)
            }
            Geometry::Circle { cx, cy, r } => {
                let b = Bounds::of(at.x(cx - r), at.y(cy - r), at.x(cx + r), at.y(cy + r));
                let geom = "<a:prstGeom prst=\"ellipse\"><a:avLst/></a:prstGeom>";
                self.sp(b, geom, &s.paint, at);
                Some(b)
            }
            Geometry::Line { x1, y1, x2, y2 } => {
                Some(self.line((at.x(*x1), at.y(*y1)), (at.x(*x2), at.y(*y2)), &s.paint, at))
            }
            Geometry::Polygon(points) => {
                let mut p = BezPath::new();
                for (i, (x, y)) in points.iter().enumerate() {
                    let pt = (f64::from(*x), f64::from(*y));
                    if i == 0 { p.move_to(pt) } else { p.line_to(pt) }
                }
                p.close_path();
                self.freeform(&p, &s.paint, at)
            }
            Geometry::Path(p) => self.freeform(p, &s.paint, at),
            Geometry::Symbol { symbol, x, y } => {
                let p = Affine::translate((f64::from(*x), f64::from(*y))) * symbol.path().clone();
                self.freeform(&p, &s.paint, at)
            }
        }
    }

    /// `<p:sp>` with geometry `geom` over the extent `b`.
    fn sp(&mut self, b: Bounds, geom: &str, paint: &Paint, at: Place) {
        let nv = self.nv("Shape", "");
        self.out.push_str(&format!(
            "<p:sp><p:nvSpPr>{nv}<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}{geom}{}{}</p:spPr></p:sp>",
            b.xfrm("", false),
            fill(paint.fill),
            line_props(paint.stroke.as_ref(), at),
        ));
    }

    /// A straight connector from `a` to `b` (EMU), flipped to run the way the line does.
    fn line(&mut self, a: (f32, f32), b: (f32, f32), paint: &Paint, at: Place) -> Bounds {
        let bounds = Bounds::of(a.0, a.1, b.0, b.1);
        let mut flips = String::new();
        if b.0 < a.0 {
            flips.push_str(" flipH=\"1\"");
        }
        if b.1 < a.1 {
            flips.push_str(" flipV=\"1\"");
        }
        let nv = self.nv("Line", "");
        self.out.push_str(&format!(
            "<p:cxnSp><p:nvCxnSpPr>{nv}<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr>{}<a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom>{}</p:spPr></p:cxnSp>",
            bounds.xfrm(&flips, false),
            line_props(paint.stroke.as_ref(), at),
        ));
        bounds
    }

    /// A freeform (`a:custGeom`) of `path`, in EMU relative to its extent.
    fn freeform(&mut self, path: &BezPath, paint: &Paint, at: Place) -> Option<Bounds> {
        let to = |p: kurbo::Point| (at.x(p.x as f32), at.y(p.y as f32));
        let mut b: Option<Bounds> = None;
        for el in path.elements() {
            let pts: &[kurbo::Point] = match el {
                PathEl::MoveTo(p) | PathEl::LineTo(p) => std::slice::from_ref(p),
                PathEl::QuadTo(a, p) => &[*a, *p],
                PathEl::CurveTo(a, c, p) => &[*a, *c, *p],
                PathEl::ClosePath => &[],
            };
            for p in pts {
                let (x, y) = to(*p);
                let one = Bounds(x, y, x, y);
                b = Some(b.map_or(one, |a| a.union(one)));
            }
        }
        let b = b?;
        let (ox, oy) = (b.0, b.1);
        let pt = |p: &kurbo::Point| {
            let (x, y) = to(*p);
            format!("<a:pt x=\"{}\" y=\"{}\"/>", emu(x - ox), emu(y - oy))
        };
        let mut d = String::new();
        for el in path.elements() {
            d.push_str(&match el {
                PathEl::MoveTo(p) => format!("<a:moveTo>{}</a:moveTo>", pt(p)),
                PathEl::LineTo(p) => format!("<a:lnTo>{}</a:lnTo>", pt(p)),
                PathEl::QuadTo(a, p) => format!("<a:quadBezTo>{}{}</a:quadBezTo>", pt(a), pt(p)),
                PathEl::CurveTo(a, c, p) => {
                    format!("<a:cubicBezTo>{}{}{}</a:cubicBezTo>", pt(a), pt(c), pt(p))
                }
                PathEl::ClosePath => "<a:close/>".to_string(),
            });
        }
        let (w, h) = (emu(b.2 - b.0).max(1), emu(b.3 - b.1).max(1));
        let no_fill = if paint.fill.is_none() {
            " fill=\"none\""
        } else {
            ""
        };
        let geom = format!(
            "<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/><a:pathLst><a:path w=\"{w}\" h=\"{h}\"{no_fill}>{d}</a:path></a:pathLst></a:custGeom>"
        );
        self.sp(b, &geom, paint, at);
        Some(b)
    }

    /// A one-line text box whose baseline starts (or centres, or ends) where the run's does.
    fn text(&mut self, t: &TextRun, at: Place) -> Option<Bounds> {
        let text = collapse_spaces(&t.text);
        if text.trim().is_empty() {
            return None;
        }
        // A little room beyond the measured width, so no renderer wraps or clips the line
        // whose font metrics differ by a hair.
        let w = at.len(width(&text, t.style) * 1.04 + t.style.size * 0.5);
        let h = at.len(t.style.line.max(t.style.size * 1.25));
        let x = at.x(t.x);
        let (left, algn) = match t.anchor {
            Anchor::Start => (x, "l"),
            Anchor::Middle => (x - w / 2.0, "ctr"),
            Anchor::End => (x - w, "r"),
        };
        let top = at.y(t.y) - at.len(ascent(t.style.weight) * t.style.size);
        let b = Bounds(left, top, left + w, top + h);
        let pt = at.len(t.style.size) / EMU_PER_PT;
        let nv = self.nv("Text", "");
        self.out.push_str(&format!(
            "<p:sp><p:nvSpPr>{nv}<p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap=\"none\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" rtlCol=\"0\" anchor=\"t\"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn=\"{algn}\"/>{}</a:p></p:txBody></p:sp>",
            b.xfrm("", false),
            run(&self.lang, &self.typeface, &text, pt, t.style.weight, t.color),
        ));
        Some(b)
    }

    /// A text box of wrapped paragraphs, in slide points.
    pub fn text_box(&mut self, tb: &TextBox) {
        let at = Place::SLIDE;
        let b = Bounds::of(at.x(tb.x), at.y(tb.y), at.x(tb.x + tb.w), at.y(tb.y + tb.h));
        let mut body = String::new();
        for p in &tb.paras {
            let spc = emu(p.space_before * 100.0);
            let mut ppr = format!("<a:spcBef><a:spcPts val=\"{spc}\"/></a:spcBef>");
            let indent = if p.bullet {
                ppr.push_str("<a:buFont typeface=\"Arial\"/><a:buChar char=\"&#8226;\"/>");
                " marL=\"171450\" indent=\"-171450\""
            } else {
                ppr.push_str("<a:buNone/>");
                if p.indent { " marL=\"171450\"" } else { "" }
            };
            body.push_str(&format!(
                "<a:p><a:pPr{indent}>{ppr}</a:pPr>{}</a:p>",
                run(
                    &self.lang,
                    &self.typeface,
                    &p.text,
                    p.style.size,
                    p.style.weight,
                    p.color
                )
            ));
        }
        if body.is_empty() {
            return;
        }
        let nv = self.nv("Text", "");
        self.out.push_str(&format!(
            "<p:sp><p:nvSpPr>{nv}<p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" rtlCol=\"0\" anchor=\"t\"><a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>",
            b.xfrm("", false),
        ));
    }
}

/// Runs of spaces as one, as SVG draws them.
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == ' ' {
            if !space {
                out.push(c);
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// One text run of `pt` points in `typeface` (escaped), in the language `lang` (escaped).
fn run(lang: &str, typeface: &str, text: &str, pt: f32, weight: Weight, color: Color) -> String {
    let sz = (pt * 100.0).round().clamp(100.0, 400_000.0) as i64;
    let b = if weight == Weight::SemiBold {
        " b=\"1\""
    } else {
        ""
    };
    format!(
        "<a:r><a:rPr lang=\"{lang}\" sz=\"{sz}\"{b} dirty=\"0\">{}<a:latin typeface=\"{typeface}\"/><a:cs typeface=\"{typeface}\"/></a:rPr><a:t>{}</a:t></a:r>",
        solid(color),
        esc(text)
    )
}

/// `<a:solidFill>` of `c`, with its alpha when not opaque.
fn solid(c: Color) -> String {
    let hex = format!("{:02X}{:02X}{:02X}", c.r, c.g, c.b);
    if c.a == 255 {
        format!("<a:solidFill><a:srgbClr val=\"{hex}\"/></a:solidFill>")
    } else {
        let alpha = (u32::from(c.a) * 100_000 / 255).min(100_000);
        format!(
            "<a:solidFill><a:srgbClr val=\"{hex}\"><a:alpha val=\"{alpha}\"/></a:srgbClr></a:solidFill>"
        )
    }
}

fn fill(c: Option<Color>) -> String {
    c.map_or_else(|| "<a:noFill/>".to_string(), solid)
}

/// `<a:ln>`: width, ends, colour, dashes and corners of `stroke` (none: no outline).
fn line_props(stroke: Option<&Stroke>, at: Place) -> String {
    let Some(s) = stroke.filter(|s| s.width > 0.0) else {
        return "<a:ln><a:noFill/></a:ln>".to_string();
    };
    let w = emu(at.len(s.width)).max(1);
    let cap = match s.cap {
        Cap::Butt => "flat",
        Cap::Round => "rnd",
        Cap::Square => "sq",
    };
    let dash = match s.dash_pattern() {
        None => "<a:prstDash val=\"solid\"/>".to_string(),
        Some(d) => {
            // Dash and space lengths in thousandths of a percent of the line width.
            let rel = |v: f32| ((v / s.width * 100_000.0).round() as i64).clamp(1, 100_000_000);
            let ds: String = d
                .chunks(2)
                .map(|c| {
                    let sp = c.get(1).copied().unwrap_or(c[0]);
                    format!("<a:ds d=\"{}\" sp=\"{}\"/>", rel(c[0]), rel(sp))
                })
                .collect();
            format!("<a:custDash>{ds}</a:custDash>")
        }
    };
    let join = match s.join {
        Join::Miter => "<a:miter lim=\"400000\"/>",
        Join::Round => "<a:round/>",
        Join::Bevel => "<a:bevel/>",
    };
    format!(
        "<a:ln w=\"{w}\" cap=\"{cap}\">{}{dash}{join}</a:ln>",
        solid(s.color)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::drawing::{Canvas, PathExt};
    use crate::diagram::text::Style;

    #[test]
    fn shapes_map_to_presets_and_freeforms() {
        let mut c = Canvas::new();
        c.begin(Role::Card, "A card");
        c.rect(0.0, 0.0, 100.0, 40.0, 8.0, Paint::fill("#EEEEEE"));
        c.text(
            8.0,
            20.0,
            Style::BODY,
            "#111111",
            Anchor::Start,
            "Hello  world",
        );
        c.end();
        c.line(
            10.0,
            10.0,
            0.0,
            30.0,
            Stroke::new("#000000", 1.0).dash(&[4.0, 2.0]),
        );
        c.circle(5.0, 5.0, 3.0, Paint::fill("#FF0000"));
        let mut p = BezPath::new();
        p.move_xy(0.0, 0.0);
        p.cubic_xy(10.0, 0.0, 10.0, 10.0, 20.0, 10.0);
        c.path(p, Paint::outline(Stroke::new("#0B4F7C", 2.0)));
        let d = c.into_page(960.0, 540.0);
        let mut w = ShapeWriter::new();
        w.drawing(&d, Place::SLIDE);
        let x = &w.out;
        assert!(x.starts_with("<p:grpSp>"), "{x}");
        assert!(x.contains("name=\"A card\""));
        assert!(x.contains("prst=\"roundRect\"") && x.contains("val 20000"));
        assert!(x.contains("<a:t>Hello world</a:t>") && x.contains("sz=\"1300\""));
        assert!(x.contains("<p:cxnSp>") && x.contains("flipH=\"1\""));
        assert!(x.contains("<a:ds d=\"400000\" sp=\"200000\"/>"));
        assert!(x.contains("prst=\"ellipse\""));
        assert!(x.contains("<a:cubicBezTo>") && x.contains("fill=\"none\""));
        assert!(x.contains("<a:srgbClr val=\"0B4F7C\"/>"));
    }

    #[test]
    fn embedded_drawings_are_scaled() {
        let mut inner = Canvas::new();
        inner.text(0.0, 10.0, Style::BODY, "#000000", Anchor::Start, "x");
        let mut c = Canvas::new();
        c.embed(inner.into_page(10.0, 10.0), 100.0, 0.0, 0.5);
        let mut w = ShapeWriter::new();
        w.drawing(&c.into_page(960.0, 540.0), Place::SLIDE);
        assert!(w.out.contains("sz=\"650\""), "{}", w.out);
        assert!(w.out.contains(&format!("<a:off x=\"{}\"", 100 * 12700)));
    }
}
