//! The built-in theme: templates and theme assets compiled into the binary, and the lookup
//! that lets a site override them file by file.
//!
//! Lookup order for a template name: `SITE/templates/NAME`, then
//! `SITE/themes/THEME/templates/NAME`, then the built-in one. Theme assets (CSS, fonts,
//! images) come from `SITE/themes/THEME/` (everything except `templates/` and `theme.yaml`)
//! over the built-in ones, and are written under `theme/` in the output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::RenderError;

/// Built-in templates: name → source.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    (
        "components.html",
        include_str!("../../templates/components.html"),
    ),
    ("index.html", include_str!("../../templates/index.html")),
    ("journey.html", include_str!("../../templates/journey.html")),
    ("compare.html", include_str!("../../templates/compare.html")),
    ("persona.html", include_str!("../../templates/persona.html")),
    ("plan.html", include_str!("../../templates/plan.html")),
    (
        "ownership.html",
        include_str!("../../templates/ownership.html"),
    ),
    ("backlog.html", include_str!("../../templates/backlog.html")),
    (
        "channels.html",
        include_str!("../../templates/channels.html"),
    ),
    ("search.html", include_str!("../../templates/search.html")),
    (
        "register.html",
        include_str!("../../templates/register.html"),
    ),
];

/// Built-in theme assets: path under `theme/` → bytes.
pub const ASSETS: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../../themes/default/style.css"),
    ),
    (
        "fonts/Inter-Regular.otf",
        include_bytes!("../../themes/default/fonts/Inter-Regular.otf"),
    ),
    (
        "fonts/Inter-SemiBold.otf",
        include_bytes!("../../themes/default/fonts/Inter-SemiBold.otf"),
    ),
    (
        "fonts/LICENSE-Inter.txt",
        include_bytes!("../../themes/default/fonts/LICENSE-Inter.txt"),
    ),
    (
        "search/minisearch.js",
        include_bytes!("../../themes/default/search/minisearch.js"),
    ),
    (
        "search/LICENSE-minisearch.txt",
        include_bytes!("../../themes/default/search/LICENSE-minisearch.txt"),
    ),
    (
        "search/search.js",
        include_bytes!("../../themes/default/search/search.js"),
    ),
    (
        "filter.js",
        include_bytes!("../../themes/default/filter.js"),
    ),
];

/// A template's source and, for an override, the file it came from.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    /// Tera source text.
    pub source: String,
    /// `None` for a built-in template.
    pub file: Option<PathBuf>,
}

/// Every file below `dir` (sorted, `/`-separated relative paths), skipping `skip` at the top
/// and hidden files; symbolic links are followed only inside the site at `site_root` (the
/// others are reported by `waymark check`, see [`crate::load::walk`]).
fn files_below(
    site_root: &Path,
    dir: &Path,
    skip: &[&str],
) -> Result<Vec<(String, PathBuf)>, RenderError> {
    let mut out = Vec::new();
    for f in crate::load::walk::files_within(site_root, dir).files {
        let rel: Vec<&str> = f.rel.split('/').collect();
        if rel.iter().any(|c| c.starts_with('.')) || skip.contains(&rel[0]) {
            continue;
        }
        out.push((f.rel.clone(), f.path));
    }
    Ok(out)
}

fn read(path: &Path) -> Result<Vec<u8>, RenderError> {
    std::fs::read(path).map_err(|e| RenderError::Io {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// Load overrides from disk into `templates` and `assets`.
pub(super) fn load_overrides(
    site_root: &Path,
    theme: &str,
    templates: &mut BTreeMap<String, TemplateSource>,
    assets: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), RenderError> {
    let theme_dir = site_root.join("themes").join(theme);
    // A theme is a folder name, never a path (`check` reports it as `bad-theme`).
    let is_name = crate::base::values::is_kebab_case(theme);
    let builtin = crate::load::theme::BUILTIN_THEMES
        .iter()
        .find(|t| t.name == theme);
    if !is_name || (theme != "default" && builtin.is_none() && !theme_dir.is_dir()) {
        return Err(RenderError::ThemeNotFound {
            theme: theme.to_string(),
            expected: theme_dir,
        });
    }
    // A built-in theme the site has no folder for: its files (logo, fonts) as assets.
    if let Some(b) = builtin.filter(|_| !theme_dir.is_dir()) {
        for (rel, bytes) in b.files.iter().filter(|(r, _)| *r != "theme.yaml") {
            assets.insert((*rel).to_string(), bytes.to_vec());
        }
    }
    for (rel, path) in files_below(
        site_root,
        &theme_dir,
        &["templates", "theme.yaml", "theme.yml"],
    )? {
        assets.insert(rel, read(&path)?);
    }
    for dir in [theme_dir.join("templates"), site_root.join("templates")] {
        for (rel, path) in files_below(site_root, &dir, &[])? {
            let bytes = read(&path)?;
            let source = String::from_utf8(bytes).map_err(|_| RenderError::Io {
                path: path.clone(),
                message: "template is not valid UTF-8".into(),
            })?;
            templates.insert(
                rel,
                TemplateSource {
                    source,
                    file: Some(path),
                },
            );
        }
    }
    Ok(())
}

/// `theme/theme.css`: the theme's colours as the page stylesheet's custom properties and
/// its fonts as `@font-face` rules (their files are served from `theme/` like every theme
/// asset); `None` when the theme sets neither (the page links no extra stylesheet).
pub fn theme_css(theme: &crate::model::theme::Theme) -> Option<String> {
    use std::fmt::Write as _;
    // Theme role → the custom properties of `style.css` it sets.
    const VARS: &[(&str, &[&str])] = &[
        ("accent", &["--accent", "--focus"]),
        ("text", &["--text"]),
        ("muted", &["--muted"]),
        ("background", &["--bg"]),
        ("hairline", &["--line"]),
        ("faint", &["--line-soft"]),
        ("warning", &["--bad"]),
    ];
    let mut root = String::new();
    for (key, vars) in VARS {
        // Palette values are `#RRGGBB` (checked), safe in CSS.
        if let Some(c) = theme.palette.get(*key) {
            for v in *vars {
                let _ = write!(root, " {v}: {c};");
            }
        }
    }
    let mut css = String::new();
    if let Some(f) = &theme.fonts {
        let family = crate::diagram::svg::css_family(&f.family);
        let url = |p: &str| -> String {
            p.chars()
                .filter(|c| !matches!(c, '"' | '\\' | '(' | ')' | '\n' | '\r'))
                .collect()
        };
        for (path, weight) in [(&f.regular_path, 400), (&f.semibold_path, 600)] {
            let _ = writeln!(
                css,
                "@font-face {{ font-family: {family}; src: url(\"{}\"); font-weight: {weight}; font-style: normal; font-display: swap; }}",
                url(path)
            );
        }
        let _ = write!(root, " --font: {family}, \"Inter\", system-ui, sans-serif;");
    }
    if root.is_empty() && css.is_empty() {
        return None;
    }
    let _ = writeln!(css, ":root {{{root} }}");
    Some(format!(
        "/* The theme `{}`: generated from its theme.yaml. */\n{css}",
        theme.name.replace("*/", "")
    ))
}
