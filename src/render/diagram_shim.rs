//! TEMPORARY SHIM — replace with the real diagram module.
//!
//! The diagram module (`crate::diagram`) is written in parallel on another branch with the
//! API `journey_diagram(site, journey) -> String` and `stakeholder_map(site, journey) ->
//! String`, each returning a full `<svg>` element. Until it is merged, the pages call these
//! placeholders. The integrator switches the single line
//! `use crate::render::diagram_shim as diagram;` in `src/render/pages.rs` to
//! `use crate::diagram;` and deletes this file.

use crate::model::{Journey, Site};

fn placeholder(title: &str, what: &str) -> String {
    let mut escaped = String::new();
    for c in title.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"640\" height=\"48\" \
         viewBox=\"0 0 640 48\"><title>{what}: {escaped}</title>\
         <rect x=\"0.5\" y=\"0.5\" width=\"639\" height=\"47\" rx=\"4\" fill=\"#f6f8fa\" stroke=\"#d0d7de\"/>\
         <text x=\"16\" y=\"29\" font-family=\"Inter, system-ui, sans-serif\" font-size=\"13\" fill=\"#57606a\">\
         {what} placeholder (diagram module not merged yet)</text></svg>"
    )
}

/// Placeholder for `crate::diagram::journey_diagram`.
pub fn journey_diagram(_site: &Site, journey: &Journey) -> String {
    placeholder(&journey.title, "Journey diagram")
}

/// Placeholder for `crate::diagram::stakeholder_map`.
pub fn stakeholder_map(_site: &Site, journey: &Journey) -> String {
    placeholder(&journey.title, "Stakeholder map")
}
