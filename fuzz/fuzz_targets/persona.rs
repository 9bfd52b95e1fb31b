//! Front matter and the loader of `content/personas/buyer.md`, then `check` of the site around it.
#![no_main]

#[path = "../common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let source = common::site_with("content/personas/buyer.md", data);
    common::check_and_draw(common::load(&source));
});
