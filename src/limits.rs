//! Limits on what one input may hold, so that no file (or imported sheet or Mermaid file)
//! can make `check`, `build` or `import` hang, eat the memory or draw a giant PNG.
//!
//! Every limit is far above what a real journey map needs (the example's largest journey has
//! 7 stages and 6 items in its busiest lane). An input past one is refused with the error
//! `limit-exceeded` at its file, line and column, naming the limit and what to do; it is
//! never cut silently. `check` and `build` apply them while loading each file (a file past a
//! limit is not loaded, so one huge list gives one error, not thousands), `import` applies
//! the same ones to what it would write. docs/format.md → "Limits" lists them.

use granit_parser::{Event, Parser};

use crate::diagnostic::Diagnostic;
use crate::load::Doc;
use crate::load::raw::{RawConfig, RawJourney, RawPersona, RawStage};

/// Characters (Unicode scalar values) in one YAML text value: a title, a label, a goal, a
/// description, a quote. Longer prose belongs in the Markdown body.
pub const TEXT_CHARS: usize = 1_000;
/// Stages in one journey (`stages:`).
pub const STAGES: usize = 100;
/// Items in one lane of one stage (`actions:`, `touchpoints:`, `pain_points:`, …), and
/// entries of a stage's `emotions:` map.
pub const LANE_ITEMS: usize = 100;
/// Items in all the lanes of all the stages of one journey together. A busy real map has a
/// few hundred; this bounds what one journey's diagram, PNG and PDF pages cost to draw.
pub const JOURNEY_ITEMS: usize = 1_000;
/// Bytes of one journey's YAML (its front matter; the whole file for `ID.yaml`): the map
/// itself, which every diagram, PNG and PDF page draws. The example's largest journey has
/// about 25 KB; prose of any length belongs in the Markdown body, which has no such limit.
pub const JOURNEY_YAML_BYTES: usize = 256 * 1024;
/// Entries of each list in `waymark.yaml`: the stage vocabulary (`stages:`, at most
/// [`STAGES`]), `teams:` and `markets:` (at most this many; there are 249 ISO countries).
pub const SITE_LIST: usize = 300;
/// Personas listed by one journey (`personas:`).
pub const PERSONAS: usize = 50;
/// Entries of `views:` in `waymark.yaml`, and in one journey: each view of each journey is
/// a page and a PNG, so this bounds what views multiply a build by.
pub const VIEWS: usize = 20;
/// Nesting depth of Markdown containers (blockquotes `>` and lists) in a narrative.
pub const MARKDOWN_DEPTH: usize = 32;
/// Nesting depth of HTML elements written in a narrative.
pub const HTML_DEPTH: usize = 64;
/// Columns of an imported sheet (its header row).
pub const SHEET_COLUMNS: usize = 100;
/// Rows of an imported sheet, the header included.
pub const SHEET_ROWS: usize = 10_000;
/// Bytes of an imported `.xlsx` once decompressed (all its parts together), or of a CSV.
pub const SHEET_BYTES: u64 = 50 * 1024 * 1024;
/// Bytes of one Mermaid file given to `import mermaid`.
pub const MERMAID_BYTES: u64 = 5 * 1024 * 1024;
/// Pixels of one exported PNG (width × height); a larger diagram is drawn at a smaller
/// scale so that it fits. 20 million: the example's largest map (7 stages, 3,760 × 4,940 px
/// at 2x) fits at full scale; a map past it is drawn a little smaller, and no PNG costs more
/// than about half a second.
pub const PNG_PIXELS: u64 = 20_000_000;

/// The `limit-exceeded` error at `file:line:column`: `what` says which limit (for example
/// "stages per journey"), `limit` its value, `found` what the input has (0: not counted),
/// `hint` what to do.
pub fn exceeded(
    file: &str,
    line: u32,
    column: u32,
    what: &str,
    limit: u64,
    found: u64,
    hint: &str,
) -> Diagnostic {
    let message = if found > 0 {
        format!(
            "{} {what}, over the limit of {}",
            thousands(found),
            thousands(limit)
        )
    } else {
        format!("over the limit of {} {what}", thousands(limit))
    };
    Diagnostic::error("limit-exceeded", file, line, column, message).with_hint(hint)
}

/// `12345` → `12,345`: how the limit errors write counts.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The error for the first YAML text value in `yaml` longer than [`TEXT_CHARS`] (the YAML
/// of `file`, starting `line_offset` lines into it); `None` when there is none or the YAML
/// does not parse (serde-saphyr then reports the syntax error). One pass of the event
/// parser: linear in the text.
pub fn long_text(file: &str, line_offset: u32, yaml: &str) -> Option<Diagnostic> {
    // No value can be longer than the text that holds it.
    if yaml.len() <= TEXT_CHARS {
        return None;
    }
    for ev in Parser::new_from_str(yaml) {
        let (event, span) = ev.ok()?;
        let Event::Scalar(value, ..) = &event else {
            continue;
        };
        if value.len() <= TEXT_CHARS {
            continue;
        }
        let chars = value.chars().count();
        if chars <= TEXT_CHARS {
            continue;
        }
        return Some(exceeded(
            file,
            span.start.line() as u32 + line_offset,
            span.start.col() as u32 + 1,
            "characters in one text value",
            TEXT_CHARS as u64,
            chars as u64,
            "shorten it to a label or a sentence or two; longer prose goes in the Markdown body below the front matter",
        ));
    }
    None
}

/// The error when `yaml` (of `file`, starting `line_offset` lines into it) is longer than
/// `limit` bytes, at the line where the limit falls.
pub fn yaml_size(file: &str, line_offset: u32, yaml: &str, limit: usize) -> Option<Diagnostic> {
    if yaml.len() <= limit {
        return None;
    }
    let line = yaml.as_bytes()[..limit]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32;
    Some(exceeded(
        file,
        line + 1 + line_offset,
        1,
        "bytes of YAML in one journey",
        limit as u64,
        yaml.len() as u64,
        "a journey's front matter is the map: keep its labels short, move prose to the Markdown body below the front matter, or split the journey into several",
    ))
}

/// The error for the first place in the Markdown `body` of `file` (whose first line is line
/// `first_line` of the file) nested deeper than [`MARKDOWN_DEPTH`] blockquotes and lists, or
/// [`HTML_DEPTH`] HTML elements. Checked before anything renders it: deep nesting is what
/// makes Markdown rendering and HTML sanitising slow. Linear in the text; lines inside
/// fenced code blocks are not counted.
pub fn markdown_depth(file: &str, first_line: u32, body: &str) -> Option<Diagnostic> {
    let (line, column, html) = too_deep(body)?;
    let (what, limit) = if html {
        ("levels of nested HTML elements", HTML_DEPTH)
    } else {
        ("levels of nested blockquotes and lists", MARKDOWN_DEPTH)
    };
    Some(exceeded(
        file,
        first_line + line,
        column,
        what,
        limit as u64,
        0,
        "flatten the nesting: a narrative rarely needs more than three levels",
    ))
}

/// Where `markdown` first nests too deep: 0-based line, 1-based column, and whether it is
/// HTML (else Markdown containers); `None` when it stays within the limits.
pub fn too_deep(markdown: &str) -> Option<(u32, u32, bool)> {
    let mut fence: Option<(char, usize)> = None;
    let mut html_depth = 0usize;
    for (i, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(f) = fence_of(trimmed) {
            match fence {
                None => fence = Some(f),
                Some((c, n)) if f.0 == c && f.1 >= n => fence = None,
                Some(_) => {}
            }
            continue;
        }
        if fence.is_some() {
            continue;
        }
        if let Some(column) = container_overflow(line) {
            return Some((i as u32, column, false));
        }
        if let Some(column) = html_overflow(line, &mut html_depth) {
            return Some((i as u32, column, true));
        }
    }
    None
}

/// A fence line (```` ``` ```` or `~~~`): its character and length.
fn fence_of(trimmed: &str) -> Option<(char, usize)> {
    let c = trimmed.chars().next()?;
    if c != '`' && c != '~' {
        return None;
    }
    let n = trimmed.chars().take_while(|&x| x == c).count();
    (n >= 3).then_some((c, n))
}

/// The 1-based column where `line` opens its container past [`MARKDOWN_DEPTH`]: each `>`
/// and list marker counts one, and so do each two columns of indentation (nested lists).
fn container_overflow(line: &str) -> Option<u32> {
    let chars: Vec<char> = line.chars().collect();
    let mut depth = 0usize;
    let mut indent = 0usize;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            // Indentation before the first marker nests lists; spaces after a marker
            // (`> > x`) do not.
            ' ' if depth == 0 => indent += 1,
            '\t' if depth == 0 => indent += 4,
            ' ' | '\t' => {}
            '>' => depth += 1,
            '-' | '*' | '+' if chars.get(i + 1).is_some_and(|c| c.is_whitespace()) => depth += 1,
            c if c.is_ascii_digit() => {
                let mut j = i;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                let marker = matches!(chars.get(j), Some('.' | ')'))
                    && chars.get(j + 1).is_none_or(|c| c.is_whitespace());
                if !marker {
                    break;
                }
                depth += 1;
                i = j;
            }
            _ => break,
        }
        if depth + indent / 2 > MARKDOWN_DEPTH {
            return Some(i as u32 + 1);
        }
        i += 1;
    }
    None
}

/// Elements whose end tag may be left out, or that have none: not counted.
const UNCOUNTED: [&str; 22] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "td", "th", "tr", "dt", "dd", "option", "param",
];

/// Follows the HTML element depth through `line`; the 1-based column of the start tag that
/// passes [`HTML_DEPTH`].
fn html_overflow(line: &str, depth: &mut usize) -> Option<u32> {
    if !line.contains('<') {
        return None;
    }
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(off) = line[i..].find('<') {
        let at = i + off;
        let rest = &line[at + 1..];
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        i = at + 1;
        if name.is_empty() || !name.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        let lower = name.to_ascii_lowercase();
        if UNCOUNTED.contains(&lower.as_str()) {
            continue;
        }
        let end = line[at..].find('>').map(|e| at + e);
        let self_closing = end.is_some_and(|e| e > 0 && bytes[e - 1] == b'/');
        if closing {
            *depth = depth.saturating_sub(1);
        } else if !self_closing {
            *depth += 1;
            if *depth > HTML_DEPTH {
                return Some(line[..at].chars().count() as u32 + 1);
            }
        }
    }
    None
}

/// The error for the first list of a journey past its limit ([`VIEWS`], [`STAGES`], [`PERSONAS`],
/// [`LANE_ITEMS`]), at the first item past it.
pub fn journey(doc: &Doc<RawJourney>) -> Option<Diagnostic> {
    let j = &doc.value;
    if let Some(p) = j.personas.get(PERSONAS) {
        let at = doc.span(p);
        return Some(exceeded(
            &at.file,
            at.line,
            at.column,
            "personas in one journey",
            PERSONAS as u64,
            j.personas.len() as u64,
            "a journey maps one buying group or care team; split it into journeys by segment",
        ));
    }
    if let Some(v) = j.views.get(VIEWS) {
        let at = doc.span(v);
        return Some(exceeded(
            &at.file,
            at.line,
            at.column,
            "views in one journey",
            VIEWS as u64,
            j.views.len() as u64,
            "a view is a short version of the map for one audience; keep a few",
        ));
    }
    if let Some(s) = j.stages.get(STAGES) {
        let at = doc.span(s);
        return Some(exceeded(
            &at.file,
            at.line,
            at.column,
            "stages in one journey",
            STAGES as u64,
            j.stages.len() as u64,
            "split the journey into several (one per phase), linked by their segment and scope",
        ));
    }
    j.stages
        .iter()
        .find_map(|s| stage_lanes(doc, &s.value))
        .or_else(|| journey_items(doc))
}

/// The lanes of a stage in drawing order, each as its items' locations.
fn lane_locations(s: &RawStage) -> [Vec<serde_saphyr::Location>; 8] {
    fn locs<T>(items: &[serde_saphyr::Spanned<T>]) -> Vec<serde_saphyr::Location> {
        items.iter().map(|x| x.referenced).collect()
    }
    [
        locs(&s.actions),
        locs(&s.questions),
        locs(&s.touchpoints),
        locs(&s.pain_points),
        locs(&s.decision_moments),
        locs(&s.handoffs),
        locs(&s.opportunities),
        locs(&s.metrics),
    ]
}

/// The error when the lanes of all the stages of a journey hold more than
/// [`JOURNEY_ITEMS`] items together, at the first item past the limit. Each stage is
/// within [`LANE_ITEMS`] a lane here, so counting is linear and the one stage whose items
/// pass the limit is the only one whose locations are gathered.
fn journey_items(doc: &Doc<RawJourney>) -> Option<Diagnostic> {
    let count = |s: &RawStage| {
        s.actions.len()
            + s.questions.len()
            + s.touchpoints.len()
            + s.pain_points.len()
            + s.decision_moments.len()
            + s.handoffs.len()
            + s.opportunities.len()
            + s.metrics.len()
    };
    let total: usize = doc.value.stages.iter().map(|s| count(&s.value)).sum();
    if total <= JOURNEY_ITEMS {
        return None;
    }
    let mut seen = 0;
    for stage in &doc.value.stages {
        let n = count(&stage.value);
        if seen + n <= JOURNEY_ITEMS {
            seen += n;
            continue;
        }
        let lanes = lane_locations(&stage.value);
        let loc = lanes.iter().flatten().nth(JOURNEY_ITEMS - seen)?;
        let at = doc.at(loc, &doc.span(&stage.value.id));
        return Some(exceeded(
            &at.file,
            at.line,
            at.column,
            "items in the lanes of one journey",
            JOURNEY_ITEMS as u64,
            total as u64,
            "split the journey into several (one per phase or segment), or move detail to the Markdown body",
        ));
    }
    None
}

/// The error for the first list of `waymark.yaml` past its limit: more than [`STAGES`]
/// stages in the vocabulary, or more than [`SITE_LIST`] teams or markets; at the first
/// entry past it.
pub fn config(doc: &Doc<RawConfig>) -> Option<Diagnostic> {
    let c = &doc.value;
    let lists = [
        (
            "stages in the site's stage vocabulary",
            STAGES,
            c.stages.len(),
            c.stages.get(STAGES).map(|s| s.referenced),
            "a journey has a handful of stages; keep the vocabulary to the stages your journeys share",
        ),
        (
            "teams",
            SITE_LIST,
            c.teams.len(),
            c.teams.get(SITE_LIST).map(|s| s.referenced),
            "list the teams that own touchpoints, pain points and opportunities",
        ),
        (
            "markets",
            SITE_LIST,
            c.markets.len(),
            c.markets.get(SITE_LIST).map(|s| s.referenced),
            "list each market once, as its ISO 3166-1 alpha-2 code",
        ),
        (
            "views",
            VIEWS,
            c.views.len(),
            c.views.get(VIEWS).map(|s| s.referenced),
            "a view is a short version of every map for one audience; keep a few",
        ),
    ];
    lists
        .into_iter()
        .find_map(|(what, limit, len, item, hint)| {
            let at = doc.at(&item?, &doc.whole());
            Some(exceeded(
                &at.file,
                at.line,
                at.column,
                what,
                limit as u64,
                len as u64,
                hint,
            ))
        })
}

/// A lane's name, length and where its first item past [`LANE_ITEMS`] is, if any.
fn past<T>(
    lane: &'static str,
    items: &[serde_saphyr::Spanned<T>],
) -> (&'static str, usize, Option<serde_saphyr::Location>) {
    (
        lane,
        items.len(),
        items.get(LANE_ITEMS).map(|x| x.referenced),
    )
}

/// The first lane of a stage with more than [`LANE_ITEMS`] items.
fn stage_lanes(doc: &Doc<RawJourney>, s: &RawStage) -> Option<Diagnostic> {
    // Only the length and the item past the limit are needed: no copy of any lane.
    let lanes: [(&str, usize, Option<serde_saphyr::Location>); 8] = [
        past("actions", &s.actions),
        past("questions", &s.questions),
        past("touchpoints", &s.touchpoints),
        past("pain_points", &s.pain_points),
        past("decision_moments", &s.decision_moments),
        past("handoffs", &s.handoffs),
        past("opportunities", &s.opportunities),
        past("metrics", &s.metrics),
    ];
    for (lane, len, item) in lanes {
        if let Some(loc) = item {
            let at = doc.at(&loc, &doc.span(&s.id));
            return Some(exceeded(
                &at.file,
                at.line,
                at.column,
                &format!("items in `{lane}` of stage `{}`", s.id.value),
                LANE_ITEMS as u64,
                len as u64,
                "keep a lane to what fits on a diagram; move detail to the Markdown body or split the stage",
            ));
        }
    }
    if let Some((persona, _)) = s.emotions.0.get(LANE_ITEMS) {
        let at = doc.at(&persona.referenced, &doc.span(&s.id));
        return Some(exceeded(
            &at.file,
            at.line,
            at.column,
            &format!("entries in `emotions` of stage `{}`", s.id.value),
            LANE_ITEMS as u64,
            s.emotions.0.len() as u64,
            "give an emotion for the journey's personas only",
        ));
    }
    None
}

/// The error for the first list of a persona past its limit (each of `goals`, `needs`,
/// `questions`, `blockers`, `channels` holds at most [`LANE_ITEMS`]).
pub fn persona(doc: &Doc<RawPersona>) -> Option<Diagnostic> {
    let p = &doc.value;
    let lists = [
        ("goals", p.goals.len()),
        ("needs", p.needs.len()),
        ("questions", p.questions.len()),
        ("blockers", p.blockers.len()),
        ("channels", p.channels.len()),
    ];
    lists
        .iter()
        .find(|(_, n)| *n > LANE_ITEMS)
        .map(|(what, n)| {
            exceeded(
                &doc.file,
                1,
                1,
                &format!("items in the persona's `{what}`"),
                LANE_ITEMS as u64,
                *n as u64,
                "keep the persona to what its page can show",
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(100), "100");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(52428800), "52,428,800");
    }

    #[test]
    fn nesting_is_measured_per_line() {
        assert!(too_deep(&format!("{} deep", ">".repeat(32))).is_none());
        assert_eq!(
            too_deep(&format!("x\n{} deep", ">".repeat(33))),
            Some((1, 33, false))
        );
        assert_eq!(
            too_deep(&format!("{} x", "> ".repeat(40))).map(|t| t.2),
            Some(false)
        );
        assert!(too_deep(&format!("```\n{}\n```", ">".repeat(100))).is_none());
        let html = "<div>".repeat(65);
        assert_eq!(too_deep(&html), Some((0, 321, true)));
        assert!(too_deep(&"<div></div>".repeat(1000)).is_none());
        assert!(too_deep(&"<br>".repeat(1000)).is_none());
    }

    #[test]
    fn long_text_is_located() {
        let yaml = format!("title: ok\nsegment: {}\n", "x".repeat(1001));
        let d = long_text("j.md", 1, &yaml).unwrap();
        assert_eq!((d.line, d.column), (3, 10));
        assert_eq!(d.code, "limit-exceeded");
        assert!(long_text("j.md", 1, &format!("title: {}", "é".repeat(1000))).is_none());
    }
}
