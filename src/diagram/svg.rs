//! The SVG writer: a [`Drawing`] as a complete, accessible `<svg>` element, escaped
//! attributes and text, fixed-precision numbers, deterministic bytes.
//!
//! It writes one drawing in either of two [`Form`]s: inline, every element carrying its
//! presentation attributes (the SVG downloads), or compact, for pages, where each distinct
//! set of presentation attributes becomes a class defined once in a `<style>` scoped to
//! the diagram's root id, and repeated symbols are `<use>`s of shared `<defs>`. Both draw
//! the same pixels as the PNG and PDF writers, which read the same drawing.
//!
//! A small writer of our own rather than an SVG library: the output is a fixed, tiny
//! vocabulary, and the compact form's class sharing is specific to how pages embed it.

use std::collections::HashMap;
use std::fmt::Write as _;

use kurbo::PathEl;

use super::drawing::{Anchor, Cap, Drawing, Geometry, Item, Join, Paint, Shape, TextRun};

/// Escapes a string for XML text and attribute values (`& < > " '`).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    esc_into(&mut out, s);
    out
}

/// Appends `s` escaped as [`esc`] does; most strings need no escaping and are copied whole.
pub fn esc_into(out: &mut String, s: &str) {
    let plain = |b: u8| !matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'') && b >= 0x20;
    if s.bytes().all(plain) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0; drop them.
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
}

/// Formats a coordinate with one decimal, without a trailing `.0` and never as `-0`.
pub fn num(x: f32) -> String {
    let r = (x * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// How a drawing is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    /// Presentation attributes on every element (downloads).
    #[default]
    Inline,
    /// Classes defined once in a scoped `<style>`, shared `<defs>`; smaller, for pages.
    Compact,
}

/// The attributes that [`Form::Compact`] moves into classes: the presentation attributes
/// waymark writes (all inherited or per-element properties that CSS can set the same way).
const PRESENTATION: [&str; 9] = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "font-size",
    "font-weight",
    "text-anchor",
];

/// `drawing` as a complete `<svg>` element in `form`, ending in a newline.
pub fn write(drawing: &Drawing, form: Form) -> String {
    let mut w = Writer {
        form,
        prefix: drawing.id_prefix.clone(),
        ..Writer::default()
    };
    w.items(&drawing.items);
    let head = match form {
        Form::Inline => String::new(),
        Form::Compact => w.head(&format!("{}root", drawing.id_prefix)),
    };
    root(drawing, &head, &w.buf)
}

fn root(d: &Drawing, head: &str, body: &str) -> String {
    let (w, h) = (num(d.width), num(d.height));
    let p = esc(&d.id_prefix);
    // A drawing with links is not one image: axe (and screen readers) want its links
    // reachable, not nested inside an `img`.
    let role = if has_links(&d.items) { "group" } else { "img" };
    let id = if head.is_empty() {
        String::new()
    } else {
        format!(" id=\"{p}root\"")
    };
    let mut s = String::with_capacity(body.len() + head.len() + 512);
    let family = match &d.font_family {
        // Letters, digits, spaces and hyphens only: a valid unquoted family in SVG and CSS.
        Some(f) => {
            let plain: String = f
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
                .collect();
            format!("{}, Inter, sans-serif", esc(plain.trim()))
        }
        None => "Inter, sans-serif".to_string(),
    };
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\"{id} viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"{role}\" aria-labelledby=\"{p}title {p}desc\" font-family=\"{family}\">",
    );
    let _ = writeln!(s, "<title id=\"{p}title\">{}</title>", esc(&d.title));
    let _ = writeln!(s, "<desc id=\"{p}desc\">{}</desc>", esc(&d.desc));
    s.push_str(head);
    if let Some(c) = d.background {
        let _ = writeln!(
            s,
            "<rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
            c.to_hex()
        );
    }
    s.push_str(body);
    s.push_str("</svg>\n");
    s
}

fn has_links(items: &[Item]) -> bool {
    items.iter().any(|i| match i {
        Item::Link { .. } => true,
        Item::Embed { drawing, .. } => has_links(&drawing.items),
        Item::Shape(_) | Item::Text(_) | Item::Image(_) => false,
    })
}

/// A font family name as a CSS value: quoted when it is more than letters, digits, spaces
/// and hyphens would safely allow; quotes and backslashes dropped.
pub fn css_family(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !matches!(c, '"' | '\\' | '\'' | ';' | '<' | '>'))
        .collect();
    format!("'{clean}'")
}

/// Whether `v` can go into a CSS declaration unchanged (colours, numbers, keywords); other
/// values stay attributes.
fn css_safe(v: &str) -> bool {
    !v.is_empty()
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" #.,-".contains(&b))
}

/// An SVG body being written, one element per line.
#[derive(Debug, Default)]
struct Writer {
    buf: String,
    form: Form,
    /// Compact form: the declarations of each class, in order of first use.
    classes: Vec<String>,
    /// Compact form: declarations to class number.
    class_of: HashMap<String, usize>,
    /// Compact form: the id prefix of the diagram (for `defs` ids and the style's scope).
    prefix: String,
    /// Compact form: shared definitions, in order of first use, and their ids.
    defs: Vec<(String, &'static str)>,
}

/// Attribute name and value pairs of one element.
type Attrs = Vec<(&'static str, String)>;

impl Writer {
    fn items(&mut self, items: &[Item]) {
        for item in items {
            match item {
                Item::Shape(s) => self.shape(s),
                Item::Text(t) => self.text(t),
                Item::Image(img) => self.image(img),
                Item::Embed {
                    drawing,
                    x,
                    y,
                    scale,
                } => {
                    let t = format!("translate({} {}) scale({})", num(*x), num(*y), scale);
                    self.tag("g", &[("transform", t)], false);
                    self.buf.push('\n');
                    self.items(&drawing.items);
                    self.buf.push_str("</g>\n");
                }
                Item::Link { href, title, items } => {
                    self.tag("a", &[("href", href.clone())], false);
                    self.buf.push_str("<title>");
                    esc_into(&mut self.buf, title);
                    self.buf.push_str("</title>\n");
                    self.items(items);
                    self.buf.push_str("</a>\n");
                }
            }
        }
    }

    /// An image as a `data:` URI, so that the SVG stays one self-contained file.
    fn image(&mut self, img: &crate::diagram::drawing::Image) {
        use base64::Engine as _;
        let data = base64::engine::general_purpose::STANDARD.encode(&img.png);
        let _ = write!(
            self.buf,
            "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"xMidYMid meet\" href=\"data:image/png;base64,{data}\"",
            num(img.x),
            num(img.y),
            num(img.w),
            num(img.h),
        );
        if img.alt.is_empty() {
            self.buf.push_str(" aria-hidden=\"true\"/>\n");
        } else {
            let _ = writeln!(self.buf, "><title>{}</title></image>", esc(&img.alt));
        }
    }

    /// The class number of a set of CSS declarations (added when new).
    fn class(&mut self, decls: String) -> usize {
        if let Some(&i) = self.class_of.get(&decls) {
            return i;
        }
        self.classes.push(decls.clone());
        self.class_of.insert(decls, self.classes.len() - 1);
        self.classes.len() - 1
    }

    /// Writes `<tag a="v" …>` (or `/>` when `empty`); values are escaped. In the compact
    /// form the presentation attributes become one class.
    fn tag(&mut self, tag: &str, attrs: &[(&str, String)], empty: bool) {
        self.buf.push('<');
        self.buf.push_str(tag);
        let compact = self.form == Form::Compact
            && attrs
                .iter()
                .all(|(k, v)| !PRESENTATION.contains(k) || css_safe(v));
        let mut decls = String::new();
        for (k, v) in attrs {
            if compact && PRESENTATION.contains(k) {
                if !decls.is_empty() {
                    decls.push(';');
                }
                decls.push_str(k);
                decls.push(':');
                decls.push_str(v);
                if *k == "font-size" {
                    decls.push_str("px");
                }
            } else {
                self.buf.push(' ');
                self.buf.push_str(k);
                self.buf.push_str("=\"");
                esc_into(&mut self.buf, v);
                self.buf.push('"');
            }
        }
        if !decls.is_empty() {
            let class = self.class(decls);
            let _ = write!(self.buf, " class=\"_{class}\"");
        }
        self.buf.push_str(if empty { "/>\n" } else { ">" });
    }

    fn shape(&mut self, s: &Shape) {
        let mut a: Attrs = Vec::new();
        let tag = match &s.geometry {
            Geometry::Rect { x, y, w, h, rx } => {
                a.extend([
                    ("x", num(*x)),
                    ("y", num(*y)),
                    ("width", num(*w)),
                    ("height", num(*h)),
                ]);
                if num(*rx) != "0" {
                    a.push(("rx", num(*rx)));
                }
                "rect"
            }
            Geometry::Line { x1, y1, x2, y2 } => {
                a.extend([
                    ("x1", num(*x1)),
                    ("y1", num(*y1)),
                    ("x2", num(*x2)),
                    ("y2", num(*y2)),
                ]);
                "line"
            }
            Geometry::Circle { cx, cy, r } => {
                a.extend([("cx", num(*cx)), ("cy", num(*cy)), ("r", num(*r))]);
                "circle"
            }
            Geometry::Polygon(pts) => {
                a.push(("points", points(pts)));
                "polygon"
            }
            Geometry::Path(p) => {
                a.push(("d", path_data(p)));
                "path"
            }
            Geometry::Symbol { symbol, x, y } => {
                if self.form == Form::Compact {
                    let d = symbol.svg_data();
                    let id = match self.defs.iter().position(|(_, def)| *def == d) {
                        Some(i) => self.defs[i].0.clone(),
                        None => {
                            let id = format!("{}d{}", self.prefix, self.defs.len());
                            self.defs.push((id.clone(), d));
                            id
                        }
                    };
                    a.extend([("href", format!("#{id}")), ("x", num(*x)), ("y", num(*y))]);
                    paint_attrs(&mut a, &s.paint, true);
                    return self.tag("use", &a, true);
                }
                a.push(("transform", format!("translate({} {})", num(*x), num(*y))));
                a.push(("d", symbol.svg_data().to_string()));
                "path"
            }
        };
        paint_attrs(&mut a, &s.paint, tag != "line");
        self.tag(tag, &a, true);
    }

    fn text(&mut self, t: &TextRun) {
        let mut a: Attrs = vec![
            ("x", num(t.x)),
            ("y", num(t.y)),
            ("font-size", num(t.style.size)),
            ("font-weight", t.style.weight.css().to_string()),
            ("fill", t.color.to_hex()),
        ];
        match t.anchor {
            Anchor::Start => {}
            Anchor::Middle => a.push(("text-anchor", "middle".into())),
            Anchor::End => a.push(("text-anchor", "end".into())),
        }
        self.tag("text", &a, false);
        esc_into(&mut self.buf, &t.text);
        self.buf.push_str("</text>\n");
    }

    /// The `<style>` and `<defs>` that the compact form's body needs, with rules scoped to
    /// the root element of id `root_id`.
    fn head(&self, root_id: &str) -> String {
        let mut s = String::new();
        if !self.classes.is_empty() {
            s.push_str("<style>\n");
            for (i, decls) in self.classes.iter().enumerate() {
                let _ = writeln!(s, "#{} ._{i}{{{decls}}}", esc(root_id));
            }
            s.push_str("</style>\n");
        }
        if !self.defs.is_empty() {
            s.push_str("<defs>\n");
            for (id, d) in &self.defs {
                let _ = writeln!(s, "<path id=\"{}\" d=\"{}\"/>", esc(id), esc(d));
            }
            s.push_str("</defs>\n");
        }
        s
    }
}

/// The fill (unless `fillable` is false: SVG never fills a line) and stroke attributes.
fn paint_attrs(a: &mut Attrs, paint: &Paint, fillable: bool) {
    if fillable {
        a.push(("fill", paint.fill.map_or("none".into(), |c| c.to_hex())));
    }
    let Some(s) = &paint.stroke else { return };
    a.push(("stroke", s.color.to_hex()));
    if s.width != 1.0 {
        a.push(("stroke-width", num(s.width)));
    }
    if let Some(d) = s.dash_pattern() {
        let d: Vec<String> = d.iter().map(|v| num(*v)).collect();
        a.push(("stroke-dasharray", d.join(" ")));
    }
    match s.cap {
        Cap::Butt => {}
        Cap::Round => a.push(("stroke-linecap", "round".into())),
        Cap::Square => a.push(("stroke-linecap", "square".into())),
    }
    match s.join {
        Join::Miter => {}
        Join::Round => a.push(("stroke-linejoin", "round".into())),
        Join::Bevel => a.push(("stroke-linejoin", "bevel".into())),
    }
}

/// SVG path data of an outline: absolute commands, one decimal; a horizontal or vertical
/// line as `H` or `V`.
pub fn path_data(p: &kurbo::BezPath) -> String {
    let mut d = String::new();
    let n = |v: f64| num(v as f32);
    // The current point as written (so `H`/`V` compare what a reader sees).
    let mut at = (String::new(), String::new());
    let mut start = at.clone();
    for el in p.elements() {
        let _ = match el {
            PathEl::MoveTo(a) => {
                at = (n(a.x), n(a.y));
                start = at.clone();
                write!(d, "M{} {}", at.0, at.1)
            }
            PathEl::LineTo(a) => {
                let (x, y) = (n(a.x), n(a.y));
                let r = if y == at.1 {
                    write!(d, "H{x}")
                } else if x == at.0 {
                    write!(d, "V{y}")
                } else {
                    write!(d, "L{x} {y}")
                };
                at = (x, y);
                r
            }
            PathEl::QuadTo(c, a) => {
                at = (n(a.x), n(a.y));
                write!(d, "Q{} {} {} {}", n(c.x), n(c.y), at.0, at.1)
            }
            PathEl::CurveTo(c1, c2, a) => {
                at = (n(a.x), n(a.y));
                write!(
                    d,
                    "C{} {} {} {} {} {}",
                    n(c1.x),
                    n(c1.y),
                    n(c2.x),
                    n(c2.y),
                    at.0,
                    at.1
                )
            }
            PathEl::ClosePath => {
                at = start.clone();
                write!(d, "Z")
            }
        };
    }
    d
}

/// Formats a list of points as `x,y x,y …` for `points` attributes.
pub fn points(pts: &[(f32, f32)]) -> String {
    pts.iter()
        .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_formats() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.25), "1.3");
        assert_eq!(num(-0.01), "0");
    }
}
