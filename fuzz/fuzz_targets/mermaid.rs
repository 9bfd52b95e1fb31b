//! The Mermaid parser: blocks of a Markdown file, each parsed, turned into a draft journey,
//! emitted as YAML, read back as `check` would, and drawn.
#![no_main]

use waymark::interop::mermaid::{parse, to_model};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut diags = Vec::new();
    let _ = parse::parse(text, "f.mmd", 1, &mut diags);
    for block in parse::mermaid_blocks(text) {
        let _ = parse::parse(&block.text, "f.md", block.first_line, &mut diags);
    }
    if let Some((site, journey)) = to_model::journey_site(text, "fuzz") {
        let _ = waymark::diagram::journey_diagram(&site, &journey);
    }
});
