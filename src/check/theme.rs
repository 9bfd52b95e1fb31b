//! Checks a theme's `theme.yaml`: colours (`bad-color`), the font and logo files it names
//! (`missing-theme-file`, `bad-font`, `bad-logo`), and the `low-contrast` lint (a text
//! colour under 4.5:1 against the colour it is drawn on; a warning naming both colours
//! and the ratio).

use crate::base::SourceRef;
use crate::base::theme::{
    CONTRAST_PAIRS, MIN_CONTRAST, ROLES, contrast, parse_hex, role_of, to_hex,
};
use crate::diagnostic::Diagnostic;
use crate::load::raw::SStr;
use crate::load::theme::{RawTheme, decode_logo, is_inside};
use crate::load::{Doc, LoadedSite};

/// Every diagnostic of the site's `theme.yaml`; none when it has none.
pub fn check(site: &LoadedSite) -> Vec<Diagnostic> {
    let Some(doc) = &site.theme else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut set: Vec<(&str, [u8; 3], SourceRef)> = Vec::new();
    if let Some(p) = &doc.value.palette {
        for (key, value) in p.colours() {
            let at = doc.span(value);
            let Some(role) = role_of(&key) else {
                out.push(err(
                    "bad-color",
                    &at,
                    format!("palette.personas has {} colours; at most 8 are drawn", p.personas.len()),
                    "list up to eight persona colours; the ninth persona takes the first colour again, with its own dash pattern",
                ));
                continue;
            };
            match parse_hex(&value.value) {
                Some(rgb) => set.push((role.key, rgb, at)),
                None => out.push(err(
                    "bad-color",
                    &at,
                    format!("`{}` is not a colour (palette.{key})", value.value),
                    "write a colour as `\"#RRGGBB\"` or `\"#RGB\"`, quoted (YAML reads an unquoted `#` as a comment)",
                )),
            }
        }
    }
    files(site, doc, &mut out);
    out.extend(low_contrast(&set, doc));
    out
}

/// The largest font file a theme may name (a Latin family is well under 1 MiB; a CJK
/// face about 20 MiB).
pub const MAX_FONT_BYTES: usize = 32 << 20;

fn err(code: &str, at: &SourceRef, message: String, hint: &str) -> Diagnostic {
    Diagnostic::error(code, &at.file, at.line, at.column, message).with_hint(hint)
}

/// The font and logo files: present, inside the theme folder, and readable as what they are.
fn files(site: &LoadedSite, doc: &Doc<RawTheme>, out: &mut Vec<Diagnostic>) {
    let dir = doc.file.trim_end_matches("theme.yaml");
    let mut named: Vec<(&str, &SStr)> = Vec::new();
    if let Some(f) = &doc.value.fonts {
        named.extend([("font", &f.regular), ("font", &f.semibold)]);
    }
    if let Some(l) = &doc.value.logo {
        named.push(("logo", l));
    }
    for (what, rel) in named {
        let at = doc.span(rel);
        let Some(bytes) = site
            .theme_files
            .get(&rel.value)
            .filter(|_| is_inside(&rel.value))
        else {
            out.push(err(
                "missing-theme-file",
                &at,
                format!("{what} file `{dir}{}` not found", rel.value),
                "name a file inside the theme folder, relative to it (e.g. `fonts/Brand-Regular.otf`, `logo.svg`)",
            ));
            continue;
        };
        if what == "font" {
            let checked = if bytes.len() > MAX_FONT_BYTES {
                Err(format!(
                    "it is {} MiB, more than the {} MiB a theme font may have",
                    bytes.len() >> 20,
                    MAX_FONT_BYTES >> 20
                ))
            } else {
                crate::fonts::check_face(bytes)
            };
            if let Err(e) = checked {
                out.push(err(
                    "bad-font",
                    &at,
                    format!("cannot use `{dir}{}` as a font: {e}", rel.value),
                    "give an OpenType (.otf) or TrueType (.ttf) file with Latin letters; collections (.ttc) and web fonts (.woff) are not read",
                ));
            }
        } else if let Err(e) = decode_logo(&rel.value, bytes) {
            out.push(err(
                "bad-logo",
                &at,
                format!("logo `{dir}{}` {e}", rel.value),
                "give an SVG or PNG file",
            ));
        }
    }
}

/// The `low-contrast` warnings of a palette whose set colours are `set` (role key, colour,
/// where written); roles not set keep their default.
fn low_contrast(set: &[(&str, [u8; 3], SourceRef)], doc: &Doc<RawTheme>) -> Vec<Diagnostic> {
    let colour = |key: &str| -> Option<([u8; 3], Option<&SourceRef>)> {
        if let Some((_, c, at)) = set.iter().find(|(k, _, _)| *k == key) {
            return Some((*c, Some(at)));
        }
        let r = ROLES.iter().find(|r| r.key == key)?;
        Some((parse_hex(r.defaults[0])?, None))
    };
    let mut out = Vec::new();
    for (fg, bg, what) in CONTRAST_PAIRS {
        let (Some((f, f_at)), Some((b, b_at))) = (colour(fg), colour(bg)) else {
            continue;
        };
        let ratio = contrast(f, b);
        if ratio >= MIN_CONTRAST {
            continue;
        }
        let Some(at) = f_at.or(b_at) else { continue };
        let at = if at.line == 0 {
            doc.whole()
        } else {
            at.clone()
        };
        out.push(
            Diagnostic::error(
                "low-contrast",
                &at.file,
                at.line,
                at.column,
                format!(
                    "{what}: palette.{fg} {} on palette.{bg} {} has contrast {ratio:.1}:1, under {MIN_CONTRAST}:1",
                    to_hex(f),
                    to_hex(b)
                ),
            )
            .warning()
            .with_hint(format!(
                "darken or lighten one of the two colours until the pair reaches {MIN_CONTRAST}:1 (WCAG AA)"
            )),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_palette_passes_the_contrast_lint() {
        let doc = Doc {
            file: "themes/x/theme.yaml".into(),
            stem: "theme".into(),
            line_offset: 0,
            body: String::new(),
            value: RawTheme::default(),
        };
        // With nothing set no pair is reported; with every default set explicitly neither.
        let all: Vec<(&str, [u8; 3], SourceRef)> = ROLES
            .iter()
            .map(|r| (r.key, parse_hex(r.defaults[0]).unwrap(), doc.whole()))
            .collect();
        let w = low_contrast(&all, &doc);
        assert!(w.is_empty(), "{w:#?}");
    }
}
