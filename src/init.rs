//! `waymark init DIR`: writes the starter site (the repository's `starter/` folder, compiled
//! into the binary) into a new or empty folder, with the JSON Schemas of the format in
//! `.waymark/schema/` and a `.vscode/settings.json` that maps them to the files.

use std::fs;
use std::io;
use std::path::Path;

/// The starter site: relative path and content.
const STARTER: &[(&str, &str)] = &[
    ("waymark.yaml", include_str!("../starter/waymark.yaml")),
    (
        "content/journeys/first-journey.md",
        include_str!("../starter/content/journeys/first-journey.md"),
    ),
    (
        "content/personas/practice-manager.md",
        include_str!("../starter/content/personas/practice-manager.md"),
    ),
    (
        "content/personas/front-desk-lead.md",
        include_str!("../starter/content/personas/front-desk-lead.md"),
    ),
    (
        "content/assets/content.yaml",
        include_str!("../starter/content/assets/content.yaml"),
    ),
    (".gitignore", "/public\n/.waymark/cache/\n"),
];

/// Why `init` wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder has files in it.
    #[error("{0} is not empty; choose a new folder so that nothing is overwritten")]
    NotEmpty(String),
    /// The file system said no.
    #[error("cannot write {path}: {source}")]
    Io {
        /// What was being written.
        path: String,
        /// The OS error.
        source: io::Error,
    },
}

/// Writes the starter site into `dir`, which must not exist or be empty.
pub fn init(dir: &Path) -> Result<(), InitError> {
    let shown = dir.display().to_string();
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(|source| InitError::Io {
            path: shown.clone(),
            source,
        })?;
        if !dir.is_dir() || entries.next().is_some() {
            return Err(InitError::NotEmpty(shown));
        }
    }
    let schemas = crate::interop::schema::schemas();
    let generated: Vec<(String, String)> = schemas
        .iter()
        .map(|s| {
            (
                format!("{}/{}", crate::interop::schema::SITE_SCHEMA_DIR, s.name),
                s.json.clone(),
            )
        })
        .chain(std::iter::once((
            ".vscode/settings.json".to_string(),
            crate::interop::schema::vscode_settings(),
        )))
        .collect();
    let all = STARTER
        .iter()
        .map(|(rel, text)| (*rel, *text))
        .chain(generated.iter().map(|(r, t)| (r.as_str(), t.as_str())));
    for (rel, text) in all {
        let path = dir.join(rel);
        let io_err = |source| InitError::Io {
            path: path.display().to_string(),
            source,
        };
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_err)?;
        }
        fs::write(&path, text).map_err(|source| InitError::Io {
            path: path.display().to_string(),
            source,
        })?;
    }
    Ok(())
}
