//! Turns serde-saphyr errors into located diagnostics with a "did you mean".

use serde_saphyr::Error;

use crate::diagnostic::{Diagnostic, did_you_mean};

/// The diagnostic for a parse error in `file`, whose YAML starts `line_offset` lines in.
pub(super) fn to_diagnostic(file: &str, line_offset: u32, yaml: &str, err: &Error) -> Diagnostic {
    let err = err.without_snippet();
    let (mut line, mut column) = err
        .location()
        .map(|l| (l.line() as u32, l.column() as u32))
        .unwrap_or((0, 0));
    if line == 0 {
        // Unknown position (e.g. end of input): point at the last line of the YAML.
        line = yaml.lines().count().max(1) as u32;
        column = 1;
    }
    let source_line = yaml
        .lines()
        .nth((line as usize).saturating_sub(1))
        .unwrap_or("");
    let slip = slip(err, source_line, column as usize);
    let line = line + line_offset;
    let (code, message, hint) = match slip {
        Some((message, hint)) => {
            let code = if matches!(err, Error::SerdeUnknownField { .. }) {
                "unknown-field"
            } else {
                "yaml-syntax"
            };
            (code, message, Some(hint))
        }
        None => describe(err),
    };
    let mut d = Diagnostic::error(code, file, line, column, message);
    if let Some(h) = hint {
        d = d.with_hint(h);
    }
    d
}

/// A classic YAML slip behind `err`, said in the user's terms: `(message, hint)`. `line`
/// is the YAML source line of the error, `column` its 1-based column.
fn slip(err: &Error, line: &str, column: usize) -> Option<(String, String)> {
    let msg = err.to_string();
    // The value part of `key: value` on this line, for a quoted suggestion.
    let key_value = || {
        let t = line.trim_start().trim_start_matches("- ");
        let (key, value) = t.split_once(": ")?;
        let value = value.trim_end();
        (!key.contains(['{', '[', '"', '\'']))
            .then(|| format!("{key}: \"{}\"", value.replace('"', "\\\"")))
    };
    match err {
        Error::SerdeUnknownField { field, expected, .. } => {
            // `{ source: Call-centre notes, March–May, confidence: known }`: the text after
            // the comma is read as a field without a value.
            let chars: Vec<char> = line.chars().collect();
            let start = column.saturating_sub(1);
            let word: String = chars.iter().skip(start).collect();
            let after = word.strip_prefix(field.as_str())?.trim_start();
            if after.starts_with(':') || !(after.starts_with(',') || after.starts_with('}')) {
                return None;
            }
            let before: String = chars[..start.min(chars.len())].iter().collect();
            let colon = before.rfind(':')?;
            let key_start = before[..colon].rfind(['{', ',']).map_or(0, |i| i + 1);
            let key = before[key_start..colon].trim();
            let value = before[colon + 1..].trim().trim_end_matches(',').trim();
            let fields: Vec<String> = expected.iter().map(|f| format!("`{f}`")).collect();
            Some((
                format!("`{field}` is read as a field: a comma inside `{{ … }}` starts a new field"),
                format!(
                    "put the text in quotes: `{key}: \"{value}, {field}\"` (fields here: {})",
                    fields.join(", ")
                ),
            ))
        }
        _ if msg.contains("mapping values are not allowed") => Some((
            "a `: ` inside a value starts a new mapping".to_string(),
            match key_value() {
                Some(q) => format!("put the text in quotes: `{q}`"),
                None => "put text that contains `: ` in quotes".to_string(),
            },
        )),
        _ if msg.contains("unknown anchor") => {
            let name: String = line
                .chars()
                .skip(column.saturating_sub(1))
                .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}'))
                .collect();
            Some((
                format!("`{name}` is read as a YAML alias (a reference to an `&anchor`)"),
                match key_value() {
                    Some(q) => format!("text that starts with `*` needs quotes: `{q}`"),
                    None => "text that starts with `*` needs quotes".to_string(),
                },
            ))
        }
        _ if msg.contains("unexpected character") && (msg.contains('@') || msg.contains('`')) => {
            Some((
                "`@` and `` ` `` are reserved in YAML and cannot start a value".to_string(),
                match key_value() {
                    Some(q) => format!("put the text in quotes: `{q}`"),
                    None => "put text that starts with `@` or `` ` `` in quotes".to_string(),
                },
            ))
        }
        _ if msg.contains("tab") => Some((
            "a tab character where YAML expects spaces".to_string(),
            "YAML indents with spaces only: replace the tab with spaces (in a value, quote the text)"
                .to_string(),
        )),
        _ => None,
    }
}

fn describe(err: &Error) -> (&'static str, String, Option<String>) {
    match err {
        Error::SerdeUnknownField { field, expected, .. } => {
            let mut hint = did_you_mean(field, expected.iter().copied(), "field");
            if field.contains(' ') || !field.starts_with(|c: char| c.is_ascii_alphabetic()) {
                // `{ text: Interviews, 14 deals }` makes "14 deals" a key.
                hint.push_str("; if this is part of a text, put the text in quotes: a comma inside `{ … }` starts a new field");
            }
            ("unknown-field", format!("unknown field `{field}`"), Some(hint))
        }
        Error::SerdeUnknownVariant { variant, expected, .. } => (
            "unknown-value",
            format!("`{variant}` is not an allowed value here"),
            Some(did_you_mean(variant, expected.iter().copied(), "allowed value")),
        ),
        Error::SerdeMissingField { field, .. } => (
            "missing-field",
            format!("missing required field `{field}`"),
            Some(format!("add `{field}:` to this item")),
        ),
        Error::SerdeInvalidType { unexpected, expected, .. } => (
            "wrong-type",
            format!("wrong type: found {unexpected}, expected {expected}"),
            Some(type_hint(expected)),
        ),
        Error::SerdeInvalidValue { unexpected, expected, .. } => (
            "wrong-type",
            format!("invalid value: found {unexpected}, expected {expected}"),
            Some(type_hint(expected)),
        ),
        Error::DuplicateMappingKey { .. } => (
            "duplicate-key",
            strip_location(&err.to_string()),
            Some("remove one of the two entries: YAML keeps only one".into()),
        ),
        Error::Unexpected { expected, .. } => {
            let (what, hint) = match *expected {
                e if e.contains("sequence") => ("a list", "write a list: one `- item` per line, or `[a, b]`"),
                e if e.contains("mapping") => ("a mapping", "write `key: value` lines, or `{ key: value }`"),
                e if e.contains("scalar") => ("a single value (text, number or date)", "write one value; quote text that starts with `[`, `{`, `*` or `&`"),
                _ => (*expected, "check indentation and the type this field expects"),
            };
            ("wrong-type", format!("wrong type: expected {what} here"), Some(hint.to_string()))
        }
        other => (
            "yaml-syntax",
            strip_location(&other.to_string()),
            Some("check indentation, colons after keys, and quotes around text containing `: ` or `#`".into()),
        ),
    }
}

fn type_hint(expected: &str) -> String {
    if expected.contains("sequence") || expected.contains("list") {
        "write a list: one `- item` per line, or `[a, b]`".into()
    } else if expected.contains("struct") || expected.contains("map") {
        "write a mapping of `key: value` lines (or `{ key: value }`)".into()
    } else if expected.contains("string") || expected.contains("text") {
        "write text; quote it if it looks like a number, date or yes/no".into()
    } else {
        format!("write {expected}")
    }
}

/// Drops a trailing " at line N column M" that the library adds to its messages.
fn strip_location(msg: &str) -> String {
    let msg = msg.lines().next().unwrap_or(msg);
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
