//! Front matter and the loader of `content/journeys/j.md`, then `check` of the site around it.
#![no_main]

#[path = "../common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let source = common::site_with("content/journeys/j.md", data);
    common::check_and_draw(common::load(&source));
});
