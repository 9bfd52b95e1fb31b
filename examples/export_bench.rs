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

    // One PNG at 2x: SVG writing, parsing, rasterising and encoding.
    let j = &site.journeys[0];
    let _ = png::journey_png(&site, j, &opts); // warm the font caches
    let (t, bytes) = time(10, || png::journey_png(&site, j, &opts).expect("png"));
    println!(
        "PNG 2x of `{}`: {} ({} KiB)",
        j.id,
        ms(t),
        bytes.len() / 1024
    );
    let svg = waymark::diagram::journey_diagram(&site, j);
    let (t_svg, _) = time(10, || waymark::diagram::journey_diagram(&site, j));
    println!("  of which the diagram SVG: {}", ms(t_svg));
    let (t_fast, b) = time(5, || {
        png::svg_to_png_with(&svg, 2.0, false, png::Encoding::Export).expect("png")
    });
    let (t_def, b_def) = time(5, || {
        png::svg_to_png_with(&svg, 2.0, false, png::Encoding::Default).expect("png")
    });
    println!(
        "  encoding Balanced/no filter/RGB: {} {} KiB; png defaults (Balanced, Adaptive, RGBA): {} {} KiB",
        ms(t_fast),
        b.len() / 1024,
        ms(t_def),
        b_def.len() / 1024
    );
    let journeys: Vec<_> = site.journeys.iter().collect();
    let (t, all) = time(3, || {
        journeys
            .iter()
            .map(|j| png::journey_png(&site, j, &opts).expect("png").len())
            .sum::<usize>()
    });
    println!(
        "PNG 2x of all {} journey diagrams: {} ({} per diagram, {} KiB in all)",
        journeys.len(),
        ms(t),
        ms(t / journeys.len() as u32),
        all / 1024
    );

    // The example deck.
    let (t, deck) = time(3, || pdf::deck(&site, &journeys).expect("deck"));
    println!(
        "PDF deck of the example ({} journeys): {} ({} KiB)",
        journeys.len(),
        ms(t),
        deck.len() / 1024
    );

    // The 100-journey portfolio.
    let big = portfolio::portfolio(100);
    let big_journeys: Vec<_> = big.journeys.iter().collect();
    let (t, deck) = time(3, || pdf::deck(&big, &big_journeys).expect("deck"));
    let pages = String::from_utf8_lossy(&deck)
        .matches("/Type /Page\n")
        .count();
    println!(
        "PDF deck of 100 journeys x 8 stages x 5 personas: {} ({} KiB{})",
        ms(t),
        deck.len() / 1024,
        if pages > 0 {
            format!(", {pages} pages")
        } else {
            String::new()
        }
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
