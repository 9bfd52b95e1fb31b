//! The sheet importer on csv bytes (written to a file per process, as `import sheet` reads a
//! path), into a site folder that does not exist (nothing is written: only planned).
#![no_main]

use std::path::PathBuf;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("waymark-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file: PathBuf = dir.join("sheet.csv");
    if std::fs::write(&file, data).is_err() {
        return;
    }
    let r = waymark::interop::sheet::import(&file, &dir.join("no-site"), None, None);
    let mut sources = r.sources.clone();
    let _ = waymark::interop::verify(&r.files, &mut sources);
});
