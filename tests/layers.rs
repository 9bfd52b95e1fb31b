//! The pipeline only flows down: no module of `src/` names (`crate::x…`) a module of a
//! later layer. The layers are the table in the module docs of `src/lib.rs`, read from
//! there so that the docs and this check cannot disagree. Comments, strings and
//! `#[cfg(test)]` items (unit tests may build fixtures with the whole crate) are skipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Module name → layer number, from the rows `//! | N | name | [`m`], … | … |` of lib.rs.
fn layers(lib: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for row in lib.lines().filter_map(|l| l.strip_prefix("//! |")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let Some(n) = cells.first().and_then(|c| c.parse::<usize>().ok()) else {
            continue;
        };
        for m in cells[2].split(',') {
            // `[`name`]` or `[`name`](mod@name)`: the name between the backticks.
            let name = m.split('`').nth(1).unwrap_or(m.trim());
            assert!(
                out.insert(name.to_string(), n).is_none(),
                "src/lib.rs: module `{name}` is in two layers"
            );
        }
    }
    out
}

/// `text` with comments, string and char literals blanked to spaces (newlines kept, so
/// offsets and line numbers stay those of the file).
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"//") {
            let end = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            // Block comments nest in Rust.
            let (mut depth, mut j) = (0usize, i);
            while j < b.len() {
                if b[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if b[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if let Some(end) = raw_string_end(b, i) {
            blank(&mut out, i, end);
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A char literal ('x', '\n', '\u{1F600}'); else a lifetime, left alone.
            let close = if b.get(i + 1) == Some(&b'\\') {
                b[i + 2..]
                    .iter()
                    .position(|&c| c == b'\'')
                    .map(|p| i + 2 + p)
            } else {
                let len = text[i + 1..].chars().next().map_or(1, char::len_utf8);
                (b.get(i + 1 + len) == Some(&b'\'')).then_some(i + 1 + len)
            };
            match close {
                Some(c) => {
                    blank(&mut out, i, c + 1);
                    i = c + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8(out).expect("only ASCII was replaced")
}

/// The end of a raw string literal (`r"…"`, `r#"…"#`, `br"…"`) that starts at `i`.
fn raw_string_end(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        return None;
    }
    let mut j = i;
    if b.get(j) == Some(&b'b') {
        j += 1;
    }
    if b.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let hashes = b[j..].iter().take_while(|&&c| c == b'#').count();
    j += hashes;
    if b.get(j) != Some(&b'"') {
        return None;
    }
    let mut close = vec![b'"'];
    close.extend(std::iter::repeat_n(b'#', hashes));
    let body = j + 1;
    b[body..]
        .windows(close.len())
        .position(|w| w == close.as_slice())
        .map(|p| body + p + close.len())
}

/// `code` with each `#[cfg(test)]` item blanked: up to its `;`, or its `{ … }` block.
fn without_test_items(code: &str) -> String {
    let mut out = code.as_bytes().to_vec();
    let mut from = 0;
    while let Some(p) = code[from..].find("#[cfg(test)]") {
        let start = from + p;
        let mut j = start + "#[cfg(test)]".len();
        let b = code.as_bytes();
        while j < b.len() && b[j] != b'{' && b[j] != b';' {
            j += 1;
        }
        if j < b.len() && b[j] == b'{' {
            let mut depth = 0usize;
            while j < b.len() {
                match b[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        let end = (j + 1).min(b.len());
        for c in &mut out[start..end] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
        from = end;
    }
    String::from_utf8(out).expect("only ASCII was replaced")
}

/// Every module a `crate::` path at each offset of `code` names: `crate::x…` gives `x`,
/// `crate::{x::…, y}` gives `x` and `y` (nested groups are inside a module already).
fn crate_paths(code: &str) -> Vec<(usize, String, String)> {
    let b = code.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = code[from..].find("crate") {
        let at = from + p;
        from = at + 5;
        if (at > 0 && (ident(b[at - 1]) || b[at - 1] == b'$'))
            || b.get(at + 5).is_some_and(|&c| ident(c))
        {
            continue;
        }
        let rest = code[at + 5..].trim_start();
        let Some(rest) = rest.strip_prefix("::") else {
            continue;
        };
        let rest = rest.trim_start();
        let line_end = code[at..].find('\n').map_or(code.len(), |e| at + e);
        let shown = code[at..line_end].trim().to_string();
        if let Some(group) = rest.strip_prefix('{') {
            let (mut depth, mut name, mut top) = (0usize, String::new(), true);
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        top = true;
                        continue;
                    }
                    _ => {}
                }
                if top && depth == 0 && (c.is_alphanumeric() || c == '_') {
                    name.push(c);
                } else if !name.is_empty() {
                    out.push((at, std::mem::take(&mut name), shown.clone()));
                    top = false;
                } else if !c.is_whitespace() {
                    top = false;
                }
            }
            if !name.is_empty() {
                out.push((at, name, shown));
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push((at, name, shown));
        }
    }
    out
}

/// The top-level module a file of `src/` belongs to (`src/render/pages.rs` → `render`).
fn module_of(rel: &Path) -> String {
    let first = rel.components().next().expect("a path below src");
    let first = first.as_os_str().to_string_lossy();
    first.strip_suffix(".rs").unwrap_or(&first).to_string()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_uses_a_later_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    let layer = layers(&lib);
    assert!(layer.len() > 5, "no layer table found in src/lib.rs");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(&src).expect("below src");
        let module = module_of(rel);
        // The crate root and the binary sit above every layer.
        if module == "lib" || module == "main" {
            continue;
        }
        let Some(&own) = layer.get(&module) else {
            problems.push(format!(
                "src/{}: module `{module}` is in no layer of the table in src/lib.rs",
                rel.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(path).expect("a source file");
        let code = without_test_items(&code_only(&text));
        for (at, used, shown) in crate_paths(&code) {
            if used == module || used == "self" || used == "super" {
                continue;
            }
            let line = code[..at].matches('\n').count() + 1;
            match layer.get(&used) {
                Some(&theirs) if theirs <= own => {}
                Some(&theirs) => problems.push(format!(
                    "src/{}:{line}: `{shown}`: {module} (layer {own}) uses {used} (layer {theirs}), a later layer",
                    rel.display()
                )),
                None => problems.push(format!(
                    "src/{}:{line}: `{shown}`: `{used}` is in no layer of the table in src/lib.rs",
                    rel.display()
                )),
            }
        }
    }
    // Every module the crate declares has a layer.
    for m in lib.lines().filter_map(|l| l.strip_prefix("pub mod ")) {
        let m = m.trim_end_matches(';');
        if !layer.contains_key(m) {
            problems.push(format!(
                "src/lib.rs: `pub mod {m}` is in no layer of the table"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "imports that go up the pipeline:\n{}",
        problems.join("\n")
    );
}

/// The scanner finds what it must and nothing in comments, strings or test items.
#[test]
fn the_scanner_reads_paths_not_text() {
    let text = r##"
use crate::{model::Site, views::{health, plan}, base};
// crate::export in a comment
/* crate::render /* nested */ crate::serve */
let s = "crate::pipeline";
let r = r#"crate::pipeline "quoted""#;
let c = '"'; let l: &'static str = x;
fn f() { crate::diagram::journey_diagram(); }
#[cfg(test)]
mod tests { use crate::pipeline; }
"##;
    let code = without_test_items(&code_only(text));
    let found: Vec<String> = crate_paths(&code).into_iter().map(|(_, m, _)| m).collect();
    assert_eq!(found, ["model", "views", "base", "diagram"], "{code}");
    assert_eq!(code.len(), text.len());
}
