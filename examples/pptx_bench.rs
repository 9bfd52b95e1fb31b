//! PowerPoint benchmark: prints figures, not a timed test.
//!
//! `cargo run --release --example pptx_bench [SITE]` (SITE defaults to the example site at
//! the repository root). Measures the PowerPoint deck of the site and of a generated
//! 100-journey portfolio (8 stages and 5 personas each) beside the PDF deck of the same
//! journeys. Each figure is the median of three runs.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use waymark::export::{pdf, portfolio, pptx};

fn time<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed());
    }
    times.sort();
    (times[1], last.expect("three runs"))
}

fn main() {
    let root = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("a date");
    let site = waymark::pipeline::check_site(&root, as_of)
        .site
        .expect("the site has no errors");
    let big = portfolio::portfolio(100);
    for (name, s) in [
        ("the example", &site),
        ("100 journeys x 8 stages x 5 personas", &big),
    ] {
        let journeys: Vec<&waymark::model::Journey> = s.journeys.iter().map(|j| &**j).collect();
        let (t, deck) = time(|| pptx::deck(s, &journeys).expect("pptx"));
        let slides = waymark::export::deck::slides(s, &journeys).len();
        println!(
            "PPTX deck of {name}: {:.1} ms ({} KiB, {slides} slides)",
            t.as_secs_f64() * 1000.0,
            deck.len() / 1024
        );
        let (t, deck) = time(|| pdf::deck(s, &journeys).expect("pdf"));
        println!(
            "PDF deck of {name}: {:.1} ms ({} KiB)",
            t.as_secs_f64() * 1000.0,
            deck.len() / 1024
        );
    }
}
