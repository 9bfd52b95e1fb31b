//! The export cache: PNGs and decks are not re-made when what they are made from did not
//! change.
//!
//! Content-addressed: an entry's key is a BLAKE3 hash of everything the file is made from
//! (for a diagram PNG: the journey, the personas it names, the scale and background; for
//! the deck: the whole site) plus the waymark version and the entry kind. Entries live in
//! `CACHE/v1/KK/KEY` (by default `SITE/.waymark/cache/`, which `waymark init` puts in
//! `.gitignore`; `waymark build --cache-dir DIR` elsewhere). Each entry starts with a header
//! (magic, the key, the length and BLAKE3 hash of the payload); an entry whose header or
//! payload does not match — foreign, truncated or corrupt — is ignored and made again, never
//! trusted. Entries are written to a temporary file and renamed, so two builds sharing a
//! cache never see half an entry. Nothing is ever deleted: old entries stay until the
//! folder is removed (it is safe to delete at any time).

use std::path::{Path, PathBuf};

use serde::Serialize;

/// A cache folder; `None` inside means caching is off (every lookup misses, nothing is kept).
#[derive(Debug, Clone, Default)]
pub struct ExportCache {
    dir: Option<PathBuf>,
}

/// A cache key: 32 bytes of BLAKE3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key([u8; 32]);

const MAGIC: &[u8; 8] = b"WMCACHE1";
const HEADER: usize = 8 + 32 + 8 + 32;

impl Key {
    /// The key of an entry of `kind` (e.g. `journey-png`) made from `input` (hashed as its
    /// JSON form) and `options` (e.g. the scale), for this waymark version.
    pub fn of<T: Serialize + ?Sized>(kind: &str, options: &str, input: &T) -> Key {
        let mut h = blake3::Hasher::new();
        for part in [env!("CARGO_PKG_VERSION"), kind, options] {
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
        }
    }

    /// No cache: every file is made.
    pub fn off() -> ExportCache {
        ExportCache { dir: None }
    }

    /// The default place for the site at `root`: `root/.waymark/cache`.
    pub fn default_dir(root: &Path) -> PathBuf {
        root.join(".waymark").join("cache")
    }

    fn path(&self, key: &Key) -> Option<PathBuf> {
        let hex = key.hex();
        self.dir
            .as_ref()
            .map(|d| d.join("v1").join(&hex[..2]).join(hex))
    }

    /// The payload stored under `key`, when there is a valid entry.
    pub fn get(&self, key: &Key) -> Option<Vec<u8>> {
        let bytes = std::fs::read(self.path(key)?).ok()?;
        if bytes.len() < HEADER || &bytes[..8] != MAGIC || bytes[8..40] != key.0 {
            return None;
        }
        let len = u64::from_le_bytes(bytes[40..48].try_into().ok()?) as usize;
        let payload = &bytes[HEADER..];
        if payload.len() != len || blake3::hash(payload).as_bytes()[..] != bytes[48..80] {
            return None;
        }
        let mut bytes = bytes;
        bytes.drain(..HEADER);
        Some(bytes)
    }

    /// Stores `payload` under `key`. A cache that cannot be written is not an error: the
    /// build goes on and the next one makes the file again.
    pub fn put(&self, key: &Key, payload: &[u8]) {
        let Some(path) = self.path(key) else {
            return;
        };
        let Some(dir) = path.parent() else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let mut entry = Vec::with_capacity(HEADER + payload.len());
        entry.extend_from_slice(MAGIC);
        entry.extend_from_slice(&key.0);
        entry.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        entry.extend_from_slice(blake3::hash(payload).as_bytes());
        entry.extend_from_slice(payload);
        let tmp = path.with_extension(format!(
            "tmp-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        if std::fs::write(&tmp, &entry).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
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
        // A flipped payload byte: ignored.
        let path = cache.path(&key).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        *bytes.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(cache.get(&key), None);
        // Truncated, or a foreign file under the name: ignored.
        std::fs::write(&path, b"WMCACHE1short").unwrap();
        assert_eq!(cache.get(&key), None);
        std::fs::write(&path, b"").unwrap();
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
