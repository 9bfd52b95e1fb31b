//! The export cache: PNGs and decks are not re-made when what they are made from did not
//! change.
//!
//! Content-addressed: an entry's key is a BLAKE3 hash of everything the file is made from
//! (for a diagram PNG: the journey, the personas it names, the scale and background; for
//! a deck section: its journey, personas and content plan) plus the waymark version and the
//! entry kind. Entries live in `CACHE/v2/KK/KEY` (by default `SITE/.waymark/cache/`, which
//! `waymark init` puts in `.gitignore`; `waymark build --cache-dir DIR` elsewhere): the
//! payload as it is, so that a build can hard-link it into its output instead of writing
//! the bytes again, and beside it `KEY.sum` (magic, the key, the length and BLAKE3 hash of
//! the payload). An entry whose sum or payload does not match — foreign, truncated, corrupt,
//! or an output file edited in place through a link — is ignored and made again, never
//! trusted. Files are written to a temporary name and renamed (the sum last), so two builds
//! sharing a cache never see half an entry. Nothing is ever deleted: old entries stay until
//! the folder is removed (it is safe to delete at any time).

use std::path::{Path, PathBuf};

use serde::Serialize;

/// A cache folder; `None` inside means caching is off (every lookup misses, nothing is kept).
#[derive(Debug, Clone, Default)]
pub struct ExportCache {
    dir: Option<PathBuf>,
    /// Mixed into every key ([`ExportCache::salted`]): the site's theme, which every
    /// cached export draws with.
    salt: String,
}

/// Bytes from [`ExportCache::get_or_make_file`], and the cache entry's file when they came
/// from the cache.
pub type Made = (Vec<u8>, Option<PathBuf>);

/// A cache key: 32 bytes of BLAKE3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key([u8; 32]);

const MAGIC: &[u8; 8] = b"WMCACHE2";
const HEADER: usize = 8 + 32 + 8 + 32;

/// Writes `bytes` to a temporary file beside `path` and renames it over `path`; whether it
/// worked.
fn replace(path: &Path, bytes: &[u8]) -> bool {
    let tmp = path.with_extension(format!(
        "tmp-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_ok() {
        return true;
    }
    let _ = std::fs::remove_file(&tmp);
    false
}

impl Key {
    /// The key of an entry of `kind` (e.g. `journey-png`) made from `input` (hashed as its
    /// JSON form) and `options` (e.g. the scale), for this waymark version and build (a
    /// fingerprint of the source, so that a development build never reuses what another
    /// build drew).
    pub fn of<T: Serialize + ?Sized>(kind: &str, options: &str, input: &T) -> Key {
        let mut h = blake3::Hasher::new();
        // The build id changes with any change of the code or built-in files (build.rs).
        for part in [
            env!("CARGO_PKG_VERSION"),
            env!("WAYMARK_BUILD_ID"),
            kind,
            options,
        ] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        // Serialising a model value cannot fail (no maps with non-string keys); if it ever
        // did, the key still differs from every good one because the stream was cut short.
        let _ = serde_json::to_writer(HashWriter(&mut h), input);
        Key(*h.finalize().as_bytes())
    }

    fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Feeds `serde_json` output straight into the hasher, without building the string.
struct HashWriter<'a>(&'a mut blake3::Hasher);

impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl ExportCache {
    /// A cache in `dir` (created when the first entry is stored).
    pub fn at(dir: impl Into<PathBuf>) -> ExportCache {
        ExportCache {
            dir: Some(dir.into()),
            salt: String::new(),
        }
    }

    /// No cache: every file is made.
    pub fn off() -> ExportCache {
        ExportCache {
            dir: None,
            salt: String::new(),
        }
    }

    /// The default place for the site at `root`: `root/.waymark/cache`.
    pub fn default_dir(root: &Path) -> PathBuf {
        root.join(".waymark").join("cache")
    }

    /// The same cache with `salt` mixed into every key: entries made with another salt
    /// are never found. The exports salt it with the theme's fingerprint
    /// ([`crate::model::theme::Theme::fingerprint`]), so a changed palette, font or logo
    /// never gives a stale PNG or deck.
    pub fn salted(&self, salt: &str) -> ExportCache {
        ExportCache {
            dir: self.dir.clone(),
            salt: salt.to_string(),
        }
    }

    /// `key` with the salt mixed in (unchanged without one).
    fn salt(&self, key: &Key) -> Key {
        if self.salt.is_empty() {
            return *key;
        }
        let mut h = blake3::Hasher::new();
        h.update(&key.0);
        h.update(self.salt.as_bytes());
        Key(*h.finalize().as_bytes())
    }

    fn path(&self, key: &Key) -> Option<PathBuf> {
        let hex = key.hex();
        self.dir
            .as_ref()
            .map(|d| d.join("v2").join(&hex[..2]).join(hex))
    }

    /// The payload stored under `key`, when there is a valid entry.
    pub fn get(&self, key: &Key) -> Option<Vec<u8>> {
        self.get_file(key).map(|(bytes, _)| bytes)
    }

    /// [`ExportCache::get`], and the entry's file, which holds exactly those bytes (checked
    /// just now): a writer may hard-link it instead of writing them.
    pub fn get_file(&self, key: &Key) -> Option<(Vec<u8>, PathBuf)> {
        let key = &self.salt(key);
        let path = self.path(key)?;
        let sum = std::fs::read(path.with_extension("sum")).ok()?;
        if sum.len() != HEADER || &sum[..8] != MAGIC || sum[8..40] != key.0 {
            return None;
        }
        let len = u64::from_le_bytes(sum[40..48].try_into().ok()?) as usize;
        let payload = std::fs::read(&path).ok()?;
        if payload.len() != len || blake3::hash(&payload).as_bytes()[..] != sum[48..80] {
            return None;
        }
        Some((payload, path))
    }

    /// Stores `payload` under `key`. A cache that cannot be written is not an error: the
    /// build goes on and the next one makes the file again.
    pub fn put(&self, key: &Key, payload: &[u8]) {
        self.put_file(key, payload);
    }

    /// [`ExportCache::put`], giving the entry's file when it was stored.
    fn put_file(&self, key: &Key, payload: &[u8]) -> Option<PathBuf> {
        let key = &self.salt(key);
        let path = self.path(key)?;
        std::fs::create_dir_all(path.parent()?).ok()?;
        let mut sum = Vec::with_capacity(HEADER);
        sum.extend_from_slice(MAGIC);
        sum.extend_from_slice(&key.0);
        sum.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        sum.extend_from_slice(blake3::hash(payload).as_bytes());
        // The payload first, the sum last: a sum is only ever next to its whole payload.
        (replace(&path, payload) && replace(&path.with_extension("sum"), &sum)).then_some(path)
    }

    /// [`ExportCache::get_or_make`], with the entry's file when the bytes came from the
    /// cache (see [`ExportCache::get_file`]) or were just stored there.
    pub fn get_or_make_file<E>(
        &self,
        key: &Key,
        make: impl FnOnce() -> Result<Option<Vec<u8>>, E>,
    ) -> Result<Option<Made>, E> {
        if let Some((hit, path)) = self.get_file(key) {
            return Ok(Some((hit, Some(path))));
        }
        let Some(bytes) = make()? else {
            return Ok(None);
        };
        let stored = self.put_file(key, &bytes);
        Ok(Some((bytes, stored)))
    }

    /// The payload under `key`, else what `make` gives (stored for next time). `Ok(None)`
    /// from `make` (nothing to write) is not stored.
    pub fn get_or_make<E>(
        &self,
        key: &Key,
        make: impl FnOnce() -> Result<Option<Vec<u8>>, E>,
    ) -> Result<Option<Vec<u8>>, E> {
        if let Some(hit) = self.get(key) {
            return Ok(Some(hit));
        }
        let made = make()?;
        if let Some(bytes) = &made {
            self.put(key, bytes);
        }
        Ok(made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_verifies_and_ignores_bad_entries() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ExportCache::at(dir.path());
        let key = Key::of("t", "", &("a", 1));
        assert_eq!(cache.get(&key), None);
        cache.put(&key, b"payload");
        assert_eq!(cache.get(&key).as_deref(), Some(&b"payload"[..]));
        // Another key never reads this entry.
        assert_ne!(Key::of("t", "", &("a", 2)), key);
        assert_ne!(Key::of("u", "", &("a", 1)), key);
        // A flipped payload byte (an output file edited through a link): ignored.
        let path = cache.path(&key).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        *bytes.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(cache.get(&key), None);
        // Truncated, or a foreign file under the name: ignored.
        std::fs::write(&path, b"pay").unwrap();
        assert_eq!(cache.get(&key), None);
        cache.put(&key, b"payload");
        let sum = path.with_extension("sum");
        std::fs::write(&sum, b"WMCACHE2short").unwrap();
        assert_eq!(cache.get(&key), None);
        std::fs::write(&sum, b"").unwrap();
        assert_eq!(cache.get(&key), None);
        std::fs::remove_file(&sum).unwrap();
        assert_eq!(cache.get(&key), None);
        // Made again and stored.
        let made = cache
            .get_or_make(&key, || Ok::<_, ()>(Some(b"again".to_vec())))
            .unwrap();
        assert_eq!(made.as_deref(), Some(&b"again"[..]));
        assert_eq!(cache.get(&key).as_deref(), Some(&b"again"[..]));
        // Off: never hits.
        ExportCache::off().put(&key, b"x");
        assert_eq!(ExportCache::off().get(&key), None);
    }
}
