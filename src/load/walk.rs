//! Walking a folder of the site without leaving the site.
//!
//! Symbolic links are followed only when their target lies inside the site folder: a link
//! to `/etc/passwd` or `/proc/self/environ` in `static/` must never be published, and a
//! link in `content/` to a file outside must never be read (its text would show in error
//! snippets). Links that leave the site, dangling links and link loops are skipped and
//! reported ([`Skipped`]); [`link_warnings`] turns them into warnings for `check`/`build`.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// A file found below the walked folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Path relative to the walked folder, `/`-separated.
    pub rel: String,
    /// The path to read (below the walked folder; may go through links inside the site).
    pub path: PathBuf,
}

/// Why an entry was not walked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A symbolic link whose target lies outside the site folder.
    LeavesSite(PathBuf),
    /// A symbolic link whose target does not exist.
    Dangling,
    /// A symbolic link to a folder that holds it (a loop).
    Loop,
    /// The entry could not be read (the OS error).
    Unreadable(String),
}

/// An entry that was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The link (or entry) as found below the walked folder.
    pub path: PathBuf,
    /// Why.
    pub reason: SkipReason,
}

/// What a walk found.
#[derive(Debug, Default)]
pub struct Walk {
    /// Regular files, sorted by relative path.
    pub files: Vec<Found>,
    /// Entries that were not followed.
    pub skipped: Vec<Skipped>,
}

/// Whether `path` (resolved through every link) lies inside `root_c` (canonical).
fn inside(root_c: &Path, path: &Path) -> Result<bool, std::io::Error> {
    Ok(std::fs::canonicalize(path)?.starts_with(root_c))
}

/// A link's target as written (`/proc/self/environ`), else where it resolves to.
fn target_of(path: &Path) -> PathBuf {
    std::fs::read_link(path)
        .or_else(|_| std::fs::canonicalize(path))
        .unwrap_or_default()
}

fn rel_of(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every regular file below `dir` (a folder of the site at `site_root`), following links
/// only to places inside the site. A missing `dir` gives an empty walk.
pub fn files_within(site_root: &Path, dir: &Path) -> Walk {
    let mut walk = Walk::default();
    let Ok(root_c) = std::fs::canonicalize(site_root) else {
        return walk;
    };
    if std::fs::symlink_metadata(dir).is_err() {
        return walk;
    }
    // The folder itself may be a link (e.g. `static -> /etc`).
    match inside(&root_c, dir) {
        Ok(true) => {}
        Ok(false) => {
            walk.skipped.push(Skipped {
                path: dir.to_path_buf(),
                reason: SkipReason::LeavesSite(target_of(dir)),
            });
            return walk;
        }
        Err(_) => {
            walk.skipped.push(Skipped {
                path: dir.to_path_buf(),
                reason: SkipReason::Dangling,
            });
            return walk;
        }
    }
    let mut it = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = it.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
                let reason = if e.loop_ancestor().is_some() {
                    SkipReason::Loop
                } else if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink())
                    && std::fs::metadata(&path).is_err()
                {
                    SkipReason::Dangling
                } else {
                    SkipReason::Unreadable(
                        e.io_error()
                            .map_or_else(|| e.to_string(), |io| io.to_string()),
                    )
                };
                walk.skipped.push(Skipped { path, reason });
                continue;
            }
        };
        if entry.path_is_symlink() && entry.depth() > 0 {
            match inside(&root_c, entry.path()) {
                Ok(true) => {}
                other => {
                    let reason = match other {
                        Ok(_) => SkipReason::LeavesSite(target_of(entry.path())),
                        Err(_) => SkipReason::Dangling,
                    };
                    walk.skipped.push(Skipped {
                        path: entry.path().to_path_buf(),
                        reason,
                    });
                    if entry.file_type().is_dir() {
                        it.skip_current_dir();
                    }
                    continue;
                }
            }
        }
        if entry.file_type().is_file() {
            walk.files.push(Found {
                rel: rel_of(dir, entry.path()),
                path: entry.path().to_path_buf(),
            });
        }
    }
    walk
}

/// Reads `rel` below `site_root`, refusing a path that resolves outside the site (through
/// a link), so that no byte of an outside file is ever read.
pub fn read_within(site_root: &Path, rel: &str) -> std::io::Result<Vec<u8>> {
    let path = site_root.join(rel);
    let root_c = std::fs::canonicalize(site_root)?;
    if !inside(&root_c, &path)? {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "it is a link to a file outside the site folder; waymark does not read it",
        ));
    }
    std::fs::read(path)
}

/// The site folders whose links are checked: content, static files, themes, templates.
const WALKED: [&str; 4] = ["content", "static", "themes", "templates"];

/// A warning for each link below the site's folders that waymark skips: links that
/// leave the site (naming the link and its target), dangling links and loops. The file of
/// each warning is the link's path relative to the site.
pub fn link_warnings(site_root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for dir in WALKED {
        let base = site_root.join(dir);
        for s in files_within(site_root, &base).skipped {
            let file = rel_of(site_root, &s.path);
            // Hidden entries are never read outside static/ (e.g. Emacs' `.#x.md` locks).
            let hidden = rel_of(&base, &s.path)
                .split('/')
                .any(|c| c.starts_with('.'));
            if hidden && dir != "static" {
                continue;
            }
            let (code, message, hint) = match &s.reason {
                SkipReason::LeavesSite(target) => (
                    "link-outside-site",
                    format!(
                        "`{file}` is a symbolic link to {}, outside the site; skipped",
                        target.display()
                    ),
                    "waymark reads and publishes only files inside the site folder: copy the file in, or point the link inside the site".to_string(),
                ),
                SkipReason::Dangling => (
                    "dangling-link",
                    format!("`{file}` is a symbolic link to nothing; skipped"),
                    "delete the link or make it point to an existing file inside the site".to_string(),
                ),
                SkipReason::Loop => (
                    "link-loop",
                    format!("`{file}` is a symbolic link to a folder that holds it (a loop); skipped"),
                    "delete the link, or point it to a folder that does not contain it".to_string(),
                ),
                SkipReason::Unreadable(e) => (
                    "unreadable",
                    format!("`{file}` cannot be read ({e}); skipped"),
                    "check the file's permissions".to_string(),
                ),
            };
            out.push(
                Diagnostic::error(code, &file, 0, 0, message)
                    .warning()
                    .with_hint(hint),
            );
        }
    }
    out
}
