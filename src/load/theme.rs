//! A theme's `theme.yaml` (`themes/NAME/theme.yaml`): palette, fonts and logo, as written,
//! with locations; and the bytes of the font and logo files it names.
//!
//! Unknown keys are `unknown-field` errors with a "did you mean" (every struct denies
//! unknown fields); colours stay text here and are checked by [`crate::check::theme`].
//! The built-in themes (`default`, `high-contrast`) are compiled in: a site that names one
//! without having its folder reads the built-in `theme.yaml` and files.

use super::raw::SStr;
use super::{Doc, FileSource, Kind, Limited, LoadedSite};
use schemars::JsonSchema;
use serde::Deserialize;

/// `themes/NAME/theme.yaml`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTheme {
    /// Colours of the diagrams, decks and pages; every key is optional (defaults: the
    /// built-in colours).
    #[serde(default)]
    pub palette: Option<RawPalette>,
    /// The two font files (OpenType or TrueType), relative to the theme folder.
    #[serde(default)]
    pub fonts: Option<RawFonts>,
    /// An SVG or PNG file, relative to the theme folder: shown in the page header and the
    /// exports.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub logo: Option<SStr>,
}

/// `palette:`. Colours are `#RRGGBB` or `#RGB`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPalette {
    /// Links, stage number badges, touchpoint and channel marks, the decks' accent.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub accent: Option<SStr>,
    /// Main text.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub text: Option<SStr>,
    /// Secondary text.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub muted: Option<SStr>,
    /// Page and drawing background.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub background: Option<SStr>,
    /// Lines between lanes.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub hairline: Option<SStr>,
    /// Column guides and gridlines.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub faint: Option<SStr>,
    /// Warnings.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub warning: Option<SStr>,
    /// Stage header chips.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub chip: Option<SStr>,
    /// Card colours per swimlane.
    #[serde(default)]
    pub lanes: Option<RawLanes>,
    /// Persona colours in persona order (at most 8).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub personas: Vec<SStr>,
    /// Pain point severity dots.
    #[serde(default)]
    pub severity: Option<RawSeverity>,
    /// Opportunity status pills.
    #[serde(default)]
    pub status: Option<RawStatus>,
}

/// `palette.lanes`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLanes {
    /// Actions.
    #[serde(default)]
    pub actions: Option<RawTint>,
    /// Questions.
    #[serde(default)]
    pub questions: Option<RawTint>,
    /// Touchpoints (their cards are filled with the background).
    #[serde(default)]
    pub touchpoints: Option<RawBorder>,
    /// Pain points.
    #[serde(default)]
    pub pain_points: Option<RawTint>,
    /// Decision moments.
    #[serde(default)]
    pub decisions: Option<RawTint>,
    /// Hand-offs.
    #[serde(default)]
    pub handoffs: Option<RawTint>,
    /// Opportunities.
    #[serde(default)]
    pub opportunities: Option<RawTint>,
}

/// A lane's card fill, card border and swatch.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTint {
    /// Card fill.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub fill: Option<SStr>,
    /// Card border.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub border: Option<SStr>,
    /// Lane swatch and icons.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub mark: Option<SStr>,
}

/// A lane that only has a border colour of its own.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBorder {
    /// Card border.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub border: Option<SStr>,
}

/// `palette.severity`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSeverity {
    /// High.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub high: Option<SStr>,
    /// Medium.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub medium: Option<SStr>,
    /// Low.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub low: Option<SStr>,
}

/// `palette.status`: pills of opportunity statuses (`idea` follows the background and the
/// accent, `done` the opportunities mark).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStatus {
    /// `planned` (its text is the accent).
    #[serde(default)]
    pub planned: Option<RawFill>,
    /// `in-progress`.
    #[serde(default, rename = "in-progress")]
    pub in_progress: Option<RawPill>,
    /// `blocked`.
    #[serde(default)]
    pub blocked: Option<RawPill>,
    /// `dropped` (its text is the muted colour).
    #[serde(default)]
    pub dropped: Option<RawFill>,
}

/// A pill's fill and text colour.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPill {
    /// Fill.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub fill: Option<SStr>,
    /// Text.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub text: Option<SStr>,
}

/// A pill whose text colour comes from another role.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFill {
    /// Fill.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub fill: Option<SStr>,
}

/// `fonts:`: two files relative to the theme folder.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFonts {
    /// Regular (400) face: body text.
    #[schemars(with = "String")]
    pub regular: SStr,
    /// Semibold (600) face: headings, labels.
    #[schemars(with = "String")]
    pub semibold: SStr,
}

impl Limited for RawTheme {}

impl RawPalette {
    /// Every colour set, with its [`crate::base::theme::ROLES`] key (personas beyond the
    /// eighth get keys `personas.9`, … that name no role: `check` reports them).
    pub fn colours(&self) -> Vec<(String, &SStr)> {
        fn put<'a>(out: &mut Vec<(String, &'a SStr)>, key: &str, v: &'a Option<SStr>) {
            if let Some(v) = v {
                out.push((key.to_string(), v));
            }
        }
        let mut out: Vec<(String, &SStr)> = Vec::new();
        let o = &mut out;
        put(o, "accent", &self.accent);
        put(o, "text", &self.text);
        put(o, "muted", &self.muted);
        put(o, "background", &self.background);
        put(o, "hairline", &self.hairline);
        put(o, "faint", &self.faint);
        put(o, "warning", &self.warning);
        put(o, "chip", &self.chip);
        if let Some(l) = &self.lanes {
            for (name, t) in [
                ("actions", &l.actions),
                ("questions", &l.questions),
                ("pain_points", &l.pain_points),
                ("decisions", &l.decisions),
                ("handoffs", &l.handoffs),
                ("opportunities", &l.opportunities),
            ] {
                if let Some(t) = t {
                    put(o, &format!("lanes.{name}.fill"), &t.fill);
                    put(o, &format!("lanes.{name}.border"), &t.border);
                    put(o, &format!("lanes.{name}.mark"), &t.mark);
                }
            }
            if let Some(t) = &l.touchpoints {
                put(o, "lanes.touchpoints.border", &t.border);
            }
        }
        if let Some(s) = &self.severity {
            put(o, "severity.high", &s.high);
            put(o, "severity.medium", &s.medium);
            put(o, "severity.low", &s.low);
        }
        if let Some(s) = &self.status {
            if let Some(p) = &s.planned {
                put(o, "status.planned.fill", &p.fill);
            }
            if let Some(p) = &s.in_progress {
                put(o, "status.in-progress.fill", &p.fill);
                put(o, "status.in-progress.text", &p.text);
            }
            if let Some(p) = &s.blocked {
                put(o, "status.blocked.fill", &p.fill);
                put(o, "status.blocked.text", &p.text);
            }
            if let Some(p) = &s.dropped {
                put(o, "status.dropped.fill", &p.fill);
            }
        }
        for (i, p) in self.personas.iter().enumerate() {
            o.push((format!("personas.{}", i + 1), p));
        }
        out
    }
}

/// A built-in theme: its name and its files (`theme.yaml` and what it names), path in the
/// theme folder → bytes.
pub struct BuiltinTheme {
    /// The theme name (`theme:` in `waymark.yaml`).
    pub name: &'static str,
    /// Its files, by path relative to the theme folder.
    pub files: &'static [(&'static str, &'static [u8])],
}

/// The themes compiled into the binary besides `default` (which has no `theme.yaml`).
pub const BUILTIN_THEMES: &[BuiltinTheme] = &[BuiltinTheme {
    name: "high-contrast",
    files: &[
        (
            "theme.yaml",
            include_bytes!("../../themes/high-contrast/theme.yaml"),
        ),
        (
            "logo.svg",
            include_bytes!("../../themes/high-contrast/logo.svg"),
        ),
    ],
}];

/// Whether `name` is a theme compiled into the binary (`default` included).
pub fn is_builtin(name: &str) -> bool {
    name == "default" || BUILTIN_THEMES.iter().any(|t| t.name == name)
}

/// The theme the site names: its folder in the site, else a built-in one.
struct ThemeSource<'a> {
    /// `themes/NAME` (site-relative).
    dir: String,
    site: &'a dyn FileSource,
    builtin: Option<&'static BuiltinTheme>,
}

impl ThemeSource<'_> {
    fn read(&self, rel: &str) -> Option<std::io::Result<Vec<u8>>> {
        let path = format!("{}/{rel}", self.dir);
        if self.site.is_dir(&self.dir) {
            return self.site.is_file(&path).then(|| self.site.read(&path));
        }
        let (_, bytes) = self.builtin?.files.iter().find(|(p, _)| *p == rel)?;
        Some(Ok(bytes.to_vec()))
    }
}

impl LoadedSite {
    /// Reads the theme `theme.yaml` of the site's `theme:` (when the theme has one) and the
    /// font and logo files it names into [`LoadedSite::theme_files`]. A file that cannot be
    /// read is left out (`check` reports it, at the key that names it).
    pub(super) fn read_theme(&mut self, source: &dyn FileSource) {
        let Some(name) = self
            .config
            .as_ref()
            .and_then(|c| c.value.theme.as_ref())
            .map(|t| t.value.clone())
        else {
            return;
        };
        if !crate::base::values::is_kebab_case(&name) {
            return;
        }
        let theme = ThemeSource {
            dir: format!("themes/{name}"),
            site: source,
            builtin: BUILTIN_THEMES.iter().find(|t| t.name == name),
        };
        let file = format!("{}/theme.yaml", theme.dir);
        let Some(bytes) = theme.read("theme.yaml") else {
            return;
        };
        let bytes = bytes.map_err(|e| {
            crate::diagnostic::Diagnostic::error(
                "read-failed",
                &file,
                0,
                0,
                format!("cannot read file: {e}"),
            )
            .with_hint("check that the file exists and is readable")
        });
        let doc: Option<Doc<RawTheme>> =
            self.keep(&file, super::parse_file(&file, bytes, Kind::Yaml));
        let Some(doc) = doc else { return };
        let mut wanted: Vec<&SStr> = Vec::new();
        if let Some(f) = &doc.value.fonts {
            wanted.extend([&f.regular, &f.semibold]);
        }
        wanted.extend(doc.value.logo.as_ref());
        for rel in wanted {
            if !is_inside(&rel.value) {
                continue;
            }
            if let Some(Ok(bytes)) = theme.read(&rel.value) {
                self.theme_files.insert(rel.value.clone(), bytes);
            }
        }
        self.theme = Some(doc);
    }
}

/// Whether `rel` is a relative path that stays inside the theme folder (no `..`, not
/// absolute): only such paths are read.
pub fn is_inside(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.starts_with('/')
        && !rel.contains('\\')
        && !rel.contains(':')
        && rel
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

/// A theme's logo ready to draw: PNG bytes and the size it is drawn at by default.
#[derive(Debug, Clone, PartialEq)]
pub struct LogoImage {
    /// A PNG file (the logo itself, or an SVG logo rasterised).
    pub png: std::sync::Arc<[u8]>,
    /// Natural width in px (the SVG's width, or the PNG's pixels).
    pub width: f32,
    /// Natural height in px.
    pub height: f32,
}

/// The largest logo file read (a header image; anything bigger is a mistake).
pub const MAX_LOGO_BYTES: usize = 2 << 20;

/// The most pixels a PNG logo may have on a side.
pub const MAX_LOGO_SIDE: u32 = 4096;

/// Pixels of the rasterised SVG logo's height: sharp at the deck's largest logo (≈ 64 pt)
/// printed at 300 dpi would need more, on screen and on slides this is plenty.
const LOGO_RASTER_HEIGHT: f32 = 256.0;

/// Reads a logo file named `name` (`.png` or `.svg`); an SVG is rasterised once with
/// resvg (its text, if any, is not drawn: convert text to outlines). Errors say why in a
/// sentence for the `bad-logo` diagnostic.
pub fn decode_logo(name: &str, bytes: &[u8]) -> Result<LogoImage, String> {
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(format!(
            "is {} KiB; a logo may have at most {} KiB",
            bytes.len() >> 10,
            MAX_LOGO_BYTES >> 10
        ));
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".png") {
        // The size from the header first: a small file may claim a huge image.
        let side = |i: usize| {
            bytes
                .get(i..i + 4)
                .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        };
        match (side(16), side(20)) {
            (Some(w), Some(h)) if w <= MAX_LOGO_SIDE && h <= MAX_LOGO_SIDE => {}
            (Some(w), Some(h)) => {
                return Err(format!(
                    "is {w} × {h} pixels; a logo may have at most {MAX_LOGO_SIDE} a side"
                ));
            }
            _ => return Err("is not a PNG image (too short)".into()),
        }
        let p = tiny_skia::Pixmap::decode_png(bytes)
            .map_err(|e| format!("is not a PNG image ({e})"))?;
        return Ok(LogoImage {
            png: bytes.into(),
            width: p.width() as f32,
            height: p.height() as f32,
        });
    }
    if !lower.ends_with(".svg") {
        return Err("is neither .svg nor .png".into());
    }
    let tree = resvg::usvg::Tree::from_data(bytes, &resvg::usvg::Options::default())
        .map_err(|e| format!("is not an SVG image ({e})"))?;
    let size = tree.size();
    let scale = (LOGO_RASTER_HEIGHT / size.height()).min(2048.0 / size.width());
    let (w, h) = (
        (size.width() * scale).ceil().max(1.0) as u32,
        (size.height() * scale).ceil().max(1.0) as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("has no size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let png = pixmap
        .encode_png()
        .map_err(|e| format!("cannot be rasterised ({e})"))?;
    Ok(LogoImage {
        png: png.into(),
        width: size.width(),
        height: size.height(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logos_are_checked_before_they_are_decoded() {
        let mut huge = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        huge.extend_from_slice(&100_000u32.to_be_bytes());
        huge.extend_from_slice(&10u32.to_be_bytes());
        let e = decode_logo("logo.png", &huge).unwrap_err();
        assert!(e.contains("100000 × 10 pixels"), "{e}");
        assert!(decode_logo("logo.gif", b"GIF89a").is_err());
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10"/></svg>"#;
        let logo = decode_logo("logo.svg", svg).unwrap();
        assert_eq!((logo.width, logo.height), (40.0, 10.0));
        assert!(tiny_skia::Pixmap::decode_png(&logo.png).unwrap().height() == 256);
    }

    #[test]
    fn theme_paths_stay_inside_the_folder() {
        assert!(is_inside("fonts/A.otf"));
        for p in [
            "",
            "/etc/passwd",
            "../x.otf",
            "fonts/../../x",
            "C:\\x",
            "a//b",
        ] {
            assert!(!is_inside(p), "{p}");
        }
    }
}
