//! The semantic diff of two loaded sites: the input is split at the first NUL into two
//! journey files (`content/journeys/j.md` before and after); when both resolve, `diff`
//! runs both ways and its sentences are written.
#![no_main]

#[path = "../common.rs"]
mod common;

fn resolve(bytes: &[u8]) -> Option<waymark::model::Site> {
    let source = common::site_with("content/journeys/j.md", bytes);
    waymark::pipeline::check_loaded(common::load(&source), common::as_of()).site
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let at = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (a, b) = (&data[..at], &data[(at + 1).min(data.len())..]);
    let (Some(old), Some(new)) = (resolve(a), resolve(b)) else {
        return;
    };
    let d = waymark::history::diff::diff(&old, &new);
    let _ = serde_json::to_string(&d.len());
    let back = waymark::history::diff::diff(&new, &old);
    assert_eq!(d.is_empty(), back.is_empty(), "a change one way is a change the other way");
    let same = waymark::history::diff::diff(&old, &old);
    assert!(same.is_empty(), "a site compared with itself has no change");
});
