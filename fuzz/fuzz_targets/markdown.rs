//! Markdown rendering and sanitising of a narrative (Mermaid journey blocks drawn in place).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = waymark::render::markdown::render(text, waymark::pipeline::mermaid_svg);
    }
});
