//! Write: puts a rendered site on disk atomically, and only where it may.
//!
//! Three steps, each its own function so that files can later be streamed in as they are
//! made:
//!
//! 1. [`guard`]: the output folder may be replaced only when it is missing, empty, or a
//!    folder waymark made itself (it holds the [`MARKER`] file); never when it holds the
//!    site or lies inside the site's sources. `--force` lifts only the "not made by
//!    waymark" rule.
//! 2. [`Staging::begin`]: a temporary folder beside the output (`.OUT.waymark-tmp-PID`),
//!    marked at once, with `static/` copied in; [`Staging::add`] writes each file into it.
//! 3. [`Staging::commit`]: the old output is moved aside (`.OUT.waymark-old-PID`), the new
//!    one moved in, the old one deleted; then stale temporary folders of interrupted builds
//!    are removed. A build that fails before the swap leaves the previous output as it was.
//!
//! [`guard_export`] is the same rule for `waymark export`, which adds files to a folder
//! instead of replacing it.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::load::walk;

/// The file that marks a folder as a waymark build; written into every build output.
pub const MARKER: &str = ".waymark-build";

/// The file that marks a folder as made by `waymark export`.
pub const EXPORT_MARKER: &str = ".waymark-export";

/// The text of [`MARKER`]: says what the folder is, and that deleting the file protects it.
const MARKER_TEXT: &str = "This folder was written by `waymark build`. The next build replaces \
all of it.\nDelete this file to keep waymark from replacing the folder.\n";

/// The text of [`EXPORT_MARKER`].
const EXPORT_MARKER_TEXT: &str = "This folder was created by `waymark export`. The next export \
replaces the files of the same name.\nDelete this file to keep waymark from replacing them.\n";

/// The site folders (below the site root) that hold its sources.
pub const SOURCE_DIRS: [&str; 4] = ["content", "static", "themes", "templates"];

/// A file to write: a relative `/`-separated path and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    /// e.g. `journeys/ct-purchase.html`.
    pub path: String,
    /// The content.
    pub bytes: Vec<u8>,
    /// A file that holds exactly `bytes` (an export-cache entry, checked when it was read),
    /// which a build may hard-link instead of writing them ([`Staging::write_linked`]).
    pub source: Option<PathBuf>,
}

impl OutFile {
    /// The file `path` with `bytes`, made here (no [`OutFile::source`]).
    pub fn new(path: impl Into<String>, bytes: Vec<u8>) -> OutFile {
        OutFile {
            path: path.into(),
            bytes,
            source: None,
        }
    }
}

/// Where a build goes and what it may replace.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    /// The output folder (`-o`).
    pub out: &'a Path,
    /// The site root: its sources are never replaced, its `static/` is copied.
    pub site: &'a Path,
    /// Replace a non-empty folder that waymark did not make (`--force`).
    pub force: bool,
}

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The output folder holds files and waymark did not make it.
    #[error(
        "refusing to replace {}: it is not empty and was not made by waymark (no {MARKER} file)\n  = hint: choose a new or empty folder with -o, or pass --force to delete everything in it",
        .0.display()
    )]
    NotABuild(PathBuf),
    /// The output folder is the site, holds it, or lies inside its sources.
    #[error(
        "refusing to write to {}: it {relation} the site's sources ({})\n  = hint: write the build outside content/, static/, themes/ and templates/, e.g. -o {}",
        .out.display(), .site.display(), .suggest.display()
    )]
    Overlaps {
        /// The output folder.
        out: PathBuf,
        /// The site root.
        site: PathBuf,
        /// "contains", "is inside" or "is".
        relation: &'static str,
        /// A safe output to suggest.
        suggest: PathBuf,
    },
    /// The output is a file or a symbolic link, not a folder.
    #[error(
        "refusing to replace {}: it is {what}, not a folder\n  = hint: pass a folder with -o",
        .path.display()
    )]
    NotAFolder {
        /// The output.
        path: PathBuf,
        /// "a file" or "a symbolic link".
        what: &'static str,
    },
    /// Export files would overwrite files of the same name in a folder waymark did not make.
    #[error(
        "refusing to overwrite {} in {}: the folder was not made by waymark\n  = hint: choose a new or empty folder with -o, or pass --force to overwrite these files",
        .names.join(", "), .dir.display()
    )]
    WouldOverwrite {
        /// The folder.
        dir: PathBuf,
        /// The files that exist there.
        names: Vec<String>,
    },
    /// A path in the output would leave the output folder.
    #[error("output path `{0}` is not a plain relative path")]
    BadPath(String),
    /// The file system said no.
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        /// What was being written.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `files` (after the files of the site's `static/`, which they override) to
/// `target.out`, atomically, after [`guard`].
pub fn write_atomically(target: &Target, files: &[OutFile]) -> Result<(), WriteError> {
    let mut staging = Staging::begin(target)?;
    for f in files {
        staging.add(f)?;
    }
    staging.commit()
}

/// `path` made absolute with symbolic links resolved, also when its last parts do not
/// exist yet (they are appended to the canonical form of the longest existing prefix).
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let abs = std::path::absolute(path)?;
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    loop {
        match fs::canonicalize(existing) {
            Ok(mut c) => {
                for part in rest.iter().rev() {
                    match part {
                        Component::ParentDir => {
                            c.pop();
                        }
                        Component::CurDir => {}
                        other => c.push(other.as_os_str()),
                    }
                }
                return Ok(c);
            }
            Err(_) => {
                let Some(parent) = existing.parent() else {
                    return Ok(abs);
                };
                rest.push(
                    existing
                        .components()
                        .next_back()
                        .unwrap_or(Component::CurDir),
                );
                existing = parent;
            }
        }
    }
}

/// How `out` overlaps the site's sources, if it does: it is the site root or holds it
/// ("contains"), or it lies inside `waymark.yaml`'s folders of sources ("is inside").
fn overlap(out: &Path, site: &Path) -> Result<Option<&'static str>, WriteError> {
    let out_c = resolve(out).map_err(io_err(out))?;
    let site_c = resolve(site).map_err(io_err(site))?;
    if out_c == site_c {
        return Ok(Some("is"));
    }
    if site_c.starts_with(&out_c) {
        return Ok(Some("contains"));
    }
    if SOURCE_DIRS
        .iter()
        .any(|d| out_c.starts_with(site_c.join(d)))
    {
        return Ok(Some("is inside"));
    }
    Ok(None)
}

fn overlaps(out: &Path, site: &Path, relation: &'static str) -> WriteError {
    WriteError::Overlaps {
        out: out.to_path_buf(),
        site: site.to_path_buf(),
        relation,
        suggest: site.join("public"),
    }
}

/// Whether a folder is one that waymark made: it holds [`MARKER`], or (for builds of
/// earlier versions, before the marker) an `index.html` that waymark generated.
fn made_by_waymark(dir: &Path) -> bool {
    if dir.join(MARKER).is_file() {
        return true;
    }
    // Builds of waymark before the marker: the generator tag of every page.
    fs::read(dir.join("index.html")).is_ok_and(|b| {
        let head = &b[..b.len().min(4096)];
        String::from_utf8_lossy(head).contains("<meta name=\"generator\" content=\"waymark ")
    })
}

/// Whether `dir` holds nothing but folders that `waymark export` made (`waymark export`
/// before the first build leaves `SITE/public/exports/` alone in `public/`).
fn only_exports(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|entries| {
        entries.into_iter().all(|e| {
            e.is_ok_and(|e| {
                e.file_type().is_ok_and(|t| t.is_dir()) && e.path().join(EXPORT_MARKER).is_file()
            })
        })
    })
}

/// Refuses an output that may not be replaced: one that is, holds or lies inside the
/// site's sources (always); a file or a link; a non-empty folder waymark did not make
/// (unless `target.force`).
pub fn guard(target: &Target) -> Result<(), WriteError> {
    let out = target.out;
    if let Some(relation) = overlap(out, target.site)? {
        return Err(overlaps(out, target.site, relation));
    }
    let meta = match fs::symlink_metadata(out) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err(out)(e)),
    };
    if meta.file_type().is_symlink() {
        return Err(WriteError::NotAFolder {
            path: out.to_path_buf(),
            what: "a symbolic link",
        });
    }
    if !meta.is_dir() {
        return Err(WriteError::NotAFolder {
            path: out.to_path_buf(),
            what: "a file",
        });
    }
    let empty = fs::read_dir(out).map_err(io_err(out))?.next().is_none();
    if empty || target.force || made_by_waymark(out) || only_exports(out) {
        return Ok(());
    }
    Err(WriteError::NotABuild(out.to_path_buf()))
}

/// A build being written: the temporary folder beside the output.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    parent: PathBuf,
    /// The output's folder name, e.g. `public`.
    name: String,
    tmp: PathBuf,
    done: bool,
}

impl Staging {
    /// Guards the output ([`guard`]), creates the temporary folder with the marker in it,
    /// and copies the site's `static/` (links leaving the site are skipped) into it.
    pub fn begin(target: &Target) -> Result<Staging, WriteError> {
        guard(target)?;
        let out = target.out;
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        fs::create_dir_all(&parent).map_err(io_err(&parent))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let tmp = parent.join(format!(".{name}.waymark-tmp-{}", std::process::id()));
        let staging = Staging {
            out: out.to_path_buf(),
            parent,
            name,
            tmp,
            done: false,
        };
        if staging.tmp.exists() {
            fs::remove_dir_all(&staging.tmp).map_err(io_err(&staging.tmp))?;
        }
        fs::create_dir_all(&staging.tmp).map_err(io_err(&staging.tmp))?;
        // First, so that an interrupted build's folder is known as ours.
        staging.write_file(MARKER, MARKER_TEXT.as_bytes())?;
        let static_dir = target.site.join("static");
        for f in walk::files_within(target.site, &static_dir).files {
            let dest = staging.dest(&f.rel)?;
            fs::copy(&f.path, &dest).map_err(io_err(&dest))?;
        }
        Ok(staging)
    }

    /// The place of `rel` in the temporary folder, its parent folders created.
    fn dest(&self, rel: &str) -> Result<PathBuf, WriteError> {
        let p = Path::new(rel);
        if p.is_absolute()
            || rel.is_empty()
            || p.components().any(|c| !matches!(c, Component::Normal(_)))
        {
            return Err(WriteError::BadPath(rel.to_string()));
        }
        let dest = self.tmp.join(p);
        if let Some(d) = dest.parent() {
            fs::create_dir_all(d).map_err(io_err(d))?;
        }
        Ok(dest)
    }

    fn write_file(&self, rel: &str, bytes: &[u8]) -> Result<(), WriteError> {
        let dest = self.dest(rel)?;
        // A file already there may be a hard link to a cache entry: never write through it.
        if fs::symlink_metadata(&dest).is_ok() {
            fs::remove_file(&dest).map_err(io_err(&dest))?;
        }
        fs::write(&dest, bytes).map_err(io_err(&dest))
    }

    /// Puts `bytes` at `rel` as a hard link to `source`, a file that holds exactly those
    /// bytes (a verified export-cache entry), so that they are not written again and the old
    /// output's copy is dropped without freeing its blocks; writes them where linking fails
    /// (another file system, no permission). Safe to call from several threads at once.
    pub fn write_linked(&self, rel: &str, bytes: &[u8], source: &Path) -> Result<(), WriteError> {
        let dest = self.dest(rel)?;
        if fs::symlink_metadata(&dest).is_err() && fs::hard_link(source, &dest).is_ok() {
            return Ok(());
        }
        self.write_file(rel, bytes)
    }

    /// Writes one output file into the temporary folder (it overrides a `static/` file of
    /// the same path).
    pub fn add(&mut self, file: &OutFile) -> Result<(), WriteError> {
        self.write_file(&file.path, &file.bytes)
    }

    /// Writes one file (`path` relative, `/`-separated) into the temporary folder as soon as
    /// it is made; safe to call from several threads at once, so a build streams its pages
    /// to disk instead of holding the whole site in memory.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        self.write_file(path, bytes)
    }

    /// Swaps the temporary folder in for the output, then removes stale folders of
    /// interrupted builds of the same output.
    pub fn commit(mut self) -> Result<(), WriteError> {
        let old = self
            .parent
            .join(format!(".{}.waymark-old-{}", self.name, std::process::id()));
        swap(&self.out, &self.tmp, &old)?;
        self.done = true;
        remove_stale(&self.parent, &self.name);
        Ok(())
    }
}

impl Drop for Staging {
    /// A build that stops before [`Staging::commit`] leaves no temporary folder.
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Moves the old output aside, the new one in, then deletes the old one.
fn swap(out: &Path, tmp: &Path, old: &Path) -> Result<(), WriteError> {
    if old.exists() {
        fs::remove_dir_all(old).map_err(io_err(old))?;
    }
    let had_old = out.exists();
    if had_old {
        fs::rename(out, old).map_err(io_err(out))?;
    }
    if let Err(e) = fs::rename(tmp, out) {
        if had_old {
            let _ = fs::rename(old, out);
        }
        return Err(io_err(out)(e));
    }
    if had_old {
        let _ = fs::remove_dir_all(old);
    }
    Ok(())
}

/// The process id in a temporary folder's name `.NAME.waymark-tmp-PID` or
/// `.NAME.waymark-old-PID`; `None` for any other name.
pub fn stale_pid(file_name: &str, name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix(&format!(".{name}.waymark-"))?;
    let pid = rest
        .strip_prefix("tmp-")
        .or_else(|| rest.strip_prefix("old-"))?;
    if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Removes the folders that interrupted builds of `parent/name` left: named
/// `.NAME.waymark-{tmp,old}-PID` for another PID that is no longer running, and holding
/// the [`MARKER`] (so only folders that waymark made are ever removed). Errors are ignored:
/// cleaning up is a courtesy, never a reason to fail a build.
fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let own = std::process::id();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = stale_pid(&file_name, name) else {
            continue;
        };
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if pid != own && is_dir && made_by_waymark(&path) && !process_alive(pid) {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// Whether a process with this id runs (Linux: `/proc/PID`; other Unix: `kill -0`).
/// Elsewhere every other process counts as ended.
fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else if cfg!(unix) {
        std::process::Command::new("kill")
            .args(["-0", &pid.to_string()])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    } else {
        false
    }
}

/// Refuses to write export files named `names` into `dir` when that would overwrite a
/// file the user made: `dir` may not lie inside the site's sources (or be the site root),
/// and existing files of those names are overwritten only in a folder that waymark made
/// (an export folder, a build or a folder in a build) or with `force`. Returns whether
/// `dir` is new or empty, i.e. whether the export should mark it as its own
/// ([`mark_export`]).
pub fn guard_export(
    dir: &Path,
    site: &Path,
    names: &[String],
    force: bool,
) -> Result<bool, WriteError> {
    if let Some(relation) = overlap(dir, site)?.filter(|r| *r != "contains") {
        return Err(WriteError::Overlaps {
            out: dir.to_path_buf(),
            site: site.to_path_buf(),
            relation,
            suggest: site.join("public").join("exports"),
        });
    }
    if !dir.exists() {
        return Ok(true);
    }
    if !dir.is_dir() {
        return Err(WriteError::NotAFolder {
            path: dir.to_path_buf(),
            what: "a file",
        });
    }
    let empty = fs::read_dir(dir).map_err(io_err(dir))?.next().is_none();
    let ours = dir.join(EXPORT_MARKER).is_file()
        || made_by_waymark(dir)
        || dir.parent().is_some_and(made_by_waymark);
    if empty || ours || force {
        return Ok(empty);
    }
    let existing: Vec<String> = names
        .iter()
        .filter(|n| fs::symlink_metadata(dir.join(n)).is_ok())
        .cloned()
        .collect();
    if existing.is_empty() {
        Ok(false)
    } else {
        Err(WriteError::WouldOverwrite {
            dir: dir.to_path_buf(),
            names: existing,
        })
    }
}

/// Writes `files` (paths relative to `dir`, or below `exports/`, which is dropped) into
/// `dir`, each one atomically (written beside its place, then renamed), after
/// [`guard_export`]; marks a new or empty `dir` as an export folder. Other files in `dir`
/// stay. Returns the paths written.
pub fn write_exports_into(
    dir: &Path,
    site: &Path,
    files: &[OutFile],
    force: bool,
) -> Result<Vec<PathBuf>, WriteError> {
    let rels: Vec<String> = files
        .iter()
        .map(|f| {
            f.path
                .strip_prefix("exports/")
                .unwrap_or(&f.path)
                .to_string()
        })
        .collect();
    let fresh = guard_export(dir, site, &rels, force)?;
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    if fresh {
        mark_export(dir)?;
    }
    let mut written = Vec::new();
    for (rel, f) in rels.iter().zip(files) {
        let p = Path::new(rel);
        if p.is_absolute() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(WriteError::BadPath(rel.clone()));
        }
        let dest = dir.join(p);
        if let Some(d) = dest.parent() {
            fs::create_dir_all(d).map_err(io_err(d))?;
        }
        let mut tmp_name = dest.file_name().unwrap_or_default().to_os_string();
        tmp_name.push(format!(".waymark-tmp-{}", std::process::id()));
        let tmp = dest.with_file_name(tmp_name);
        fs::write(&tmp, &f.bytes).map_err(io_err(&tmp))?;
        if let Err(e) = fs::rename(&tmp, &dest) {
            let _ = fs::remove_file(&tmp);
            return Err(io_err(&dest)(e));
        }
        written.push(dest);
    }
    Ok(written)
}

/// Marks `dir` as an export folder (see [`EXPORT_MARKER`]).
pub fn mark_export(dir: &Path) -> Result<(), WriteError> {
    let p = dir.join(EXPORT_MARKER);
    fs::write(&p, EXPORT_MARKER_TEXT).map_err(io_err(&p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_names() {
        assert_eq!(stale_pid(".public.waymark-tmp-123", "public"), Some(123));
        assert_eq!(stale_pid(".public.waymark-old-9", "public"), Some(9));
        assert_eq!(stale_pid(".public.waymark-tmp-", "public"), None);
        assert_eq!(stale_pid(".public.waymark-tmp-1x", "public"), None);
        assert_eq!(stale_pid(".other.waymark-tmp-1", "public"), None);
    }

    #[test]
    fn resolve_keeps_missing_tail() {
        let d = tempfile::tempdir().unwrap();
        let r = resolve(&d.path().join("a/b/../c")).unwrap();
        assert_eq!(r, fs::canonicalize(d.path()).unwrap().join("a/c"));
    }
}
