//! A theme's `theme.yaml` (palette, fonts, logo): loaded and checked with the site that
//! picks the theme, then every diagram drawn with it.
#![no_main]

#[path = "../common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut source = common::site_with("themes/brand/theme.yaml", data);
    let config = format!("{}theme: brand\n", common::CONFIG);
    source.files.insert("waymark.yaml".into(), config.into_bytes());
    common::check_and_draw(common::load(&source));
});
