//! Build script: a fingerprint of the code and built-in files that draw the exports, so that
//! the export cache (`src/export/cache.rs`) never hands a PNG or a deck page drawn by other
//! code to this build, even when the version number did not change (development builds).

use std::path::Path;

fn main() {
    let mut files = Vec::new();
    for dir in ["src", "templates", "themes"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(Path::new(dir), &mut files);
    }
    files.sort();
    // FNV-1a over paths and contents: a fingerprint, not a security boundary (the cache
    // also checks each entry's BLAKE3 sum).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        let data = std::fs::read(f).unwrap_or_default();
        for b in f.to_string_lossy().bytes().chain(data) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=WAYMARK_BUILD_ID={h:016x}");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else {
            out.push(p);
        }
    }
}
