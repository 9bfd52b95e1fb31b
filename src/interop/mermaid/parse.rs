//! A lenient parser for Mermaid `journey` diagrams.
//!
//! Follows the grammar of Mermaid's user-journey diagram: a `journey` header, then
//! statements one a line or separated by `;`: `title TEXT`, `section NAME`,
//! `accTitle: TEXT`, `accDescr: TEXT` or `accDescr { … }`, and tasks
//! `Task name: SCORE: Actor, Actor`. Keywords are case-insensitive; `%%` and `#` start a
//! comment (but `#35;`-style entity codes are text); `<br>` (`<br/>`, `<br />`) in a title,
//! section or task name is a line break, as Mermaid draws it.
//!
//! Front matter (`---` … `---`) gives the title (`title:`); its other keys (`config:`,
//! theme settings) and `%%{init: …}%%` directives are skipped with a note.
//!
//! Lenient where real files need it: a score that is not a whole number from 1 to 5 is a
//! warning and the task is kept with its score as written ([`Task::score_text`]); every
//! actor is kept as written, however long; text after a second `:` is kept as a note (the
//! importer turns it into a question or a pain point). Everything else that Mermaid would
//! reject is an error with its line and column.

use crate::diagnostic::Diagnostic;

/// A parsed journey diagram.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MermaidJourney {
    /// `title`.
    pub title: Option<String>,
    /// `accTitle`.
    pub acc_title: Option<String>,
    /// `accDescr` (single or multi-line).
    pub acc_descr: Option<String>,
    /// Sections in order; tasks before any `section` are in a first section named `None`.
    pub sections: Vec<Section>,
    /// Line of the `journey` keyword (1-based, in the file).
    pub line: u32,
}

/// A `section` and its tasks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// The name; `None` for tasks written before any `section`.
    pub name: Option<String>,
    /// Tasks in order.
    pub tasks: Vec<Task>,
}

/// `Task name: score: actors`.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    /// Task name as written (CJK, emoji kept; `<br>` read as a line break, `\n`).
    pub name: String,
    /// The score when it is a whole number from 1 (bad) to 5 (good); `None` otherwise.
    pub score: Option<u8>,
    /// The score as written (trimmed), whatever it is: kept when it is not 1..5.
    pub score_text: String,
    /// Actor names as written, in order, without duplicates (case kept: `Me` and `me` are
    /// two actors, as in Mermaid).
    pub actors: Vec<String>,
    /// Text after the actors (a third `:` field), which Mermaid does not show.
    pub notes: Vec<String>,
    /// 1-based line in the file.
    pub line: u32,
}

/// What [`parse`] made of a diagram's text.
#[derive(Debug)]
pub enum Outcome {
    /// A journey (warnings in the diagnostics).
    Journey(MermaidJourney),
    /// Another kind of Mermaid diagram (`flowchart`, `sequenceDiagram`, …): its keyword.
    OtherKind(String),
    /// Errors made it unusable.
    Invalid,
}

/// Protects syntax characters that came from entity codes (`#58;`) from being read as
/// syntax: they travel as private-use characters (U+E000–U+E003) until the statement is
/// split. Those characters, and [`ESCAPE`], written in the input itself travel as
/// [`ESCAPE`] and the character moved up by [`SHIFT`], so that they come out as written.
const PROTECT: [char; 4] = [':', ';', '#', ','];
/// Starts an escaped private-use character of the input (U+E004).
const ESCAPE: char = '\u{E004}';
/// How far an escaped character is moved (U+E000 → U+E010).
const SHIFT: u32 = 0x10;

/// Whether `c` is one of the characters that must be escaped: U+E000–U+E004.
fn is_reserved(c: char) -> bool {
    (0xE000..=ESCAPE as u32).contains(&(c as u32))
}

/// Appends `c`, read from the input, to `out`: escaped when it is reserved.
fn push_input(out: &mut String, c: char) {
    if is_reserved(c) {
        out.push(ESCAPE);
        out.push(char::from_u32(c as u32 + SHIFT).unwrap_or(c));
    } else {
        out.push(c);
    }
}

/// Appends `c`, decoded from an entity code, to `out`: protected when it is a syntax
/// character, escaped when it is reserved.
fn push_protected(out: &mut String, c: char) {
    match PROTECT.iter().position(|&p| p == c) {
        Some(i) => out.push(char::from_u32(0xE000 + i as u32).unwrap_or(c)),
        None => push_input(out, c),
    }
}

/// Undoes [`push_protected`] and [`push_input`]: the text as written, entity codes decoded.
fn unprotect(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        let u = c as u32;
        if c == ESCAPE {
            if let Some(n) = chars.next() {
                out.push(char::from_u32((n as u32).wrapping_sub(SHIFT)).unwrap_or(n));
            }
        } else if (0xE000..0xE000 + PROTECT.len() as u32).contains(&u) {
            out.push(PROTECT[(u - 0xE000) as usize]);
        } else {
            out.push(c);
        }
    }
    out
}

/// The character of a named entity code (`#colon;`), for the few names Mermaid's users write.
fn named_entity(name: &str) -> Option<char> {
    Some(match name.to_ascii_lowercase().as_str() {
        "quot" => '"',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "colon" => ':',
        "semi" => ';',
        "comma" => ',',
        "num" | "hash" => '#',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => return None,
    })
}

/// A statement: its text (entities decoded, syntax characters from entities protected)
/// and the 1-based column where it starts.
struct Stmt {
    text: String,
    column: u32,
}

/// Splits one line into statements at `;`, dropping `#` and `%%` comments.
fn statements(line: &str) -> Vec<Stmt> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |cur: &mut String, start: usize, out: &mut Vec<Stmt>| {
        let lead = cur.chars().take_while(|c| c.is_whitespace()).count();
        let t = cur.trim();
        if !t.is_empty() {
            out.push(Stmt {
                text: t.to_string(),
                column: (start + lead + 1) as u32,
            });
        }
        cur.clear();
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            // `#123;` or `#name;` is an entity code; any other `#` starts a comment.
            let rest: String = chars[i + 1..].iter().take(12).collect();
            if let Some(end) = rest.find(';') {
                let code = &rest[..end];
                let decoded = if let Some(n) = code.strip_prefix('x').or(code.strip_prefix('X')) {
                    u32::from_str_radix(n, 16).ok().and_then(char::from_u32)
                } else if !code.is_empty() && code.chars().all(|c| c.is_ascii_digit()) {
                    code.parse::<u32>().ok().and_then(char::from_u32)
                } else if !code.is_empty() && code.chars().all(|c| c.is_ascii_alphabetic()) {
                    named_entity(code)
                } else {
                    None
                };
                if let Some(d) = decoded {
                    push_protected(&mut cur, d);
                    i += 1 + code.chars().count() + 1;
                    continue;
                }
            }
            break;
        }
        if c == '%' && chars.get(i + 1) == Some(&'%') {
            break;
        }
        if c == ';' {
            push(&mut cur, start, &mut out);
            i += 1;
            start = i;
            continue;
        }
        push_input(&mut cur, c);
        i += 1;
    }
    push(&mut cur, start, &mut out);
    out
}

/// `keyword` at the start of `s` (case-insensitive) followed by whitespace or the end:
/// the rest, trimmed.
fn keyword<'a>(s: &'a str, kw: &str) -> Option<&'a str> {
    let head = s.get(..kw.len())?;
    if !head.eq_ignore_ascii_case(kw) {
        return None;
    }
    let rest = &s[kw.len()..];
    if rest.is_empty() || rest.starts_with(char::is_whitespace) {
        Some(rest.trim())
    } else {
        None
    }
}

/// `accTitle: x` / `accDescr: x`: the value after the colon.
fn acc_value<'a>(s: &'a str, kw: &str) -> Option<&'a str> {
    let head = s.get(..kw.len())?;
    if !head.eq_ignore_ascii_case(kw) {
        return None;
    }
    s[kw.len()..].trim_start().strip_prefix(':').map(str::trim)
}

/// `<br>`, `<br/>` and `<br />` (any case) as line breaks (`\n`), as Mermaid draws them.
pub fn line_breaks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('<') {
        out.push_str(&rest[..p]);
        let tail = &rest[p..];
        let tag_end = tail.find('>').map(|e| e + 1);
        let is_br = tag_end.is_some_and(|e| {
            let inner: String = tail[1..e - 1]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            inner.eq_ignore_ascii_case("br") || inner.eq_ignore_ascii_case("br/")
        });
        match (is_br, tag_end) {
            (true, Some(e)) => {
                out.push('\n');
                rest = &tail[e..];
            }
            _ => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads a front-matter block (the lines between the `---` lines): its `title:`, with a
/// note for every other top-level key, which waymark does not use.
fn front_matter(lines: &[&str], first: u32, ctx: &mut Ctx) -> Option<String> {
    let mut title = None;
    for (n, l) in lines.iter().enumerate() {
        if l.starts_with([' ', '\t', '#']) || l.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = l.split_once(':') else {
            continue;
        };
        let key = key.trim();
        if key == "title" {
            let v = value.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(v);
            title = Some(line_breaks(v));
        } else {
            ctx.warn(
                "mermaid-ignored",
                first + n as u32,
                1,
                format!("front matter `{key}` skipped"),
                "waymark draws with its own theme; only `title:` is read from front matter",
            );
        }
    }
    title
}

/// The file being parsed, where its problems go, and how many are errors.
struct Ctx<'a> {
    file: &'a str,
    diags: &'a mut Vec<Diagnostic>,
    errors: usize,
}

impl Ctx<'_> {
    /// Records an error.
    fn error(&mut self, code: &str, line: u32, col: u32, msg: String, hint: &str) {
        self.errors += 1;
        self.diags
            .push(Diagnostic::error(code, self.file, line, col, msg).with_hint(hint));
    }
    /// Records a warning.
    fn warn(&mut self, code: &str, line: u32, col: u32, msg: String, hint: &str) {
        self.diags.push(
            Diagnostic::error(code, self.file, line, col, msg)
                .warning()
                .with_hint(hint),
        );
    }
}

/// Parses the text of one diagram. `first_line` is the file line of the text's first line
/// (1 for a `.mmd` file; the line after the fence for a Markdown block). Problems are
/// appended to `diags` with `file`, line and column.
pub fn parse(text: &str, file: &str, first_line: u32, diags: &mut Vec<Diagnostic>) -> Outcome {
    let mut p = Parser {
        ctx: Ctx {
            file,
            diags,
            errors: 0,
        },
        lines: text.lines().collect(),
        first_line,
        i: 0,
        front_title: None,
        body: None,
    };
    if !p.read_front_matter() {
        return Outcome::Invalid;
    }
    while let Some(&raw) = p.lines.get(p.i) {
        let line = p.lno(p.i);
        p.i += 1;
        if p.body.as_mut().is_some_and(|b| b.descr_line(raw)) || p.directive(raw, line) {
            continue;
        }
        if let Some(outcome) = p.line(raw, line) {
            return outcome;
        }
    }
    p.finish()
}

/// The state of [`parse`] while it reads a diagram's lines.
struct Parser<'a> {
    ctx: Ctx<'a>,
    lines: Vec<&'a str>,
    /// The file line of `lines[0]`.
    first_line: u32,
    /// The index of the next line to read.
    i: usize,
    /// The title from front matter, until the `journey` line takes it.
    front_title: Option<String>,
    /// The diagram after its `journey` line; `None` before it.
    body: Option<Body>,
}

impl Parser<'_> {
    /// The file line of `lines[i]`.
    fn lno(&self, i: usize) -> u32 {
        self.first_line + i as u32
    }

    /// Skips blank lines and reads front matter (`---` … `---`) before the diagram;
    /// `false`, with an error, when the front matter is not closed.
    fn read_front_matter(&mut self) -> bool {
        let lines = &self.lines;
        let mut i = self.i;
        while i < lines.len() && lines[i].trim().is_empty() {
            i += 1;
        }
        if i < lines.len() && lines[i].trim() == "---" {
            let start = i;
            i += 1;
            while i < lines.len() && lines[i].trim() != "---" {
                i += 1;
            }
            if i == lines.len() {
                let line = self.lno(start);
                self.ctx.error(
                    "mermaid-syntax",
                    line,
                    1,
                    "front matter is not closed".into(),
                    "end the front matter with a `---` line before `journey`",
                );
                return false;
            }
            let first = self.lno(start + 1);
            self.front_title = front_matter(&self.lines[start + 1..i], first, &mut self.ctx);
            i += 1;
        }
        self.i = i;
        true
    }

    /// Skips a `%%{init: …}%%` directive starting at `raw` (line `line`), with a note, and
    /// the lines it spans; `false` when `raw` is no directive.
    fn directive(&mut self, raw: &str, line: u32) -> bool {
        let trimmed = raw.trim_start();
        if !trimmed.starts_with("%%{") {
            return false;
        }
        self.ctx.warn(
            "mermaid-ignored",
            line,
            (raw.len() - trimmed.len() + 1) as u32,
            "directive ignored".into(),
            "`%%{init: …}%%` sets Mermaid's theme; waymark draws with its own",
        );
        // A directive may span lines until `}%%`.
        if !trimmed.contains("}%%") {
            while self.i < self.lines.len() && !self.lines[self.i - 1].contains("}%%") {
                self.i += 1;
            }
        }
        true
    }

    /// Reads the statements of line `line` (text `raw`); an outcome when the text turns
    /// out not to be a journey.
    fn line(&mut self, raw: &str, line: u32) -> Option<Outcome> {
        for stmt in statements(raw) {
            match self.body.as_mut() {
                Some(body) => {
                    if !body.statement(&mut self.ctx, &stmt, raw, line) {
                        break;
                    }
                }
                None => {
                    if let Some(outcome) = self.header(&stmt, line) {
                        return Some(outcome);
                    }
                }
            }
        }
        None
    }

    /// A statement before the `journey` line: `journey` starts the body; anything else
    /// makes the text another kind of diagram or an invalid one.
    fn header(&mut self, stmt: &Stmt, line: u32) -> Option<Outcome> {
        let (s, col) = (stmt.text.as_str(), stmt.column);
        if let Some(rest) = keyword(s, "journey") {
            self.body = Some(Body {
                journey: MermaidJourney {
                    line,
                    title: self.front_title.take(),
                    ..Default::default()
                },
                current: None,
                descr: None,
            });
            if !rest.is_empty() {
                self.ctx.warn(
                    "mermaid-syntax",
                    line,
                    col,
                    format!("text after `journey` ignored: `{}`", unprotect(rest)),
                    "put `title …` on its own line",
                );
            }
            return None;
        }
        // A short first word without a `:` names another kind of diagram (`flowchart LR`).
        let word: String = s
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        if !word.is_empty() && s.split_whitespace().count() <= 3 && !s.contains(':') {
            return Some(Outcome::OtherKind(word));
        }
        self.ctx.error(
            "mermaid-syntax",
            line,
            col,
            format!("expected `journey`, found `{}`", unprotect(s)),
            "a Mermaid journey starts with the line `journey`",
        );
        Some(Outcome::Invalid)
    }

    /// The outcome once every line is read: errors for an `accDescr {` left open and for
    /// a text without a `journey` line.
    fn finish(self) -> Outcome {
        let Parser {
            mut ctx,
            first_line,
            body,
            ..
        } = self;
        if let Some((_, start)) = body.as_ref().and_then(|b| b.descr.as_ref()) {
            ctx.error(
                "mermaid-syntax",
                *start,
                1,
                "`accDescr {` is not closed".into(),
                "end the description with `}`",
            );
        }
        match body {
            None => {
                ctx.error(
                    "mermaid-syntax",
                    first_line,
                    1,
                    "no `journey` line".into(),
                    "a Mermaid journey starts with the line `journey`",
                );
                Outcome::Invalid
            }
            Some(_) if ctx.errors > 0 => Outcome::Invalid,
            Some(b) => Outcome::Journey(b.journey),
        }
    }
}

/// A diagram after its `journey` line: the journey so far and where the reading is.
struct Body {
    journey: MermaidJourney,
    /// The index of the current section.
    current: Option<usize>,
    /// A multi-line `accDescr { … }` being read: its text so far and its first line.
    descr: Option<(String, u32)>,
}

impl Body {
    /// While a multi-line `accDescr {` is open: adds `raw` to it, or ends it at `}`;
    /// `false` when none is open.
    fn descr_line(&mut self, raw: &str) -> bool {
        let Some((mut acc, start)) = self.descr.take() else {
            return false;
        };
        if let Some(end) = raw.find('}') {
            acc.push_str(raw[..end].trim());
            self.journey.acc_descr = Some(acc.trim().to_string());
        } else {
            acc.push_str(raw.trim());
            acc.push('\n');
            self.descr = Some((acc, start));
        }
        true
    }

    /// Reads one statement of line `line` (text `raw`); `false` when it opens a multi-line
    /// `accDescr {`, which takes the rest of the line.
    fn statement(&mut self, ctx: &mut Ctx, stmt: &Stmt, raw: &str, line: u32) -> bool {
        let (s, col) = (stmt.text.as_str(), stmt.column);
        let j = &mut self.journey;
        if let Some(rest) = keyword(s, "title") {
            j.title = Some(line_breaks(&unprotect(rest)));
        } else if let Some(v) = acc_value(s, "accTitle") {
            j.acc_title = Some(unprotect(v));
        } else if let Some(v) = acc_value(s, "accDescr") {
            j.acc_descr = Some(unprotect(v));
        } else if s
            .get(..8)
            .is_some_and(|h| h.eq_ignore_ascii_case("accDescr"))
            && s[8..].trim_start().starts_with('{')
        {
            return self.descr_block(s, raw, line);
        } else if let Some(rest) = keyword(s, "section") {
            self.section(ctx, rest, line, col);
        } else if keyword(s, "journey").is_some() {
            ctx.warn(
                "mermaid-syntax",
                line,
                col,
                "a second `journey` line ignored".into(),
                "one diagram holds one journey",
            );
        } else if let Some(task) = parse_task(s, line, col, ctx) {
            self.add_task(task);
        }
        true
    }

    /// `accDescr { … }` in statement `s`: the description when it closes on this line;
    /// otherwise starts a multi-line one and gives `false` (the rest of the line is in it).
    fn descr_block(&mut self, s: &str, raw: &str, line: u32) -> bool {
        let after = s[8..].trim_start()[1..].to_string();
        if let Some(end) = after.find('}') {
            self.journey.acc_descr = Some(unprotect(after[..end].trim()));
            return true;
        }
        // The rest of the line was cut at `;`/`#` by the splitter: read the raw line
        // instead.
        let raw_after = raw
            .find('{')
            .map(|p| raw[p + 1..].trim().to_string())
            .unwrap_or_default();
        let mut acc = raw_after;
        if !acc.is_empty() {
            acc.push('\n');
        }
        self.descr = Some((acc, line));
        false
    }

    /// `section NAME` (`rest` is the name): starts a section; text after a `:` is ignored
    /// with a warning, a missing name is an error.
    fn section(&mut self, ctx: &mut Ctx, rest: &str, line: u32, col: u32) {
        let (name, extra) = match rest.find(':') {
            Some(p) => (&rest[..p], Some(&rest[p..])),
            None => (rest, None),
        };
        if let Some(extra) = extra {
            ctx.warn(
                "mermaid-syntax",
                line,
                col,
                format!(
                    "text after the section name ignored: `{}`",
                    unprotect(extra)
                ),
                "a section line holds only its name; write tasks on the lines below",
            );
        }
        let name = line_breaks(&unprotect(name.trim()));
        if name.is_empty() {
            ctx.error(
                "mermaid-syntax",
                line,
                col,
                "section without a name".into(),
                "write `section Name`",
            );
            return;
        }
        let sections = &mut self.journey.sections;
        sections.push(Section {
            name: Some(name),
            tasks: Vec::new(),
        });
        self.current = Some(sections.len() - 1);
    }

    /// Adds `task` to the current section; tasks before any `section` go into a first
    /// section without a name.
    fn add_task(&mut self, task: Task) {
        let sections = &mut self.journey.sections;
        let idx = match self.current {
            Some(idx) => idx,
            None => {
                sections.push(Section::default());
                self.current = Some(sections.len() - 1);
                sections.len() - 1
            }
        };
        sections[idx].tasks.push(task);
    }
}

/// A task statement `Name: score: actors[: notes]` at `line`, `col`; `None`, with an
/// error, when it has no `:` or no name. An odd score and notes are warnings.
fn parse_task(s: &str, line: u32, col: u32, ctx: &mut Ctx) -> Option<Task> {
    let Some(colon) = s.find(':') else {
        ctx.error(
            "mermaid-syntax",
            line,
            col,
            format!("`{}` is not a task: it has no score", unprotect(s)),
            "write a task as `Task name: 5: Actor, Actor` (score 1 to 5), or `section Name`",
        );
        return None;
    };
    let name = line_breaks(&unprotect(s[..colon].trim()));
    if name.is_empty() {
        ctx.error(
            "mermaid-syntax",
            line,
            col,
            "task without a name".into(),
            "write a task as `Task name: 5: Actor`",
        );
        return None;
    }
    let data = &s[colon + 1..];
    let score_col = col + s[..colon + 1].chars().count() as u32;
    let mut pieces = data.split(':');
    let score_text = unprotect(pieces.next().unwrap_or("").trim());
    let score_col = score_col + data.chars().take_while(|c| c.is_whitespace()).count() as u32;
    let score = task_score(&score_text);
    if score.is_none() {
        ctx.warn(
            "mermaid-score",
            line,
            score_col,
            if score_text.is_empty() {
                format!("task `{name}` has no score; imported without an emotion")
            } else {
                format!(
                    "task `{name}`: score `{score_text}` is not a whole number from 1 to 5; kept as text, imported without an emotion"
                )
            },
            "the score follows the task name: `Task name: 5: Actor`, from 1 (bad) to 5 (good)",
        );
    }
    let mut actors = Vec::new();
    if let Some(people) = pieces.next() {
        for a in people.split(',') {
            let a = unprotect(a.trim());
            if !a.is_empty() && !actors.contains(&a) {
                actors.push(a);
            }
        }
    }
    let mut notes = Vec::new();
    let rest: Vec<&str> = pieces.collect();
    if !rest.is_empty() {
        let note = unprotect(rest.join(":").trim());
        if !note.is_empty() {
            ctx.warn(
                "mermaid-note",
                line,
                col,
                format!("task `{name}`: text after the actors kept as a note: `{note}`"),
                "Mermaid reads only `Task: score: actors`; waymark keeps the rest as a question or pain point",
            );
            notes.push(note);
        }
    }
    Some(Task {
        name,
        score,
        score_text,
        actors,
        notes,
        line,
    })
}

/// A score as Mermaid users mean it: a whole number from 1 to 5 (`4`, `4.0`, `+4`).
fn task_score(text: &str) -> Option<u8> {
    let v: f64 = text.trim_start_matches('+').parse().ok()?;
    (v.fract() == 0.0 && (1.0..=5.0).contains(&v)).then_some(v as u8)
}

/// A fenced ```` ```mermaid ```` block of a Markdown file.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The block's text (without the fences).
    pub text: String,
    /// File line of the block's first text line.
    pub first_line: u32,
}

/// Whether a fence's info string names a Mermaid block: `mermaid`, `mermaid-example`
/// (Mermaid's own docs), `{mermaid}` (MyST, Sphinx), `{.mermaid}` (Pandoc), any case.
fn is_mermaid_info(info: &str) -> bool {
    let lang = info
        .trim_start_matches('{')
        .trim_start_matches('.')
        .split(|c: char| c.is_whitespace() || c == '}' || c == ',')
        .next()
        .unwrap_or("");
    lang.eq_ignore_ascii_case("mermaid") || lang.eq_ignore_ascii_case("mermaid-example")
}

/// An HTML element holding a diagram, `<div class="mermaid">` or `<pre class="mermaid">`,
/// starting `line`: its closing tag (`</div>` or `</pre>`) and the text after the `>`.
fn html_open(line: &str) -> Option<(&'static str, &str)> {
    let t = line.trim_start();
    let close = if t.starts_with("<div") {
        "</div>"
    } else if t.starts_with("<pre") {
        "</pre>"
    } else {
        return None;
    };
    let end = t.find('>')?;
    let tag = &t[..end];
    let classes = tag
        .split("class=")
        .nth(1)?
        .trim_start_matches(['"', '\''])
        .split(['"', '\''])
        .next()?;
    classes
        .split_whitespace()
        .any(|c| c == "mermaid")
        .then_some((close, &t[end + 1..]))
}

/// The text of an HTML element: the few entities a diagram needs decoded.
fn html_text(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Reads a `<div class="mermaid">` block whose open tag is on line `i` (0-based) and
/// returns it with the index of its last line.
fn html_block(lines: &[&str], i: usize, close: &str, after: &str) -> (Block, usize) {
    let mut text = String::new();
    let mut first = i as u32 + 1;
    let mut j = i;
    let mut cur = after;
    loop {
        if let Some(p) = cur.find(close) {
            text.push_str(&cur[..p]);
            break;
        }
        if !cur.trim().is_empty() {
            text.push_str(cur);
            text.push('\n');
        } else if text.is_empty() {
            first = j as u32 + 2;
        }
        j += 1;
        match lines.get(j) {
            Some(l) => cur = l,
            None => break,
        }
    }
    let block = Block {
        text: html_text(&text),
        first_line: first,
    };
    (block, j.min(lines.len().saturating_sub(1)))
}

/// The Mermaid blocks of a Markdown text, in order: fenced code blocks (```` ``` ```` or
/// `~~~`) whose info string is `mermaid`, `mermaid-example` or `{mermaid}`, and HTML
/// `<div class="mermaid">` / `<pre class="mermaid">` elements.
pub fn mermaid_blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize, usize, bool, String)> = None; // fence char, len, indent, is mermaid, text
    let mut first = 0u32;
    let all: Vec<&str> = markdown.lines().collect();
    let mut skip_to = 0usize;
    for (i, line) in all.iter().copied().enumerate() {
        if i < skip_to {
            continue;
        }
        let indent = line.chars().take_while(|c| *c == ' ').count();
        let t = line.trim_start();
        match &mut open {
            None => {
                if indent > 3 {
                    continue;
                }
                if let Some((close, after)) = html_open(line) {
                    let (block, last) = html_block(&all, i, close, after);
                    out.push(block);
                    skip_to = last + 1;
                    continue;
                }
                let fc = t.chars().next().unwrap_or(' ');
                if fc != '`' && fc != '~' {
                    continue;
                }
                let n = t.chars().take_while(|c| *c == fc).count();
                if n < 3 {
                    continue;
                }
                let info = t[n..].trim();
                open = Some((fc, n, indent, is_mermaid_info(info), String::new()));
                first = i as u32 + 2;
            }
            Some((fc, n, ind, is_mermaid, text)) => {
                let close = t.chars().take_while(|c| c == fc).count();
                if indent <= 3 && close >= *n && t[close * fc.len_utf8()..].trim().is_empty() {
                    if *is_mermaid {
                        out.push(Block {
                            text: std::mem::take(text),
                            first_line: first,
                        });
                    }
                    open = None;
                } else {
                    // Remove up to the fence's indentation from content lines.
                    let strip = line.chars().take(*ind).take_while(|c| *c == ' ').count();
                    text.push_str(&line[strip..]);
                    text.push('\n');
                }
            }
        }
    }
    if let Some((_, _, _, true, text)) = open {
        out.push(Block {
            text,
            first_line: first,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> (MermaidJourney, Vec<Diagnostic>) {
        let mut d = Vec::new();
        match parse(text, "t.mmd", 1, &mut d) {
            Outcome::Journey(j) => (j, d),
            other => panic!("{other:?} {d:?}"),
        }
    }

    #[test]
    fn private_use_characters_in_the_input_stay_as_written() {
        let input = "journey\n  section A\u{E000}B\n    T\u{E001}\u{E002}\u{E003}\u{E004}\u{E014}: 3: Me\u{E003}You\n";
        let (j, _) = ok(input);
        assert_eq!(j.sections[0].name.as_deref(), Some("A\u{E000}B"));
        let t = &j.sections[0].tasks[0];
        assert_eq!(t.name, "T\u{E001}\u{E002}\u{E003}\u{E004}\u{E014}");
        assert_eq!(t.actors, vec!["Me\u{E003}You".to_string()]);
        let (j, _) = ok("journey\n  section S\n    A#57344;B: 3: Me\n");
        assert_eq!(j.sections[0].tasks[0].name, "A\u{E000}B");
    }

    #[test]
    fn the_documented_example() {
        let (j, d) = ok(
            "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me\n    Do work: 1: Me, Cat\n  section Go home\n    Go downstairs: 5: Me\n    Sit down: 5: Me\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(j.title.as_deref(), Some("My working day"));
        assert_eq!(j.sections.len(), 2);
        assert_eq!(j.sections[0].tasks[2].actors, ["Me", "Cat"]);
        assert_eq!(j.sections[0].tasks[2].score, Some(1));
        assert_eq!(j.sections[1].tasks[0].line, 8);
    }

    #[test]
    fn keywords_comments_separators_entities() {
        let (j, d) = ok(
            "JOURNEY\nTitle Day #1 # comment\n%% a comment\nSECTION A; Task one: 4: Me %% trailing\nTask#58; two: 2: Me#44; you\naccTitle: Acc\naccDescr {\n  line one\n  line two\n}\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(j.title.as_deref(), Some("Day"));
        assert_eq!(j.sections[0].tasks[0].name, "Task one");
        assert_eq!(j.sections[0].tasks[1].name, "Task: two");
        assert_eq!(j.sections[0].tasks[1].actors, ["Me, you"]);
        assert_eq!(j.acc_title.as_deref(), Some("Acc"));
        assert_eq!(j.acc_descr.as_deref(), Some("line one\nline two"));
    }

    #[test]
    fn lenient_parts() {
        let (j, d) = ok(
            "---\ntitle: Front title\nconfig:\n  theme: dark\n---\n%%{init: {'theme':'dark'}}%%\njourney\nNo section: 7: Me\nFree: 0\nNote: 2: Me, the form was far too long to fill in.\nOdd: 3: Me: but why?\n",
        );
        let codes: Vec<(&str, u32)> = d.iter().map(|d| (d.code.as_str(), d.line)).collect();
        assert_eq!(
            codes,
            [
                ("mermaid-ignored", 3),
                ("mermaid-ignored", 6),
                ("mermaid-score", 8),
                ("mermaid-score", 9),
                ("mermaid-note", 11),
            ]
        );
        assert!(d.iter().all(|d| !d.is_error()));
        assert_eq!(d[2].column, 13);
        assert_eq!(j.title.as_deref(), Some("Front title"));
        assert_eq!(j.sections.len(), 1);
        assert_eq!(j.sections[0].name, None);
        let t = &j.sections[0].tasks;
        assert_eq!((t[0].score, t[0].score_text.as_str()), (None, "7"));
        assert_eq!((t[1].score, t[1].score_text.as_str()), (None, "0"));
        assert!(t[1].actors.is_empty());
        assert_eq!(t[2].actors, ["Me", "the form was far too long to fill in."]);
        assert_eq!(t[3].notes, ["but why?"]);
    }

    #[test]
    fn line_breaks_and_scores() {
        assert_eq!(
            line_breaks("One<br>Two<BR/>Three<br />4 <b>"),
            "One\nTwo\nThree\n4 <b>"
        );
        assert_eq!(task_score("4"), Some(4));
        assert_eq!(task_score("+5"), Some(5));
        assert_eq!(task_score("3.0"), Some(3));
        for bad in ["3.5", "0", "6", "2rem", "", "NaN", "inf"] {
            assert_eq!(task_score(bad), None, "{bad}");
        }
        let (j, d) = ok("journey\ntitle A<br>B\nsection One<br>Two\nX<br/>Y: 5: Me\n");
        assert!(d.is_empty());
        assert_eq!(j.title.as_deref(), Some("A\nB"));
        assert_eq!(j.sections[0].name.as_deref(), Some("One\nTwo"));
        assert_eq!(j.sections[0].tasks[0].name, "X\nY");
    }

    #[test]
    fn errors_are_located() {
        let mut d = Vec::new();
        let o = parse(
            "journey\n  section A\n  Make tea\n  Pay: lots: Me\n",
            "x.mmd",
            10,
            &mut d,
        );
        assert!(matches!(o, Outcome::Invalid));
        assert_eq!((d[0].line, d[0].column), (12, 3));
        assert!(d[0].is_error());
        // A score that is not a number is a located warning, not an error.
        assert_eq!((d[1].line, d[1].column), (13, 8));
        assert!(!d[1].is_error());
        assert!(d[1].hint.is_some());
        let mut d = Vec::new();
        assert!(
            matches!(parse("flowchart LR\n A-->B\n", "x.md", 1, &mut d), Outcome::OtherKind(k) if k == "flowchart")
        );
    }

    #[test]
    fn blocks_in_markdown() {
        let md = "# Hi\n\n```mermaid\njourney\n  A: 5: Me\n```\n\n~~~ Mermaid\nflowchart\n~~~\n\n```rust\nfn x() {}\n```\n";
        let b = mermaid_blocks(md);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].first_line, 4);
        assert_eq!(b[0].text, "journey\n  A: 5: Me\n");
        assert_eq!(b[1].text, "flowchart\n");
    }

    #[test]
    fn every_fence_and_html_block_that_holds_mermaid() {
        let md = "```mermaid-example\njourney\n  A: 5: Me\n```\n```{mermaid}\njourney\n```\n~~~{.mermaid}\njourney\n~~~\n<div class=\"mermaid\">\njourney\n  B: 1: A &amp; B\n</div>\n<pre class=\"mermaid big\">journey\n  C: 2: Me</pre>\n<div class=\"note\">journey</div>\n";
        let b = mermaid_blocks(md);
        let firsts: Vec<u32> = b.iter().map(|b| b.first_line).collect();
        assert_eq!(firsts, [2, 6, 9, 12, 15]);
        assert_eq!(b[3].text, "journey\n  B: 1: A & B\n");
        assert_eq!(b[4].text, "journey\n  C: 2: Me");
    }
}
