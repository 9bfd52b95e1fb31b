//! The shared grid and frame of both diagrams: margins, the lane-label column, equal stage
//! columns, the title block, the persona legend and the stage band.

use super::drawing::{Anchor, BezPath, Canvas, Paint, PathExt, Role, Stroke};
use super::palette::{CHIP, CHIP_BADGE, INK, MUTED, marker, persona_style};
use super::text::{Style, fitting_style, width, wrap, wrap_clamped};
use crate::model::{DiagramLabels, Journey, MapState, Site};

/// The spacing unit.
pub const U: f32 = 8.0;
/// Outer margin.
pub const MARGIN: f32 = 3.0 * U;

/// Column geometry: a label column then `n` equal stage columns.
#[derive(Debug, Clone, Copy)]
pub struct Grid {
    /// Width of the label column.
    pub label_w: f32,
    /// Width of one stage column.
    pub col_w: f32,
    /// Number of stage columns.
    pub n: usize,
}

impl Grid {
    /// Left edge of the first stage column.
    pub fn grid_x(&self) -> f32 {
        MARGIN + self.label_w
    }

    /// Left edge of stage column `i`.
    pub fn col_x(&self, i: usize) -> f32 {
        self.grid_x() + i as f32 * self.col_w
    }

    /// Total width of the diagram.
    pub fn width(&self) -> f32 {
        self.grid_x() + self.n.max(1) as f32 * self.col_w + MARGIN
    }

    /// Width available between the margins.
    pub fn inner(&self) -> f32 {
        self.width() - 2.0 * MARGIN
    }
}

/// The id prefix of one diagram: `wm-<journey id>-<kind>-`, with the journey id reduced to
/// the characters that are safe in an XML id.
pub fn id_prefix(journey: &Journey, kind: &str) -> String {
    let id: String = journey
        .id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("wm-{id}-{kind}-")
}

/// A short display name for a persona id (the persona's name, else the id).
pub fn persona_name<'a>(site: &'a Site, id: &'a str) -> &'a str {
    site.persona(id).map_or(id, |p| p.name.as_str())
}

/// Draws the title block (state pill and kind, title, segment/scope/goal); returns the y
/// below it.
pub fn header(
    svg: &mut Canvas,
    labels: &DiagramLabels,
    journey: &Journey,
    grid: &Grid,
    kind: &str,
    y: f32,
) -> f32 {
    let inner = grid.inner();
    let (label, fill, fg) = match journey.state {
        MapState::AsIs => (labels.states[0].to_uppercase(), "#E4E7EB", INK),
        MapState::ToBe => (labels.states[1].to_uppercase(), "#D7ECF9", "#0B4F7C"),
    };
    let label = label.as_str();
    let pill_w = width(label, Style::SMALL_BOLD) + 16.0;
    svg.begin(Role::Header, &journey.title);
    svg.rect(MARGIN, y, pill_w, 20.0, 10.0, Paint::fill(fill));
    svg.text(
        MARGIN + pill_w / 2.0,
        y + 10.0 + 11.0 * 0.727 / 2.0,
        Style::SMALL_BOLD,
        fg,
        Anchor::Middle,
        label,
    );
    svg.text(
        MARGIN + pill_w + 8.0,
        y + 10.0 + 11.0 * 0.727 / 2.0,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        &kind.to_uppercase(),
    );
    let mut y = y + 20.0 + U;
    let title = wrap(&journey.title, Style::TITLE, inner);
    svg.lines(MARGIN, y, Style::TITLE, INK, &title);
    y += title.len().max(1) as f32 * Style::TITLE.line;
    let mut facts = Vec::new();
    if let Some(s) = &journey.segment {
        facts.push(format!("{}: {s}", labels.segment));
    }
    if let Some(s) = &journey.scope {
        facts.push(format!("{}: {s}", labels.scope));
    }
    if let Some(s) = &journey.goal {
        facts.push(format!("{}: {s}", labels.goal));
    }
    for fact in facts {
        let lines = wrap(&fact, Style::BODY, inner);
        svg.lines(MARGIN, y, Style::BODY, MUTED, &lines);
        y += lines.len() as f32 * Style::BODY.line;
    }
    svg.end();
    y
}

/// Draws the persona legend (line sample with dash and marker, then the name) as entries
/// flowing left to right; returns the y below it.
pub fn persona_legend(
    svg: &mut Canvas,
    site: &Site,
    journey: &Journey,
    grid: &Grid,
    y: f32,
    lines: bool,
) -> f32 {
    if journey.personas.is_empty() {
        return y;
    }
    let inner = grid.inner();
    let heading = &site.config.labels.personas;
    svg.begin(Role::Legend, heading);
    svg.text(
        MARGIN,
        y + Style::SMALL_BOLD.baseline() + 2.0,
        Style::SMALL_BOLD,
        MUTED,
        Anchor::Start,
        &heading.to_uppercase(),
    );
    let start_x = MARGIN + grid.label_w;
    let sample_w = if lines { 28.0 } else { 12.0 };
    let (mut x, mut row_y) = (start_x, y);
    let max_name = (inner - grid.label_w - sample_w - 8.0).clamp(60.0, 260.0);
    for (i, id) in journey.personas.iter().enumerate() {
        let name = wrap_clamped(persona_name(site, id), Style::BODY, max_name, 1).join(" ");
        let w = sample_w + 8.0 + width(&name, Style::BODY);
        if x > start_x && x + w > MARGIN + inner {
            x = start_x;
            row_y += 24.0;
        }
        let cy = row_y + 10.0;
        let s = persona_style(journey.persona_slot(i));
        if lines {
            let sample = Stroke::new(s.color, 2.0).dash(s.dash);
            svg.line(x, cy, x + sample_w, cy, sample);
        }
        marker(
            svg,
            s.shape,
            x + sample_w / 2.0,
            cy,
            4.5,
            s.color,
            "#FFFFFF",
        );
        svg.text(
            x + sample_w + 8.0,
            cy + 13.0 * 0.727 / 2.0,
            Style::BODY,
            INK,
            Anchor::Start,
            &name,
        );
        x += w + 24.0;
    }
    svg.end();
    row_y + 20.0
}

/// Draws the stage-number badge centred on (cx, cy).
pub fn stage_number(svg: &mut Canvas, n: usize, cx: f32, cy: f32) {
    svg.circle(cx, cy, 10.0, Paint::fill(CHIP_BADGE));
    svg.text(
        cx,
        cy + 11.0 * 0.727 / 2.0,
        Style::SMALL_BOLD,
        "#FFFFFF",
        Anchor::Middle,
        &n.to_string(),
    );
}

/// The outline of stage chip `i` of `n`: a chevron band (notched left, pointed right).
pub fn chip_path(x: f32, y: f32, w: f32, h: f32, i: usize, n: usize) -> BezPath {
    let p = 10.0_f32.min(h / 2.0);
    let r = 6.0;
    let right = x + w;
    let mut d = BezPath::new();
    // Top edge, left to right: the first chip has a rounded corner, the others a notch.
    d.move_xy(if i == 0 { x + r } else { x }, y);
    if i + 1 == n {
        d.line_xy(right - r, y);
        d.quad_xy(right, y, right, y + r);
        d.line_xy(right, y + h - r);
        d.quad_xy(right, y + h, right - r, y + h);
    } else {
        d.line_xy(right - p, y);
        d.line_xy(right, y + h / 2.0);
        d.line_xy(right - p, y + h);
    }
    if i == 0 {
        d.line_xy(x + r, y + h);
        d.quad_xy(x, y + h, x, y + h - r);
        d.line_xy(x, y + r);
        d.quad_xy(x, y, x + r, y);
    } else {
        d.line_xy(x, y + h);
        d.line_xy(x + p, y + h / 2.0);
    }
    d.close_path();
    d
}

/// Colour of links in a diagram (the theme's link blue, 7.1:1 on the chip fill).
const LINK: &str = "#0B4F7C";

/// Fill of stage chips.
pub const CHIP_FILL: &str = CHIP;

/// The sub-journeys that detail each stage: per stage, `(title, id)` of each, in file
/// order (empty for a map without sub-journeys, and for the stakeholder map).
pub type StageDetails = Vec<Vec<(String, String)>>;

/// The [`StageDetails`] of `journey`: its sub-journeys by the stage they detail
/// (`parent_stage`); those that detail the journey as a whole are not in the band.
pub fn stage_details(site: &Site, journey: &Journey) -> StageDetails {
    let subs = site.sub_journeys(&journey.id);
    journey
        .stages
        .iter()
        .map(|st| {
            subs.iter()
                .filter(|j| j.parent_stage.as_deref() == Some(st.id.as_str()))
                .map(|j| (j.title.clone(), j.id.clone()))
                .collect()
        })
        .collect()
}

/// The stage band below `y` (see [`stage_band`]), or a "No stages yet." note for a journey
/// with no stages; gives the y where the lanes start.
pub fn stages_or_note(
    svg: &mut Canvas,
    labels: &DiagramLabels,
    journey: &Journey,
    grid: &Grid,
    y: f32,
    (goals, details): (bool, &StageDetails),
) -> f32 {
    if journey.stages.is_empty() {
        svg.text(
            MARGIN,
            y + 5.0 * U,
            Style::BODY,
            MUTED,
            Anchor::Start,
            &labels.no_stages,
        );
        y + 7.0 * U
    } else {
        let band = (goals, details);
        stage_band(svg, &labels.stages, journey, grid, y + 3.0 * U, band) + 2.0 * U
    }
}

/// The stage header band of chevron chips (number, name and, with `goals`, the stage goal,
/// then a link to each sub-journey of `details` that details the stage) after the band's
/// `heading` ("Stages"); returns the y below it.
pub fn stage_band(
    svg: &mut Canvas,
    heading: &str,
    journey: &Journey,
    grid: &Grid,
    y: f32,
    (goals, details): (bool, &StageDetails),
) -> f32 {
    let n = journey.stages.len();
    let pad = CHIP_PAD;
    let chip_inner = |i: usize| {
        grid.col_w
            - 4.0
            - 2.0 * pad
            - if i > 0 { 10.0 } else { 0.0 }
            - if i + 1 < n { 10.0 } else { 0.0 }
    };
    // One name size for the whole band: the heading size unless a word of some stage name
    // would have to break in it.
    let style = journey
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            fitting_style(
                &s.name,
                &[Style::HEADING, Style::BODY_BOLD],
                chip_inner(i) - 28.0,
            )
        })
        .min_by(|a, b| a.size.total_cmp(&b.size))
        .unwrap_or(Style::HEADING);
    let chips: Vec<Chip> = journey
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let room = chip_inner(i) - 28.0;
            Chip {
                name: wrap(&s.name, style, room),
                style,
                goal: s
                    .goal
                    .as_deref()
                    .filter(|_| goals)
                    .map(|g| wrap(g, Style::BODY, chip_inner(i)))
                    .unwrap_or_default(),
                subs: details
                    .get(i)
                    .into_iter()
                    .flatten()
                    .map(|(title, id)| {
                        let room = chip_inner(i) - 14.0;
                        let t = wrap_clamped(title, Style::SMALL_BOLD, room, 1).join("");
                        (t, id.clone())
                    })
                    .collect(),
            }
        })
        .collect();
    let height = chips.iter().map(Chip::height).fold(0.0_f32, f32::max);
    svg.begin(Role::Stages, heading);
    svg.text(
        MARGIN,
        y + pad + Style::BODY_BOLD.baseline() + 2.0,
        Style::BODY_BOLD,
        INK,
        Anchor::Start,
        heading,
    );
    for (i, c) in chips.iter().enumerate() {
        let x = grid.col_x(i) + 2.0;
        let chip = chip_path(x, y, grid.col_w - 4.0, height, i, n);
        svg.path(chip, Paint::fill(CHIP_FILL));
        let tx = x + pad + if i > 0 { 10.0 } else { 0.0 };
        stage_number(svg, i + 1, tx + 10.0, y + pad + c.style.line / 2.0);
        svg.lines(tx + 28.0, y + pad, c.style, INK, &c.name);
        let gy = y + pad + c.name.len().max(1) as f32 * c.style.line + 4.0;
        svg.lines(tx, gy, Style::BODY, MUTED, &c.goal);
        c.sub_links(svg, tx, y);
    }
    svg.end();
    y + height
}

/// Padding inside a stage chip.
const CHIP_PAD: f32 = 12.0;

/// One stage chip of the band, laid out.
struct Chip {
    name: Vec<String>,
    style: Style,
    goal: Vec<String>,
    /// One line per sub-journey: its title (clamped to the chip) and id.
    subs: Vec<(String, String)>,
}

impl Chip {
    /// Height of the goal block (with its 4 px gap), 0 without a goal.
    fn goal_h(&self) -> f32 {
        if self.goal.is_empty() {
            0.0
        } else {
            4.0 + self.goal.len() as f32 * Style::BODY.line
        }
    }

    /// The chip's height: padding, name, goal, sub-journey links (after a 6 px gap).
    fn height(&self) -> f32 {
        let subs = if self.subs.is_empty() {
            0.0
        } else {
            6.0 + self.subs.len() as f32 * Style::SMALL_BOLD.line
        };
        let name = self.name.len().max(1) as f32 * self.style.line;
        CHIP_PAD + name + self.goal_h() + subs + CHIP_PAD
    }

    /// Draws `↳ Title` for each sub-journey below the goal, each a link to its page, for a
    /// chip whose text starts at `tx` in a band starting at `top`.
    fn sub_links(&self, svg: &mut Canvas, tx: f32, top: f32) {
        let name = self.name.len().max(1) as f32 * self.style.line;
        let mut sy = top + CHIP_PAD + name + self.goal_h() + 6.0;
        for (title, id) in &self.subs {
            let line = format!("↳ {title}");
            let mut link = Canvas::new();
            let baseline = sy + Style::SMALL_BOLD.baseline();
            link.text(tx, baseline, Style::SMALL_BOLD, LINK, Anchor::Start, &line);
            svg.link(&format!("{id}.html"), title, link);
            sy += Style::SMALL_BOLD.line;
        }
    }
}

/// Places key entries left to right, wrapping to a new row at the right edge.
#[derive(Debug, Clone, Copy)]
pub struct Flow {
    /// Left edge of every row.
    pub left: f32,
    /// Right edge that entries must not cross.
    pub right: f32,
    /// Next entry's left edge.
    pub x: f32,
    /// Centre line of the current row.
    pub cy: f32,
}

impl Flow {
    /// A flow starting at `left`, with its first row centred on `cy`; when fewer than 320 px
    /// remain it starts instead at the margin on the next row (narrow, one-stage diagrams).
    pub fn new(left: f32, right: f32, cy: f32) -> Self {
        if right - left < 320.0 {
            Flow {
                left: MARGIN,
                right,
                x: MARGIN,
                cy: cy + 20.0,
            }
        } else {
            Flow {
                left,
                right,
                x: left,
                cy,
            }
        }
    }

    /// Reserves `w` px for an entry; returns its left edge and centre line.
    pub fn place(&mut self, w: f32) -> (f32, f32) {
        if self.x > self.left && self.x + w > self.right {
            self.x = self.left;
            self.cy += 20.0;
        }
        let at = (self.x, self.cy);
        self.x += w + 20.0;
        at
    }

    /// The y below the last row.
    pub fn bottom(&self) -> f32 {
        self.cy + 8.0
    }
}

/// Draws one key entry's label at `x` on the centre line `cy`.
pub fn key_label(svg: &mut Canvas, x: f32, cy: f32, color: &str, label: &str) {
    svg.text(
        x,
        cy + 11.0 * 0.727 / 2.0,
        Style::SMALL,
        color,
        Anchor::Start,
        label,
    );
}
