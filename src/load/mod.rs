//! Load: reads a site folder into the file-level structs of [`raw`], keeping locations.
//!
//! Takes a site root (`waymark.yaml` + `content/`); gives a [`LoadedSite`] with every file
//! that parsed, the text of every file (for error snippets) and the diagnostics of those that
//! did not. One bad file never hides the errors of another.

pub mod raw;
mod raw_view;
mod source;
pub use source::decode as decode_utf8;
mod tags;
pub mod text_or;
pub mod theme;
pub mod walk;
mod yaml_error;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_saphyr::{Location, Spanned};

use crate::base::SourceRef;
use crate::diagnostic::Diagnostic;
use raw::{RawAsset, RawConfig, RawJourney, RawPersona};

/// The name of the site configuration file.
pub const CONFIG_FILE: &str = "waymark.yaml";

/// One parsed file.
#[derive(Debug)]
pub struct Doc<T> {
    /// Path relative to the site root, `/`-separated.
    pub file: String,
    /// File name without extension: the default id.
    pub stem: String,
    /// Lines before the YAML in the real file (front matter offset).
    pub line_offset: u32,
    /// Markdown body (empty for `.yaml`).
    pub body: String,
    /// The parsed value.
    pub value: T,
}

impl<T> Doc<T> {
    /// The real-file location of a YAML location; `fallback` when it is unknown.
    pub fn at(&self, loc: &Location, fallback: &SourceRef) -> SourceRef {
        if loc.line() == 0 {
            return fallback.clone();
        }
        SourceRef {
            file: self.file.clone(),
            line: loc.line() as u32 + self.line_offset,
            column: loc.column() as u32,
        }
    }

    /// Where a spanned value was written.
    pub fn span<V>(&self, s: &Spanned<V>) -> SourceRef {
        self.at(&s.referenced, &self.whole())
    }

    /// The file as a whole (line 1).
    pub fn whole(&self) -> SourceRef {
        SourceRef {
            file: self.file.clone(),
            line: 1,
            column: 1,
        }
    }
}

/// Everything read from a site folder.
#[derive(Debug, Default)]
pub struct LoadedSite {
    /// The site root as given.
    pub root: PathBuf,
    /// Text of every file read, by relative path (for error snippets).
    pub sources: BTreeMap<String, String>,
    /// `waymark.yaml`, when it parsed.
    pub config: Option<Doc<RawConfig>>,
    /// Journey files that parsed, in path order.
    pub journeys: Vec<Doc<RawJourney>>,
    /// Persona files that parsed, in path order.
    pub personas: Vec<Doc<RawPersona>>,
    /// Asset files that parsed, in path order.
    pub assets: Vec<Doc<Vec<Spanned<RawAsset>>>>,
    /// Problems found while reading and parsing.
    pub diagnostics: Vec<Diagnostic>,
    /// File stems of journey files that failed to load (their ids are taken as defined so
    /// that one broken file does not cascade into "unknown journey" errors).
    pub failed_journeys: Vec<String>,
    /// File stems of persona files that failed to load.
    pub failed_personas: Vec<String>,
    /// Whether an asset file failed to load (asset references are then not checked).
    pub failed_assets: bool,
    /// The `theme.yaml` of the site's theme (its folder's, or a built-in theme's), when it
    /// has one and it parsed.
    pub theme: Option<Doc<theme::RawTheme>>,
    /// The font and logo files `theme.yaml` names, by path relative to the theme folder
    /// (those that could be read).
    pub theme_files: BTreeMap<String, Vec<u8>>,
}

/// Where a site's files come from: the file system ([`DiskSource`]) or anything else that can
/// list and read files by site-relative, `/`-separated path (a git revision: [`MemSource`]).
pub trait FileSource {
    /// Whether `rel` (e.g. `waymark.yaml`) is a file.
    fn is_file(&self, rel: &str) -> bool;
    /// Whether `rel` (e.g. `content`) is a folder.
    fn is_dir(&self, rel: &str) -> bool;
    /// Every file below the folder `rel`, as site-relative paths, in any order.
    fn files_under(&self, rel: &str) -> Vec<String>;
    /// The bytes of the file `rel`.
    fn read(&self, rel: &str) -> std::io::Result<Vec<u8>>;
}

/// The files of a site folder on disk.
#[derive(Debug, Clone)]
pub struct DiskSource {
    /// The site root.
    pub root: PathBuf,
}

impl FileSource for DiskSource {
    fn is_file(&self, rel: &str) -> bool {
        self.root.join(rel).is_file()
    }

    fn is_dir(&self, rel: &str) -> bool {
        self.root.join(rel).is_dir()
    }

    fn files_under(&self, rel: &str) -> Vec<String> {
        // Links that leave the site are skipped here and reported by `load_site`.
        walk::files_within(&self.root, &self.root.join(rel))
            .files
            .into_iter()
            .map(|f| rel_path(&self.root, &f.path))
            .collect()
    }

    fn read(&self, rel: &str) -> std::io::Result<Vec<u8>> {
        walk::read_within(&self.root, rel)
    }
}

/// Files held in memory by site-relative path (e.g. read from a git revision).
#[derive(Debug, Clone, Default)]
pub struct MemSource {
    /// Path (`content/journeys/ct.md`) → bytes.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl FileSource for MemSource {
    fn is_file(&self, rel: &str) -> bool {
        self.files.contains_key(rel)
    }

    fn is_dir(&self, rel: &str) -> bool {
        let prefix = format!("{rel}/");
        self.files.keys().any(|k| k.starts_with(&prefix))
    }

    fn files_under(&self, rel: &str) -> Vec<String> {
        let prefix = format!("{rel}/");
        self.files
            .keys()
            .filter(|k| k.starts_with(&prefix))
            .cloned()
            .collect()
    }

    fn read(&self, rel: &str) -> std::io::Result<Vec<u8>> {
        self.files
            .get(rel)
            .cloned()
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"))
    }
}

/// Reads the site at `root`. Never fails as a whole: problems become diagnostics. Symbolic
/// links that leave the site, dangling links and loops are skipped with a warning each
/// ([`walk::link_warnings`]).
pub fn load_site(root: &Path) -> LoadedSite {
    let mut site = load_from(
        root,
        &DiskSource {
            root: root.to_path_buf(),
        },
    );
    site.diagnostics.extend(walk::link_warnings(root));
    site
}

/// Reads a site from `source`; `root` names it in messages (and is where themes are looked
/// for). Never fails as a whole: problems become diagnostics.
pub fn load_from(root: &Path, source: &dyn FileSource) -> LoadedSite {
    let mut site = LoadedSite {
        root: root.to_path_buf(),
        ..Default::default()
    };
    if source.is_file(CONFIG_FILE) {
        site.config = site.read_doc(source, CONFIG_FILE, Kind::Yaml);
    } else {
        site.diagnostics.push(
            Diagnostic::error("missing-config", CONFIG_FILE, 0, 0, format!("no {CONFIG_FILE} in {}", root.display()))
                .with_hint("run waymark in a site folder, pass its path, or create one with `waymark init DIR`"),
        );
    }
    site.read_theme(source);
    // The site's message overrides for its `language:` (`i18n/TAG.ftl`), kept as a source:
    // `check` reports their syntax errors and missing keys, the model builds the catalogue.
    if let Some(rel) = site
        .config
        .as_ref()
        .and_then(|c| c.value.language.as_ref())
        .and_then(|l| crate::i18n::override_path(&l.value))
        && source.is_file(&rel)
    {
        match source.read(&rel).map(String::from_utf8) {
            Ok(Ok(text)) => {
                site.sources.insert(rel, text);
            }
            _ => site.diagnostics.push(
                Diagnostic::error(
                    "read-failed",
                    &rel,
                    0,
                    0,
                    format!("cannot read {rel} as UTF-8 text"),
                )
                .with_hint("save the message catalogue as UTF-8 Fluent (.ftl) text"),
            ),
        }
    }
    if !source.is_dir("content") {
        site.diagnostics.push(
            Diagnostic::error("missing-content", "content", 0, 0, format!("no content/ folder in {}", root.display()))
                .with_hint("journeys go in content/journeys/, personas in content/personas/, assets in content/assets/"),
        );
        return site;
    }
    for (dir, exts) in [
        ("content/journeys", &["md", "yaml", "yml"][..]),
        ("content/personas", &["md", "yaml", "yml"][..]),
        ("content/assets", &["yaml", "yml"][..]),
    ] {
        for path in hidden_files(source, dir, exts) {
            site.diagnostics.push(
                Diagnostic::error(
                    "hidden-file",
                    &path,
                    0,
                    0,
                    format!("`{path}` starts with `.`, so waymark skips it"),
                )
                .warning()
                .with_hint("rename it without the leading `.` to include it; hidden files are for drafts and editor files"),
            );
        }
    }
    let journeys = files(source, "content/journeys", &["md", "yaml", "yml"]);
    for (path, doc) in site.read_docs(source, journeys) {
        match doc {
            Some(doc) => site.journeys.push(doc),
            None => site.failed_journeys.push(stem(&path)),
        }
    }
    let personas = files(source, "content/personas", &["md", "yaml", "yml"]);
    for (path, doc) in site.read_docs(source, personas) {
        match doc {
            Some(doc) => site.personas.push(doc),
            None => site.failed_personas.push(stem(&path)),
        }
    }
    let assets = files(source, "content/assets", &["yaml", "yml"]);
    for (_, doc) in site.read_docs(source, assets) {
        match doc {
            Some(doc) => site.assets.push(doc),
            None => site.failed_assets = true,
        }
    }
    site
}

/// `.md` files have front matter; the others are plain YAML.
fn kind_of(path: &str) -> Kind {
    if has_ext(path, "md") {
        Kind::Markdown
    } else {
        Kind::Yaml
    }
}

/// Re-reads one journey file of an already loaded site in place (for `waymark serve`):
/// its previous document, failure and diagnostics are dropped, then the file is read again
/// when it still exists. Everything else stays as loaded.
pub fn reload_journey(site: &mut LoadedSite, path: &Path) {
    let file = rel_path(&site.root, path);
    let stem_of = stem(&file);
    site.journeys.retain(|d| d.file != file);
    site.failed_journeys.retain(|s| s != &stem_of);
    site.diagnostics.retain(|d| d.file != file);
    site.sources.remove(&file);
    if !path.is_file() || stem_of.starts_with('.') {
        return;
    }
    let kind = if has_ext(&file, "md") {
        Kind::Markdown
    } else {
        Kind::Yaml
    };
    let source = DiskSource {
        root: site.root.clone(),
    };
    match site.read_doc::<RawJourney>(&source, &file, kind) {
        Some(doc) => {
            let at = site
                .journeys
                .partition_point(|d| Path::new(&d.file) < Path::new(&doc.file));
            site.journeys.insert(at, doc);
        }
        None => site.failed_journeys.push(stem_of),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Markdown,
    Yaml,
}

impl LoadedSite {
    /// Reads and parses one file, recording its text and any diagnostic.
    fn read_doc<T: DeserializeOwned + Limited>(
        &mut self,
        source: &dyn FileSource,
        file: &str,
        kind: Kind,
    ) -> Option<Doc<T>> {
        let bytes = read_bytes(source, file);
        self.keep(file, parse_file(file, bytes, kind))
    }

    /// Reads `paths` (in order, from `source`, which need not be thread-safe), then parses
    /// them on every core; gives each path with its document, `None` when it failed (its
    /// diagnostic is recorded). A portfolio has a thousand files: parsing is most of `check`.
    fn read_docs<T: DeserializeOwned + Limited + Send>(
        &mut self,
        source: &dyn FileSource,
        paths: Vec<String>,
    ) -> Vec<(String, Option<Doc<T>>)> {
        use rayon::prelude::*;
        let read: Vec<(String, Result<Vec<u8>, Diagnostic>)> = paths
            .into_iter()
            .map(|p| {
                let bytes = read_bytes(source, &p);
                (p, bytes)
            })
            .collect();
        let parsed: Vec<(String, Parsed<T>)> = read
            .into_par_iter()
            .map(|(p, bytes)| {
                let parsed = parse_file(&p, bytes, kind_of(&p));
                (p, parsed)
            })
            .collect();
        parsed
            .into_iter()
            .map(|(p, parsed)| {
                let doc = self.keep(&p, parsed);
                (p, doc)
            })
            .collect()
    }

    /// Records what parsing `file` gave: its text (for snippets), its warnings and its
    /// diagnostic.
    fn keep<T>(&mut self, file: &str, parsed: Parsed<T>) -> Option<Doc<T>> {
        if let Some(text) = parsed.text {
            self.sources.insert(file.to_string(), text);
        }
        self.diagnostics.extend(parsed.warnings);
        match parsed.doc {
            Ok(doc) => Some(doc),
            Err(d) => {
                self.diagnostics.push(*d);
                None
            }
        }
    }
}

/// What parsing one file gave: its decoded text (when it decoded), warnings, and the
/// document.
struct Parsed<T> {
    text: Option<String>,
    warnings: Vec<Diagnostic>,
    doc: Result<Doc<T>, Box<Diagnostic>>,
}

#[allow(clippy::result_large_err)] // one diagnostic per bad file
fn read_bytes(source: &dyn FileSource, file: &str) -> Result<Vec<u8>, Diagnostic> {
    source.read(file).map_err(|e| {
        Diagnostic::error("read-failed", file, 0, 0, format!("cannot read file: {e}"))
            .with_hint("check that the file exists and is readable")
    })
}

#[allow(clippy::result_large_err)] // one diagnostic per bad file
fn parse_file<T: DeserializeOwned + Limited>(
    file: &str,
    bytes: Result<Vec<u8>, Diagnostic>,
    kind: Kind,
) -> Parsed<T> {
    let mut sources = BTreeMap::new();
    let mut warnings = Vec::new();
    let doc = bytes
        .and_then(|b| parse_text(file, b, kind, &mut sources, &mut warnings))
        .map_err(Box::new);
    Parsed {
        text: sources.remove(file),
        warnings,
        doc,
    }
}

/// `path` relative to `root`, `/`-separated.
fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

#[allow(clippy::result_large_err)] // one diagnostic per bad file
fn parse_text<T: DeserializeOwned + Limited>(
    file: &str,
    bytes: Vec<u8>,
    kind: Kind,
    sources: &mut BTreeMap<String, String>,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Doc<T>, Diagnostic> {
    let text = source::decode(file, bytes)?;
    sources.insert(file.to_string(), text.clone());
    source::non_empty(file, &text)?;
    let (yaml, line_offset, body) = match kind {
        Kind::Markdown => {
            let s = source::split_front_matter(file, &text)?;
            (s.yaml.to_string(), s.line_offset, s.body.to_string())
        }
        Kind::Yaml => (text.clone(), 0, String::new()),
    };
    // The body's first line in the real file: after the front matter and its `---` lines.
    let body_line = text[..text.len() - body.len()].matches('\n').count() as u32 + 1;
    if let Some(d) = crate::limits::markdown_depth(file, body_line, &body) {
        return Err(d);
    }
    if yaml.trim().is_empty() {
        return Err(
            Diagnostic::error("empty-front-matter", file, 1, 1, "front matter is empty")
                .with_hint("write the YAML fields between the two `---` lines"),
        );
    }
    if let Some(d) = tags::first_tag(file, line_offset, &yaml) {
        return Err(d);
    }
    if let Some(d) = crate::limits::long_text(file, line_offset, &yaml) {
        return Err(d);
    }
    if let Some(d) =
        T::YAML_BYTES.and_then(|l| crate::limits::yaml_size(file, line_offset, &yaml, l))
    {
        return Err(d);
    }
    let options = serde_saphyr::options! { with_snippet: false };
    let value = serde_saphyr::from_str_with_options::<T>(&yaml, options)
        .map_err(|e| yaml_error::to_diagnostic(file, line_offset, &yaml, &e))?;
    warnings.extend(tags::anchored_text(file, line_offset, &yaml));
    let mut value = value;
    T::restore_digits(&mut value, &yaml);
    let stem = stem(file);
    let doc = Doc {
        file: file.to_string(),
        stem,
        line_offset,
        body,
        value,
    };
    match T::over_limit(&doc) {
        Some(d) => Err(d),
        None => Ok(doc),
    }
}

/// A kind of document with limits on its lists ([`crate::limits`]), checked once it parsed.
pub trait Limited: Sized {
    /// The most bytes its YAML (the front matter of a Markdown file) may have, checked
    /// before it is parsed; `None`: no limit of its own.
    const YAML_BYTES: Option<usize> = None;
    /// The `limit-exceeded` error for the first list of `doc` past its limit.
    fn over_limit(_doc: &Doc<Self>) -> Option<Diagnostic> {
        None
    }
    /// Puts back the digits of items written as bare numbers (`- 2.50`), read from `yaml`
    /// (see [`text_or::keep_number_digits`]).
    fn restore_digits(&mut self, _yaml: &str) {}
}

impl Limited for RawJourney {
    const YAML_BYTES: Option<usize> = Some(crate::limits::JOURNEY_YAML_BYTES);
    fn over_limit(doc: &Doc<Self>) -> Option<Diagnostic> {
        crate::limits::journey(doc)
    }
    fn restore_digits(&mut self, yaml: &str) {
        use text_or::keep_number_digits as keep;
        for s in &mut self.stages {
            let s = &mut s.value;
            s.actions.iter_mut().for_each(|i| keep(yaml, i));
            s.questions.iter_mut().for_each(|i| keep(yaml, i));
            s.touchpoints.iter_mut().for_each(|i| keep(yaml, i));
            s.pain_points.iter_mut().for_each(|i| keep(yaml, i));
            s.decision_moments.iter_mut().for_each(|i| keep(yaml, i));
            s.handoffs.iter_mut().for_each(|i| keep(yaml, i));
            s.opportunities.iter_mut().for_each(|i| keep(yaml, i));
            s.metrics.iter_mut().for_each(|i| keep(yaml, i));
        }
    }
}

impl Limited for RawPersona {
    fn over_limit(doc: &Doc<Self>) -> Option<Diagnostic> {
        crate::limits::persona(doc)
    }
}

impl Limited for RawConfig {
    fn over_limit(doc: &Doc<Self>) -> Option<Diagnostic> {
        crate::limits::config(doc)
    }
}

impl Limited for Vec<Spanned<RawAsset>> {
    fn restore_digits(&mut self, yaml: &str) {
        for asset in self {
            let claims = &mut asset.value.claims;
            claims
                .iter_mut()
                .for_each(|c| text_or::keep_number_digits(yaml, c));
        }
    }
}

/// Parses the text of a journey file named `file` (site-relative; `.md` with front matter,
/// else plain YAML) as `check` would, limits included: the document, or the first error.
/// Used by `import` to try what it would write. Warnings are dropped.
#[allow(clippy::result_large_err)] // one diagnostic per bad file
pub fn parse_journey(file: &str, text: &str) -> Result<Doc<RawJourney>, Diagnostic> {
    let mut sources = BTreeMap::new();
    let mut warnings = Vec::new();
    parse_text(
        file,
        text.as_bytes().to_vec(),
        kind_of(file),
        &mut sources,
        &mut warnings,
    )
}

/// The UI catalogue of the site's `language:` with its `i18n/TAG.ftl` (as loaded into
/// `sources`); English when the tag is absent or invalid (`check` reports the latter).
pub fn catalogue(site: &LoadedSite) -> std::sync::Arc<crate::i18n::Catalogue> {
    let tag = site
        .config
        .as_ref()
        .and_then(|d| d.value.language.as_ref())
        .map(|l| l.value.as_str());
    let Some(tag) = tag.filter(|t| crate::i18n::parse_tag(t).is_ok()) else {
        return crate::i18n::Catalogue::english();
    };
    let file = crate::i18n::override_path(tag).and_then(|p| site.sources.get(&p));
    if tag == "en" && file.is_none() {
        return crate::i18n::Catalogue::english();
    }
    std::sync::Arc::new(crate::i18n::Catalogue::new(
        Some(tag),
        file.map(String::as_str),
    ))
}

/// File name without extension.
fn stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    match name.rfind('.') {
        Some(i) if i > 0 => name[..i].to_string(),
        _ => name.to_string(),
    }
}

fn has_ext(path: &str, ext: &str) -> bool {
    path.rsplit('/')
        .next()
        .and_then(|n| n.rsplit_once('.'))
        .is_some_and(|(_, e)| e.eq_ignore_ascii_case(ext))
}

/// Hidden files (a name starting with `.`) under `dir` with one of `exts`, sorted.
fn hidden_files(source: &dyn FileSource, dir: &str, exts: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = source
        .files_under(dir)
        .into_iter()
        .filter(|p| p.rsplit('/').next().unwrap_or(p).starts_with('.'))
        .filter(|p| exts.iter().any(|x| has_ext(p, x)))
        .collect();
    out.sort();
    out
}

/// Files under `dir` with one of `exts`, sorted by path; hidden files are skipped.
fn files(source: &dyn FileSource, dir: &str, exts: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = source
        .files_under(dir)
        .into_iter()
        .filter(|p| !p.rsplit('/').next().unwrap_or(p).starts_with('.'))
        .filter(|p| exts.iter().any(|x| has_ext(p, x)))
        .collect();
    out.sort_by(|a, b| a.split('/').cmp(b.split('/')));
    out
}
