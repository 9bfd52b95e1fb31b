//! The stage slides: a journey's stages side by side, two or three to a slide, each lane a
//! row of item lists (actions, questions, touchpoints, emotion, pain points, decision
//! moments, hand-offs, opportunities, metrics, and the content planned for the stage).
//!
//! Stages are grouped greedily: three to a slide when all their items fit with their second
//! lines (persona, channel and owner, severity, status), else two; then three or two with
//! second lines only in the lanes that have room for them (mixed), then with none
//! (compact); else two, cut, mixed or compact whichever cuts less (three when three are
//! left, so that no stage is left alone on a slide). When the lanes do not
//! fit, each lane gets a share of the height (the tallest are trimmed first, every lane
//! keeps at least one item) and its cells end in "and N more"; the items cut are in the
//! speaker notes, and the detailed deck (`--deck full`) has them all.

use super::{
    BULLET_INDENT, ITEM, LABEL, M, META, Para, SLIDE_H, SLIDE_W, Slide, TOP, TextBox, clamp,
    narrative,
};
use crate::diagram::drawing::{Anchor, Canvas, Paint, Stroke};
use crate::diagram::journey::severity_label;
use crate::diagram::palette::{self, CHIP, CHIP_BADGE, HAIRLINE, INK, MUTED};
use crate::diagram::text::{Style, wrap_clamped};
use crate::model::{Confidence, Evidence, Journey, Site, Stage};
use crate::views::plan;

/// Width of the lane-label column.
const LANE_W: f32 = 104.0;
/// Gap between stage columns.
const GAP: f32 = 16.0;
/// Space above and below a lane row's items.
const PAD: f32 = 4.0;
/// Columns narrower than this are not used (three stages need 240 pt each).
const MIN_COL: f32 = 230.0;

/// One item in a cell: its text and a muted second line (persona, channel and owner,
/// severity, status, …).
#[derive(Debug, Clone)]
struct Entry {
    text: String,
    meta: Option<String>,
}

/// A lane of the slides: its name and each stage's entries.
struct Lane {
    /// The diagram's lane order (0 actions … 8 metrics), 9 for content.
    key: usize,
    name: String,
    accent: &'static str,
    cells: Vec<Vec<Entry>>,
}

/// The stage slides of `j`.
pub(super) fn stage_slides(site: &Site, j: &Journey) -> Vec<Slide> {
    let content = content_by_stage(site, j);
    let mut out = Vec::new();
    let mut a = 0;
    let n = j.stages.len();
    while a < n {
        let lay = group(site, j, &content, a);
        let k = lay.k;
        out.push(slide(site, j, lay, a));
        a += k;
    }
    out
}

/// The layout of the stages from `a` that go on one slide.
fn group(site: &Site, j: &Journey, content: &[Vec<Entry>], a: usize) -> Layout {
    let left = j.stages.len() - a;
    // A group never leaves one stage alone for the last slide.
    let allowed = |k: usize| k <= left && (k == left || left - k != 1);
    use Lines::{Compact, Full, Mixed};
    let tries = [(3, Full), (2, Full), (1, Full), (3, Mixed), (2, Mixed)];
    for (k, lines) in tries.into_iter().chain([(3, Compact), (2, Compact)]) {
        if allowed(k) && (k > 1 || left == 1) {
            let lay = layout(site, j, content, (a, a + k), lines);
            if lay.cut == 0 {
                return lay;
            }
        }
    }
    // Three left: one slide of three, cut, rather than a slide of two and one alone; with
    // second lines where they fit unless that cuts more items.
    let k = if left == 3 { 3 } else { left.min(2) };
    let mixed = layout(site, j, content, (a, a + k), Mixed);
    let compact = layout(site, j, content, (a, a + k), Compact);
    if compact.cut < mixed.cut {
        compact
    } else {
        mixed
    }
}

/// Which items keep their second lines (persona, channel and owner, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// Every item.
    Full,
    /// The items of the lanes that fit with them ([`second_lines`]).
    Mixed,
    /// None.
    Compact,
}

/// The lanes of stages `a..b` that have an item in any of them.
fn lanes(site: &Site, j: &Journey, content: &[Vec<Entry>], a: usize, b: usize) -> Vec<Lane> {
    let names = &site.config.labels.lanes;
    let tints = [
        palette::ACTIONS.accent,
        palette::QUESTIONS.accent,
        palette::TOUCHPOINTS.accent,
        palette::CHIP_BADGE,
        palette::PAINS.accent,
        palette::DECISIONS.accent,
        palette::HANDOFFS.accent,
        palette::OPPORTUNITIES.accent,
        palette::METRICS.accent,
    ];
    let mut out: Vec<Lane> = (0..9)
        .map(|l| Lane {
            key: l,
            name: names[l].clone(),
            accent: tints[l],
            cells: j.stages[a..b]
                .iter()
                .map(|s| entries(site, j, s, l))
                .collect(),
        })
        .collect();
    out.push(Lane {
        key: 9,
        name: site.config.ui.t("label-content"),
        accent: palette::MUTED,
        cells: content[a..b].to_vec(),
    });
    out.retain(|l| l.cells.iter().any(|c| !c.is_empty()));
    out
}

fn persona_name<'a>(site: &'a Site, id: &'a str) -> &'a str {
    site.persona(id).map_or(id, |p| p.name.as_str())
}

/// `hypothesis` when the evidence says so, for the second line.
fn evidence(site: &Site, e: &Option<Evidence>) -> Option<String> {
    let hypo = e.as_ref().and_then(|e| e.confidence) == Some(Confidence::Hypothesis);
    hypo.then(|| site.config.ui.t("confidence-hypothesis"))
}

/// Joins the present parts with " · ".
fn meta(parts: &[Option<String>]) -> Option<String> {
    let v: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
    (!v.is_empty()).then(|| v.join(" · "))
}

/// The entries of lane `l` (the diagram's lane order) at stage `s`.
fn entries(site: &Site, j: &Journey, s: &Stage, l: usize) -> Vec<Entry> {
    let labels = &site.config.labels;
    let who = |p: &Option<String>| p.as_deref().map(|p| persona_name(site, p).to_string());
    let e = |text: &str, m: Option<String>| Entry {
        text: text.to_string(),
        meta: m,
    };
    match l {
        0 | 1 => {
            let items = if l == 0 { &s.actions } else { &s.questions };
            items
                .iter()
                .map(|a| {
                    e(
                        &a.text,
                        meta(&[who(&a.persona), evidence(site, &a.evidence)]),
                    )
                })
                .collect()
        }
        2 => s
            .touchpoints
            .iter()
            .map(|t| {
                let owner = t.owner.clone().or_else(|| Some(labels.no_owner.clone()));
                e(
                    &t.name,
                    meta(&[t.channel.clone(), owner, evidence(site, &t.evidence)]),
                )
            })
            .collect(),
        3 => feelings(site, j, s),
        4 => s
            .pain_points
            .iter()
            .map(|p| {
                let sev = p.severity.map(|v| severity_label(labels, v).to_string());
                e(
                    &p.text,
                    meta(&[sev, p.owner.clone(), evidence(site, &p.evidence)]),
                )
            })
            .collect(),
        5 => s
            .decision_moments
            .iter()
            .map(|d| e(&d.text, evidence(site, &d.evidence)))
            .collect(),
        6 => s.handoffs.iter().map(|h| e(&h.text, handoff(h))).collect(),
        7 => s
            .opportunities
            .iter()
            .map(|o| {
                let status = labels.opportunity_status[o.status as usize].clone();
                let due = o
                    .due
                    .map(|d| labels.due.replace("{date}", &site.config.ui.date_short(d)));
                e(&o.text, meta(&[Some(status), o.owner.clone(), due]))
            })
            .collect(),
        _ => s
            .metrics
            .iter()
            .map(|m| {
                let pair = match (&m.current, &m.target) {
                    (Some(c), Some(t)) => Some(format!("{c} → {t}")),
                    (Some(c), None) => Some(c.clone()),
                    (None, Some(t)) => Some(format!("→ {t}")),
                    (None, None) => None,
                };
                e(&m.name, pair)
            })
            .collect(),
    }
}

/// The emotion lane as one entry: how each persona feels, in a line (the overview draws
/// the curves).
fn feelings(site: &Site, j: &Journey, s: &Stage) -> Vec<Entry> {
    let words = &site.config.labels.emotions;
    let v: Vec<String> = j
        .personas
        .iter()
        .filter_map(|p| {
            let score = s.emotion_of(p)?.clamp(-2, 2);
            let word = &words[(score + 2) as usize];
            Some(format!("{}: {word}", persona_name(site, p)))
        })
        .collect();
    if v.is_empty() {
        return Vec::new();
    }
    vec![Entry {
        text: v.join(" · "),
        meta: None,
    }]
}

fn handoff(h: &crate::model::Handoff) -> Option<String> {
    match (&h.from, &h.to) {
        (Some(f), Some(t)) => Some(format!("{f} → {t}")),
        (Some(f), None) => Some(f.clone()),
        (None, Some(t)) => Some(format!("→ {t}")),
        (None, None) => None,
    }
}

/// The content assets planned for each stage (any role), with their status.
fn content_by_stage(site: &Site, j: &Journey) -> Vec<Vec<Entry>> {
    let p = plan::journey_plan(site, j);
    p.rows
        .iter()
        .map(|row| {
            let mut seen: Vec<&str> = Vec::new();
            let mut v = Vec::new();
            for a in row.cells.iter().flat_map(|c| &c.assets) {
                if seen.contains(&a.id.as_str()) {
                    continue;
                }
                seen.push(&a.id);
                let status = site.config.ui.t(&format!("status-{}", a.status.label()));
                v.push(Entry {
                    text: a.title.clone(),
                    meta: Some(status),
                });
            }
            v
        })
        .collect()
}

/// An entry as paragraphs: the text with a bullet (up to three lines; two when compact),
/// and unless compact its second line indented below it (one line).
fn paras(e: &Entry, w: f32, meta: bool) -> Vec<Para> {
    let tw = w - BULLET_INDENT;
    let most = if meta { 3 } else { 2 };
    let mut v = vec![Para::new(&clamp(&e.text, ITEM, tw, most), ITEM, INK, 3.0).bulleted()];
    if let (Some(m), true) = (&e.meta, meta) {
        v.push(Para::new(&clamp(m, META, tw, 1), META, MUTED, 0.0).indented());
    }
    v
}

fn entry_height(e: &Entry, w: f32, meta: bool) -> f32 {
    paras(e, w, meta).iter().map(|p| p.height(w)).sum()
}

/// Where everything of stages `a..b` goes: the header height, each lane's row height and
/// how many items of each cell are shown, and how many were cut in all.
struct Layout {
    /// How many stages.
    k: usize,
    /// Whether each lane's items have their second lines.
    metas: Vec<bool>,
    col_w: f32,
    header: f32,
    lanes: Vec<Lane>,
    rows: Vec<f32>,
    shown: Vec<Vec<usize>>,
    /// Lanes with no room at all (their items go to the notes).
    lanes_cut: Vec<Lane>,
    cut: usize,
}

fn column_width(k: usize) -> f32 {
    (SLIDE_W - 2.0 * M - LANE_W - k as f32 * GAP) / k as f32
}

fn header_lines(s: &Stage, w: f32) -> (Vec<String>, Vec<String>) {
    let name = wrap_clamped(&s.name, Style::HEADING, w - 30.0, 2);
    let goal = s
        .goal
        .as_ref()
        .map(|g| wrap_clamped(g, Style::SMALL, w, 2))
        .unwrap_or_default();
    (name, goal)
}

fn header_height(j: &Journey, a: usize, b: usize, w: f32) -> f32 {
    j.stages[a..b]
        .iter()
        .map(|s| {
            let (name, goal) = header_lines(s, w);
            name.len() as f32 * Style::HEADING.line + goal.len() as f32 * Style::SMALL.line
        })
        .fold(0.0, f32::max)
        + 12.0
}

fn layout(
    site: &Site,
    j: &Journey,
    content: &[Vec<Entry>],
    (a, b): (usize, usize),
    lines: Lines,
) -> Layout {
    let k = b - a;
    let col_w = column_width(k);
    let header = header_height(j, a, b, col_w);
    let mut lanes = lanes(site, j, content, a, b);
    let mut lay = Layout {
        k,
        metas: Vec::new(),
        col_w,
        header,
        rows: Vec::new(),
        shown: Vec::new(),
        lanes: Vec::new(),
        lanes_cut: Vec::new(),
        cut: usize::MAX,
    };
    if k > 1 && col_w < MIN_COL {
        return lay;
    }
    let room = super::BOTTOM - TOP - header - 4.0;
    // Each cell's item heights; each lane's floor (its label, and one item with "and N
    // more" under it); lanes that cannot have their floor are left to the notes.
    let heights = |l: &Lane, meta: bool| -> Vec<Vec<f32>> {
        l.cells
            .iter()
            .map(|c| c.iter().map(|e| entry_height(e, col_w, meta)).collect())
            .collect()
    };
    let mut metas = match lines {
        Lines::Full => vec![true; lanes.len()],
        Lines::Mixed => second_lines(&lanes, |l, m| heights(l, m), room),
        Lines::Compact => vec![false; lanes.len()],
    };
    let mut all: Vec<Vec<Vec<f32>>> = lanes
        .iter()
        .zip(&metas)
        .map(|(l, m)| heights(l, *m))
        .collect();
    let mut floors: Vec<f32> = lanes.iter().zip(&all).map(|(l, h)| floor(l, h)).collect();
    let mut cut = 0;
    while floors.iter().sum::<f32>() > room && !lanes.is_empty() {
        let i = least_needed(&lanes);
        let l = lanes.remove(i);
        cut += l.cells.iter().map(Vec::len).sum::<usize>();
        all.remove(i);
        floors.remove(i);
        metas.remove(i);
        lay.lanes_cut.push(l);
    }
    let (rows, shown, more) = fill(&all, &floors, room);
    cut += more;
    Layout {
        rows,
        shown,
        lanes,
        metas,
        cut,
        ..lay
    }
}

/// A lane's least height: its label, and its first item with "and N more" under it (`h`:
/// each cell's item heights).
fn floor(l: &Lane, h: &[Vec<f32>]) -> f32 {
    let label = wrap_clamped(&l.name.to_uppercase(), LABEL, LANE_W - 14.0, 2).len() as f32;
    let one = h
        .iter()
        .map(|c| match c.len() {
            0 => 0.0,
            1 => c[0],
            _ => c[0] + META.line + 4.0,
        })
        .fold(0.0, f32::max);
    (label * LABEL.line).max(one) + 2.0 * PAD
}

/// The height a lane's tallest cell needs, padding included (`cells`: item heights).
fn tallest(cells: &[Vec<f32>]) -> f32 {
    cells
        .iter()
        .map(|c| c.iter().sum::<f32>())
        .fold(0.0, f32::max)
        + 2.0 * PAD
}

/// Each lane's row height in `room` (every lane at least its floor), how many items of each
/// cell fit in it, and how many were cut in all.
fn fill(all: &[Vec<Vec<f32>>], floors: &[f32], room: f32) -> (Vec<f32>, Vec<Vec<usize>>, usize) {
    let need: Vec<f32> = all
        .iter()
        .zip(floors)
        .map(|(cells, floor)| tallest(cells).max(*floor))
        .collect();
    let rows = share(&need, room, floors);
    let mut cut = 0;
    let shown = all
        .iter()
        .zip(&rows)
        .map(|(cells, row)| {
            cells
                .iter()
                .map(|c| {
                    let n = fitting(c, row - 2.0 * PAD);
                    cut += c.len() - n;
                    n
                })
                .collect()
        })
        .collect();
    (rows, shown, cut)
}

/// Which lanes keep their items' second lines when not all can: all do, then the lanes that
/// gain most height from losing them go compact, one by one, until the rows fit `room` (or
/// every lane is compact). `heights(lane, second_lines)` gives each cell's item heights.
fn second_lines(
    lanes: &[Lane],
    heights: impl Fn(&Lane, bool) -> Vec<Vec<f32>>,
    room: f32,
) -> Vec<bool> {
    let full: Vec<f32> = lanes.iter().map(|l| tallest(&heights(l, true))).collect();
    let compact: Vec<f32> = lanes.iter().map(|l| tallest(&heights(l, false))).collect();
    let mut order: Vec<usize> = (0..lanes.len()).collect();
    order.sort_by(|&x, &y| (full[y] - compact[y]).total_cmp(&(full[x] - compact[x])));
    let mut metas = vec![true; lanes.len()];
    let mut total: f32 = full.iter().sum();
    for i in order {
        if total <= room {
            break;
        }
        total -= full[i] - compact[i];
        metas[i] = false;
    }
    metas
}

/// The lane a crowded slide gives up first: content, then metrics, questions, hand-offs,
/// actions, emotion, decision moments, touchpoints; pain points and opportunities last,
/// as what a steering group asks about.
fn least_needed(lanes: &[Lane]) -> usize {
    const ORDER: [usize; 10] = [9, 8, 1, 6, 0, 3, 5, 2, 4, 7];
    ORDER
        .iter()
        .find_map(|k| lanes.iter().position(|l| l.key == *k))
        .unwrap_or(lanes.len() - 1)
}

/// Row heights: what each lane needs when all fit in `room`; else a common cap, found by
/// bisection, that trims the tallest rows first (never below a row's floor).
fn share(need: &[f32], room: f32, floors: &[f32]) -> Vec<f32> {
    if need.iter().sum::<f32>() <= room {
        return need.to_vec();
    }
    let min_row = |i: usize| floors[i];
    let total = |cap: f32| -> f32 {
        need.iter()
            .enumerate()
            .map(|(i, n)| n.min(cap.max(min_row(i))))
            .sum()
    };
    let (mut lo, mut hi) = (0.0f32, need.iter().copied().fold(0.0, f32::max));
    for _ in 0..30 {
        let mid = (lo + hi) / 2.0;
        if total(mid) <= room {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    need.iter()
        .enumerate()
        .map(|(i, n)| n.min(lo.max(min_row(i))))
        .collect()
}

/// How many of the items (heights `h`) fit in `room`, keeping a line for "and N more" when
/// some are left out.
fn fitting(h: &[f32], room: f32) -> usize {
    let all: f32 = h.iter().sum();
    if all <= room + 0.01 {
        return h.len();
    }
    let mut used = META.line + 4.0;
    let mut n = 0;
    for x in h {
        if used + x > room + 0.01 {
            break;
        }
        used += x;
        n += 1;
    }
    n
}

/// The slide of the `lay.k` stages from `a`.
fn slide(site: &Site, j: &Journey, lay: Layout, a: usize) -> Slide {
    let ui = &site.config.ui;
    let b = a + lay.k;
    let total = j.stages.len().to_string();
    let range = if a + 1 == b {
        ui.t_args("deck-stage-of", &[("n", &b.to_string()), ("total", &total)])
    } else {
        let (from, to) = ((a + 1).to_string(), b.to_string());
        ui.t_args(
            "deck-stages-of",
            &[("from", &from), ("to", &to), ("total", &total)],
        )
    };
    let mut note = format!("{} · {range}", j.title);
    if !lay.lanes_cut.is_empty() {
        // Whole lanes left out for room: say which (the notes and `--deck full` have them).
        let mut cut: Vec<&Lane> = lay.lanes_cut.iter().collect();
        cut.sort_by_key(|l| l.key);
        let names: Vec<&str> = cut.iter().map(|l| l.name.as_str()).collect();
        let lanes = names.join(", ");
        note = format!(
            "{note} · {}",
            ui.t_args("deck-not-shown", &[("lanes", &lanes)])
        );
    }
    let mut slide = Slide::new(&site.config.labels.journey_map, &note, &j.title);
    let mut c = Canvas::new();
    let x0 = M + LANE_W + GAP;
    for (k, s) in j.stages[a..b].iter().enumerate() {
        let x = x0 + k as f32 * (lay.col_w + GAP);
        stage_head(&mut c, s, a + k + 1, x, lay.col_w);
    }
    let mut y = TOP + lay.header;
    let mut cut_notes: Vec<String> = Vec::new();
    for (li, lane) in lay.lanes.iter().enumerate() {
        let row = lay.rows[li];
        c.line(M, y, SLIDE_W - M, y, Stroke::new(HAIRLINE, 1.0));
        c.rect(M, y + PAD + 1.0, 3.0, 12.0, 0.0, Paint::fill(lane.accent));
        let name = wrap_clamped(&lane.name.to_uppercase(), LABEL, LANE_W - 14.0, 2);
        c.lines(M + 9.0, y + PAD, LABEL, MUTED, &name);
        for (k, cell) in lane.cells.iter().enumerate() {
            let x = x0 + k as f32 * (lay.col_w + GAP);
            let n = lay.shown[li][k];
            let mut ps: Vec<Para> = Vec::new();
            for e in &cell[..n] {
                let p = paras(e, lay.col_w, lay.metas[li]);
                if p[0].text != e.text {
                    // Shortened to fit: the notes have it whole.
                    let stage = &j.stages[a + k].name;
                    cut_notes.push(format!("{stage} · {}: {}", lane.name, e.text));
                }
                ps.extend(p);
            }
            if let Some(p) = ps.first_mut() {
                p.space_before = 0.0;
            }
            if n < cell.len() {
                let more = ui.t_n("deck-and-more", (cell.len() - n) as i64);
                ps.push(Para::new(&more, META, MUTED, 4.0).indented());
                let stage = &j.stages[a + k].name;
                for e in &cell[n..] {
                    cut_notes.push(format!("{stage} · {}: {}", lane.name, e.text));
                }
            }
            if !ps.is_empty() {
                slide.boxes.push(TextBox {
                    x,
                    y: y + PAD,
                    w: lay.col_w,
                    h: row - 2.0 * PAD,
                    paras: ps,
                });
            }
        }
        y += row;
    }
    for lane in &lay.lanes_cut {
        for (k, cell) in lane.cells.iter().enumerate() {
            let stage = &j.stages[a + k].name;
            for e in cell {
                cut_notes.push(format!("{stage} · {}: {}", lane.name, e.text));
            }
        }
    }
    slide.drawing = c.into_page(SLIDE_W, SLIDE_H);
    slide.notes = notes(site, j, &j.stages[a..b], &cut_notes);
    slide
}

/// The stage's chip: number badge, name (up to two lines), goal (up to two lines).
fn stage_head(c: &mut Canvas, s: &Stage, number: usize, x: f32, w: f32) {
    let (name, goal) = header_lines(s, w);
    c.rect(x, TOP - 4.0, w, 4.0, 2.0, Paint::fill(CHIP));
    c.circle(x + 10.0, TOP + 13.0, 10.0, Paint::fill(CHIP_BADGE));
    let num = number.to_string();
    c.text(x + 10.0, TOP + 17.0, LABEL, "#FFFFFF", Anchor::Middle, &num);
    c.lines(x + 28.0, TOP + 2.0, Style::HEADING, INK, &name);
    let y = TOP + 2.0 + name.len() as f32 * Style::HEADING.line;
    c.lines(x, y, Style::SMALL, MUTED, &goal);
}

/// The notes: each stage's name, goal and description, the items the slide had to cut,
/// then the narrative.
fn notes(site: &Site, j: &Journey, stages: &[Stage], cut: &[String]) -> String {
    let mut v: Vec<String> = Vec::new();
    for st in stages {
        let mut line = st.name.clone();
        if let Some(g) = &st.goal {
            line.push_str(&format!(": {g}"));
        }
        v.push(line);
        let def = site.config.stages.iter().find(|d| d.id == st.id);
        if let Some(d) = def.and_then(|d| d.description.as_ref()) {
            v.push(d.clone());
        }
    }
    if !cut.is_empty() {
        v.push(String::new());
        v.extend(cut.iter().map(|c| format!("• {c}")));
    }
    let story = narrative(j);
    if !story.is_empty() {
        v.push(String::new());
        v.push(story);
    }
    v.join("\n")
}
