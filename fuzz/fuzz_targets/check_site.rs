//! The whole `check` of a one-file site: the fuzzed bytes are the only file besides
//! `waymark.yaml` (`.yaml` journey when the first byte is odd, else `.md`), then the model,
//! the health lints and the diagrams.
#![no_main]

use std::path::Path;

#[path = "../common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let rel = if first % 2 == 1 { "content/journeys/j.yaml" } else { "content/journeys/j.md" };
    let mut source = waymark::load::MemSource::default();
    source.files.insert("waymark.yaml".into(), common::CONFIG.as_bytes().to_vec());
    source.files.insert(rel.into(), rest.to_vec());
    common::check_and_draw(waymark::load::load_from(Path::new("fuzz"), &source));
});
