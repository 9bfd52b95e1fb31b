//! What an import needs to know about the site it writes into: the personas and stages it
//! already has, the files it would overwrite; and writing the result.

use std::path::{Path, PathBuf};

use super::draft::DraftPersona;
use super::slug::{slugify, unique_slug};
use crate::load;

/// Persona ids by name: the site's own and the stubs an import creates.
#[derive(Debug, Default, Clone)]
pub struct PersonaBook {
    /// `(id, name)` of the personas the site has.
    pub existing: Vec<(String, String)>,
    /// Personas named by the import; `exists` tells which already have a file.
    pub named: Vec<DraftPersona>,
}

impl PersonaBook {
    /// The id for a persona written as `name`: an existing persona with exactly that name,
    /// else one with that id, else one whose name differs only in case (when no other name
    /// written in this import took it), else a new kebab-case id (`persona-N` when the name
    /// has no Latin letters). Names that differ only in case stay apart, as in Mermaid, and
    /// importing the same file again resolves every name to the same id (idempotent).
    pub fn resolve(&mut self, name: &str) -> String {
        let name = name.trim();
        if let Some(p) = self.named.iter().find(|p| p.name == name) {
            return p.id.clone();
        }
        let slug = slugify(name);
        let taken = |id: &str, named: &[DraftPersona]| named.iter().any(|p| p.id == id);
        let found = self
            .existing
            .iter()
            .find(|(_, n)| n.trim() == name)
            .or_else(|| {
                self.existing
                    .iter()
                    .find(|(id, _)| *id == name && !taken(id, &self.named))
            })
            .or_else(|| {
                self.existing
                    .iter()
                    .find(|(id, n)| n.trim().eq_ignore_ascii_case(name) && !taken(id, &self.named))
            })
            .or_else(|| {
                self.existing
                    .iter()
                    .find(|(id, _)| !slug.is_empty() && *id == slug && !taken(id, &self.named))
            });
        let (id, exists) = match found {
            Some((id, _)) => (id.clone(), true),
            None => {
                let id = unique_slug(name, "persona", |id| {
                    self.existing.iter().any(|(e, _)| e == id)
                        || self.named.iter().any(|p| p.id == id)
                });
                (id, false)
            }
        };
        if !self.named.iter().any(|p| p.id == id) {
            self.named.push(DraftPersona {
                id: id.clone(),
                name: name.to_string(),
                exists,
            });
        }
        id
    }
}

/// The site an import writes into.
#[derive(Debug, Default, Clone)]
pub struct TargetSite {
    /// Its folder.
    pub root: PathBuf,
    /// Whether `waymark.yaml` exists (a minimal one is written when not).
    pub has_config: bool,
    /// `(id, name)` of the stage vocabulary.
    pub stages: Vec<(String, String)>,
    /// Personas.
    pub personas: PersonaBook,
    /// Journey ids already used (by files or `id:`), with the file that uses each.
    pub journey_ids: Vec<(String, String)>,
    /// The teams of `waymark.yaml` (empty: any owner is accepted).
    pub teams: Vec<String>,
}

impl TargetSite {
    /// Reads what the site at `root` has (nothing when it does not exist yet). Files that do
    /// not parse are skipped here; `waymark check` reports them.
    pub fn open(root: &Path) -> TargetSite {
        let has_config = root.join(load::CONFIG_FILE).is_file();
        let loaded = load::load_site(root);
        let stages = loaded
            .config
            .as_ref()
            .map(|c| {
                c.value
                    .stages
                    .iter()
                    .map(|s| {
                        let d = &s.value.0;
                        let id = d.id.value.clone();
                        let name = d
                            .name
                            .clone()
                            .unwrap_or_else(|| crate::base::values::title_from_id(&id));
                        (id, name)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut existing: Vec<(String, String)> = loaded
            .personas
            .iter()
            .map(|p| {
                let id = p
                    .value
                    .id
                    .as_ref()
                    .map(|s| s.value.clone())
                    .unwrap_or_else(|| p.stem.clone());
                (id, p.value.name.clone())
            })
            .collect();
        for stem in &loaded.failed_personas {
            existing.push((stem.clone(), String::new()));
        }
        let mut journey_ids: Vec<(String, String)> = loaded
            .journeys
            .iter()
            .map(|j| {
                let id = j
                    .value
                    .id
                    .as_ref()
                    .map(|s| s.value.clone())
                    .unwrap_or_else(|| j.stem.clone());
                (id, j.file.clone())
            })
            .collect();
        // A journey file that does not parse keeps its file-name id.
        journey_ids.extend(loaded.failed_journeys.iter().map(|stem| {
            let md = format!("content/journeys/{stem}.md");
            let file = if root.join(&md).is_file() {
                md
            } else {
                String::new()
            };
            (stem.clone(), file)
        }));
        let teams = loaded
            .config
            .as_ref()
            .map(|c| c.value.teams.iter().map(|t| t.value.clone()).collect())
            .unwrap_or_default();
        TargetSite {
            teams,
            root: root.to_path_buf(),
            has_config,
            stages,
            personas: PersonaBook {
                existing,
                named: Vec::new(),
            },
            journey_ids,
        }
    }

    /// A stage id for a section or stage named `name`: the vocabulary's id when the name or
    /// its slug matches one, else a new kebab-case id not in `taken`.
    pub fn stage_id(&self, name: &str, taken: &[String]) -> String {
        let slug = slugify(name);
        if let Some((id, _)) = self.stages.iter().find(|(id, n)| {
            n.eq_ignore_ascii_case(name.trim()) || (!slug.is_empty() && *id == slug)
        }) && !taken.contains(id)
        {
            return id.clone();
        }
        unique_slug(name, "stage", |id| taken.iter().any(|t| t == id))
    }

    /// A journey id from `name` (a title or file name) not in `taken` (this import's other
    /// journeys). An id that the site uses in `content/journeys/ID.md` is kept: writing it
    /// replaces that file, which needs `--force`. An id used otherwise (`ID.yaml`, or `id:`
    /// in another file) gets a suffix so that the import adds no duplicate id.
    pub fn journey_id(&self, name: &str, taken: &[String]) -> String {
        unique_slug(name, "journey", |id| {
            taken.iter().any(|t| t == id)
                || self
                    .journey_ids
                    .iter()
                    .any(|(t, file)| t == id && *file != format!("content/journeys/{id}.md"))
        })
    }
}

/// One file an import wants to write.
#[derive(Debug, Clone)]
pub struct PlannedFile {
    /// Path under the site root, `/`-separated.
    pub rel: String,
    /// Content.
    pub text: String,
    /// Skip silently when it exists (persona stubs, the minimal `waymark.yaml`).
    pub only_if_missing: bool,
}

/// What writing did with one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Written {
    /// Created.
    Created(String),
    /// Replaced (with `--force`).
    Replaced(String),
    /// Left as it was (a persona stub whose file exists).
    Kept(String),
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum WriteRefused {
    /// Files exist and `--force` was not given.
    #[error("{} exist(s): {}; nothing was written (pass --force to replace)", .0.len(), .0.join(", "))]
    Exists(Vec<String>),
    /// The file system said no.
    #[error("cannot write {0}: {1}")]
    Io(String, std::io::Error),
}

/// Writes the planned files under `root`. Without `force`, refuses (writing nothing) when a
/// file that is not `only_if_missing` exists.
pub fn write_planned(
    root: &Path,
    files: &[PlannedFile],
    force: bool,
) -> Result<Vec<Written>, WriteRefused> {
    if !force {
        let clashes: Vec<String> = files
            .iter()
            .filter(|f| !f.only_if_missing && root.join(&f.rel).exists())
            .map(|f| f.rel.clone())
            .collect();
        if !clashes.is_empty() {
            return Err(WriteRefused::Exists(clashes));
        }
    }
    let mut out = Vec::new();
    for f in files {
        let path = root.join(&f.rel);
        let existed = path.exists();
        if existed && f.only_if_missing {
            out.push(Written::Kept(f.rel.clone()));
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| WriteRefused::Io(f.rel.clone(), e))?;
        }
        std::fs::write(&path, &f.text).map_err(|e| WriteRefused::Io(f.rel.clone(), e))?;
        out.push(if existed {
            Written::Replaced(f.rel.clone())
        } else {
            Written::Created(f.rel.clone())
        });
    }
    Ok(out)
}

/// The minimal `waymark.yaml` written when an import targets a folder without one.
pub const MINIMAL_CONFIG: &str = "# Written by `waymark import`. See docs/format.md for every field.\ntitle: Imported journeys\n";
