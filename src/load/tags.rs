//! YAML tags (`!!binary`, `!!python/object:…`, `!custom`) are not part of the format:
//! serde-saphyr would drop them silently (the value is read as if untagged), so a file that
//! relies on one means something other than what is built. They are refused with a
//! located error instead. Found with granit-parser, the event parser under serde-saphyr.

use granit_parser::{Event, Parser};

use crate::diagnostic::Diagnostic;

/// A warning for each text value with a YAML anchor (`segment: &ref hospitals` reads as
/// `hospitals`: the `&ref` is dropped). Anchors on lists and mappings, which are meant for
/// reuse with `*alias`, are left alone. Empty when the YAML does not parse.
pub(super) fn anchored_text(file: &str, line_offset: u32, yaml: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // No `&`, no anchor: skip a second parse of every file (most have none).
    if !yaml.contains('&') {
        return out;
    }
    for ev in Parser::new_from_str(yaml) {
        let Ok((event, span)) = ev else {
            return out;
        };
        let Event::Scalar(value, _, anchor, _) = &event else {
            continue;
        };
        if *anchor == 0 {
            continue;
        }
        let line = span.start.line() as u32;
        let text = yaml
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("");
        let Some(at) = text.find('&') else {
            continue;
        };
        let name: String = text[at..]
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}'))
            .collect();
        let column = text[..at].chars().count() as u32 + 1;
        out.push(
            Diagnostic::error(
                "yaml-anchor",
                file,
                line + line_offset,
                column,
                format!("`{name}` is read as a YAML anchor, so this value is `{value}`"),
            )
            .warning()
            .with_hint("if `&` is part of the text, put the whole value in quotes"),
        );
    }
    out
}

/// The error for the first tag in `yaml` (the YAML of `file`, starting `line_offset` lines
/// in); `None` when there is none, or when the YAML does not parse (serde-saphyr then
/// reports the syntax error).
pub(super) fn first_tag(file: &str, line_offset: u32, yaml: &str) -> Option<Diagnostic> {
    // No `!`, no tag: skip a second parse of every file (most have none).
    if !yaml.contains('!') {
        return None;
    }
    for ev in Parser::new_from_str(yaml) {
        let (event, span) = ev.ok()?;
        let tagged = match &event {
            Event::Scalar(_, _, _, tag)
            | Event::SequenceStart(_, _, tag)
            | Event::MappingStart(_, _, tag) => tag.is_some(),
            _ => false,
        };
        if !tagged {
            continue;
        }
        let line = span.start.line() as u32;
        let line_text = yaml
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("");
        // The tag as written: the `!…` token at or before where the node starts.
        let col0 = span.start.col();
        let chars: Vec<char> = line_text.chars().collect();
        let at = (0..chars.len().min(col0 + 1))
            .rev()
            .find(|&i| {
                chars[i] == '!'
                    && (i == 0 || chars[i - 1].is_whitespace() || "[{,-:".contains(chars[i - 1]))
            })
            .or_else(|| {
                chars
                    .iter()
                    .skip(col0)
                    .position(|&c| c == '!')
                    .map(|p| p + col0)
            })
            .unwrap_or(col0);
        let written: String = chars[at.min(chars.len())..]
            .iter()
            .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}'))
            .collect();
        return Some(
            Diagnostic::error(
                "yaml-tag",
                file,
                line + line_offset,
                at as u32 + 1,
                format!("YAML tag `{written}` is not supported"),
            )
            .with_hint(
                "waymark reads plain text, numbers, dates, lists and mappings; remove the tag (quote the value if it should start with `!`)",
            ),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tags_with_their_place() {
        let d = first_tag("a.md", 1, "title: x\nsegment: !!binary aGVsbG8=\n").unwrap();
        assert_eq!((d.line, d.column), (3, 10));
        assert!(d.message.contains("`!!binary`"), "{}", d.message);
        let d = first_tag("a.yaml", 0, "- !!python/object:os.system x\n").unwrap();
        assert!(
            d.message.contains("`!!python/object:os.system`"),
            "{}",
            d.message
        );
        let d = first_tag("a.yaml", 0, "a: { b: !x c }\n").unwrap();
        assert!(d.message.contains("`!x`"), "{}", d.message);
    }

    #[test]
    fn anchored_text_is_a_warning() {
        let w = anchored_text("a.yaml", 0, "segment: &ref hospitals\nx: &list [a]\n");
        assert_eq!(w.len(), 1);
        assert_eq!((w[0].line, w[0].column), (1, 10));
        assert!(w[0].message.contains("`&ref`") && w[0].message.contains("`hospitals`"));
    }

    #[test]
    fn no_tag_no_error() {
        assert!(first_tag("a.yaml", 0, "text: \"Great!\"\nb: Wow! yes\nc: '!x'\n").is_none());
        assert!(first_tag("a.yaml", 0, "a: [unclosed\n").is_none());
    }
}
