//! The journey diagram: stage columns, swimlanes of cards and the emotion chart.

use super::card::{Card, Icon, LaidCard, Row, hypothesis_badge};
use super::drawing::{Anchor, BezPath, Canvas, Cap, Drawing, Paint, PathExt, Role, Stroke};
use super::layout::{self, Flow, Grid, MARGIN, U, id_prefix, key_label, persona_name};
use super::palette::{self, FAINT, HAIRLINE, INK, MUTED, Tint, WARN, face, marker, persona_style};
use super::text::{Style, width, wrap};
use crate::model::{Confidence, DiagramLabels, Evidence, Journey, Severity, Site, Stage};

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

    /// The lane's title in the site's language.
    fn title(self, labels: &DiagramLabels) -> &str {
        let i = LANES.iter().position(|l| *l == self).unwrap_or(0);
        &labels.lanes[i]
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
            Lane::Emotion => s.emotions.len() + usize::from(s.has_step_emotions()),
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

/// The style slot of persona `id` ([`Journey::persona_slot`]), if the journey lists it.
fn persona_index(journey: &Journey, id: &str) -> Option<usize> {
    let i = journey.personas.iter().position(|p| p == id)?;
    Some(journey.persona_slot(i))
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
                .map(|a| card(action_rows(site, journey, a), &a.evidence))
                .collect()
        }
        Lane::Touchpoints => s
            .touchpoints
            .iter()
            .map(|t| {
                card(
                    touchpoint_rows(&site.config.labels, journey, t),
                    &t.evidence,
                )
            })
            .collect(),
        Lane::Pains => s
            .pain_points
            .iter()
            .map(|p| card(pain_rows(&site.config.labels, p), &p.evidence))
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
            .map(|o| card(opportunity_rows(site, o), &o.evidence))
            .collect(),
        Lane::Metrics => s
            .metrics
            .iter()
            .map(|m| card(metric_rows(&site.config.labels, m), &m.evidence))
            .collect(),
        Lane::Emotion => Vec::new(),
    }
}

/// An action or question card: who, the text, and the step's emotion when scored.
fn action_rows(site: &Site, journey: &Journey, a: &crate::model::PersonaText) -> Vec<Row> {
    let mut rows = vec![
        persona_row(site, journey, &a.persona),
        Row::text(&a.text, Style::BODY, INK),
    ];
    if let Some(e) = a.emotion {
        let label = format!("{} {}", signed(e), site.config.labels.emotion(e));
        rows.push(Row::text(label, Style::SMALL, MUTED).icon(Icon::Emotion(e)));
    }
    rows
}

/// A pain-point card: severity, text, owner.
fn pain_rows(labels: &DiagramLabels, p: &crate::model::PainPoint) -> Vec<Row> {
    let mut rows = Vec::new();
    if let Some(sev) = p.severity {
        rows.push(Row::label(severity_label(labels, sev), INK).icon(Icon::Severity(sev)));
    }
    rows.push(Row::text(&p.text, Style::BODY, INK));
    rows.push(Row::owner(p.owner.as_deref(), &labels.no_owner));
    rows
}

/// An opportunity card: status pill and due date, text, owner.
fn opportunity_rows(site: &Site, o: &crate::model::Opportunity) -> Vec<Row> {
    let labels = &site.config.labels;
    let (fill, fg) = palette::status_colors(o.status);
    let due = o
        .due
        .map(|d| labels.due.replace("{date}", &due_date(site, d)))
        .unwrap_or_default();
    let mut status = Row::text(due, Style::SMALL, MUTED).clamp(2);
    let word = labels.opportunity(o.status).to_uppercase();
    status.pill = Some((word, fill, fg));
    vec![
        status,
        Row::text(&o.text, Style::BODY, INK),
        Row::owner(o.owner.as_deref(), &labels.no_owner),
    ]
}

/// A metric card: its name, then now and target when given.
fn metric_rows(l: &DiagramLabels, m: &crate::model::Metric) -> Vec<Row> {
    let mut rows = vec![Row::text(&m.name, Style::BODY, INK)];
    let now = |c: &str| l.now.replace("{current}", c);
    let target = |t: &str| l.target.replace("{target}", t);
    let value = match (&m.current, &m.target) {
        (Some(c), Some(t)) => format!("{} · {}", now(c), target(t)),
        (Some(c), None) => now(c),
        (None, Some(t)) => target(t),
        (None, None) => String::new(),
    };
    if !value.is_empty() {
        rows.push(Row::text(value, Style::BODY_BOLD, INK));
    }
    rows
}

fn touchpoint_rows(
    labels: &DiagramLabels,
    journey: &Journey,
    t: &crate::model::Touchpoint,
) -> Vec<Row> {
    let channel = t
        .channel
        .clone()
        .unwrap_or_else(|| labels.channel_not_set.clone());
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
        None => Row::label(&labels.no_owner, WARN).icon(Icon::Warning),
    };
    vec![head, Row::text(&t.name, Style::BODY, INK), owner]
}

/// Draws the journey diagram of `journey`.
pub fn draw(site: &Site, journey: &Journey) -> Drawing {
    draw_lanes(site, journey, None)
}

/// [`draw`] with only the lanes whose label is in `only` (all when `None`).
pub fn draw_lanes(site: &Site, journey: &Journey, only: Option<&[&str]>) -> Drawing {
    let grid = Grid {
        label_w: LABEL_W,
        col_w: COL_W,
        n: journey.stages.len(),
    };
    let prefix = id_prefix(journey, "jd");
    let mut svg = Canvas::new();
    let labels = &site.config.labels;
    for (i, s) in journey.stages.iter().enumerate() {
        svg.stage(&s.name, grid.col_x(i), grid.col_x(i) + grid.col_w);
    }
    let mut y = layout::header(
        &mut svg,
        labels,
        journey,
        &grid,
        &labels.journey_map,
        MARGIN,
    );
    y = layout::persona_legend(&mut svg, site, journey, &grid, y + 2.0 * U, true);
    let details = layout::stage_details(site, journey);
    y = layout::stages_or_note(&mut svg, labels, journey, &grid, y, (true, &details));
    let lanes: Vec<Lane> = LANES
        .iter()
        .copied()
        .filter(|l| journey.stages.iter().any(|s| l.count(s) > 0))
        .filter(|l| only.is_none_or(|o| o.contains(&l.label())))
        .collect();
    svg.line(
        MARGIN,
        y,
        grid.width() - MARGIN,
        y,
        Stroke::new(HAIRLINE, 1.0),
    );
    for lane in &lanes {
        y = if *lane == Lane::Emotion {
            emotion_lane(&mut svg, labels, journey, &grid, y)
        } else {
            card_lane(&mut svg, *lane, site, journey, &grid, y)
        };
    }
    y = key(&mut svg, labels, journey, &grid, y + 2.0 * U);
    let title = format!("{}: {}", labels.journey_map, journey.title);
    let desc = describe(site, journey, &lanes);
    svg.finish(&prefix, grid.width(), y + MARGIN, &title, &desc)
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
    if let Some(text) = &journey.description {
        d.push(' ');
        d.push_str(text.trim());
    }
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
fn lane_label(svg: &mut Canvas, label: &str, accent: &str, y: f32) {
    svg.rect(
        MARGIN,
        y + LANE_PAD + 2.0,
        4.0,
        14.0,
        2.0,
        Paint::fill(accent),
    );
    let lines = wrap(label, Style::BODY_BOLD, LABEL_W - 12.0 - 2.0 * U);
    svg.lines(MARGIN + 12.0, y + LANE_PAD, Style::BODY_BOLD, INK, &lines);
}

/// Draws the column guides and bottom hairline of a lane from `y` to `y + h`.
fn lane_frame(svg: &mut Canvas, grid: &Grid, y: f32, h: f32) {
    for i in 1..grid.n {
        let x = grid.col_x(i);
        svg.line(x, y, x, y + h, Stroke::new(FAINT, 1.0));
    }
    let right = grid.width() - MARGIN;
    svg.line(MARGIN, y + h, right, y + h, Stroke::new(HAIRLINE, 1.0));
}

/// A lane of cards; returns the y below it.
fn card_lane(
    svg: &mut Canvas,
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
    let title = lane.title(&site.config.labels);
    svg.begin(Role::Lane, title);
    lane_frame(svg, grid, y, h);
    lane_label(svg, title, lane.tint().accent, y);
    for (i, cs) in laid.iter().enumerate() {
        let mut cy = y + LANE_PAD;
        for c in cs {
            c.draw(svg, grid.col_x(i) + U, cy);
            cy += c.height + U;
        }
    }
    svg.end();
    svg.lane(lane.label(), y, y + h);
    y + h
}

/// One point of an emotion curve: where it is drawn and whether it is a step (an action's
/// own `emotion`) or the stage value.
#[derive(Debug, Clone, Copy)]
struct EmotionPoint {
    x: f32,
    y: f32,
    step: bool,
}

/// The step slots of a stage: for each action, its slot (left to right in the order
/// written) when it carries an `emotion`. Consecutive scored actions of the same text (one
/// task done by several roles, as a Mermaid task with several actors) share a slot. Returns
/// the slots and their number.
fn step_slots(stage: &Stage) -> (Vec<Option<usize>>, usize) {
    let mut slots = Vec::with_capacity(stage.actions.len());
    let mut n = 0usize;
    let mut last: Option<&str> = None;
    for a in &stage.actions {
        if a.emotion.is_none() {
            slots.push(None);
            continue;
        }
        if last != Some(a.text.as_str()) || n == 0 {
            n += 1;
        }
        last = Some(a.text.as_str());
        slots.push(Some(n - 1));
    }
    (slots, n)
}

/// The points of one persona's curve (`None`: the whole-group actions), stage by stage:
/// inside a stage column one point per scored action at its step slot ([`step_slots`],
/// spread evenly across the column in the order written, so that one task shows at one x
/// for every role); else one point at the column centre for the stage value
/// (`emotions:`); else none, which breaks the line.
fn emotion_points(
    journey: &Journey,
    grid: &Grid,
    persona: Option<&str>,
    offset: f32,
    gy: &dyn Fn(i8) -> f32,
) -> Vec<Option<EmotionPoint>> {
    let mut out = Vec::new();
    for (i, st) in journey.stages.iter().enumerate() {
        let (slots, n) = step_slots(st);
        let left = grid.col_x(i) + 2.0 * U;
        let span = grid.col_w - 4.0 * U;
        let mut any = false;
        for (a, slot) in st.actions.iter().zip(&slots) {
            let (Some(slot), Some(e)) = (slot, a.emotion) else {
                continue;
            };
            if a.persona.as_deref() != persona {
                continue;
            }
            any = true;
            out.push(Some(EmotionPoint {
                x: left + span * (*slot as f32 + 0.5) / n as f32 + offset,
                y: gy(e),
                step: true,
            }));
        }
        if !any {
            let stage = persona.and_then(|p| st.stage_emotion(p));
            out.push(stage.map(|e| EmotionPoint {
                x: grid.col_x(i) + grid.col_w / 2.0 + offset,
                y: gy(e),
                step: false,
            }));
        }
    }
    out
}

/// A smooth path through `pts` (sorted by x) that never overshoots a point: monotone cubic
/// interpolation (Fritsch–Carlson, as d3's `curveMonotoneX`), so the curve stays between
/// the scores it joins.
pub(super) fn monotone_path(pts: &[(f32, f32)]) -> BezPath {
    let n = pts.len();
    let slope = |a: (f32, f32), b: (f32, f32)| {
        let dx = b.0 - a.0;
        if dx.abs() < f32::EPSILON {
            0.0
        } else {
            (b.1 - a.1) / dx
        }
    };
    let secants: Vec<f32> = pts.windows(2).map(|w| slope(w[0], w[1])).collect();
    let mut tangents = vec![0.0_f32; n];
    for i in 1..n.saturating_sub(1) {
        let (s0, s1) = (secants[i - 1], secants[i]);
        let (h0, h1) = (pts[i].0 - pts[i - 1].0, pts[i + 1].0 - pts[i].0);
        let p = (s0 * h1 + s1 * h0) / (h0 + h1).max(f32::EPSILON);
        tangents[i] = if s0 * s1 <= 0.0 {
            0.0
        } else {
            s0.signum() * s0.abs().min(s1.abs()).min(0.5 * p.abs()) * 2.0
        };
    }
    if n == 2 {
        // Two points: a straight line.
        tangents = vec![secants[0]; 2];
    } else if n > 2 {
        tangents[0] = (3.0 * secants[0] - tangents[1]) / 2.0;
        tangents[n - 1] = (3.0 * secants[n - 2] - tangents[n - 2]) / 2.0;
        if tangents[0] * secants[0] < 0.0 {
            tangents[0] = 0.0;
        }
        if tangents[n - 1] * secants[n - 2] < 0.0 {
            tangents[n - 1] = 0.0;
        }
    }
    let mut d = BezPath::new();
    d.move_xy(pts[0].0, pts[0].1);
    for i in 1..n {
        let (a, b) = (pts[i - 1], pts[i]);
        let dx = (b.0 - a.0) / 3.0;
        d.cubic_xy(
            a.0 + dx,
            a.1 + dx * tangents[i - 1],
            b.0 - dx,
            b.1 - dx * tangents[i],
            b.0,
            b.1,
        );
    }
    d
}

/// The emotion lane's gridlines (−2..2), their labels and faces.
fn emotion_grid(svg: &mut Canvas, grid: &Grid, gy: &dyn Fn(i8) -> f32) {
    for score in (-2..=2).rev() {
        let ly = gy(score);
        let color = if score == 0 { HAIRLINE } else { FAINT };
        let (left, right) = (grid.grid_x() + U, grid.width() - MARGIN - U);
        svg.line(left, ly, right, ly, Stroke::new(color, 1.0));
        svg.text(
            grid.grid_x() - 12.0,
            ly + 11.0 * 0.727 / 2.0,
            Style::SMALL,
            MUTED,
            Anchor::End,
            &signed(score),
        );
        face(svg, score, grid.grid_x() - 40.0, ly);
    }
}

/// `high severity`, in the site's language (`DiagramLabels::severity`).
pub fn severity_label(labels: &DiagramLabels, v: Severity) -> &str {
    &labels.severity[match v {
        Severity::Low => 0,
        Severity::Medium => 1,
        Severity::High => 2,
    }]
}

/// A due date on an opportunity card: `3 Dec 2026` in English, else the locale's long form.
fn due_date(site: &Site, d: chrono::NaiveDate) -> String {
    if site.config.ui.language() == "en" {
        d.format("%-d %b %Y").to_string()
    } else {
        site.config.ui.date_long(d)
    }
}

/// `+2`, `0`, `−1`: an emotion score (−2..=2) as the diagrams and the deck write it.
pub fn signed(score: i8) -> String {
    match score {
        s if s > 0 => format!("+{s}"),
        s if s < 0 => format!("−{}", -s),
        _ => "0".into(),
    }
}

/// The emotion chart lane; returns the y below it. One curve per persona (and one in grey
/// for whole-group actions that carry an emotion): step points filled (the persona's
/// marker, as in the legend), stage values hollow (white with the persona's outline) when
/// the journey has step points (else filled, as every point is a stage value), joined in order across stages by a smooth line in the persona's colour and dash.
fn emotion_lane(
    svg: &mut Canvas,
    labels: &DiagramLabels,
    journey: &Journey,
    grid: &Grid,
    y: f32,
) -> f32 {
    let top = y + 2.0 * U;
    let h = 4.0 * U + 4.0 * EMO_STEP;
    let gy = |score: i8| top + f32::from(2 - score.clamp(-2, 2)) * EMO_STEP;
    svg.begin(Role::Lane, &labels.lanes[3]);
    lane_frame(svg, grid, y, h);
    lane_label(svg, &labels.lanes[3], MUTED, y);
    svg.begin(Role::EmotionChart, &labels.lanes[3]);
    emotion_grid(svg, grid, &gy);
    let group = journey
        .stages
        .iter()
        .any(|s| !s.step_emotions(None).is_empty());
    let mut series: Vec<Option<&str>> = journey.personas.iter().map(|p| Some(p.as_str())).collect();
    if group {
        series.push(None);
    }
    let m = series.len();
    let steps = journey.stages.iter().any(|s| s.has_step_emotions());
    type Series = (
        &'static str,
        &'static [f32],
        palette::Shape,
        Vec<Option<EmotionPoint>>,
    );
    let styled: Vec<Series> = series
        .iter()
        .enumerate()
        .map(|(pi, persona)| {
            let (color, dash, shape) = match persona {
                Some(_) => {
                    let s = persona_style(journey.persona_slot(pi));
                    (s.color, s.dash, s.shape)
                }
                None => (MUTED, &[][..], palette::Shape::Circle),
            };
            let offset = (pi as f32 - (m as f32 - 1.0) / 2.0) * 6.0;
            let pts = emotion_points(journey, grid, *persona, offset, &gy);
            (color, dash, shape, pts)
        })
        .collect();
    // Every line first, then every marker, so that no line crosses a point.
    for (color, dash, _, pts) in &styled {
        for run in pts.split(|p| p.is_none()).filter(|r| r.len() > 1) {
            let run: Vec<(f32, f32)> = run.iter().flatten().map(|p| (p.x, p.y)).collect();
            let line = Stroke::new(color, 2.0).round().dash(dash);
            svg.path(monotone_path(&run), Paint::outline(line));
        }
    }
    for (color, _, shape, pts) in &styled {
        for p in pts.iter().flatten() {
            // Stage values are hollow only beside step points, which need telling apart.
            if p.step || !steps {
                marker(svg, *shape, p.x, p.y, 4.5, color, "#FFFFFF");
            } else {
                marker(svg, *shape, p.x, p.y, 4.0, "#FFFFFF", color);
            }
        }
    }
    svg.end();
    svg.end();
    svg.lane(Lane::Emotion.label(), y, y + h);
    y + h
}

/// The key under the lanes (severity, hypothesis, no owner), listing only what occurs;
/// returns the y below it.
fn key(svg: &mut Canvas, labels: &DiagramLabels, journey: &Journey, grid: &Grid, y: f32) -> f32 {
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
    let steps = stages.iter().any(|s| s.has_step_emotions());
    let group = stages.iter().any(|s| !s.step_emotions(None).is_empty());
    // Stage values drawn beside step points (hollow): a persona with an `emotions:` value
    // at a stage where it has no scored action.
    let hollow = steps
        && stages.iter().any(|s| {
            s.emotions
                .iter()
                .any(|e| s.step_emotions(Some(&e.persona)).is_empty())
        });
    if sev.is_empty() && !hyp && !unowned && !steps {
        return y - 2.0 * U;
    }
    let cy = y + 8.0;
    svg.begin(Role::Key, &labels.key);
    svg.text(
        MARGIN,
        cy + 11.0 * 0.727 / 2.0,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        &labels.key,
    );
    let mut flow = Flow::new(grid.grid_x(), grid.width() - MARGIN, cy);
    for v in &sev {
        let label = severity_label(labels, *v);
        let (x, cy) = flow.place(14.0 + width(label, Style::SMALL));
        let dot = Paint::fill(palette::severity_color(Some(*v)));
        svg.circle(x + 5.0, cy, 5.0, dot);
        key_label(svg, x + 14.0, cy, MUTED, label);
    }
    if hyp {
        let label = &labels.hypothesis;
        let (x, cy) = flow.place(22.0 + width(label, Style::SMALL));
        hypothesis_badge(svg, x + 8.0, cy);
        key_label(svg, x + 22.0, cy, MUTED, label);
    }
    if steps {
        let label = &labels.emotion_step;
        let (x, cy) = flow.place(14.0 + width(label, Style::SMALL));
        svg.circle(x + 5.0, cy, 4.5, Paint::fill(MUTED));
        key_label(svg, x + 14.0, cy, MUTED, label);
    }
    if hollow {
        let label = &labels.emotion_stage;
        let (x, cy) = flow.place(14.0 + width(label, Style::SMALL));
        let ring = Paint::fill("#FFFFFF").with_stroke(Stroke::new(MUTED, 1.5));
        svg.circle(x + 5.0, cy, 4.0, ring);
        key_label(svg, x + 14.0, cy, MUTED, label);
    }
    if group {
        let label = &labels.all_roles_curve;
        let (x, cy) = flow.place(26.0 + width(label, Style::SMALL));
        let line = Stroke::new(MUTED, 2.0).cap(Cap::Round);
        svg.line(x, cy, x + 18.0, cy, line);
        key_label(svg, x + 26.0, cy, MUTED, label);
    }
    if unowned {
        let label = &labels.no_owning_team;
        let (x, cy) = flow.place(18.0 + width(label, Style::SMALL));
        super::card::draw_icon(svg, &Icon::Warning, x + 6.0, cy);
        key_label(svg, x + 18.0, cy, WARN, label);
    }
    svg.end();
    flow.bottom()
}
