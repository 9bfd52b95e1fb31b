//! Kebab-case ids from names: `Go to work` → `go-to-work`, `Café Zürich` → `cafe-zurich`.
//!
//! Latin letters with accents are folded to ASCII (`é` → `e`, `ß` → `ss`, `Ø` → `o`);
//! other scripts (CJK, Cyrillic, emoji) are dropped, so a name written only in them gives
//! an empty slug and the caller picks a fallback (`persona-1`).

/// The kebab-case slug of `name`; empty when nothing in it folds to ASCII.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    // `<br>` is a line break in Mermaid labels, not a word.
    let name = name
        .replace("<br>", " ")
        .replace("<br/>", " ")
        .replace("<br />", " ");
    for c in name.chars() {
        let folded: String = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase().to_string()
        } else if let Some(s) = fold(c) {
            s.to_string()
        } else {
            String::new()
        };
        if folded.is_empty() {
            pending_dash = !out.is_empty();
            continue;
        }
        if pending_dash {
            out.push('-');
            pending_dash = false;
        }
        out.push_str(&folded);
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

/// Lowercase ASCII for a Latin letter with a diacritic (Latin-1 and Latin Extended-A).
fn fold(c: char) -> Option<&'static str> {
    let lower: Vec<char> = c.to_lowercase().collect();
    let c = if lower.len() == 1 { lower[0] } else { c };
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::is_kebab_case;

    #[test]
    fn slugs() {
        assert_eq!(slugify("Go to work"), "go-to-work");
        assert_eq!(slugify("  Café Zürich — Straße "), "cafe-zurich-strasse");
        assert_eq!(slugify("Ødegård & Æsir"), "odegard-aesir");
        assert_eq!(slugify("Call<br>back"), "call-back");
        assert_eq!(slugify("患者"), "");
        assert_eq!(slugify("患者 2"), "2");
        assert_eq!(slugify("ÉCOLE"), "ecole");
        for s in ["Go to work", "Café", "a--b", "__x__", "R&D 2026 (Q1)"] {
            assert!(is_kebab_case(&slugify(s)), "{s}");
        }
    }

    #[test]
    fn unique() {
        let taken = |s: &str| s == "me" || s == "persona-1";
        assert_eq!(unique_slug("Me", "persona", taken), "me-2");
        assert_eq!(unique_slug("患者", "persona", taken), "persona-2");
        assert_eq!(unique_slug("Cat", "persona", taken), "cat");
    }
}
