//! Renders sample journey diagrams and stakeholder maps to PNG (2x) in `/tmp/diagrams/`
//! with resvg and only the embedded Inter fonts, to look at them.
//!
//! `cargo run --example diagram_png [OUT_DIR]`

#[path = "../tests/diagram_fixtures.rs"]
mod fixtures;

use resvg::{tiny_skia, usvg};
use waymark::diagram::{journey_diagram, stakeholder_map, text};

fn options() -> usvg::Options<'static> {
    let mut opt = usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_font_data(text::INTER_REGULAR.to_vec());
    db.load_font_data(text::INTER_SEMIBOLD.to_vec());
    db.set_sans_serif_family("Inter");
    opt
}

fn render(svg: &str, path: &std::path::Path, opt: &usvg::Options) {
    let tree = usvg::Tree::from_str(svg, opt).expect("valid svg");
    let size = tree.size().to_int_size().scale_by(2.0).expect("size");
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("pixmap");
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(2.0, 2.0),
        &mut pixmap.as_mut(),
    );
    pixmap.save_png(path).expect("write png");
    println!("{}", path.display());
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/diagrams".into());
    let out = std::path::Path::new(&out);
    std::fs::create_dir_all(out).expect("out dir");
    let opt = options();
    for (n, m, long) in [
        (1, 1, false),
        (4, 3, false),
        (4, 3, true),
        (12, 8, false),
        (1, 8, true),
        (4, 8, false),
    ] {
        let site = fixtures::site(m);
        let j = fixtures::journey(n, m, long);
        let tag = format!("{n}st-{m}p{}", if long { "-long" } else { "" });
        let svg = journey_diagram(&site, &j);
        std::fs::write(out.join(format!("journey-{tag}.svg")), &svg).expect("write svg");
        render(&svg, &out.join(format!("journey-{tag}.png")), &opt);
        let sm = stakeholder_map(&site, &j);
        if !sm.is_empty() {
            render(&sm, &out.join(format!("stakeholders-{tag}.png")), &opt);
        }
    }
}
