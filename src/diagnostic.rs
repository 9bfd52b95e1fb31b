//! Diagnostics: located errors and warnings, printed for people or as JSON lines for CI.
//!
//! Every user-caused problem becomes a [`Diagnostic`] with a file, a 1-based line and column,
//! a one-line message, a stable code and a hint. Human output uses miette to show the source
//! line with a caret; `--format json` prints one object per line.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Stops the build; `waymark check` exits 1.
    Error,
    /// A lint: the build goes on; exit code 0.
    Warning,
}

/// A second place that a diagnostic refers to (e.g. the first definition of a duplicate id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// Path relative to the site root.
    pub file: String,
    /// 1-based line (0: unknown).
    pub line: u32,
    /// 1-based column (0: unknown).
    pub column: u32,
    /// What this place is.
    pub message: String,
}

/// One located problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub level: Level,
    /// Stable kebab-case code, e.g. `unknown-persona`, `yaml-syntax`, `content-gap`.
    pub code: String,
    /// One line saying what is wrong.
    pub message: String,
    /// Path relative to the site root, `/`-separated.
    pub file: String,
    /// 1-based line in the real file (0: the whole file).
    pub line: u32,
    /// 1-based column (0: unknown).
    pub column: u32,
    /// How to fix it.
    pub hint: Option<String>,
    /// Other places involved.
    pub related: Vec<Related>,
}

impl Diagnostic {
    /// An error at `file:line:column`.
    pub fn error(
        code: &str,
        file: &str,
        line: u32,
        column: u32,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            level: Level::Error,
            code: code.to_string(),
            message: message.into(),
            file: file.to_string(),
            line,
            column,
            hint: None,
            related: Vec::new(),
        }
    }

    /// The same diagnostic as a warning.
    pub fn warning(mut self) -> Self {
        self.level = Level::Warning;
        self
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds a related place.
    pub fn with_related(mut self, related: Related) -> Self {
        self.related.push(related);
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// `file:line:column` (or `file` alone when the line is unknown).
    pub fn location(&self) -> String {
        format_location(&self.file, self.line, self.column)
    }
}

fn format_location(file: &str, line: u32, column: u32) -> String {
    match (line, column) {
        (0, _) => file.to_string(),
        (l, 0) => format!("{file}:{l}"),
        (l, c) => format!("{file}:{l}:{c}"),
    }
}

/// Sorts diagnostics: errors first, then by file, line and column.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (a.level, &a.file, a.line, a.column, &a.message)
            .cmp(&(b.level, &b.file, b.line, b.column, &b.message))
    });
}

/// Prints diagnostics as JSON, one object per line.
pub fn to_json_lines(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        // Serialising plain strings and numbers cannot fail.
        let line = serde_json::to_string(d).unwrap_or_default();
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Renders diagnostics for a terminal: a `file:line:col: level[code]: message` line (the
/// format editors and CI parse), then the source line with a caret and the hint.
/// `sources` maps file paths (as in [`Diagnostic::file`]) to their text.
///
/// After [`SHOWN_PER_CODE`] diagnostics of one level and code, the rest are counted in one
/// line at the end (`--format json` still lists every one), and a source line longer than
/// [`LONG_LINE`] characters is cut around the column: a generated file can hold thousands of
/// problems on one line, and printing it whole for each would print hundreds of megabytes.
pub fn to_human(diags: &[Diagnostic], sources: &BTreeMap<String, String>, color: bool) -> String {
    let mut out = String::new();
    let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for d in diags {
        let level = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        let n = seen.entry((level, d.code.as_str())).or_default();
        *n += 1;
        if *n > SHOWN_PER_CODE {
            continue;
        }
        let _ = writeln!(out, "{}: {level}[{}]: {}", d.location(), d.code, d.message);
        if let Some(snippet) = snippet(d, sources, color) {
            out.push_str(&snippet);
        }
        if let Some(hint) = &d.hint {
            let _ = writeln!(out, "  = hint: {hint}");
        }
        for r in &d.related {
            let _ = writeln!(
                out,
                "  = note: {}: {}",
                format_location(&r.file, r.line, r.column),
                r.message
            );
        }
        out.push('\n');
    }
    for ((level, code), n) in seen {
        if n > SHOWN_PER_CODE {
            let _ = writeln!(
                out,
                "… and {} more {level}[{code}] (`waymark check --format json` lists every one)\n",
                n - SHOWN_PER_CODE
            );
        }
    }
    out
}

/// How many diagnostics of one level and code [`to_human`] prints in full.
pub const SHOWN_PER_CODE: usize = 50;

/// Source lines longer than this (in characters) are cut around the column when shown.
pub const LONG_LINE: usize = 240;

/// The source line of a diagnostic cut to about [`LONG_LINE`] characters around its column,
/// with a caret: for lines too long for miette's full-line snippet.
fn cut_snippet(file: &str, line_text: &str, line: u32, column: u32) -> String {
    let chars: Vec<char> = line_text.chars().collect();
    let col = (column.max(1) as usize - 1).min(chars.len());
    let half = LONG_LINE / 2;
    let start = col.saturating_sub(half);
    let end = (col + half).min(chars.len());
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < chars.len() { "…" } else { "" };
    let shown: String = chars[start..end].iter().collect();
    let caret = " ".repeat(col - start + lead.chars().count());
    format!(
        "   ╭─[{file}:{line}:{column}, a line of {} characters, cut]\n {line} │ {lead}{shown}{tail}\n   · {caret}^ here\n   ╰────\n",
        chars.len()
    )
}

/// The source line of a diagnostic with a caret under the column, drawn by miette.
fn snippet(d: &Diagnostic, sources: &BTreeMap<String, String>, color: bool) -> Option<String> {
    use miette::{
        GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource,
    };
    if d.line == 0 {
        return None;
    }
    let text = sources.get(&d.file)?;
    let line_text = text.lines().nth(d.line as usize - 1)?;
    if line_text.chars().count() > LONG_LINE {
        return Some(cut_snippet(&d.file, line_text, d.line, d.column));
    }
    let offset = byte_offset(text, d.line, d.column.max(1))?;
    let len = text[offset..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(*c, ',' | ':' | '}' | ']'))
        .map(char::len_utf8)
        .sum::<usize>()
        .max(1)
        .min(text.len().saturating_sub(offset).max(1));
    let diag = MietteDiagnostic::new(String::new())
        .with_label(LabeledSpan::at(offset..offset + len, "here"));
    let report =
        miette::Report::new(diag).with_source_code(NamedSource::new(&d.file, text.clone()));
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_context_lines(1)
        .with_width(100);
    let mut buf = String::new();
    handler.render_report(&mut buf, report.as_ref()).ok()?;
    // Drop miette's empty headline: our own headline above already says what is wrong.
    let body: String = buf
        .lines()
        .skip_while(|l| !l.contains('╭'))
        .map(|l| format!("{l}\n"))
        .collect();
    Some(body)
}

/// Byte offset of a 1-based line and column (columns count characters).
fn byte_offset(text: &str, line: u32, column: u32) -> Option<usize> {
    let mut start = 0usize;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let col: usize = l
                .chars()
                .take(column as usize - 1)
                .map(char::len_utf8)
                .sum();
            return Some((start + col).min(text.len()));
        }
        start += l.len();
    }
    None
}

/// The candidate closest to `word`, when it is close enough to be a likely typo: by
/// Jaro-Winkler similarity, else one edit or swap away (short words such as `pfd` for
/// `pdf` score low on Jaro-Winkler).
pub fn closest<'a, I: IntoIterator<Item = &'a str>>(word: &str, candidates: I) -> Option<&'a str> {
    let word_l = word.to_lowercase();
    let scored: Vec<(f64, usize, &str)> = candidates
        .into_iter()
        .map(|c| {
            let c_l = c.to_lowercase();
            (
                strsim::jaro_winkler(&word_l, &c_l),
                strsim::osa_distance(&word_l, &c_l),
                c,
            )
        })
        .collect();
    let best = |ok: &dyn Fn(&(f64, usize, &str)) -> bool| {
        scored
            .iter()
            .filter(|s| ok(s))
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.2.cmp(a.2)))
            .map(|s| s.2)
    };
    best(&|s| s.0 >= 0.8).or_else(|| best(&|s| s.1 <= 1 && word_l.chars().count() >= 3))
}

/// A hint naming the closest candidate and listing what is allowed, e.g.
/// "did you mean `owner`? allowed: `name`, `channel`, `owner`".
pub fn did_you_mean<'a, I>(word: &str, candidates: I, what: &str) -> String
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    let list: Vec<String> = candidates
        .clone()
        .into_iter()
        .map(|c| format!("`{c}`"))
        .collect();
    let allowed = if list.is_empty() {
        format!("no {what} is defined")
    } else if list.len() > 12 {
        format!("{} {what}s are defined", list.len())
    } else {
        format!("{what}s: {}", list.join(", "))
    };
    match closest(word, candidates) {
        Some(c) => format!("did you mean `{c}`? ({allowed})"),
        None => allowed,
    }
}
