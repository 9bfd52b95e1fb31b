//! Colours, persona styles (Okabe–Ito colour + dash pattern + marker shape) and the small
//! glyphs the diagrams draw with SVG primitives (channel marks, severity dots, faces).

use crate::model::{OpportunityStatus, Severity};

use super::svg::{Svg, num, points};

/// Main text colour (near black, 14.8:1 on white).
pub const INK: &str = "#1F2933";
/// Secondary text colour (6.5:1 on white, ≥ 5.7:1 on every card tint).
pub const MUTED: &str = "#52606D";
/// Hairlines between lanes.
pub const HAIRLINE: &str = "#DDE3EA";
/// Faint lines (column guides, emotion gridlines).
pub const FAINT: &str = "#EDF0F4";
/// Warning text and marks ("NO OWNER"), 6.6:1 on white.
pub const WARN: &str = "#B42318";
/// Stage chip fill.
pub const CHIP: &str = "#E9EEF4";
/// Stage number badge fill.
pub const CHIP_BADGE: &str = "#3E4C59";

/// Okabe–Ito colours in the order personas take them; the yellow (#F0E442) is darkened to
/// olive so that it stays visible as a line on white.
pub const PERSONA_COLORS: [&str; 8] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C7E00",
];

/// Dash patterns, one per persona (empty: solid).
pub const PERSONA_DASHES: [&str; 8] = [
    "", "7 4", "2 3", "10 3 2 3", "4 4", "1 4", "14 4", "6 2 2 2",
];

/// Marker shapes, one per persona.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// ●
    Circle,
    /// ■
    Square,
    /// ▲
    Triangle,
    /// ◆
    Diamond,
    /// ▼
    TriangleDown,
    /// ⬟
    Pentagon,
    /// ⬢
    Hexagon,
    /// ★
    Star,
}

/// The shapes in persona order.
pub const PERSONA_SHAPES: [Shape; 8] = [
    Shape::Circle,
    Shape::Square,
    Shape::Triangle,
    Shape::Diamond,
    Shape::TriangleDown,
    Shape::Pentagon,
    Shape::Hexagon,
    Shape::Star,
];

/// How persona number `i` (0-based, in the journey's persona order) is drawn.
#[derive(Debug, Clone, Copy)]
pub struct PersonaStyle {
    /// Stroke and fill colour.
    pub color: &'static str,
    /// `stroke-dasharray` value; empty for a solid line.
    pub dash: &'static str,
    /// Marker shape.
    pub shape: Shape,
}

/// The style of persona number `i` (cycling after eight).
pub fn persona_style(i: usize) -> PersonaStyle {
    PersonaStyle {
        color: PERSONA_COLORS[i % 8],
        dash: PERSONA_DASHES[i % 8],
        shape: PERSONA_SHAPES[i % 8],
    }
}

fn regular(n: usize, cx: f32, cy: f32, r: f32, rot: f32) -> Vec<(f32, f32)> {
    (0..n)
        .map(|k| {
            let a = rot + k as f32 * std::f32::consts::TAU / n as f32;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

/// Draws a marker of `shape` centred on (cx, cy) with "radius" `r`.
pub fn marker(svg: &mut Svg, shape: Shape, cx: f32, cy: f32, r: f32, fill: &str, stroke: &str) {
    let up = -std::f32::consts::FRAC_PI_2;
    let pts = match shape {
        Shape::Circle => {
            svg.circle(
                cx,
                cy,
                r,
                fill,
                &[("stroke", stroke), ("stroke-width", "1.5")],
            );
            return;
        }
        Shape::Square => regular(4, cx, cy, r * 1.2, std::f32::consts::FRAC_PI_4),
        Shape::Triangle => regular(3, cx, cy + r * 0.2, r * 1.35, up),
        Shape::Diamond => regular(4, cx, cy, r * 1.35, up),
        Shape::TriangleDown => regular(3, cx, cy - r * 0.2, r * 1.35, -up),
        Shape::Pentagon => regular(5, cx, cy, r * 1.2, up),
        Shape::Hexagon => regular(6, cx, cy, r * 1.15, 0.0),
        Shape::Star => (0..10)
            .map(|k| {
                let rr = if k % 2 == 0 { r * 1.45 } else { r * 0.65 };
                let a = up + k as f32 * std::f32::consts::PI / 5.0;
                (cx + rr * a.cos(), cy + rr * a.sin())
            })
            .collect(),
    };
    svg.empty(
        "polygon",
        &[
            ("points", &points(&pts)),
            ("fill", fill),
            ("stroke", stroke),
            ("stroke-width", "1.5"),
            ("stroke-linejoin", "round"),
        ],
    );
}

/// Colours of one swimlane's cards: fill, border and accent (icons).
#[derive(Debug, Clone, Copy)]
pub struct Tint {
    /// Card fill.
    pub fill: &'static str,
    /// Card border.
    pub stroke: &'static str,
    /// Accent for the lane swatch and icons.
    pub accent: &'static str,
}

/// Actions: neutral grey.
pub const ACTIONS: Tint = Tint {
    fill: "#F3F4F6",
    stroke: "#D5D9DF",
    accent: "#7B8794",
};
/// Questions: cool blue.
pub const QUESTIONS: Tint = Tint {
    fill: "#EAF2FB",
    stroke: "#C3D7EE",
    accent: "#3F7CC0",
};
/// Touchpoints: white with a slate border.
pub const TOUCHPOINTS: Tint = Tint {
    fill: "#FFFFFF",
    stroke: "#C5CED8",
    accent: "#3E4C59",
};
/// Pain points: warm.
pub const PAINS: Tint = Tint {
    fill: "#FDEEE8",
    stroke: "#F2C7B5",
    accent: "#C4501F",
};
/// Decision moments: lavender.
pub const DECISIONS: Tint = Tint {
    fill: "#F3EEFA",
    stroke: "#D8CBEE",
    accent: "#6B4FA0",
};
/// Hand-offs: teal.
pub const HANDOFFS: Tint = Tint {
    fill: "#E8F4F4",
    stroke: "#BBDCDD",
    accent: "#2D7F83",
};
/// Opportunities: green.
pub const OPPORTUNITIES: Tint = Tint {
    fill: "#E8F5EE",
    stroke: "#B7DEC8",
    accent: "#2F8152",
};
/// Metrics: white with a grey border.
pub const METRICS: Tint = Tint {
    fill: "#FFFFFF",
    stroke: "#D5D9DF",
    accent: "#52606D",
};

/// The dot colour of a severity.
pub fn severity_color(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::High) => "#C0392B",
        Some(Severity::Medium) => "#E69F00",
        Some(Severity::Low) => "#9AA5B1",
        None => "#FFFFFF",
    }
}

/// Fill and text colour of an opportunity status pill.
pub fn status_colors(s: OpportunityStatus) -> (&'static str, &'static str) {
    match s {
        OpportunityStatus::Idea => ("#FFFFFF", "#3E4C59"),
        OpportunityStatus::Planned => ("#D7ECF9", "#0B4F7C"),
        OpportunityStatus::InProgress => ("#CDEBDA", "#1D5C38"),
        OpportunityStatus::Blocked => ("#FAD9D5", "#8A1C12"),
        OpportunityStatus::Done => ("#2F8152", "#FFFFFF"),
        OpportunityStatus::Dropped => ("#E4E7EB", "#52606D"),
    }
}

/// The well-known channel a free-text channel maps to, if any.
pub fn known_channel(channel: &str) -> Option<&'static str> {
    let c = channel.trim().to_lowercase();
    let c = c.as_str();
    Some(match c {
        "web" | "website" | "online" | "search" | "social" | "seo" => "web",
        "email" | "e-mail" | "newsletter" => "email",
        "event" | "events" | "congress" | "conference" | "webinar" | "meeting" => "event",
        "field" | "in-person" | "visit" | "rep" | "sales rep" | "msl" => "field",
        "phone" | "call" | "telephone" | "call centre" | "call center" | "hotline" => "phone",
        "portal" | "extranet" => "portal",
        "partner" | "distributor" | "agency" => "partner",
        "internal" | "backstage" => "internal",
        "app" | "mobile" | "mobile app" => "app",
        "print" | "mail" | "leaflet" | "letter" | "brochure" => "print",
        _ => return None,
    })
}

/// The glyph strokes of a known channel, centred on 0,0 within ±6.
fn channel_glyph(kind: &str) -> &'static str {
    match kind {
        "web" => "M0-5.5a5.5 5.5 0 1 0 0.01 0ZM0-5.5c-3 3-3 8 0 11M0-5.5c3 3 3 8 0 11M-5.5 0h11",
        "email" => "M-6-4h12v8h-12ZM-6-4l6 4.5 6-4.5",
        "event" => "M-5.5-4h11v9.5h-11ZM-5.5-1h11M-2.5-6v3M2.5-6v3",
        "field" => {
            "M0 6c-3.5-3.8-4.5-5.6-4.5-7.5a4.5 4.5 0 0 1 9 0c0 1.9-1 3.7-4.5 7.5ZM0-3.2a1.3 1.3 0 1 0 0.01 0Z"
        }
        "phone" => {
            "M-4.8-5.6l2.4-.4 1.4 3.2-1.6 1.2a7 7 0 0 0 3.8 3.8l1.2-1.6 3.2 1.4-.4 2.4a1.5 1.5 0 0 1-1.5 1.2A10 10 0 0 1-6-4.1a1.5 1.5 0 0 1 1.2-1.5Z"
        }
        "portal" => "M-6-5h12v10h-12ZM-6-2h12M-3.5 1h7M-3.5 3h4",
        "partner" => "M-2 0a3.5 3.5 0 1 0 0.01 0ZM2 0a3.5 3.5 0 1 0 0.01 0Z",
        "internal" => "M-4.5-5.5h9v11h-9ZM-2-3h1M1-3h1M-2-0.5h1M1-0.5h1M-1 5.5v-3h2v3",
        "app" => "M-3.5-6h7v12h-7ZM-1 3.8h2",
        "print" => "M-4-6h5l3 3v9h-8ZM1-6v3h3M-2 0h4M-2 2.5h4",
        _ => "M0-2.5a2.5 2.5 0 1 0 0.01 0Z",
    }
}

/// Draws a channel badge (a 20 px circle with a glyph) centred on (cx, cy).
pub fn channel_mark(svg: &mut Svg, channel: Option<&str>, cx: f32, cy: f32) {
    let kind = channel.and_then(known_channel).unwrap_or("other");
    svg.circle(cx, cy, 10.0, "#E4E9EF", &[]);
    svg.placed_path(
        channel_glyph(kind),
        cx,
        cy,
        &[
            ("fill", "none"),
            ("stroke", "#3E4C59"),
            ("stroke-width", "1.2"),
            ("stroke-linejoin", "round"),
            ("stroke-linecap", "round"),
        ],
    );
}

/// Draws a small face for an emotion score (−2..=2) centred on (cx, cy), radius 6.
pub fn face(svg: &mut Svg, score: i8, cx: f32, cy: f32) {
    svg.circle(
        cx,
        cy,
        6.0,
        "none",
        &[("stroke", MUTED), ("stroke-width", "1")],
    );
    svg.circle(cx - 2.0, cy - 1.6, 0.8, MUTED, &[]);
    svg.circle(cx + 2.0, cy - 1.6, 0.8, MUTED, &[]);
    let bend = f32::from(score) * 1.1;
    let my = cy + 2.2 - bend / 2.0;
    let d = format!(
        "M{} {}Q{} {} {} {}",
        num(cx - 2.8),
        num(my),
        num(cx),
        num(my + bend),
        num(cx + 2.8),
        num(my)
    );
    svg.path(
        &d,
        &[
            ("fill", "none"),
            ("stroke", MUTED),
            ("stroke-width", "1"),
            ("stroke-linecap", "round"),
        ],
    );
}
