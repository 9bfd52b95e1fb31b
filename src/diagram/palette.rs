//! Colours, persona styles (Okabe–Ito colour + dash pattern + marker shape) and the small
//! glyphs the diagrams draw with SVG primitives (channel marks, severity dots, faces).

use crate::model::{OpportunityStatus, Severity};

use super::drawing::{BezPath, Canvas, Paint, PathExt, Stroke, Symbol};

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
pub const PERSONA_DASHES: [&[f32]; 8] = [
    &[],
    &[7.0, 4.0],
    &[2.0, 3.0],
    &[10.0, 3.0, 2.0, 3.0],
    &[4.0, 4.0],
    &[1.0, 4.0],
    &[14.0, 4.0],
    &[6.0, 2.0, 2.0, 2.0],
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
    /// Dash and gap lengths in px; empty for a solid line.
    pub dash: &'static [f32],
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
pub fn marker(svg: &mut Canvas, shape: Shape, cx: f32, cy: f32, r: f32, fill: &str, stroke: &str) {
    let up = -std::f32::consts::FRAC_PI_2;
    let pts = match shape {
        Shape::Circle => {
            svg.circle(
                cx,
                cy,
                r,
                Paint::fill(fill).with_stroke(Stroke::new(stroke, 1.5)),
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
    let edge = Stroke::new(stroke, 1.5).join(super::drawing::Join::Round);
    svg.polygon(pts, Paint::fill(fill).with_stroke(edge));
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
        // One unit off the fifth persona's #E69F00: themes recolour by default colour
        // (`base::theme`), so each role's default is its own.
        Some(Severity::Medium) => "#E69F01",
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

/// Draws a channel badge (a 20 px circle with a glyph) centred on (cx, cy).
pub fn channel_mark(svg: &mut Canvas, channel: Option<&str>, cx: f32, cy: f32) {
    let kind = channel.and_then(known_channel).unwrap_or("other");
    svg.circle(cx, cy, 10.0, Paint::fill("#E4E9EF"));
    let line = Stroke::new("#3E4C59", 1.2).round();
    svg.symbol(Symbol::channel(kind), cx, cy, Paint::outline(line));
}

/// Draws a small face for an emotion score (−2..=2) centred on (cx, cy), radius 6.
pub fn face(svg: &mut Canvas, score: i8, cx: f32, cy: f32) {
    svg.circle(cx, cy, 6.0, Paint::outline(Stroke::new(MUTED, 1.0)));
    svg.circle(cx - 2.0, cy - 1.6, 0.8, Paint::fill(MUTED));
    svg.circle(cx + 2.0, cy - 1.6, 0.8, Paint::fill(MUTED));
    let bend = f32::from(score) * 1.1;
    let my = cy + 2.2 - bend / 2.0;
    let mut mouth = BezPath::new();
    mouth.move_xy(cx - 2.8, my);
    mouth.quad_xy(cx, my + bend, cx + 2.8, my);
    let line = Stroke::new(MUTED, 1.0).cap(super::drawing::Cap::Round);
    svg.path(mouth, Paint::outline(line));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::theme::role_of;

    /// The theme roles' defaults are the colours drawn here (themes recolour by value).
    #[test]
    fn theme_roles_name_the_drawn_defaults() {
        let d = |key: &str| role_of(key).unwrap().defaults;
        assert_eq!(d("text"), [INK]);
        assert_eq!(d("muted"), [MUTED]);
        assert_eq!(d("hairline"), [HAIRLINE]);
        assert_eq!(d("faint"), [FAINT]);
        assert_eq!(d("warning"), [WARN]);
        assert_eq!(d("chip"), [CHIP]);
        assert_eq!(d("accent")[1], CHIP_BADGE);
        assert_eq!(d("accent")[1], TOUCHPOINTS.accent);
        for (i, c) in PERSONA_COLORS.iter().enumerate() {
            assert_eq!(d(&format!("personas.{}", i + 1)), [*c]);
        }
        for (lane, t) in [
            ("actions", ACTIONS),
            ("questions", QUESTIONS),
            ("pain_points", PAINS),
            ("decisions", DECISIONS),
            ("handoffs", HANDOFFS),
            ("opportunities", OPPORTUNITIES),
        ] {
            assert_eq!(d(&format!("lanes.{lane}.fill")), [t.fill]);
            assert_eq!(d(&format!("lanes.{lane}.border")), [t.stroke]);
            assert_eq!(d(&format!("lanes.{lane}.mark")), [t.accent]);
        }
        assert_eq!(d("lanes.touchpoints.border"), [TOUCHPOINTS.stroke]);
        assert_eq!(d("severity.high"), [severity_color(Some(Severity::High))]);
        assert_eq!(
            d("severity.medium"),
            [severity_color(Some(Severity::Medium))]
        );
        assert_eq!(d("severity.low"), [severity_color(Some(Severity::Low))]);
        assert_eq!(
            d("status.planned.fill"),
            [status_colors(OpportunityStatus::Planned).0]
        );
        assert_eq!(d("accent")[0], status_colors(OpportunityStatus::Planned).1);
        let ip = status_colors(OpportunityStatus::InProgress);
        assert_eq!(d("status.in-progress.fill"), [ip.0]);
        assert_eq!(d("status.in-progress.text"), [ip.1]);
        let b = status_colors(OpportunityStatus::Blocked);
        assert_eq!(d("status.blocked.fill"), [b.0]);
        assert_eq!(d("status.blocked.text"), [b.1]);
        assert_eq!(
            d("status.dropped.fill"),
            [status_colors(OpportunityStatus::Dropped).0]
        );
    }
}
