//! The typed drawing: what a diagram or a deck page draws, built once and read by every
//! writer (SVG for pages and downloads, PNG through tiny-skia, PDF through pdf-writer and
//! krilla, and later PowerPoint). Nothing reads our own SVG back: each writer walks these
//! plain shapes and text runs.
//!
//! Coordinates are user units (1 px in SVG and PNG at 1x, 1 pt in the PDF), y down, origin
//! at the drawing's top left. Items are drawn in order, each over the ones before.
//!
//! Text runs are positioned (baseline start or anchor, size, weight, colour) but not shaped
//! here: pages only need the SVG text, and shaping every label of a 1,000-journey site
//! would double its build time. The PNG and PDF writers shape each run with
//! [`super::text::shape`], the shaper and fallback chain that measured and wrapped it, so
//! widths agree everywhere.

use std::ops::Range;
use std::sync::LazyLock;

pub use kurbo::BezPath;

use super::text::Style;

/// An sRGB colour with alpha, 0–255 each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Alpha (255 opaque).
    pub a: u8,
}

impl Color {
    /// Opaque white.
    pub const WHITE: Color = Color::rgb(255, 255, 255);
    /// Opaque black.
    pub const BLACK: Color = Color::rgb(0, 0, 0);

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 255 }
    }

    /// A palette colour written `#RGB` or `#RRGGBB` (the notation of
    /// [`super::palette`]'s constants and of the site's CSS); `None` for `none` or anything
    /// else.
    pub fn hex(s: &str) -> Option<Color> {
        let h = s.strip_prefix('#')?;
        let digit = |i: usize| u8::from_str_radix(h.get(i..i + 1)?, 16).ok();
        match h.len() {
            3 => Some(Color::rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| u8::from_str_radix(h.get(i..i + 2)?, 16).ok();
                Some(Color::rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    /// `#RRGGBB`, upper case (the alpha is not written; waymark's colours are opaque).
    pub fn to_hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.r, self.g, self.b)
    }
}

/// The ends of an open stroke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cap {
    /// Flat at the end point.
    #[default]
    Butt,
    /// A half circle beyond the end point.
    Round,
    /// A half square beyond the end point.
    Square,
}

/// The corners of a stroke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Join {
    /// Sharp (miter limit 4, as SVG).
    #[default]
    Miter,
    /// Rounded.
    Round,
    /// Cut off.
    Bevel,
}

/// A stroke: colour, width in user units, dash lengths (empty: solid; an odd list repeats
/// as in SVG), ends and corners.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub color: Color,
    /// Width in user units.
    pub width: f32,
    /// Dash and gap lengths in user units; empty for a solid line.
    pub dash: Vec<f32>,
    /// Line ends.
    pub cap: Cap,
    /// Corners.
    pub join: Join,
}

impl Stroke {
    /// A solid stroke of `color` (a palette colour, see [`Color::hex`]; black if it is not
    /// one) and `width`, butt ends, miter corners.
    pub fn new(color: &str, width: f32) -> Stroke {
        Stroke {
            color: Color::hex(color).unwrap_or(Color::BLACK),
            width,
            dash: Vec::new(),
            cap: Cap::Butt,
            join: Join::Miter,
        }
    }

    /// The same stroke dashed (`[]` keeps it solid).
    pub fn dash(mut self, dash: &[f32]) -> Stroke {
        self.dash = dash.to_vec();
        self
    }

    /// The same stroke with `cap` ends.
    pub fn cap(mut self, cap: Cap) -> Stroke {
        self.cap = cap;
        self
    }

    /// The same stroke with `join` corners.
    pub fn join(mut self, join: Join) -> Stroke {
        self.join = join;
        self
    }

    /// Round ends and corners (curves, arrows and glyphs).
    pub fn round(self) -> Stroke {
        self.cap(Cap::Round).join(Join::Round)
    }

    /// The dash list as SVG and PDF repeat it: even length, `None` when solid (empty or
    /// all zeros).
    pub fn dash_pattern(&self) -> Option<Vec<f32>> {
        if self.dash.iter().all(|d| *d == 0.0) {
            return None;
        }
        let mut d = self.dash.clone();
        if d.len() % 2 == 1 {
            d.extend_from_within(..);
        }
        Some(d)
    }
}

/// How a shape is painted: an optional fill under an optional stroke.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paint {
    /// Fill colour; `None` leaves the inside unpainted.
    pub fill: Option<Color>,
    /// Outline; `None` for none.
    pub stroke: Option<Stroke>,
}

impl Paint {
    /// Filled with a palette colour (`none`: unfilled), no stroke.
    pub fn fill(color: &str) -> Paint {
        Paint {
            fill: Color::hex(color),
            stroke: None,
        }
    }

    /// Unfilled, outlined by `stroke`.
    pub fn outline(stroke: Stroke) -> Paint {
        Paint {
            fill: None,
            stroke: Some(stroke),
        }
    }

    /// The same fill with `stroke` around it.
    pub fn with_stroke(mut self, stroke: Stroke) -> Paint {
        self.stroke = Some(stroke);
        self
    }
}

/// The outline of a shape, in user units.
#[derive(Debug, Clone, PartialEq)]
pub enum Geometry {
    /// A rectangle with corner radius `rx` (0: square corners).
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Corner radius.
        rx: f32,
    },
    /// A straight segment (stroked only).
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
    },
    /// A circle.
    Circle {
        /// Centre x.
        cx: f32,
        /// Centre y.
        cy: f32,
        /// Radius.
        r: f32,
    },
    /// A closed polygon through the points.
    Polygon(Vec<(f32, f32)>),
    /// Any outline of lines and curves.
    Path(BezPath),
    /// A shared symbol (a channel glyph) drawn with its origin at (x, y).
    Symbol {
        /// Which symbol.
        symbol: Symbol,
        /// Where its origin goes.
        x: f32,
        /// Where its origin goes.
        y: f32,
    },
}

/// A symbol drawn many times: one outline in its own coordinates, centred on 0,0 within
/// ±6 (the channel glyphs of [`super::palette::channel_mark`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Symbol(pub usize);

/// The shared symbols' outlines, as SVG path data: a notation for icon outlines kept in
/// this source, parsed once with kurbo (never our own output).
const SYMBOL_PATHS: [&str; 11] = [
    "M0-5.5a5.5 5.5 0 1 0 0.01 0ZM0-5.5c-3 3-3 8 0 11M0-5.5c3 3 3 8 0 11M-5.5 0h11",
    "M-6-4h12v8h-12ZM-6-4l6 4.5 6-4.5",
    "M-5.5-4h11v9.5h-11ZM-5.5-1h11M-2.5-6v3M2.5-6v3",
    "M0 6c-3.5-3.8-4.5-5.6-4.5-7.5a4.5 4.5 0 0 1 9 0c0 1.9-1 3.7-4.5 7.5ZM0-3.2a1.3 1.3 0 1 0 0.01 0Z",
    "M-4.8-5.6l2.4-.4 1.4 3.2-1.6 1.2a7 7 0 0 0 3.8 3.8l1.2-1.6 3.2 1.4-.4 2.4a1.5 1.5 0 0 1-1.5 1.2A10 10 0 0 1-6-4.1a1.5 1.5 0 0 1 1.2-1.5Z",
    "M-6-5h12v10h-12ZM-6-2h12M-3.5 1h7M-3.5 3h4",
    "M-2 0a3.5 3.5 0 1 0 0.01 0ZM2 0a3.5 3.5 0 1 0 0.01 0Z",
    "M-4.5-5.5h9v11h-9ZM-2-3h1M1-3h1M-2-0.5h1M1-0.5h1M-1 5.5v-3h2v3",
    "M-3.5-6h7v12h-7ZM-1 3.8h2",
    "M-4-6h5l3 3v9h-8ZM1-6v3h3M-2 0h4M-2 2.5h4",
    "M0-2.5a2.5 2.5 0 1 0 0.01 0Z",
];

/// The channels that have a symbol, in [`SYMBOL_PATHS`] order; anything else draws the
/// last ("other": a small ring).
const SYMBOL_NAMES: [&str; 10] = [
    "web", "email", "event", "field", "phone", "portal", "partner", "internal", "app", "print",
];

static SYMBOLS: LazyLock<Vec<BezPath>> = LazyLock::new(|| {
    SYMBOL_PATHS
        .iter()
        .map(|d| BezPath::from_svg(d).unwrap_or_default())
        .collect()
});

impl Symbol {
    /// The symbol of a well-known channel (`web`, `email`, … as
    /// [`super::palette::known_channel`] names them), else the "other" ring.
    pub fn channel(kind: &str) -> Symbol {
        Symbol(
            SYMBOL_NAMES
                .iter()
                .position(|n| *n == kind)
                .unwrap_or(SYMBOL_NAMES.len()),
        )
    }

    /// The outline, in the symbol's own coordinates.
    pub fn path(self) -> &'static BezPath {
        &SYMBOLS[self.0.min(SYMBOLS.len() - 1)]
    }

    /// The outline as SVG path data (what the SVG writer shares through `<defs>`).
    pub fn svg_data(self) -> &'static str {
        SYMBOL_PATHS[self.0.min(SYMBOL_PATHS.len() - 1)]
    }
}

/// Horizontal text anchoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Anchor {
    /// Left-aligned at x.
    #[default]
    Start,
    /// Centred on x.
    Middle,
    /// Right-aligned at x.
    End,
}

/// A filled and/or stroked outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The outline.
    pub geometry: Geometry,
    /// Its paint.
    pub paint: Paint,
}

/// One line of text: its baseline at `y`, anchored at `x`.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Anchor x (start, centre or end of the line, by `anchor`).
    pub x: f32,
    /// Baseline y.
    pub y: f32,
    /// Size, weight and line height.
    pub style: Style,
    /// Fill colour.
    pub color: Color,
    /// What `x` is.
    pub anchor: Anchor,
    /// The text, in logical (reading) order; runs of spaces draw as one, as in SVG.
    pub text: String,
}

/// A raster image (a theme's logo) drawn into a box: PNG bytes, scaled to fill `w` × `h`
/// (callers keep its aspect ratio, see `crate::diagram::theme::place_logo`).
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// Left, in user units.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width drawn.
    pub w: f32,
    /// Height drawn.
    pub h: f32,
    /// A PNG file.
    pub png: std::sync::Arc<[u8]>,
    /// Accessible name (`alt`).
    pub alt: String,
}

/// One thing drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A raster image.
    Image(Image),
    /// An outline.
    Shape(Shape),
    /// A line of text.
    Text(TextRun),
    /// Another drawing, scaled by `scale` and its top left moved to (x, y) (a diagram on a
    /// deck page).
    Embed {
        /// The drawing.
        drawing: Box<Drawing>,
        /// Left of its top-left corner.
        x: f32,
        /// Top of its top-left corner.
        y: f32,
        /// Scale factor (1: natural size).
        scale: f32,
    },
    /// Items that link to `href` (a relative page URL with an optional `#fragment`), named
    /// `title` (the tooltip and accessible name); the SVG writer wraps them in `<a>`, the
    /// PNG and PDF writers draw them as they are.
    Link {
        /// Where the link goes, relative to the page that shows the drawing.
        href: String,
        /// What the link is, in the site's language.
        title: String,
        /// What is drawn.
        items: Vec<Item>,
    },
}

/// What a group of items is, for writers that keep structure (a later slide writer
/// groups a card's shapes) and for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The title block.
    Header,
    /// The persona legend.
    Legend,
    /// The stage band.
    Stages,
    /// One swimlane (its label and cells).
    Lane,
    /// The emotion chart.
    EmotionChart,
    /// One card.
    Card,
    /// The key under the diagram.
    Key,
}

/// A run of items with a role and a name (a lane's name, a card's first line).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// What it is.
    pub role: Role,
    /// Its name in the site's language (may be empty).
    pub name: String,
    /// Its items, as indexes into [`Drawing::items`].
    pub items: Range<usize>,
}

/// A horizontal band of the drawing: a lane, from its top to its bottom rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The lane's key (`Actions`, `Emotion`, … in English, as
    /// [`crate::diagram::journey_diagram_lanes`] selects lanes).
    pub key: String,
    /// Top, in user units.
    pub start: f32,
    /// Bottom, in user units.
    pub end: f32,
}

/// A complete drawing: size, accessible name and description, items in painting order,
/// and the extents a page cutter needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawing {
    /// Width in user units.
    pub width: f32,
    /// Height in user units.
    pub height: f32,
    /// Prefix of every id in the SVG (`wm-<journey>-jd-`); empty for deck pages.
    pub id_prefix: String,
    /// Accessible name (the SVG `<title>`).
    pub title: String,
    /// Accessible description (the SVG `<desc>`).
    pub desc: String,
    /// Painted under everything (white for diagrams; PNGs may leave it out).
    pub background: Option<Color>,
    /// The family name the SVG writer names for text (`None`: Inter); a theme's fonts set
    /// it (`crate::diagram::theme::apply`). The PNG and PDF writers draw the primary faces
    /// of [`crate::fonts`], which are the same files.
    pub font_family: Option<String>,
    /// Whether a theme was applied (`crate::diagram::theme::apply` skips it then, so an
    /// embedded diagram is never recoloured twice).
    pub themed: bool,
    /// What is drawn, bottom first.
    pub items: Vec<Item>,
    /// Structure over `items`.
    pub groups: Vec<Group>,
    /// The lanes top to bottom: the journey diagram's swimlanes.
    pub lanes: Vec<Band>,
    /// The stage columns left to right (x extents, `key` the stage name).
    pub stages: Vec<Band>,
}

/// Builds a [`Drawing`]: the diagrams and deck pages call its drawing methods in painting
/// order, then [`Canvas::finish`].
#[derive(Debug, Default)]
pub struct Canvas {
    items: Vec<Item>,
    groups: Vec<Group>,
    /// Indexes into `groups` of the groups not yet closed.
    open: Vec<usize>,
    lanes: Vec<Band>,
    stages: Vec<Band>,
}

fn pt(x: f32, y: f32) -> kurbo::Point {
    kurbo::Point::new(f64::from(x), f64::from(y))
}

/// Path building in f32 user units over kurbo's [`BezPath`].
pub trait PathExt {
    /// Starts a subpath at (x, y).
    fn move_xy(&mut self, x: f32, y: f32);
    /// A line to (x, y).
    fn line_xy(&mut self, x: f32, y: f32);
    /// A quadratic curve through control (cx, cy) to (x, y).
    fn quad_xy(&mut self, cx: f32, cy: f32, x: f32, y: f32);
    /// A cubic curve through (c1x, c1y) and (c2x, c2y) to (x, y).
    #[allow(clippy::too_many_arguments)]
    fn cubic_xy(&mut self, c1x: f32, c1y: f32, c2x: f32, c2y: f32, x: f32, y: f32);
}

impl PathExt for BezPath {
    fn move_xy(&mut self, x: f32, y: f32) {
        self.move_to(pt(x, y));
    }
    fn line_xy(&mut self, x: f32, y: f32) {
        self.line_to(pt(x, y));
    }
    fn quad_xy(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
        self.quad_to(pt(cx, cy), pt(x, y));
    }
    fn cubic_xy(&mut self, c1x: f32, c1y: f32, c2x: f32, c2y: f32, x: f32, y: f32) {
        self.curve_to(pt(c1x, c1y), pt(c2x, c2y), pt(x, y));
    }
}

impl Canvas {
    /// An empty canvas.
    pub fn new() -> Canvas {
        Canvas::default()
    }

    fn shape(&mut self, geometry: Geometry, paint: Paint) {
        self.items.push(Item::Shape(Shape { geometry, paint }));
    }

    /// A rectangle with corner radius `rx`.
    #[allow(clippy::too_many_arguments)]
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, rx: f32, paint: Paint) {
        self.shape(Geometry::Rect { x, y, w, h, rx }, paint);
    }

    /// A straight line.
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Stroke) {
        self.shape(Geometry::Line { x1, y1, x2, y2 }, Paint::outline(stroke));
    }

    /// A circle.
    pub fn circle(&mut self, cx: f32, cy: f32, r: f32, paint: Paint) {
        self.shape(Geometry::Circle { cx, cy, r }, paint);
    }

    /// A closed polygon.
    pub fn polygon(&mut self, points: Vec<(f32, f32)>, paint: Paint) {
        self.shape(Geometry::Polygon(points), paint);
    }

    /// Any outline.
    pub fn path(&mut self, path: BezPath, paint: Paint) {
        self.shape(Geometry::Path(path), paint);
    }

    /// A shared symbol with its origin at (x, y).
    pub fn symbol(&mut self, symbol: Symbol, x: f32, y: f32, paint: Paint) {
        self.shape(Geometry::Symbol { symbol, x, y }, paint);
    }

    /// One line of text with its baseline at `y`, filled with a palette colour.
    pub fn text(&mut self, x: f32, y: f32, style: Style, fill: &str, anchor: Anchor, text: &str) {
        if text.is_empty() {
            return;
        }
        self.items.push(Item::Text(TextRun {
            x,
            y,
            style,
            color: Color::hex(fill).unwrap_or(Color::BLACK),
            anchor,
            text: text.to_string(),
        }));
    }

    /// Wrapped lines, the first line box starting at `top`.
    pub fn lines(&mut self, x: f32, top: f32, style: Style, fill: &str, lines: &[String]) {
        for (i, l) in lines.iter().enumerate() {
            let y = top + i as f32 * style.line + style.baseline();
            self.text(x, y, style, fill, Anchor::Start, l);
        }
    }

    /// Another drawing, scaled by `scale`, its top left at (x, y).
    pub fn embed(&mut self, drawing: Drawing, x: f32, y: f32, scale: f32) {
        self.items.push(Item::Embed {
            drawing: Box::new(drawing),
            x,
            y,
            scale,
        });
    }

    /// A raster image (PNG bytes) filling the box at (x, y), `w` × `h`.
    pub fn image(&mut self, image: Image) {
        self.items.push(Item::Image(image));
    }

    /// Everything drawn on `inner`, as a link to `href` named `title` ([`Item::Link`]).
    pub fn link(&mut self, href: &str, title: &str, inner: Canvas) {
        self.items.push(Item::Link {
            href: href.to_string(),
            title: title.to_string(),
            items: inner.items,
        });
    }

    /// Opens a group; the items drawn until the matching [`Canvas::end`] belong to it.
    /// Groups are kept in the order they were opened, so an outer group comes before the
    /// groups inside it.
    pub fn begin(&mut self, role: Role, name: &str) {
        let at = self.items.len();
        self.open.push(self.groups.len());
        self.groups.push(Group {
            role,
            name: name.to_string(),
            items: at..at,
        });
    }

    /// Closes the innermost open group.
    pub fn end(&mut self) {
        if let Some(i) = self.open.pop() {
            self.groups[i].items.end = self.items.len();
        }
    }

    /// Records a lane's extent (`key` as in [`Band::key`]).
    pub fn lane(&mut self, key: &str, start: f32, end: f32) {
        self.lanes.push(Band {
            key: key.to_string(),
            start,
            end,
        });
    }

    /// Records a stage column's extent.
    pub fn stage(&mut self, name: &str, start: f32, end: f32) {
        self.stages.push(Band {
            key: name.to_string(),
            start,
            end,
        });
    }

    /// The items drawn so far (for tests and for pages that place them).
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Moves everything drawn on `other` onto this canvas, over what is here.
    pub fn append(&mut self, other: Canvas) {
        self.items.extend(other.items);
    }

    /// The finished drawing, `width` × `height`, with no background and no accessible
    /// name (deck pages).
    pub fn into_page(self, width: f32, height: f32) -> Drawing {
        Drawing {
            width,
            height,
            items: self.items,
            groups: self.groups,
            lanes: self.lanes,
            stages: self.stages,
            ..Drawing::default()
        }
    }

    /// The finished diagram: `width` × `height` on white, its ids starting with
    /// `id_prefix`, named `title` and described by `desc`.
    pub fn finish(
        self,
        id_prefix: &str,
        width: f32,
        height: f32,
        title: &str,
        desc: &str,
    ) -> Drawing {
        Drawing {
            id_prefix: id_prefix.to_string(),
            title: title.to_string(),
            desc: desc.to_string(),
            background: Some(Color::WHITE),
            ..self.into_page(width, height)
        }
    }
}

impl Drawing {
    /// Whether nothing is drawn (a stakeholder map of a journey without personas).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every text run, embedded drawings' included, in painting order.
    pub fn texts(&self) -> Vec<&TextRun> {
        let mut out = Vec::new();
        texts_of(&self.items, &mut out);
        out
    }

    /// The lane of key `key`, if drawn.
    pub fn lane(&self, key: &str) -> Option<&Band> {
        self.lanes.iter().find(|b| b.key == key)
    }
}

/// Pushes the text runs of `items`, links and embedded drawings included, onto `out`.
fn texts_of<'a>(items: &'a [Item], out: &mut Vec<&'a TextRun>) {
    for item in items {
        match item {
            Item::Text(t) => out.push(t),
            Item::Embed { drawing, .. } => texts_of(&drawing.items, out),
            Item::Link { items, .. } => texts_of(items, out),
            Item::Shape(_) | Item::Image(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_from_the_palette_notation() {
        assert_eq!(Color::hex("#0B4F7C"), Some(Color::rgb(0x0B, 0x4F, 0x7C)));
        assert_eq!(Color::hex("#fff"), Some(Color::WHITE));
        assert_eq!(Color::hex("none"), None);
        assert_eq!(Color::hex("#12345"), None);
        assert_eq!(Color::rgb(0x0B, 0x4F, 0x7C).to_hex(), "#0B4F7C");
    }

    #[test]
    fn groups_nest_in_opening_order() {
        let mut c = Canvas::new();
        c.begin(Role::Lane, "Actions");
        c.rect(0.0, 0.0, 1.0, 1.0, 0.0, Paint::fill("#FFFFFF"));
        c.begin(Role::Card, "a");
        c.rect(0.0, 0.0, 1.0, 1.0, 0.0, Paint::fill("#FFFFFF"));
        c.end();
        c.end();
        let d = c.finish("p-", 10.0, 10.0, "t", "d");
        let roles: Vec<Role> = d.groups.iter().map(|g| g.role).collect();
        assert_eq!(roles, [Role::Lane, Role::Card]);
        assert_eq!(d.groups[0].items, 0..2);
        assert_eq!(d.groups[1].items, 1..2);
    }

    #[test]
    fn symbols_parse() {
        for i in 0..SYMBOL_PATHS.len() {
            assert!(!Symbol(i).path().elements().is_empty(), "{i}");
        }
        assert_eq!(Symbol::channel("email").svg_data(), SYMBOL_PATHS[1]);
        assert_eq!(Symbol::channel("carrier pigeon"), Symbol(10));
    }

    #[test]
    fn dash_patterns_follow_svg() {
        let s = Stroke::new("#000000", 1.0);
        assert_eq!(s.clone().dash(&[5.0]).dash_pattern(), Some(vec![5.0, 5.0]));
        assert_eq!(s.clone().dash(&[0.0, 0.0]).dash_pattern(), None);
        assert_eq!(s.dash_pattern(), None);
    }
}
