//! The resolved theme: palette, fonts and logo of the site's `theme:` (`theme.yaml` as
//! [`crate::check::theme`] passed it), with the built-in values where it sets none.
//!
//! The palette is kept as a recolouring: for each [`crate::base::theme::ROLES`] role the
//! theme sets, the default colours it replaces and the theme's colour. Every drawing
//! (diagrams, deck pages) is painted with the defaults and recoloured once before any
//! writer reads it, so the SVG, PNG, PDF and PowerPoint writers need no theme of their own
//! (see `crate::diagram::theme`).

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::base::theme::{parse_hex, role_of, to_hex};
use crate::load::LoadedSite;
use crate::load::theme::{LogoImage, decode_logo};

/// A theme's two faces.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeFonts {
    /// The family name of the regular face (CSS `font-family`, SVG, PowerPoint typeface).
    pub family: String,
    /// The regular (400) font file.
    pub regular: Arc<[u8]>,
    /// The semibold (600) font file.
    pub semibold: Arc<[u8]>,
    /// `fonts.regular` as written (its path below the theme folder, served at `theme/…`).
    pub regular_path: String,
    /// `fonts.semibold` as written.
    pub semibold_path: String,
}

/// The site's resolved theme (`Site::theme`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Theme {
    /// `theme:` in `waymark.yaml` (`default` when unset).
    pub name: String,
    /// The colours the theme sets: role key ([`crate::base::theme::ROLES`]) → `#RRGGBB`.
    pub palette: BTreeMap<String, String>,
    /// The fonts, when the theme names them.
    pub fonts: Option<ThemeFonts>,
    /// The logo, when the theme names one: PNG bytes and natural size.
    pub logo: Option<Arc<LogoImage>>,
    /// `logo:` as written (its path below the theme folder, served at `theme/…`).
    pub logo_path: Option<String>,
}

impl Theme {
    /// The colour of role `key`: the theme's, else the role's (first) default; `None` for
    /// an unknown key.
    pub fn colour(&self, key: &str) -> Option<String> {
        if let Some(c) = self.palette.get(key) {
            return Some(c.clone());
        }
        role_of(key).map(|r| r.defaults[0].to_string())
    }

    /// Default colour → theme colour, `#RRGGBB` each, for every default colour the theme
    /// replaces (empty for the built-in look).
    pub fn recolouring(&self) -> Vec<([u8; 3], [u8; 3])> {
        let mut out = Vec::new();
        for (key, value) in &self.palette {
            let (Some(role), Some(to)) = (role_of(key), parse_hex(value)) else {
                continue;
            };
            for d in role.defaults {
                if let Some(from) = parse_hex(d).filter(|f| *f != to) {
                    out.push((from, to));
                }
            }
        }
        out
    }

    /// Whether it changes nothing of the built-in look (no colour, font or logo).
    pub fn is_plain(&self) -> bool {
        self.palette.is_empty() && self.fonts.is_none() && self.logo.is_none()
    }

    /// A digest of everything the theme changes in a drawing (palette, font files, logo):
    /// part of every export cache key, so a changed theme never gives a stale export.
    pub fn fingerprint(&self) -> String {
        let mut h = blake3::Hasher::new();
        for (k, v) in &self.palette {
            h.update(k.as_bytes());
            h.update(b"=");
            h.update(v.as_bytes());
            h.update(b";");
        }
        if let Some(f) = &self.fonts {
            h.update(b"fonts");
            h.update(&(f.regular.len() as u64).to_le_bytes());
            h.update(&f.regular);
            h.update(&f.semibold);
        }
        if let Some(l) = &self.logo {
            h.update(b"logo");
            h.update(&l.png);
        }
        h.finalize().to_hex()[..16].to_string()
    }

    /// Makes the theme's fonts the process's primary faces, or Inter again when it has none
    /// ([`crate::fonts::set_primary`]): measuring and every writer then use them. Called
    /// through `diagram::theme::install` by what draws a site, not by the model build.
    pub fn install_fonts(&self) {
        let faces = self
            .fonts
            .as_ref()
            .map(|f| (&f.regular[..], &f.semibold[..]));
        // `check` has parsed both files: an error here leaves the faces as they were.
        let _ = crate::fonts::set_primary(faces);
    }
}

/// The theme of a loaded site that `check` passed: colours that do not parse, files that
/// are missing or unreadable are left out (they are errors there).
pub fn resolve(site: &LoadedSite) -> Theme {
    let name = site
        .config
        .as_ref()
        .and_then(|c| c.value.theme.as_ref())
        .map_or_else(|| "default".to_string(), |t| t.value.clone());
    let mut theme = Theme {
        name,
        ..Theme::default()
    };
    let Some(doc) = &site.theme else {
        return theme;
    };
    if let Some(p) = &doc.value.palette {
        for (key, value) in p.colours() {
            if let (Some(role), Some(c)) = (role_of(&key), parse_hex(&value.value)) {
                theme.palette.insert(role.key.to_string(), to_hex(c));
            }
        }
    }
    if let Some(f) = &doc.value.fonts {
        let file = |rel: &str| {
            site.theme_files
                .get(rel)
                .filter(|b| crate::fonts::check_face(b).is_ok())
        };
        if let (Some(r), Some(s)) = (file(&f.regular.value), file(&f.semibold.value)) {
            theme.fonts = Some(ThemeFonts {
                family: crate::fonts::family_name(r).unwrap_or_else(|| "Theme".into()),
                regular: Arc::from(&r[..]),
                semibold: Arc::from(&s[..]),
                regular_path: f.regular.value.clone(),
                semibold_path: f.semibold.value.clone(),
            });
        }
    }
    if let Some(l) = &doc.value.logo
        && let Some(bytes) = site.theme_files.get(&l.value)
        && let Ok(img) = decode_logo(&l.value, bytes)
    {
        theme.logo = Some(Arc::new(img));
        theme.logo_path = Some(l.value.clone());
    }
    theme
}
