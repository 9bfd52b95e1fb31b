//! Writes a large generated site (a "portfolio" of journeys) for benchmarks:
//!
//! ```sh
//! cargo run --release --example portfolio -- /tmp/portfolio                  # 1,000 journeys
//! cargo run --release --example portfolio -- /tmp/portfolio --journeys 200
//! ```
//!
//! The shape is [`portfolio_gen::Shape::for_journeys`]: 8 stages and 5 personas a journey,
//! `n / 5` personas, `3 n` assets. The folder must not exist or be empty.

#[path = "common/portfolio_gen.rs"]
#[allow(dead_code)]
mod portfolio_gen;

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut journeys = 1000usize;
    while let Some(a) = args.next() {
        if a == "--journeys" {
            journeys = args
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--journeys N");
        } else {
            dir = Some(PathBuf::from(a));
        }
    }
    let dir = dir.expect("usage: portfolio DIR [--journeys N]");
    let shape = portfolio_gen::Shape::for_journeys(journeys);
    if let Err(e) = portfolio_gen::write(&dir, shape) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    println!(
        "wrote a {journeys}-journey portfolio ({} personas, {} assets) to {}",
        shape.personas,
        shape.assets,
        dir.display()
    );
}
