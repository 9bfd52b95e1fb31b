//! Reading one file: UTF-8 decoding, empty files and YAML front matter.

// Errors are diagnostics, made once per bad file: their size does not matter.
#![allow(clippy::result_large_err)]

use crate::diagnostic::Diagnostic;

/// A file's YAML and Markdown parts.
#[derive(Debug, Clone)]
pub(super) struct Split<'a> {
    /// The YAML text (front matter, or the whole file for `.yaml`).
    pub yaml: &'a str,
    /// Lines before the YAML starts in the real file (1 for front matter after `---`).
    pub line_offset: u32,
    /// The Markdown body after the closing `---` (empty for `.yaml`).
    pub body: &'a str,
}

/// Decodes `bytes` as UTF-8 (a leading byte-order mark is dropped), or says where it is not.
pub fn decode(file: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.remove(0);
            }
            Ok(s)
        }
        Err(e) => {
            let bytes = e.as_bytes();
            let good = &bytes[..e.utf8_error().valid_up_to()];
            // `good` is valid UTF-8 by construction.
            let prefix = std::str::from_utf8(good).unwrap_or_default();
            let line = prefix.matches('\n').count() as u32 + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
            Err(Diagnostic::error(
                "not-utf8",
                file,
                line,
                column,
                format!(
                    "file is not valid UTF-8 (byte 0x{:02X} at offset {})",
                    bytes[good.len()],
                    good.len()
                ),
            )
            .with_hint("save the file as UTF-8 (most editors: \"Save with encoding\" → UTF-8)"))
        }
    }
}

/// Checks that a file has content.
pub(super) fn non_empty(file: &str, text: &str) -> Result<(), Diagnostic> {
    if text.trim().is_empty() {
        Err(Diagnostic::error("empty-file", file, 1, 1, "file is empty").with_hint(
            "write the YAML for this item, or delete the file (`waymark init` shows a complete example)",
        ))
    } else {
        Ok(())
    }
}

/// Splits `---` front matter from a Markdown file.
pub(super) fn split_front_matter<'a>(file: &str, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or_default();
    if first.trim_end() != "---" {
        return Err(Diagnostic::error(
            "missing-front-matter",
            file,
            1,
            1,
            "file does not start with YAML front matter",
        )
        .with_hint("start the file with a line `---`, the YAML fields, then another `---` line"));
    }
    let yaml_start = first.len();
    let mut pos = yaml_start;
    for (i, line) in lines.enumerate() {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return Ok(Split {
                yaml: &text[yaml_start..pos],
                line_offset: 1,
                body: &text[pos + line.len()..],
            });
        }
        pos += line.len();
        let _ = i;
    }
    Err(Diagnostic::error(
        "unterminated-front-matter",
        file,
        1,
        1,
        "front matter opened here is never closed",
    )
    .with_hint("add a line `---` after the last YAML field, before the Markdown text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let s = split_front_matter("a.md", "---\ntitle: x\n---\n# Hi\n").unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "# Hi\n");
        assert_eq!(s.line_offset, 1);
    }

    #[test]
    fn unterminated_is_an_error() {
        let e = split_front_matter("a.md", "---\ntitle: x\n# Hi\n").unwrap_err();
        assert_eq!(e.code, "unterminated-front-matter");
    }

    #[test]
    fn locates_bad_utf8() {
        let e = decode("a.md", b"ab\ncd\xff".to_vec()).unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
    }
}
