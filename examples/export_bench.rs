//! Export benchmark: prints figures, not a timed test.
//!
//! `cargo run --release --example export_bench [SITE]` (SITE defaults to the example site at
//! the repository root). Measures one PNG at 2x (the first journey diagram of the site), the
//! PDF deck of the site, and the deck of a generated 100-journey portfolio (8 stages and 5
//! personas each). Each figure is the median of several runs.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use waymark::export::{self, ExportOptions, pdf, png, portfolio};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed());
    }
    (median(times), last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let root = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
    let checked = waymark::pipeline::check_site(&root, as_of);
    let site = checked.site.expect("the site has no errors");
    let opts = ExportOptions::default();
    println!(
        "cores: {}",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // PNG at 2x: SVG writing, parsing, rasterising and encoding, per diagram.
    let j = &site.journeys[0];
    let _ = png::journey_png(&site, j, &opts); // warm the font caches
    let big = portfolio::portfolio(100);
    println!("PNG 2x per journey diagram (median of 10):");
    let mut diagrams: Vec<(&str, &waymark::model::Site, &waymark::model::Journey)> = site
        .journeys
        .iter()
        .map(|j| ("example", &site, &**j))
        .collect();
    diagrams.push(("portfolio, 8 stages x 5 personas", &big, &big.journeys[0]));
    for (from, s, j) in &diagrams {
        let (t, bytes) = time(10, || png::journey_png(s, j, &opts).expect("png"));
        let (w, h) = png_size(&bytes);
        let mp = f64::from(w) * f64::from(h) / 1e6;
        println!(
            "  {:<28} {from}: {w} x {h} px ({mp:.1} MP): {} ({:.1} ms/MP), {} KiB",
            format!("`{}`", j.id),
            ms(t),
            t.as_secs_f64() * 1000.0 / mp,
            bytes.len() / 1024
        );
    }
    let widest = site
        .journeys
        .iter()
        .max_by_key(|j| waymark::diagram::journey_diagram(&site, j).len())
        .expect("a journey");
    let drawing = waymark::diagram::journey_drawing(&site, widest);
    let (t_draw, _) = time(10, || waymark::diagram::journey_drawing(&site, widest));
    let (t_svg, _) = time(10, || {
        waymark::diagram::svg::write(&drawing, waymark::diagram::Form::Inline)
    });
    let (t_scene, _) = time(10, || waymark::export::scene::Scene::new(&drawing, false));
    println!(
        "  `{}` in parts: drawing {}, SVG writer {}, scene (paths, shaped text) {}",
        widest.id,
        ms(t_draw),
        ms(t_svg),
        ms(t_scene)
    );
    let mut encodings = vec![(
        "exports: scene, banded, no filter, level 3",
        png::Encoding::Export,
    )];
    for level in [1, 6, 9] {
        encodings.push(("scene, banded, no filter", png::Encoding::Level(level)));
    }
    encodings.push((
        "scene, one pass, png crate defaults (adaptive, level 6, RGBA)",
        png::Encoding::Default,
    ));
    for (name, enc) in encodings {
        let (t, b) = time(5, || {
            png::drawing_to_png_with(&drawing, 2.0, false, enc).expect("png")
        });
        println!("    {name} {enc:?}: {} {} KiB", ms(t), b.len() / 1024);
    }
    let journeys: Vec<&waymark::model::Journey> = site.journeys.iter().map(|j| &**j).collect();
    let (t, all) = time(3, || {
        journeys
            .iter()
            .map(|j| png::journey_png(&site, j, &opts).expect("png").len())
            .sum::<usize>()
    });
    println!(
        "PNG 2x of all {} example journey diagrams: {} ({} per diagram, {} KiB in all)",
        journeys.len(),
        ms(t),
        ms(t / journeys.len() as u32),
        all / 1024
    );

    // The example deck.
    let (t, deck) = time(3, || pdf::deck(&site, &journeys).expect("deck"));
    let pages = lopdf::Document::load_mem(&deck).map_or(0, |d| d.get_pages().len());
    println!(
        "PDF deck of the example ({} journeys): {} ({} KiB, {pages} pages)",
        journeys.len(),
        ms(t),
        deck.len() / 1024
    );

    // The 100-journey portfolio.
    let big_journeys: Vec<&waymark::model::Journey> = big.journeys.iter().map(|j| &**j).collect();
    let (t, deck) = time(3, || pdf::deck(&big, &big_journeys).expect("deck"));
    let pages = lopdf::Document::load_mem(&deck).map_or(0, |d| d.get_pages().len());
    println!(
        "PDF deck of 100 journeys x 8 stages x 5 personas: {} ({} KiB, {pages} pages)",
        ms(t),
        deck.len() / 1024,
    );
    let (t, files) = time(1, || {
        export::export_files(&big, &export::ExportFormat::ALL, &opts).expect("export")
    });
    println!(
        "`export --format all` of the 100 journeys: {} ({} files)",
        ms(t),
        files.len()
    );
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}
