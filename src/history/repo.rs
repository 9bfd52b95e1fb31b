//! Opening the git repository that holds a site, and reading the site at a revision.
//!
//! Everything goes through gix and the object database: no checkout, no `git` process.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::NaiveDate;
use gix::ObjectId;
use serde::Serialize;

use crate::load::{self, LoadedSite, MemSource};

/// Why a history question could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The site folder is not inside a git work tree.
    #[error("{} is not inside a git repository", .0.display())]
    NotInGit(PathBuf),
    /// A revision does not name a commit.
    #[error("revision `{rev}` not found: {message}")]
    UnknownRevision {
        /// As given on the command line.
        rev: String,
        /// What gix said.
        message: String,
    },
    /// The repository could not be read.
    #[error("cannot read the git repository: {0}")]
    Git(String),
}

fn git_err(e: impl std::fmt::Display) -> HistoryError {
    HistoryError::Git(e.to_string())
}

/// One commit, as pages and sentences show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommitInfo {
    /// Full hex id.
    pub id: String,
    /// The first 7 hex digits.
    pub short: String,
    /// Committer date, in the committer's own time zone.
    pub date: NaiveDate,
    /// Committer time, seconds since 1970 (for ordering).
    #[serde(skip)]
    pub time: i64,
    /// First line of the message.
    pub subject: String,
    /// Author name.
    pub author: String,
}

/// The git repository holding a site folder.
pub struct SiteRepo {
    pub(crate) repo: gix::Repository,
    /// The site folder relative to the work tree, `/`-separated, with a trailing `/`
    /// (empty when the site is the work tree's root).
    pub(crate) prefix: String,
    /// The site folder on disk.
    pub(crate) root: PathBuf,
    /// Commits whose parents this clone does not have (a shallow clone's boundary).
    pub(crate) shallow: Vec<ObjectId>,
    /// Site files by root tree id (memoised: many commits share trees).
    tree_cache: std::cell::RefCell<HashMap<ObjectId, Rc<Files>>>,
}

/// Site-relative path → blob id, for the files that make up a site at one commit.
pub type Files = BTreeMap<String, ObjectId>;

impl SiteRepo {
    /// The repository whose work tree holds `site_root`; `None` outside git (or in a bare
    /// repository, or when the repository cannot be opened).
    pub fn discover(site_root: &Path) -> Option<SiteRepo> {
        let root = site_root.canonicalize().ok()?;
        let repo = gix::discover(&root).ok()?;
        let workdir = repo.workdir()?.canonicalize().ok()?;
        let rel = root.strip_prefix(&workdir).ok()?;
        let mut prefix = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if !prefix.is_empty() {
            prefix.push('/');
        }
        let shallow = repo
            .shallow_commits()
            .ok()
            .flatten()
            .map(|c| c.iter().copied().collect())
            .unwrap_or_default();
        Some(SiteRepo {
            repo,
            prefix,
            root: site_root.to_path_buf(),
            shallow,
            tree_cache: Default::default(),
        })
    }

    /// Whether this is a shallow clone (history cut off below some commits).
    pub fn is_shallow(&self) -> bool {
        !self.shallow.is_empty()
    }

    /// The HEAD commit; `None` before the first commit.
    pub fn head(&self) -> Option<CommitInfo> {
        let id = self.repo.head_id().ok()?.detach();
        self.commit_info(id).ok()
    }

    /// The commit a revision (`HEAD~3`, `main`, a hash, a tag) names.
    pub fn resolve(&self, rev: &str) -> Result<CommitInfo, HistoryError> {
        let id = self
            .repo
            .rev_parse_single(rev)
            .map_err(|e| HistoryError::UnknownRevision {
                rev: rev.to_string(),
                message: e.to_string(),
            })?;
        let object = id.object().map_err(git_err)?;
        let commit = object
            .peel_to_commit()
            .map_err(|e| HistoryError::UnknownRevision {
                rev: rev.to_string(),
                message: format!("not a commit: {e}"),
            })?;
        self.commit_info(commit.id)
    }

    /// Facts about one commit.
    pub fn commit_info(&self, id: ObjectId) -> Result<CommitInfo, HistoryError> {
        let commit = self.repo.find_commit(id).map_err(git_err)?;
        let time = commit.time().map_err(git_err)?;
        let subject = commit
            .message()
            .map(|m| m.summary().to_string())
            .unwrap_or_default();
        let author = commit
            .author()
            .map(|a| a.name.to_string())
            .unwrap_or_default();
        let hex = id.to_string();
        Ok(CommitInfo {
            short: hex[..7.min(hex.len())].to_string(),
            id: hex,
            date: local_date(time.seconds, time.offset),
            time: time.seconds,
            subject,
            author,
        })
    }

    /// The parents of `id` that this clone has; `None` for a commit at a shallow boundary
    /// (its parents exist but were not fetched).
    pub(crate) fn parents(&self, id: ObjectId) -> Result<Option<Vec<ObjectId>>, HistoryError> {
        if self.shallow.contains(&id) {
            return Ok(None);
        }
        let commit = self.repo.find_commit(id).map_err(git_err)?;
        let parents: Vec<ObjectId> = commit.parent_ids().map(|p| p.detach()).collect();
        if parents.iter().any(|p| !self.repo.has_object(p)) {
            return Ok(None);
        }
        Ok(Some(parents))
    }

    /// The site's files (`waymark.yaml` and everything under `content/`) at commit `id`,
    /// as blob ids.
    pub fn files_at(&self, id: ObjectId) -> Result<Rc<Files>, HistoryError> {
        let commit = self.repo.find_commit(id).map_err(git_err)?;
        let tree = commit.tree_id().map_err(git_err)?.detach();
        if let Some(f) = self.tree_cache.borrow().get(&tree) {
            return Ok(f.clone());
        }
        let mut files = Files::new();
        // Descend to the site folder.
        let mut site_tree = Some(tree);
        for part in self.prefix.split('/').filter(|p| !p.is_empty()) {
            site_tree = match site_tree {
                Some(t) => self.child(t, part, true)?,
                None => None,
            };
        }
        if let Some(site_tree) = site_tree {
            if let Some(config) = self.child(site_tree, load::CONFIG_FILE, false)? {
                files.insert(load::CONFIG_FILE.to_string(), config);
            }
            if let Some(content) = self.child(site_tree, "content", true)? {
                self.flatten(content, "content/", &mut files)?;
            }
        }
        let files = Rc::new(files);
        self.tree_cache.borrow_mut().insert(tree, files.clone());
        Ok(files)
    }

    /// The entry `name` of tree `tree` when it is a tree (`want_tree`) or a blob.
    fn child(
        &self,
        tree: ObjectId,
        name: &str,
        want_tree: bool,
    ) -> Result<Option<ObjectId>, HistoryError> {
        let tree = self.repo.find_tree(tree).map_err(git_err)?;
        let decoded = tree.decode().map_err(git_err)?;
        Ok(decoded
            .entries
            .iter()
            .find(|e| {
                e.filename == name.as_bytes()
                    && if want_tree {
                        e.mode.is_tree()
                    } else {
                        e.mode.is_blob()
                    }
            })
            .map(|e| e.oid.to_owned()))
    }

    fn flatten(&self, tree: ObjectId, prefix: &str, out: &mut Files) -> Result<(), HistoryError> {
        let tree = self.repo.find_tree(tree).map_err(git_err)?;
        let decoded = tree.decode().map_err(git_err)?;
        for e in &decoded.entries {
            let name = format!("{prefix}{}", e.filename);
            if e.mode.is_tree() {
                self.flatten(e.oid.to_owned(), &format!("{name}/"), out)?;
            } else if e.mode.is_blob() {
                out.insert(name, e.oid.to_owned());
            }
        }
        Ok(())
    }

    /// The bytes of a blob.
    pub fn blob(&self, id: ObjectId) -> Result<Vec<u8>, HistoryError> {
        let mut blob = self.repo.find_blob(id).map_err(git_err)?;
        Ok(blob.take_data())
    }

    /// The site's files at commit `id`, read into memory.
    pub fn source_at(&self, id: ObjectId) -> Result<MemSource, HistoryError> {
        let files = self.files_at(id)?;
        let mut source = MemSource::default();
        for (path, blob) in files.iter() {
            source.files.insert(path.clone(), self.blob(*blob)?);
        }
        Ok(source)
    }

    /// The site as it was at commit `id`, loaded from the object database.
    pub fn load_at(&self, id: ObjectId) -> Result<LoadedSite, HistoryError> {
        let source = self.source_at(id)?;
        Ok(load::load_from(&self.root, &source))
    }

    /// Parses a full hex id (as kept in [`CommitInfo::id`]).
    pub fn object_id(hex: &str) -> Result<ObjectId, HistoryError> {
        ObjectId::from_hex(hex.as_bytes()).map_err(git_err)
    }
}

/// The calendar date of a git time in its own offset.
pub fn local_date(seconds: i64, offset: i32) -> NaiveDate {
    chrono::DateTime::from_timestamp(seconds + i64::from(offset), 0)
        .map(|d| d.date_naive())
        .unwrap_or_default()
}
