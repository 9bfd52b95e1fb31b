//! The JSON Schemas (`waymark schema`) accept every example content file of the repository
//! and the starter site, and reject typos: the check an editor's YAML extension would make.

mod common;

use std::path::Path;

use common::{repo, text, waymark};
use waymark::interop::schema::schemas;

fn validator(name: &str) -> jsonschema::Validator {
    let s = schemas().into_iter().find(|s| s.name == name).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&s.json).unwrap();
    jsonschema::validator_for(&schema).expect("a valid schema")
}

/// The YAML of a file (front matter of Markdown) as JSON.
fn yaml_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let yaml = if path.extension().is_some_and(|e| e == "md") {
        let rest = text.strip_prefix("---\n").expect("front matter");
        let end = rest.find("\n---").expect("end of front matter");
        rest[..end + 1].to_string()
    } else {
        text
    };
    serde_saphyr::from_str(&yaml).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_valid(v: &jsonschema::Validator, path: &Path) {
    let value = yaml_json(path);
    let errors: Vec<String> = v
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
}

fn files(dir: &Path, ext: &[&str]) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| ext.iter().any(|x| e == *x)));
    out.sort();
    out
}

#[test]
fn every_example_and_starter_file_validates() {
    let (config, journey, persona, assets) = (
        validator("waymark.schema.json"),
        validator("journey.schema.json"),
        validator("persona.schema.json"),
        validator("assets.schema.json"),
    );
    let mut n = 0;
    for site in [repo(), repo().join("starter")] {
        assert_valid(&config, &site.join("waymark.yaml"));
        n += 1;
        let content = site.join("content");
        for f in files(&content.join("journeys"), &["md", "yaml", "yml"]) {
            assert_valid(&journey, &f);
            n += 1;
        }
        for f in files(&content.join("personas"), &["md", "yaml", "yml"]) {
            assert_valid(&persona, &f);
            n += 1;
        }
        for f in files(&content.join("assets"), &["yaml", "yml"]) {
            assert_valid(&assets, &f);
            n += 1;
        }
    }
    assert!(n >= 15, "validated {n} files");
}

#[test]
fn typos_and_wrong_values_fail_validation() {
    let journey = validator("journey.schema.json");
    let ok = serde_json::json!({ "title": "T", "stages": [ { "id": "a", "actions": ["Does", { "persona": "p", "text": "x" }], "emotions": { "p": 2 } } ] });
    assert!(journey.is_valid(&ok));
    // Step-level emotion and the description (issue 17).
    let ok = serde_json::json!({ "title": "T", "description": "D", "stages": [ { "id": "a", "actions": [{ "persona": "p", "text": "x", "emotion": -2 }] } ] });
    assert!(journey.is_valid(&ok));
    // Opportunity value and effort (issue 13 item 3).
    let ok = serde_json::json!({ "title": "T", "stages": [ { "id": "a", "opportunities": [{ "text": "x", "value": "high", "effort": "low" }] } ] });
    assert!(journey.is_valid(&ok));
    for bad in [
        serde_json::json!({ "title": "T", "stages": [ { "id": "a", "opportunities": [{ "text": "x", "value": "huge" }] } ] }),
        serde_json::json!({ "title": "T", "stages": [ { "id": "a", "opportunities": [{ "text": "x", "effort": 3 }] } ] }),
        serde_json::json!({ "title": "T", "stages": [ { "id": "a", "actions": [{ "text": "x", "emotion": 3 }] } ] }),
        serde_json::json!({ "title": "T", "stages": [ { "id": "a", "actions": [{ "text": "x", "emotion": "happy" }] } ] }),
        serde_json::json!({ "title": "T", "stages": [ { "id": "a", "questions": [{ "text": "x", "emotion": 1 }] } ] }),
    ] {
        assert!(!journey.is_valid(&bad), "{bad}");
    }
    for bad in [
        serde_json::json!({ "title": "T", "stages": [], "owener": "Sales" }),
        serde_json::json!({ "title": "T", "stages": [ { "id": "a", "pain_points": [ { "text": "x", "severity": "urgent" } ] } ] }),
        serde_json::json!({ "title": "T", "stages": [ { "id": "a", "emotions": { "p": 3 } } ] }),
        serde_json::json!({ "title": "T", "stages": [], "reviewed": "30/09/2026" }),
        serde_json::json!({ "stages": [] }),
    ] {
        assert!(!journey.is_valid(&bad), "{bad}");
    }
}

#[test]
fn schema_command_and_init_write_the_editor_files() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("schemas");
    let out = waymark(&["schema", "--out", &out_dir.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out));
    for s in schemas() {
        assert_eq!(
            std::fs::read_to_string(out_dir.join(s.name)).unwrap(),
            s.json
        );
        assert!(s.json.contains("\"description\""), "{}", s.name);
    }
    let site = dir.path().join("site");
    assert!(waymark(&["init", &site.to_string_lossy()]).status.success());
    let settings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join(".vscode/settings.json")).unwrap())
            .unwrap();
    let map = settings["yaml.schemas"].as_object().unwrap();
    for (schema, glob) in map {
        assert!(site.join(schema).is_file(), "{schema}");
        assert!(glob.as_str().unwrap().ends_with(".yaml"));
    }
    // The starter's `$schema` lines point at files that init wrote.
    for f in [
        "waymark.yaml",
        "content/journeys/first-journey.md",
        "content/assets/content.yaml",
    ] {
        let path = site.join(f);
        let text = std::fs::read_to_string(&path).unwrap();
        let line = text
            .lines()
            .find(|l| l.contains("yaml-language-server: $schema="))
            .expect(f);
        let rel = line.split("$schema=").nth(1).unwrap();
        assert!(path.parent().unwrap().join(rel).is_file(), "{f}: {rel}");
    }
}
