//! The journey diagram: stage columns, swimlanes of cards and the emotion chart.

use super::card::{Card, Icon, LaidCard, Row, hypothesis_badge};
use super::layout::{self, Flow, Grid, MARGIN, U, id_prefix, key_label, persona_name};
use super::palette::{self, FAINT, HAIRLINE, INK, MUTED, Tint, WARN, face, marker, persona_style};
use super::svg::{Anchor, Form, Svg, points};
use super::text::{Style, width, wrap};
use crate::model::{Confidence, Evidence, Journey, Severity, Site, Stage};

/// Width of the lane-label column.
pub const LABEL_W: f32 = 152.0;
/// Width of one stage column: keeps ~28 characters a line of 13 px text on a card.
pub const COL_W: f32 = 240.0;
/// Padding at the top and bottom of a lane.
const LANE_PAD: f32 = 12.0;
/// Vertical distance between emotion gridlines.
const EMO_STEP: f32 = 20.0;

/// The swimlanes, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lane {
    Actions,
    Questions,
    Touchpoints,
    Emotion,
    Pains,
    Decisions,
    Handoffs,
    Opportunities,
    Metrics,
}

const LANES: [Lane; 9] = [
    Lane::Actions,
    Lane::Questions,
    Lane::Touchpoints,
    Lane::Emotion,
    Lane::Pains,
    Lane::Decisions,
    Lane::Handoffs,
    Lane::Opportunities,
    Lane::Metrics,
];

impl Lane {
    fn label(self) -> &'static str {
        match self {
            Lane::Actions => "Actions",
            Lane::Questions => "Questions",
            Lane::Touchpoints => "Touchpoints",
            Lane::Emotion => "Emotion",
            Lane::Pains => "Pain points",
            Lane::Decisions => "Decision moments",
            Lane::Handoffs => "Hand-offs",
            Lane::Opportunities => "Opportunities",
            Lane::Metrics => "Metrics",
        }
    }

    fn tint(self) -> Tint {
        match self {
            Lane::Actions => palette::ACTIONS,
            Lane::Questions => palette::QUESTIONS,
            Lane::Touchpoints => palette::TOUCHPOINTS,
            Lane::Emotion => palette::METRICS,
            Lane::Pains => palette::PAINS,
            Lane::Decisions => palette::DECISIONS,
            Lane::Handoffs => palette::HANDOFFS,
            Lane::Opportunities => palette::OPPORTUNITIES,
            Lane::Metrics => palette::METRICS,
        }
    }

    fn count(self, s: &Stage) -> usize {
        match self {
            Lane::Actions => s.actions.len(),
            Lane::Questions => s.questions.len(),
            Lane::Touchpoints => s.touchpoints.len(),
            Lane::Emotion => s.emotions.len(),
            Lane::Pains => s.pain_points.len(),
            Lane::Decisions => s.decision_moments.len(),
            Lane::Handoffs => s.handoffs.len(),
            Lane::Opportunities => s.opportunities.len(),
            Lane::Metrics => s.metrics.len(),
        }
    }
}

fn is_hypothesis(e: &Option<Evidence>) -> bool {
    e.as_ref().and_then(|e| e.confidence) == Some(Confidence::Hypothesis)
}

fn persona_index(journey: &Journey, id: &str) -> Option<usize> {
    journey.personas.iter().position(|p| p == id)
}

fn persona_row(site: &Site, journey: &Journey, persona: &Option<String>) -> Row {
    match persona {
        Some(id) => Row::text(persona_name(site, id), Style::SMALL_BOLD, INK)
            .clamp(2)
            .icon(Icon::Persona(persona_index(journey, id))),
        None => Row::text("All roles", Style::SMALL_BOLD, MUTED).icon(Icon::Persona(None)),
    }
}

/// The cards of one lane at one stage.
fn cards(lane: Lane, site: &Site, journey: &Journey, s: &Stage) -> Vec<Card> {
    let tint = lane.tint();
    let card = |rows: Vec<Row>, e: &Option<Evidence>| Card {
        tint,
        rows,
        hypothesis: is_hypothesis(e),
    };
    match lane {
        Lane::Actions | Lane::Questions => {
            let items = if lane == Lane::Actions {
                &s.actions
            } else {
                &s.questions
            };
            items
                .iter()
                .map(|a| {
                    card(
                        vec![
                            persona_row(site, journey, &a.persona),
                            Row::text(&a.text, Style::BODY, INK),
                        ],
                        &a.evidence,
                    )
                })
                .collect()
        }
        Lane::Touchpoints => s
            .touchpoints
            .iter()
            .map(|t| card(touchpoint_rows(journey, t), &t.evidence))
            .collect(),
        Lane::Pains => s
            .pain_points
            .iter()
            .map(|p| {
                let mut rows = Vec::new();
                if let Some(sev) = p.severity {
                    rows.push(
                        Row::label(&format!("{} severity", sev.label()), INK)
                            .icon(Icon::Severity(sev)),
                    );
                }
                rows.push(Row::text(&p.text, Style::BODY, INK));
                rows.push(Row::owner(p.owner.as_deref()));
                card(rows, &p.evidence)
            })
            .collect(),
        Lane::Decisions => s
            .decision_moments
            .iter()
            .map(|d| {
                card(
                    vec![Row::text(&d.text, Style::BODY_BOLD, INK).icon(Icon::Decision)],
                    &d.evidence,
                )
            })
            .collect(),
        Lane::Handoffs => s
            .handoffs
            .iter()
            .map(|h| {
                let from = h.from.as_deref().unwrap_or("?");
                let to = h.to.as_deref().unwrap_or("?");
                let rows = vec![
                    Row::label(&format!("{from} → {to}"), INK).icon(Icon::Handoff),
                    Row::text(&h.text, Style::BODY, INK),
                ];
                card(rows, &h.evidence)
            })
            .collect(),
        Lane::Opportunities => s
            .opportunities
            .iter()
            .map(|o| {
                let (fill, fg) = palette::status_colors(o.status);
                let due = o
                    .due
                    .map(|d| format!("due {}", d.format("%-d %b %Y")))
                    .unwrap_or_default();
                let mut status = Row::text(due, Style::SMALL, MUTED).clamp(2);
                status.pill = Some((o.status.label().to_uppercase(), fill, fg));
                let rows = vec![
                    status,
                    Row::text(&o.text, Style::BODY, INK),
                    Row::owner(o.owner.as_deref()),
                ];
                card(rows, &o.evidence)
            })
            .collect(),
        Lane::Metrics => s
            .metrics
            .iter()
            .map(|m| {
                let mut rows = vec![Row::text(&m.name, Style::BODY, INK)];
                let value = match (&m.current, &m.target) {
                    (Some(c), Some(t)) => format!("{c} now · target {t}"),
                    (Some(c), None) => format!("{c} now"),
                    (None, Some(t)) => format!("target {t}"),
                    (None, None) => String::new(),
                };
                if !value.is_empty() {
                    rows.push(Row::text(value, Style::BODY_BOLD, INK));
                }
                card(rows, &m.evidence)
            })
            .collect(),
        Lane::Emotion => Vec::new(),
    }
}

fn touchpoint_rows(journey: &Journey, t: &crate::model::Touchpoint) -> Vec<Row> {
    let channel = t
        .channel
        .clone()
        .unwrap_or_else(|| "channel not set".into());
    let mut head = Row::label(&channel, MUTED)
        .icon(Icon::Channel(t.channel.clone()))
        .clamp(1);
    head.markers = t
        .personas
        .iter()
        .filter_map(|p| persona_index(journey, p))
        .collect();
    let owner = match &t.owner {
        Some(o) => Row::label(o, MUTED),
        None => Row::label("No owner", WARN).icon(Icon::Warning),
    };
    vec![head, Row::text(&t.name, Style::BODY, INK), owner]
}

/// Renders the journey diagram of `journey` as a complete `<svg>` element.
pub fn render(site: &Site, journey: &Journey, form: Form) -> String {
    let grid = Grid {
        label_w: LABEL_W,
        col_w: COL_W,
        n: journey.stages.len(),
    };
    let prefix = id_prefix(journey, "jd");
    let mut svg = Svg::with_form(form, &prefix);
    let mut y = layout::header(&mut svg, journey, &grid, "Journey map", MARGIN);
    y = layout::persona_legend(&mut svg, site, journey, &grid, y + 2.0 * U, true);
    y = layout::stages_or_note(&mut svg, journey, &grid, y, true);
    let lanes: Vec<Lane> = LANES
        .iter()
        .copied()
        .filter(|l| journey.stages.iter().any(|s| l.count(s) > 0))
        .collect();
    svg.line(MARGIN, y, grid.width() - MARGIN, y, HAIRLINE, 1.0, &[]);
    for lane in &lanes {
        y = if *lane == Lane::Emotion {
            emotion_lane(&mut svg, journey, &grid, y)
        } else {
            card_lane(&mut svg, *lane, site, journey, &grid, y)
        };
    }
    y = key(&mut svg, journey, &grid, y + 2.0 * U);
    let title = format!("Journey map: {}", journey.title);
    layout::root_svg(
        &prefix,
        grid.width(),
        y + MARGIN,
        &title,
        &describe(site, journey, &lanes),
        svg,
    )
}

fn describe(site: &Site, journey: &Journey, lanes: &[Lane]) -> String {
    let stages: Vec<&str> = journey.stages.iter().map(|s| s.name.as_str()).collect();
    let personas: Vec<&str> = journey
        .personas
        .iter()
        .map(|p| persona_name(site, p))
        .collect();
    let lanes: Vec<&str> = lanes.iter().map(|l| l.label()).collect();
    let mut d = format!(
        "{} journey map with {} stage{}: {}.",
        match journey.state {
            crate::model::MapState::AsIs => "As-is",
            crate::model::MapState::ToBe => "To-be",
        },
        stages.len(),
        if stages.len() == 1 { "" } else { "s" },
        stages.join(", ")
    );
    if !personas.is_empty() {
        d.push_str(&format!(" Personas: {}.", personas.join(", ")));
    }
    if let Some(s) = &journey.segment {
        d.push_str(&format!(" Segment: {s}."));
    }
    if !lanes.is_empty() {
        d.push_str(&format!(" Lanes: {}.", lanes.join(", ")));
    }
    d
}

/// Draws the label of a lane in the label column.
fn lane_label(svg: &mut Svg, label: &str, accent: &str, y: f32) {
    svg.rect(
        MARGIN,
        y + LANE_PAD + 2.0,
        4.0,
        14.0,
        2.0,
        accent,
        None,
        &[],
    );
    let lines = wrap(label, Style::BODY_BOLD, LABEL_W - 12.0 - 2.0 * U);
    svg.lines(MARGIN + 12.0, y + LANE_PAD, Style::BODY_BOLD, INK, &lines);
}

/// Draws the column guides and bottom hairline of a lane from `y` to `y + h`.
fn lane_frame(svg: &mut Svg, grid: &Grid, y: f32, h: f32) {
    for i in 1..grid.n {
        svg.line(grid.col_x(i), y, grid.col_x(i), y + h, FAINT, 1.0, &[]);
    }
    svg.line(
        MARGIN,
        y + h,
        grid.width() - MARGIN,
        y + h,
        HAIRLINE,
        1.0,
        &[],
    );
}

/// A lane of cards; returns the y below it.
fn card_lane(
    svg: &mut Svg,
    lane: Lane,
    site: &Site,
    journey: &Journey,
    grid: &Grid,
    y: f32,
) -> f32 {
    let card_w = grid.col_w - 2.0 * U;
    let laid: Vec<Vec<LaidCard>> = journey
        .stages
        .iter()
        .map(|s| {
            cards(lane, site, journey, s)
                .iter()
                .map(|c| c.layout(card_w))
                .collect()
        })
        .collect();
    let stack = |cs: &Vec<LaidCard>| {
        cs.iter().map(|c| c.height).sum::<f32>() + cs.len().saturating_sub(1) as f32 * U
    };
    let content = laid.iter().map(stack).fold(0.0_f32, f32::max);
    let h = (content + 2.0 * LANE_PAD).max(48.0);
    lane_frame(svg, grid, y, h);
    lane_label(svg, lane.label(), lane.tint().accent, y);
    for (i, cs) in laid.iter().enumerate() {
        let mut cy = y + LANE_PAD;
        for c in cs {
            c.draw(svg, grid.col_x(i) + U, cy);
            cy += c.height + U;
        }
    }
    y + h
}

/// The emotion chart lane; returns the y below it.
fn emotion_lane(svg: &mut Svg, journey: &Journey, grid: &Grid, y: f32) -> f32 {
    let top = y + 2.0 * U;
    let h = 4.0 * U + 4.0 * EMO_STEP;
    let gy = |score: i8| top + f32::from(2 - score.clamp(-2, 2)) * EMO_STEP;
    lane_frame(svg, grid, y, h);
    lane_label(svg, "Emotion", MUTED, y);
    for score in (-2..=2).rev() {
        let ly = gy(score);
        let color = if score == 0 { HAIRLINE } else { FAINT };
        svg.line(
            grid.grid_x() + U,
            ly,
            grid.width() - MARGIN - U,
            ly,
            color,
            1.0,
            &[],
        );
        let label = match score {
            s if s > 0 => format!("+{s}"),
            s if s < 0 => format!("−{}", -s),
            _ => "0".into(),
        };
        svg.text(
            grid.grid_x() - 12.0,
            ly + 11.0 * 0.727 / 2.0,
            Style::SMALL,
            MUTED,
            Anchor::End,
            &label,
        );
        face(svg, score, grid.grid_x() - 40.0, ly);
    }
    let m = journey.personas.len();
    for (pi, pid) in journey.personas.iter().enumerate() {
        let s = persona_style(pi);
        let offset = (pi as f32 - (m as f32 - 1.0) / 2.0) * 6.0;
        let pts: Vec<Option<(f32, f32)>> = journey
            .stages
            .iter()
            .enumerate()
            .map(|(i, st)| {
                st.emotions
                    .iter()
                    .find(|e| &e.persona == pid)
                    .map(|e| (grid.col_x(i) + grid.col_w / 2.0 + offset, gy(e.score)))
            })
            .collect();
        for run in pts.split(|p| p.is_none()).filter(|r| r.len() > 1) {
            let run: Vec<(f32, f32)> = run.iter().flatten().copied().collect();
            let mut attrs: Vec<(&str, &str)> = vec![
                ("fill", "none"),
                ("stroke", s.color),
                ("stroke-width", "2"),
                ("stroke-linejoin", "round"),
            ];
            if !s.dash.is_empty() {
                attrs.push(("stroke-dasharray", s.dash));
            }
            let p = points(&run);
            attrs.insert(0, ("points", &p));
            svg.empty("polyline", &attrs);
        }
        for (x, py) in pts.iter().flatten() {
            marker(svg, s.shape, *x, *py, 4.5, s.color, "#FFFFFF");
        }
    }
    y + h
}

/// The key under the lanes (severity, hypothesis, no owner), listing only what occurs;
/// returns the y below it.
fn key(svg: &mut Svg, journey: &Journey, grid: &Grid, y: f32) -> f32 {
    let stages = &journey.stages;
    let sev: Vec<Severity> = [Severity::High, Severity::Medium, Severity::Low]
        .into_iter()
        .filter(|v| {
            stages
                .iter()
                .any(|s| s.pain_points.iter().any(|p| p.severity == Some(*v)))
        })
        .collect();
    let hyp = stages.iter().any(|s| {
        s.actions
            .iter()
            .chain(&s.questions)
            .any(|a| is_hypothesis(&a.evidence))
            || s.touchpoints.iter().any(|t| is_hypothesis(&t.evidence))
            || s.pain_points.iter().any(|p| is_hypothesis(&p.evidence))
            || s.opportunities.iter().any(|o| is_hypothesis(&o.evidence))
            || s.decision_moments
                .iter()
                .any(|d| is_hypothesis(&d.evidence))
            || s.handoffs.iter().any(|d| is_hypothesis(&d.evidence))
            || s.metrics.iter().any(|d| is_hypothesis(&d.evidence))
    });
    let unowned = stages.iter().any(|s| {
        s.touchpoints.iter().any(|t| t.owner.is_none())
            || s.pain_points.iter().any(|p| p.owner.is_none())
            || s.opportunities.iter().any(|o| o.owner.is_none())
    });
    if sev.is_empty() && !hyp && !unowned {
        return y - 2.0 * U;
    }
    let cy = y + 8.0;
    svg.text(
        MARGIN,
        cy + 11.0 * 0.727 / 2.0,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        "KEY",
    );
    let mut flow = Flow::new(grid.grid_x(), grid.width() - MARGIN, cy);
    for v in &sev {
        let label = format!("{} severity", v.label());
        let (x, cy) = flow.place(14.0 + width(&label, Style::SMALL));
        svg.circle(x + 5.0, cy, 5.0, palette::severity_color(Some(*v)), &[]);
        key_label(svg, x + 14.0, cy, MUTED, &label);
    }
    if hyp {
        let label = "hypothesis, to validate (dashed card)";
        let (x, cy) = flow.place(22.0 + width(label, Style::SMALL));
        hypothesis_badge(svg, x + 8.0, cy);
        key_label(svg, x + 22.0, cy, MUTED, label);
    }
    if unowned {
        let label = "no owning team";
        let (x, cy) = flow.place(18.0 + width(label, Style::SMALL));
        super::card::draw_icon(svg, &Icon::Warning, x + 6.0, cy);
        key_label(svg, x + 18.0, cy, WARN, label);
    }
    flow.bottom()
}
