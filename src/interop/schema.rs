//! JSON Schemas of the file format (`waymark schema`), generated from the structs the loader
//! reads ([`crate::load::raw`]), so that they cannot drift from it. Draft-07, the draft that
//! editors' YAML support (VS Code's YAML extension, yaml-language-server) knows best.

use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::load::raw::{RawAsset, RawConfig, RawJourney, RawPersona};
use crate::load::theme::RawTheme;

/// Folder (relative to a site) that `waymark init` writes the schemas into.
pub const SITE_SCHEMA_DIR: &str = ".waymark/schema";

/// One schema file.
pub struct SchemaFile {
    /// File name, e.g. `journey.schema.json`.
    pub name: &'static str,
    /// Glob of the files it describes, relative to the site.
    pub glob: &'static str,
    /// The schema as pretty JSON, ending with a newline.
    pub json: String,
}

fn generate<T: JsonSchema>(title: &str, description: &str) -> String {
    let generator = SchemaSettings::draft07().into_generator();
    let mut schema: Schema = generator.into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    schema.insert("description".into(), description.into());
    let mut value = schema.to_value();
    drop_null_defaults(&mut value);
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

/// Removes `"default": null` (what an absent optional field means): editors offer a
/// schema's default as the completion of a value, and `null` is never the value one wants.
fn drop_null_defaults(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if map.get("default").is_some_and(serde_json::Value::is_null) {
                map.remove("default");
            }
            map.values_mut().for_each(drop_null_defaults);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_null_defaults),
        _ => {}
    }
}

/// The schemas for `waymark.yaml`, journeys, personas, asset files and themes.
pub fn schemas() -> Vec<SchemaFile> {
    vec![
        SchemaFile {
            name: "waymark.schema.json",
            glob: "waymark.yaml",
            json: generate::<RawConfig>(
                "waymark site config",
                "waymark.yaml: site title, theme, review cadence, teams and the stage vocabulary.",
            ),
        },
        SchemaFile {
            name: "journey.schema.json",
            glob: "content/journeys/*.yaml",
            json: generate::<RawJourney>(
                "waymark journey",
                "A customer journey: content/journeys/ID.yaml, or the front matter of ID.md.",
            ),
        },
        SchemaFile {
            name: "persona.schema.json",
            glob: "content/personas/*.yaml",
            json: generate::<RawPersona>(
                "waymark persona",
                "A persona (role): the front matter of content/personas/ID.md.",
            ),
        },
        SchemaFile {
            name: "assets.schema.json",
            glob: "content/assets/*.yaml",
            json: generate::<Vec<RawAsset>>(
                "waymark content assets",
                "The content inventory: content/assets/*.yaml, a list of assets.",
            ),
        },
        SchemaFile {
            name: "theme.schema.json",
            glob: "themes/*/theme.yaml",
            json: generate::<RawTheme>(
                "waymark theme",
                "A brand theme: themes/NAME/theme.yaml (palette, fonts, logo); see docs/themes.md.",
            ),
        },
    ]
}

/// Writes every schema into `dir` (created when missing); gives the paths written.
pub fn write_schemas(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut out = Vec::new();
    for s in schemas() {
        let path = dir.join(s.name);
        std::fs::write(&path, &s.json)?;
        out.push(path);
    }
    Ok(out)
}

/// `.vscode/settings.json` mapping the schemas in [`SITE_SCHEMA_DIR`] to the site's files
/// (`yaml.schemas` of the YAML extension).
pub fn vscode_settings() -> String {
    let mut map = serde_json::Map::new();
    for s in schemas() {
        map.insert(
            format!("./{SITE_SCHEMA_DIR}/{}", s.name),
            serde_json::Value::String(s.glob.to_string()),
        );
    }
    let settings = serde_json::json!({ "yaml.schemas": map });
    let mut s = serde_json::to_string_pretty(&settings).unwrap_or_default();
    s.push('\n');
    s
}
