//! The `missing-glyphs` lint: text that no font on this machine can draw.
//!
//! The diagrams, PNGs and the deck draw labels with Inter and the fallback faces of
//! [`crate::fonts`]; a character none of them covers would come out as an empty box. This
//! check scans what the diagrams draw from (a journey's or persona's front matter, a YAML
//! file), one warning per line, naming the characters and their script. The Markdown body
//! is left out: pages show it in the reader's browser, with the reader's fonts.

use crate::diagnostic::Diagnostic;
use crate::fonts;

/// Characters reported per line at most (the rest are counted).
const SHOWN: usize = 8;

/// The `missing-glyphs` warnings of the file `file` whose text is `text` (`.md`: only its
/// front matter; any other file whole). Lines and columns are 1-based, columns in
/// characters. Linear in the text: ASCII never needs a font lookup, and each other
/// character is looked up once per process.
pub fn missing_glyphs(file: &str, text: &str) -> Vec<Diagnostic> {
    let markdown = file.ends_with(".md");
    let mut out = Vec::new();
    let mut fences = 0;
    for (i, line) in text.lines().enumerate() {
        if markdown {
            if line.trim_end() == "---" {
                fences += 1;
                if fences == 2 {
                    break;
                }
                continue;
            }
            if fences == 0 {
                break;
            }
        }
        if line.is_ascii() {
            continue;
        }
        let missing = fonts::missing(line);
        let Some(first) = missing.first() else {
            continue;
        };
        let column = line.chars().position(|c| c == *first).unwrap_or(0) + 1;
        let mut scripts: Vec<&str> = missing.iter().map(|c| fonts::script_name(*c)).collect();
        scripts.dedup();
        let shown: Vec<String> = missing
            .iter()
            .take(SHOWN)
            .map(|c| format!("{c} (U+{:04X})", *c as u32))
            .collect();
        let more = missing.len().saturating_sub(SHOWN);
        let mut message = format!(
            "no font on this machine draws {} ({}): {}",
            if missing.len() == 1 {
                "this character"
            } else {
                "these characters"
            },
            scripts.join(", "),
            shown.join(", ")
        );
        if more > 0 {
            message.push_str(&format!(" and {more} more"));
        }
        out.push(
            Diagnostic::error(
                "missing-glyphs",
                file,
                u32::try_from(i + 1).unwrap_or(u32::MAX),
                u32::try_from(column).unwrap_or(u32::MAX),
                message,
            )
            .warning()
            .with_hint(
                "the PNG and PDF would draw empty boxes; install a font for this script \
                 (on Debian: fonts-noto-core, fonts-noto-cjk), point WAYMARK_FONT_DIRS at a \
                 folder of fonts, or reword",
            ),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_the_markdown_body_are_never_scanned() {
        let text = "---\ntitle: Café Ωμέγα\n---\nBody \u{E000}\n";
        assert!(missing_glyphs("content/journeys/a.md", text).is_empty());
    }

    #[test]
    fn a_private_use_character_is_located() {
        let text = "---\ntitle: Plan \u{10FFFD} B\n---\n";
        let d = missing_glyphs("content/journeys/a.md", text);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].line, d[0].column), (2, 13));
        assert!(d[0].message.contains("U+10FFFD"), "{}", d[0].message);
        assert!(d[0].message.contains("private use"), "{}", d[0].message);
    }
}
