//! A tiny SVG writer: escaped attributes and text, fixed-precision numbers.
//!
//! It writes one drawing in either of two [`Form`]s: inline, every element carrying its
//! presentation attributes (what the exports' fast path, `export::scene`, parses), or
//! compact, for pages, where each distinct set of presentation attributes becomes a class
//! defined once in a `<style>` scoped to the diagram's root id, and repeated glyphs are
//! `<use>`s of shared `<defs>`. Both draw the same pixels.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::text::Style;

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

/// Horizontal text anchoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Left-aligned at x.
    Start,
    /// Centred on x.
    Middle,
    /// Right-aligned at x.
    End,
}

/// How a drawing is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    /// Presentation attributes on every element; what the PNG and PDF exports parse.
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

/// Whether `v` can go into a CSS declaration unchanged (colours, numbers, keywords); other
/// values stay attributes.
fn css_safe(v: &str) -> bool {
    !v.is_empty()
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" #.,-".contains(&b))
}

/// An SVG document being written, one element per line.
#[derive(Debug, Default)]
pub struct Svg {
    buf: String,
    form: Form,
    /// Compact form: the declarations of each class, in order of first use.
    classes: Vec<String>,
    /// Compact form: declarations to class number.
    class_of: HashMap<String, usize>,
    /// Compact form: the id prefix of the diagram (for `defs` ids and the style's scope).
    prefix: String,
    /// Compact form: shared definitions, in order of first use, and their ids.
    defs: Vec<(String, String)>,
}

impl Svg {
    /// An empty writer of the inline form.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty writer of `form`, for the diagram whose ids start with `prefix`.
    pub fn with_form(form: Form, prefix: &str) -> Self {
        Svg {
            form,
            prefix: prefix.to_string(),
            ..Self::default()
        }
    }

    /// The form being written.
    pub fn form(&self) -> Form {
        self.form
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
    fn tag(&mut self, tag: &str, attrs: &[(&str, &str)], empty: bool) {
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

    /// Draws the path `d` (in its own coordinates, shared by every copy) moved to (x, y):
    /// inline, a `path` with a `translate`; compact, a `<use>` of one shared definition.
    pub fn placed_path(&mut self, d: &str, x: f32, y: f32, attrs: &[(&str, &str)]) {
        if self.form == Form::Inline {
            let t = format!("translate({} {})", num(x), num(y));
            let mut all: Vec<(&str, &str)> = vec![("transform", &t)];
            all.extend_from_slice(attrs);
            return self.path(d, &all);
        }
        let id = match self.defs.iter().position(|(_, def)| def == d) {
            Some(i) => self.defs[i].0.clone(),
            None => {
                let id = format!("{}d{}", self.prefix, self.defs.len());
                self.defs.push((id.clone(), d.to_string()));
                id
            }
        };
        let (href, xs, ys) = (format!("#{id}"), num(x), num(y));
        let mut all: Vec<(&str, &str)> = vec![("href", &href), ("x", &xs), ("y", &ys)];
        all.extend_from_slice(attrs);
        self.empty("use", &all);
    }

    /// The `<style>` and `<defs>` that the compact form's body needs (empty when inline),
    /// with rules scoped to the root element of id `root_id`.
    pub fn head(&self, root_id: &str) -> String {
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

    /// Opens an element with attributes, followed by a newline.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.tag(tag, attrs, false);
        self.buf.push('\n');
    }

    /// Closes an element.
    pub fn close(&mut self, tag: &str) {
        let _ = writeln!(self.buf, "</{tag}>");
    }

    /// Writes an empty element `<tag …/>`.
    pub fn empty(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.tag(tag, attrs, true);
    }

    /// Writes `<tag …>text</tag>` with the text escaped.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) {
        self.tag(tag, attrs, false);
        esc_into(&mut self.buf, text);
        self.buf.push_str("</");
        self.buf.push_str(tag);
        self.buf.push_str(">\n");
    }

    /// A rectangle; `extra` adds attributes such as a dash array.
    #[allow(clippy::too_many_arguments)]
    pub fn rect(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        rx: f32,
        fill: &str,
        stroke: Option<&str>,
        extra: &[(&str, &str)],
    ) {
        let (x, y, w, h, rx) = (num(x), num(y), num(w), num(h), num(rx));
        let mut attrs: Vec<(&str, &str)> =
            vec![("x", &x), ("y", &y), ("width", &w), ("height", &h)];
        if rx != "0" {
            attrs.push(("rx", &rx));
        }
        attrs.push(("fill", fill));
        if let Some(s) = stroke {
            attrs.push(("stroke", s));
        }
        attrs.extend_from_slice(extra);
        self.empty("rect", &attrs);
    }

    /// A straight line with a stroke colour and width.
    #[allow(clippy::too_many_arguments)]
    pub fn line(
        &mut self,
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        stroke: &str,
        width: f32,
        extra: &[(&str, &str)],
    ) {
        let (a, b, c, d, w) = (num(x1), num(y1), num(x2), num(y2), num(width));
        let mut attrs: Vec<(&str, &str)> = vec![
            ("x1", &a),
            ("y1", &b),
            ("x2", &c),
            ("y2", &d),
            ("stroke", stroke),
            ("stroke-width", &w),
        ];
        attrs.extend_from_slice(extra);
        self.empty("line", &attrs);
    }

    /// A circle.
    pub fn circle(&mut self, cx: f32, cy: f32, r: f32, fill: &str, extra: &[(&str, &str)]) {
        let (a, b, c) = (num(cx), num(cy), num(r));
        let mut attrs: Vec<(&str, &str)> = vec![("cx", &a), ("cy", &b), ("r", &c), ("fill", fill)];
        attrs.extend_from_slice(extra);
        self.empty("circle", &attrs);
    }

    /// A path with its `d` attribute.
    pub fn path(&mut self, d: &str, attrs: &[(&str, &str)]) {
        let mut all: Vec<(&str, &str)> = vec![("d", d)];
        all.extend_from_slice(attrs);
        self.empty("path", &all);
    }

    /// One line of text with its baseline at `y`.
    pub fn text(
        &mut self,
        x: f32,
        y: f32,
        style: Style,
        fill: &str,
        anchor: Anchor,
        content: &str,
    ) {
        let (xs, ys, size) = (num(x), num(y), num(style.size));
        let mut attrs: Vec<(&str, &str)> = vec![
            ("x", &xs),
            ("y", &ys),
            ("font-size", &size),
            ("font-weight", style.weight.css()),
            ("fill", fill),
        ];
        match anchor {
            Anchor::Start => {}
            Anchor::Middle => attrs.push(("text-anchor", "middle")),
            Anchor::End => attrs.push(("text-anchor", "end")),
        }
        self.element("text", &attrs, content);
    }

    /// Wrapped lines, one `<text>` each, the first line box starting at `top`.
    pub fn lines(&mut self, x: f32, top: f32, style: Style, fill: &str, lines: &[String]) {
        for (i, l) in lines.iter().enumerate() {
            self.text(
                x,
                top + i as f32 * style.line + style.baseline(),
                style,
                fill,
                Anchor::Start,
                l,
            );
        }
    }

    /// Appends raw, already well-formed markup.
    pub fn raw(&mut self, s: &str) {
        self.buf.push_str(s);
    }

    /// The written markup.
    pub fn finish(self) -> String {
        self.buf
    }
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
