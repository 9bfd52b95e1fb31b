//! Last-changed facts per file: one walk over the commits reachable from HEAD, newest first.

use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashSet};

use gix::ObjectId;
use serde::Serialize;

use super::repo::{CommitInfo, HistoryError, SiteRepo};

/// What git knows about one site file.
#[derive(Debug, Clone, Serialize)]
pub struct FileHistory {
    /// The newest commit that changed the file; `None` for a file never committed.
    pub last: Option<CommitInfo>,
    /// Commits that changed the file (a lower bound in a shallow clone).
    pub revisions: u32,
    /// The file on disk differs from HEAD (or is not in HEAD at all).
    pub uncommitted: bool,
    /// The last change is at the boundary of a shallow clone: the file was last changed
    /// in that commit or before it.
    pub at_or_before: bool,
}

/// A commit that changed the site's files, with the paths it changed.
#[derive(Debug, Clone)]
pub struct Touch {
    /// The commit.
    pub commit: ObjectId,
    /// Its first parent, when this clone has it.
    pub parent: Option<ObjectId>,
    /// Whether the commit is at a shallow boundary (its parents are missing).
    pub boundary: bool,
    /// Site-relative paths added, changed or removed.
    pub paths: BTreeSet<String>,
}

/// The result of one walk.
#[derive(Debug, Clone, Default)]
pub struct Walk {
    /// Per site-relative path.
    pub files: BTreeMap<String, FileHistory>,
    /// Commits that changed site files, newest first.
    pub touches: Vec<Touch>,
    /// Number of commits visited.
    pub commits_seen: usize,
}

/// Walks every commit reachable from HEAD once, newest first, and attributes to each site
/// file the commits that changed it. A commit changes a path when the path's blob differs
/// from every parent's (so a merge that took a file from one side does not count).
pub fn walk(repo: &SiteRepo) -> Result<Walk, HistoryError> {
    let mut out = Walk::default();
    let Some(head) = repo.head() else {
        return Ok(out);
    };
    let head_id = SiteRepo::object_id(&head.id)?;
    let mut infos: BTreeMap<ObjectId, CommitInfo> = BTreeMap::new();
    let mut queue: BinaryHeap<(i64, ObjectId)> = BinaryHeap::new();
    let mut seen: HashSet<ObjectId> = HashSet::new();
    queue.push((head.time, head_id));
    seen.insert(head_id);
    infos.insert(head_id, head);
    while let Some((_, id)) = queue.pop() {
        out.commits_seen += 1;
        let files = repo.files_at(id)?;
        let parents = repo.parents(id)?;
        let boundary = parents.is_none();
        let parents = parents.unwrap_or_default();
        let mut parent_files = Vec::with_capacity(parents.len());
        for p in &parents {
            parent_files.push(repo.files_at(*p)?);
            if seen.insert(*p) {
                let info = repo.commit_info(*p)?;
                queue.push((info.time, *p));
                infos.insert(*p, info);
            }
        }
        // Paths whose blob differs from every parent (all paths for a root commit).
        let mut changed = BTreeSet::new();
        if !parent_files
            .iter()
            .any(|pf| std::rc::Rc::ptr_eq(pf, &files))
        {
            let mut candidates: BTreeSet<&String> = files.keys().collect();
            for pf in &parent_files {
                candidates.extend(pf.keys());
            }
            for path in candidates {
                let mine = files.get(path);
                if parent_files.iter().all(|pf| pf.get(path) != mine) {
                    changed.insert(path.clone());
                }
            }
        }
        if changed.is_empty() {
            continue;
        }
        let info = infos.get(&id).cloned();
        for path in changed.iter().filter(|p| files.contains_key(*p)) {
            let entry = out.files.entry(path.clone()).or_insert(FileHistory {
                last: None,
                revisions: 0,
                uncommitted: false,
                at_or_before: false,
            });
            if entry.last.is_none() {
                entry.last = info.clone();
                entry.at_or_before = boundary;
            }
            entry.revisions += 1;
        }
        out.touches.push(Touch {
            commit: id,
            parent: parents.first().copied(),
            boundary,
            paths: changed,
        });
    }
    // The queue pops by commit time; keep the list newest first even with skewed clocks.
    out.touches
        .sort_by_key(|t| std::cmp::Reverse(infos.get(&t.commit).map_or(0, |i| i.time)));
    Ok(out)
}

/// Marks files whose bytes on disk differ from HEAD (or are not committed at all) as
/// uncommitted, adding entries for new files. `disk` lists the site's files on disk.
pub fn mark_uncommitted(
    repo: &SiteRepo,
    walk: &mut Walk,
    disk: &[String],
) -> Result<bool, HistoryError> {
    let head_files = match repo.head() {
        Some(h) => repo.files_at(SiteRepo::object_id(&h.id)?)?,
        None => Default::default(),
    };
    let mut dirty = false;
    for path in disk {
        let on_disk = std::fs::read(repo.root.join(path)).ok();
        let same = match (head_files.get(path), &on_disk) {
            (Some(blob), Some(bytes)) => repo.blob(*blob)? == *bytes,
            _ => false,
        };
        if !same {
            dirty = true;
            walk.files
                .entry(path.clone())
                .or_insert(FileHistory {
                    last: None,
                    revisions: 0,
                    uncommitted: false,
                    at_or_before: false,
                })
                .uncommitted = true;
        }
    }
    // A committed file deleted on disk is an uncommitted change too.
    if head_files.keys().any(|p| !disk.contains(p)) {
        dirty = true;
    }
    Ok(dirty)
}
