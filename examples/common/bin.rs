//! The release binary the benchmarks run, next to the example's own executable.

use std::path::{Path, PathBuf};

/// `target/release/waymark` (beside `target/release/examples/NAME`); panics with the build
/// command when it is missing.
pub(crate) fn waymark_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("waymark"))
        .expect("target dir");
    assert!(
        bin.is_file(),
        "{} not found: run `cargo build --release --bin waymark` first",
        bin.display()
    );
    bin
}
