//! Write: puts a rendered site on disk atomically.
//!
//! Takes the output files and the output folder; writes everything into a temporary folder
//! beside it, then swaps it in. A build that fails at any point before the swap leaves the
//! previous output exactly as it was. Refuses to replace a folder that does not look like a
//! previous build, so a wrong `-o` can never delete a user's files.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A file to write: a relative `/`-separated path and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    /// e.g. `journeys/ct-purchase.html`.
    pub path: String,
    /// The content.
    pub bytes: Vec<u8>,
}

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The output folder holds something that is not a waymark build.
    #[error(
        "refusing to replace {0}: it is not empty and does not look like a waymark build (no index.html)"
    )]
    NotABuild(PathBuf),
    /// The output folder would contain or be the site itself.
    #[error("refusing to write the site into {0}: it contains the site's own files")]
    ContainsSite(PathBuf),
    /// A path in the output would leave the output folder.
    #[error("output path `{0}` is not a plain relative path")]
    BadPath(String),
    /// The file system said no.
    #[error("cannot write {path}: {source}")]
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

/// Writes `files` (after the files of `static_dir`, which they override) to `out`.
pub fn write_atomically(
    out: &Path,
    files: &[OutFile],
    static_dir: Option<&Path>,
) -> Result<(), WriteError> {
    guard(out)?;
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(io_err(parent))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let tmp = parent.join(format!(".{name}.waymark-tmp-{}", std::process::id()));
    let old = parent.join(format!(".{name}.waymark-old-{}", std::process::id()));
    let result = fill(&tmp, files, static_dir).and_then(|()| swap(out, &tmp, &old));
    if result.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    result
}

/// Refuses outputs that are not empty, not a previous build, or hold the site.
fn guard(out: &Path) -> Result<(), WriteError> {
    if !out.exists() {
        return Ok(());
    }
    if out.join("waymark.yaml").exists() || out.join("content").is_dir() {
        return Err(WriteError::ContainsSite(out.to_path_buf()));
    }
    let empty = fs::read_dir(out).map_err(io_err(out))?.next().is_none();
    if !empty && !out.join("index.html").is_file() {
        return Err(WriteError::NotABuild(out.to_path_buf()));
    }
    Ok(())
}

fn fill(tmp: &Path, files: &[OutFile], static_dir: Option<&Path>) -> Result<(), WriteError> {
    if tmp.exists() {
        fs::remove_dir_all(tmp).map_err(io_err(tmp))?;
    }
    fs::create_dir_all(tmp).map_err(io_err(tmp))?;
    if let Some(dir) = static_dir.filter(|d| d.is_dir()) {
        copy_tree(dir, tmp)?;
    }
    for f in files {
        let rel = Path::new(&f.path);
        if rel.is_absolute()
            || rel
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            return Err(WriteError::BadPath(f.path.clone()));
        }
        let dest = tmp.join(rel);
        if let Some(p) = dest.parent() {
            fs::create_dir_all(p).map_err(io_err(p))?;
        }
        fs::write(&dest, &f.bytes).map_err(io_err(&dest))?;
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), WriteError> {
    for entry in walkdir::WalkDir::new(from)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| WriteError::Io {
            path: from.to_path_buf(),
            source: e
                .into_io_error()
                .unwrap_or_else(|| io::Error::other("walk failed")),
        })?;
        let rel = entry.path().strip_prefix(from).unwrap_or(entry.path());
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).map_err(io_err(&dest))?;
        } else {
            fs::copy(entry.path(), &dest).map_err(io_err(&dest))?;
        }
    }
    Ok(())
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

/// An output being written: a temporary folder beside `out` that files go into as they are
/// made (from several threads), swapped in by [`Staging::commit`]. Dropped without a
/// commit, it removes the temporary folder and leaves the previous output untouched. The
/// streaming form of [`write_atomically`]: a build never holds the whole site in memory.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    tmp: PathBuf,
    old: PathBuf,
    done: bool,
}

impl Staging {
    /// Checks that `out` may be replaced (see [`write_atomically`]), makes the temporary
    /// folder and copies `static_dir` into it (the files written later override it).
    pub fn begin(out: &Path, static_dir: Option<&Path>) -> Result<Staging, WriteError> {
        guard(out)?;
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(io_err(parent))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let staging = Staging {
            out: out.to_path_buf(),
            tmp: parent.join(format!(".{name}.waymark-tmp-{}", std::process::id())),
            old: parent.join(format!(".{name}.waymark-old-{}", std::process::id())),
            done: false,
        };
        fill(&staging.tmp, &[], static_dir)?;
        Ok(staging)
    }

    /// Writes one file (`path` relative, `/`-separated) into the temporary folder. Safe to
    /// call from several threads at once.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        let rel = Path::new(path);
        if rel.is_absolute()
            || rel
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            return Err(WriteError::BadPath(path.to_string()));
        }
        let dest = self.tmp.join(rel);
        if let Some(p) = dest.parent() {
            fs::create_dir_all(p).map_err(io_err(p))?;
        }
        fs::write(&dest, bytes).map_err(io_err(&dest))
    }

    /// Swaps the written folder in for the previous output.
    pub fn commit(mut self) -> Result<(), WriteError> {
        self.done = true;
        let result = swap(&self.out, &self.tmp, &self.old);
        if result.is_err() {
            let _ = fs::remove_dir_all(&self.tmp);
        }
        result
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}
