//! History: what git knows about a site. Read through gix from the object database (no
//! checkout, no `git` process).
//!
//! - [`repo`]: find the repository holding a site folder, read the site at a revision;
//! - [`dates`]: last-changed commit and number of revisions of every site file, in one walk;
//! - [`diff`]: the semantic difference between two resolved sites;
//! - [`revision`]: a site at one revision, resolved for `waymark diff`;
//! - [`settings`]: what changed in `waymark.yaml`;
//! - [`text`]: that difference as sentences, Markdown and JSON.
//!
//! [`collect`] gathers the facts that pages show ([`SiteHistory`]); outside git it gives
//! `None` and pages simply leave these facts out.

pub mod dates;
pub mod diff;
pub mod repo;
pub mod revision;
pub mod settings;
pub mod text;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use gix::ObjectId;
use serde::Serialize;

pub use dates::FileHistory;
pub use repo::{CommitInfo, HistoryError, SiteRepo};

use crate::load::{DiskSource, FileSource, LoadedSite};
use crate::model::{self, Journey, Site};

/// Default number of commits on the change history page.
pub const DEFAULT_HISTORY: usize = 50;

/// What git knows about a site, for the pages.
#[derive(Debug, Clone, Serialize)]
pub struct SiteHistory {
    /// The commit the work tree is at; `None` before the first commit.
    pub head: Option<CommitInfo>,
    /// Site files on disk differ from HEAD.
    pub dirty: bool,
    /// The clone is shallow: history before some commits is missing.
    pub shallow: bool,
    /// Per site-relative path (`content/journeys/ct.md`).
    pub files: BTreeMap<String, FileHistory>,
    /// The commits that changed the site, newest first, up to the limit asked for.
    pub changes: Vec<CommitChanges>,
    /// More commits changed the site than are listed.
    pub more_changes: usize,
    /// Number of commits walked, and how long it took (milliseconds; not shown on pages).
    #[serde(skip)]
    pub stats: (usize, u128),
}

/// One commit's semantic change.
#[derive(Debug, Clone, Serialize)]
pub struct CommitChanges {
    /// The commit.
    pub commit: CommitInfo,
    /// The change in sentences, grouped; empty when nothing semantic changed.
    pub groups: Vec<text::Group>,
    /// Why the change could not be computed (the site did not load at this commit or its
    /// parent, or the parent is beyond a shallow clone's history).
    pub note: Option<String>,
    /// Ids of the journeys whose `reviewed` date this commit set: a commit that records a
    /// review does not make its map "changed since review".
    #[serde(skip)]
    pub reviewed: Vec<String>,
}

/// Whether `path` is a file the loader reads (`waymark.yaml`, or a non-hidden `.md`,
/// `.yaml` or `.yml` under `content/`).
pub fn is_site_file(path: &str) -> bool {
    if path == crate::load::CONFIG_FILE {
        return true;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    path.starts_with("content/")
        && !name.starts_with('.')
        && ["md", "yaml", "yml"].iter().any(|e| {
            name.rsplit_once('.')
                .is_some_and(|(_, x)| x.eq_ignore_ascii_case(e))
        })
}

/// Collects the history of the site at `root` with up to `limit` commits of changes;
/// `None` outside git.
pub fn collect(root: &Path, limit: usize) -> Option<SiteHistory> {
    let repo = SiteRepo::discover(root)?;
    let started = std::time::Instant::now();
    let mut walk = dates::walk(&repo).ok()?;
    let disk: Vec<String> = DiskSource {
        root: root.to_path_buf(),
    }
    .files_under("content")
    .into_iter()
    .chain(
        root.join(crate::load::CONFIG_FILE)
            .is_file()
            .then(|| crate::load::CONFIG_FILE.to_string()),
    )
    .filter(|p| is_site_file(p))
    .collect();
    let dirty = dates::mark_uncommitted(&repo, &mut walk, &disk).unwrap_or(false);
    // Files deleted since (neither in HEAD nor on disk) have no page to show facts on.
    let head_files = match repo.head() {
        Some(h) => SiteRepo::object_id(&h.id)
            .and_then(|id| repo.files_at(id))
            .ok(),
        None => None,
    };
    walk.files.retain(|p, _| {
        is_site_file(p)
            && (disk.contains(p) || head_files.as_ref().is_some_and(|f| f.contains_key(p)))
    });
    let elapsed = started.elapsed().as_millis();
    let touches: Vec<&dates::Touch> = walk
        .touches
        .iter()
        .filter(|t| t.paths.iter().any(|p| is_site_file(p)))
        .collect();
    let more_changes = touches.len().saturating_sub(limit);
    let mut cache: HashMap<ObjectId, Result<Site, String>> = HashMap::new();
    let changes = touches
        .iter()
        .take(limit)
        .filter_map(|t| commit_changes(&repo, t, &mut cache))
        .collect();
    Some(SiteHistory {
        head: repo.head(),
        dirty,
        shallow: repo.is_shallow(),
        files: walk.files,
        changes,
        more_changes,
        stats: (walk.commits_seen, elapsed),
    })
}

fn commit_changes(
    repo: &SiteRepo,
    t: &dates::Touch,
    cache: &mut HashMap<ObjectId, Result<Site, String>>,
) -> Option<CommitChanges> {
    let commit = repo.commit_info(t.commit).ok()?;
    let mut load = |id: ObjectId, date: NaiveDate| -> Result<Site, String> {
        cache
            .entry(id)
            .or_insert_with(|| site_at(repo, id, date))
            .clone()
    };
    let new = load(t.commit, commit.date);
    let (d, note) = match (t.boundary, t.parent) {
        (true, _) => (
            None,
            Some("History before this commit is not in this shallow clone; its changes cannot be shown.".to_string()),
        ),
        (false, None) => match new {
            Ok(s) => (Some(diff::diff(&empty_site(&s), &s)), None),
            Err(e) => (None, Some(e)),
        },
        (false, Some(p)) => {
            let old = load(p, commit.date);
            match (old, new) {
                (Ok(o), Ok(n)) => (Some(diff::diff(&o, &n)), None),
                (Err(e), _) | (_, Err(e)) => (None, Some(e)),
            }
        }
    };
    let reviewed = d
        .iter()
        .flat_map(|d| &d.journeys)
        .filter(|j| {
            j.changes
                .iter()
                .any(|c| matches!(c, diff::Change::Reviewed { .. }))
        })
        .map(|j| j.id.clone())
        .collect();
    Some(CommitChanges {
        commit,
        groups: d.as_ref().map(text::groups).unwrap_or_default(),
        note,
        reviewed,
    })
}

/// A site with the same settings and nothing in it (what came before the first commit).
fn empty_site(like: &Site) -> Site {
    Site {
        config: like.config.clone(),
        journeys: Vec::new(),
        personas: Vec::new(),
        assets: Vec::new(),
        as_of: like.as_of,
        index: crate::model::SiteIndex::default(),
        theme: Default::default(),
    }
}

/// Loads and resolves the site at commit `id`, or says why it does not load.
fn site_at(repo: &SiteRepo, id: ObjectId, as_of: NaiveDate) -> Result<Site, String> {
    let loaded = repo.load_at(id).map_err(|e| e.to_string())?;
    resolve(&loaded, as_of)
        .map(|r| r.site)
        .map_err(|n| format!("the site does not load at this commit ({n} file error(s))"))
}

/// A site resolved from history, with the number of errors `waymark check` reports on it.
#[derive(Debug)]
pub struct Resolved {
    /// The resolved site.
    pub site: Site,
    /// Errors that `check` finds but that do not stop the model from being built (e.g. an
    /// asset naming a journey committed later). A past commit is compared as it was written.
    pub check_errors: Vec<crate::diagnostic::Diagnostic>,
}

/// Resolves a site loaded from history. Fails (with the number of errors) only when a file
/// does not parse, or the config or content folder is missing: errors that `check` adds
/// (unknown ids and the like) do not stop a past revision from being compared. A theme
/// folder is not looked for (it is not part of the content).
pub fn resolve(loaded: &LoadedSite, as_of: NaiveDate) -> Result<Resolved, usize> {
    let load_errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    if load_errors > 0 {
        return Err(load_errors);
    }
    let check_errors = crate::check::check(loaded)
        .into_iter()
        .filter(|d| d.is_error() && d.code != "unknown-theme")
        .collect();
    Ok(Resolved {
        site: model::build(loaded, as_of),
        check_errors,
    })
}

/// The date of the HEAD commit of the repository holding `root`; `None` outside git.
pub fn head_date(root: &Path) -> Option<NaiveDate> {
    SiteRepo::discover(root)?.head().map(|c| c.date)
}

impl SiteHistory {
    /// Facts about one site file.
    pub fn file(&self, path: &str) -> Option<&FileHistory> {
        self.files.get(path)
    }

    /// Whether a journey changed (in git, or on disk) after its `reviewed` date. The commit
    /// that records a review (sets `reviewed:`) and the commit that adds the file do not
    /// count as changes after it.
    pub fn changed_since_review(&self, j: &Journey) -> bool {
        let Some(reviewed) = j.reviewed else {
            return false;
        };
        self.file(&j.source.file).is_some_and(|f| {
            f.uncommitted
                || f.last
                    .as_ref()
                    // A file's first commit is the version that was reviewed: a file with
                    // one known revision has not changed since.
                    .is_some_and(|c| {
                        c.date > reviewed && f.revisions > 1 && !self.records_review(&c.id, &j.id)
                    })
        })
    }

    /// Whether commit `id` (among the listed changes) set the `reviewed` date of journey `j`.
    fn records_review(&self, id: &str, j: &str) -> bool {
        self.changes
            .iter()
            .any(|c| c.commit.id == id && c.reviewed.iter().any(|r| r == j))
    }
}
