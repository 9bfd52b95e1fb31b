//! Kebab-case ids from names: `Go to work` → `go-to-work`, `Café Zürich` → `cafe-zurich`,
//! `患者` → `huan-zhe`.
//!
//! Letters outside ASCII are transliterated with the `deunicode` crate (accented Latin to
//! its letters, `ß` → `ss`, Chinese to pinyin, Japanese kana to romaji, Cyrillic and Greek
//! to Latin, an emoji to its name); what has no transliteration is dropped, so a name made
//! only of such characters gives an empty slug and the caller picks a fallback
//! (`persona-1`).

/// The kebab-case slug of `name`; empty when nothing in it transliterates to ASCII letters
/// or digits.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    // `<br>` is a line break in Mermaid labels, not a word.
    let name = name
        .replace("<br>", " ")
        .replace("<br/>", " ")
        .replace("<br />", " ");
    for c in name.chars() {
        let folded: &str = if c.is_ascii() {
            ""
        } else {
            deunicode::deunicode_char(c).unwrap_or("")
        };
        let mut one = [0u8; 4];
        let piece: &str = if c.is_ascii() {
            c.encode_utf8(&mut one)
        } else {
            folded
        };
        for f in piece.chars() {
            if !f.is_ascii_alphanumeric() {
                pending_dash = !out.is_empty();
                continue;
            }
            if pending_dash {
                out.push('-');
                pending_dash = false;
            }
            out.push(f.to_ascii_lowercase());
        }
        if piece.is_empty() {
            pending_dash = !out.is_empty();
        }
    }
    // Keep ids short enough for file names and URLs.
    if out.len() > 60 {
        let cut = out[..60].rfind('-').unwrap_or(60);
        out.truncate(cut);
    }
    out
}

/// `slugify(name)`, or `fallback-N` (the first N from 1 not `taken`) when that is empty;
/// a taken slug gets `-2`, `-3`, … appended.
pub fn unique_slug(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = slugify(name);
    if base.is_empty() {
        let mut n = 1;
        loop {
            let id = format!("{fallback}-{n}");
            if !taken(&id) {
                return id;
            }
            n += 1;
        }
    }
    if !taken(&base) {
        return base;
    }
    let mut n = 2;
    loop {
        let id = format!("{base}-{n}");
        if !taken(&id) {
            return id;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::values::is_kebab_case;

    #[test]
    fn slugs() {
        assert_eq!(slugify("Go to work"), "go-to-work");
        assert_eq!(slugify("  Café Zürich — Straße "), "cafe-zurich-strasse");
        assert_eq!(slugify("Ødegård & Æsir"), "odegard-aesir");
        assert_eq!(slugify("Call<br>back"), "call-back");
        assert_eq!(slugify("患者"), "huan-zhe");
        assert_eq!(slugify("患者 2"), "huan-zhe-2");
        assert_eq!(slugify("Пациент"), "patsient");
        assert_eq!(slugify("\u{E000}\u{E001}"), "");
        assert_eq!(slugify("ÉCOLE"), "ecole");
        for s in ["Go to work", "Café", "a--b", "__x__", "R&D 2026 (Q1)"] {
            assert!(is_kebab_case(&slugify(s)), "{s}");
        }
    }

    #[test]
    fn unique() {
        let taken = |s: &str| s == "me" || s == "persona-1";
        assert_eq!(unique_slug("Me", "persona", taken), "me-2");
        assert_eq!(unique_slug("患者", "persona", taken), "huan-zhe");
        assert_eq!(unique_slug("\u{E000}", "persona", taken), "persona-2");
        assert_eq!(unique_slug("Cat", "persona", taken), "cat");
    }
}
