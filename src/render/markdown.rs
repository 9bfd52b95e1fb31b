//! Markdown narrative → sanitised HTML.
//!
//! pulldown-cmark (tables, footnotes, task lists, strikethrough) renders the Markdown, then
//! ammonia cleans the result with an allow-list of exactly what pulldown-cmark emits. Raw
//! HTML in the Markdown goes through the same filter, so `<script>`, `<iframe>`, event
//! handlers and `javascript:` URLs never reach a page.
//!
//! A ```` ```mermaid ```` block holding a Mermaid `journey` is drawn in place as a waymark
//! journey diagram: the block becomes a placeholder before sanitising, and the SVG (written
//! and escaped by the diagram writer, never by the author) replaces it afterwards. Other
//! Mermaid diagrams, and journeys with errors, stay code blocks. Render may not parse
//! Mermaid itself (`interop` sits above it): the caller passes a [`Mermaid`] drawer,
//! `crate::pipeline::mermaid_svg` for the real one.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// Draws one Mermaid block: `(source, id)` → the SVG of the `journey` in `source`, its
/// element ids prefixed `id` (`narrative-mermaid-N`, N from 1 in page order); `None` when
/// `source` is not a valid journey, and the block stays code. The SVG is inserted after
/// sanitising, so it must come from a writer that escapes every text it draws.
pub type Mermaid = fn(&str, &str) -> Option<String>;

/// The [`Mermaid`] drawer that draws nothing: every Mermaid block stays code.
pub const NO_MERMAID: Mermaid = |_, _| None;

/// Footnote ids are prefixed so they cannot clash with page anchors (`stage-…`).
const FOOTNOTE_PREFIX: &str = "fn-";

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let tags: HashSet<&str> = [
            "a",
            "abbr",
            "b",
            "blockquote",
            "br",
            "code",
            "dd",
            "del",
            "div",
            "dl",
            "dt",
            "em",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "i",
            "img",
            "input",
            "kbd",
            "li",
            "ol",
            "p",
            "pre",
            "s",
            "section",
            "span",
            "strong",
            "sub",
            "sup",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
        ]
        .into_iter()
        .collect();
        let mut attrs: HashMap<&str, HashSet<&str>> = HashMap::new();
        let mut allow = |tag: &'static str, list: &[&'static str]| {
            attrs.insert(tag, list.iter().copied().collect());
        };
        allow("a", &["href", "title", "id"]);
        allow("img", &["src", "alt", "title", "width", "height"]);
        allow("th", &["align", "style", "colspan", "rowspan"]);
        allow("td", &["align", "style", "colspan", "rowspan"]);
        allow("div", &["id"]);
        allow("li", &["id"]);
        allow("ol", &["start"]);
        allow("input", &["type", "checked", "disabled"]);
        allow("abbr", &["title"]);
        let mut classes: HashMap<&str, HashSet<&str>> = HashMap::new();
        classes.insert(
            "sup",
            ["footnote-reference", "footnote-definition-label"]
                .into_iter()
                .collect(),
        );
        classes.insert("div", ["footnote-definition"].into_iter().collect());
        classes.insert("code", ["language-*"].into_iter().collect());
        let mut b = ammonia::Builder::default();
        b.tags(tags)
            .tag_attributes(attrs)
            .allowed_classes(classes)
            .filter_style_properties(["text-align"].into_iter().collect())
            .url_schemes(["http", "https", "mailto"].into_iter().collect())
            .link_rel(Some("noopener noreferrer"))
            .attribute_filter(|element, attribute, value| {
                // A checkbox is the only input pulldown-cmark writes.
                if element == "input" && attribute == "type" && value != "checkbox" {
                    return None;
                }
                Some(value.into())
            })
            .strip_comments(true);
        b
    })
}

/// `text` with `&`, `<` and `>` escaped, for an HTML text node.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Render `markdown` to sanitised HTML, safe to insert into a page as it is; ```mermaid
/// blocks drawn by `mermaid`.
pub fn render(markdown: &str, mermaid: Mermaid) -> String {
    if markdown.trim().is_empty() {
        return String::new();
    }
    // `check` refuses such a narrative (crate::limits); anything that still gets here is
    // shown as text, as rendering and sanitising deep nesting is slow.
    if crate::limits::too_deep(markdown).is_some() {
        return format!("<pre>{}</pre>", escape_text(markdown));
    }
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH;
    let prefixed = |label: CowStr<'_>| -> CowStr<'static> {
        CowStr::from(format!("{FOOTNOTE_PREFIX}{label}"))
    };
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::FootnoteReference(label) => Event::FootnoteReference(prefixed(label)),
        Event::Start(Tag::FootnoteDefinition(label)) => {
            Event::Start(Tag::FootnoteDefinition(prefixed(label)))
        }
        other => other,
    });
    let marker = format!("wm-mermaid-{:016x}", fnv1a(markdown));
    let mut diagrams: Vec<String> = Vec::new();
    let events = mermaid_journeys(events, &marker, mermaid, &mut diagrams);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, events.into_iter());
    let mut clean = sanitizer().clean(&raw).to_string();
    for (i, svg) in diagrams.iter().enumerate() {
        let placeholder = format!("<div id=\"{marker}-{i}\"></div>");
        let figure = format!("<figure class=\"diagram mermaid-journey\">{svg}</figure>");
        clean = clean.replacen(&placeholder, &figure, 1);
    }
    clean
}

/// FNV-1a: a stable hash that makes the placeholder of a page's diagrams unguessable from
/// the text that contains it.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Replaces each fenced `mermaid` block that `draw` draws with a placeholder
/// (`<div id="MARKER-N">`) and pushes its SVG to `diagrams`; other blocks pass unchanged.
fn mermaid_journeys<'a>(
    events: impl Iterator<Item = Event<'a>>,
    marker: &str,
    draw: Mermaid,
    diagrams: &mut Vec<String>,
) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    // The block being read: its events as they came, and its text.
    let mut block: Option<(Vec<Event<'a>>, String)> = None;
    for event in events {
        match (&mut block, event) {
            (None, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))))
                if lang
                    .split(|c: char| c.is_whitespace() || c == ',' || c == '{' || c == '}')
                    .find(|w| !w.is_empty())
                    .is_some_and(|w| w.trim_start_matches('.').eq_ignore_ascii_case("mermaid")) =>
            {
                block = Some((
                    vec![Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang)))],
                    String::new(),
                ));
            }
            (Some((events, text)), Event::Text(t)) => {
                text.push_str(&t);
                events.push(Event::Text(t));
            }
            (Some(_), Event::End(TagEnd::CodeBlock)) => {
                let Some((mut events, text)) = block.take() else {
                    continue;
                };
                let id = format!("narrative-mermaid-{}", diagrams.len() + 1);
                match draw(&text, &id) {
                    Some(svg) => {
                        let n = diagrams.len();
                        diagrams.push(svg);
                        out.push(Event::Html(CowStr::from(format!(
                            "<div id=\"{marker}-{n}\"></div>\n"
                        ))));
                    }
                    None => {
                        events.push(Event::End(TagEnd::CodeBlock));
                        out.append(&mut events);
                    }
                }
            }
            (Some((events, _)), other) => events.push(other),
            (None, other) => out.push(other),
        }
    }
    if let Some((mut events, _)) = block {
        out.append(&mut events);
    }
    out
}

#[cfg(test)]
mod tests {
    /// Render with a stand-in drawer: draws a block that starts with `journey` and has a
    /// `task: score` line (the real one, interop and diagram, is tested in tests/render.rs).
    fn render(markdown: &str) -> String {
        super::render(markdown, |source, id| {
            let text = super::escape_text(source);
            (source.trim_start().starts_with("journey") && source.contains(": "))
                .then(|| format!("<svg id=\"{id}\"><text>{text}</text></svg>"))
        })
    }

    #[test]
    fn basics() {
        let html = render("# Title\n\nSome *text* and ~~old~~ [link](https://example.com).");
        assert!(html.contains("<h1>Title</h1>"), "{html}");
        assert!(html.contains("<em>text</em>"));
        assert!(html.contains("<del>old</del>"));
        assert!(
            html.contains(r#"<a href="https://example.com" rel="noopener noreferrer">link</a>"#),
            "{html}"
        );
        assert_eq!(render("  \n"), "");
    }

    #[test]
    fn tables_keep_alignment() {
        let html = render("| a | b |\n|:-:|--:|\n| 1 | 2 |\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(
            html.contains(r#"<th style="text-align:center">a</th>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<td style="text-align:right">2</td>"#),
            "{html}"
        );
    }

    #[test]
    fn footnotes_and_tasks() {
        let html =
            render("Claim[^src].\n\n[^src]: Win-loss interviews.\n\n- [x] done\n- [ ] todo\n");
        assert!(
            html.contains(r##"<sup class="footnote-reference"><a href="#fn-src""##),
            "{html}"
        );
        assert!(
            html.contains(r#"<div class="footnote-definition" id="fn-src">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<sup class="footnote-definition-label">"#),
            "{html}"
        );
        assert!(html.contains("checked"), "{html}");
        assert_eq!(html.matches("disabled").count(), 2, "{html}");
        assert_eq!(html.matches("type=\"checkbox\"").count(), 2, "{html}");
    }

    #[test]
    fn mermaid_journeys_render_in_place() {
        let md = "Before.\n\n```mermaid\njourney\n  title Day\n  section Work\n    Tea: 5: Me\n    Work: 1: Me, <script>alert(1)</script>\n```\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\njourney\n  Make tea\n```\n\nAfter.";
        let html = render(md);
        assert_eq!(
            html.matches("<figure class=\"diagram mermaid-journey\"><svg")
                .count(),
            1,
            "{html}"
        );
        assert!(
            html.contains("Before.") && html.contains("After."),
            "{html}"
        );
        // The other kind and the broken journey stay code.
        assert!(
            html.contains("flowchart LR\n  A --&gt; B\n</code></pre>"),
            "{html}"
        );
        assert!(html.contains("journey\n  Make tea"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("wm-mermaid-"), "{html}");
        // Two journeys on one page get distinct SVG ids.
        let two =
            render("```mermaid\njourney\nA: 3: Me\n```\n\n~~~mermaid\njourney\nB: 3: Me\n~~~\n");
        assert!(
            two.contains("narrative-mermaid-1") && two.contains("narrative-mermaid-2"),
            "{two}"
        );
        // Same input, same bytes.
        assert_eq!(render(md), html);
        // Forging the placeholder in raw HTML does nothing.
        let forged = render("<div id=\"wm-mermaid-0000000000000000-0\"></div>\n");
        assert!(!forged.contains("<svg"), "{forged}");
    }

    #[test]
    fn hostile_input_is_stripped() {
        let md = r##"
<script>alert(1)</script>

<img src="x" onerror="alert(2)">

[x](javascript:alert(3)) [y](JAVASCRIPT:alert(4)) [z](  javascript:alert(5))

<iframe src="https://evil.example"></iframe>

<a href="#" onclick="alert(6)" style="color:red">a</a>

<div style="background:url(javascript:alert(7))" class="evil">d</div>

<input type="text" value="x" onfocus="alert(8)">

<svg onload="alert(9)"><script>alert(10)</script></svg>

<object data="x"></object><embed src="x"><form action="x"><button>b</button></form>

<p style="position:fixed">p</p>

| h |
|---|
| <script>alert(11)</script> |
"##;
        let html = render(md).to_lowercase();
        for bad in [
            "<script",
            "alert(",
            "onerror",
            "onclick",
            "onload",
            "onfocus",
            "javascript:",
            "<iframe",
            "<svg",
            "<object",
            "<embed",
            "<form",
            "<button",
            "position",
            "evil",
            "type=\"text\"",
            "background",
        ] {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
        // The harmless parts stay.
        assert!(html.contains("<img src=\"x\">"), "{html}");
    }
}
