//! Times drawing every journey diagram and stakeholder map of a site, as one build does:
//!
//! ```sh
//! cargo run --release --example portfolio -- /tmp/pf --journeys 1000
//! cargo run --release --example diagram_timing -- /tmp/pf [--out DIR] [--runs N] [--threads N]
//! ```
//!
//! Each run starts fresh threads (so their width caches start empty, as in a build) on one
//! and on two cores and prints the median wall time. `--out DIR` writes every SVG there (to
//! compare two versions' output byte for byte).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use waymark::model::{Journey, Site};

/// Every SVG of `journeys`: (file name, markup).
fn draw(site: &Site, journeys: &[&Journey]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for j in journeys {
        out.push((
            format!("{}.svg", j.id),
            waymark::diagram::journey_diagram(site, j),
        ));
        out.push((
            format!("{}-stakeholders.svg", j.id),
            waymark::diagram::stakeholder_map(site, j),
        ));
    }
    out
}

/// One build's worth on `threads` fresh threads (journeys dealt out in turn).
fn run(site: &Site, threads: usize) -> (Duration, Vec<(String, String)>) {
    let start = Instant::now();
    let all: Vec<(String, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let mine: Vec<&Journey> = site
                    .journeys
                    .iter()
                    .skip(t)
                    .step_by(threads)
                    .map(|j| &**j)
                    .collect();
                scope.spawn(move || draw(site, &mine))
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("drawing thread"))
            .collect()
    });
    (start.elapsed(), all)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut root = None;
    let mut out: Option<PathBuf> = None;
    let mut runs = 5;
    let mut thread_counts = vec![1, 2];
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(5),
            "--threads" => {
                thread_counts = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .into_iter()
                    .collect()
            }
            _ => root = Some(PathBuf::from(a)),
        }
    }
    let root = root.expect("usage: diagram_timing SITE [--out DIR] [--runs N] [--threads N]");
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
    let site = waymark::pipeline::check_site(&root, as_of)
        .site
        .expect("the site has no errors");
    println!("{} journeys", site.journeys.len());
    for &threads in &thread_counts {
        let mut times = Vec::new();
        let mut bytes = 0;
        for _ in 0..runs {
            let (t, svgs) = run(&site, threads);
            times.push(t);
            bytes = svgs.iter().map(|(_, s)| s.len()).sum::<usize>();
            if let (Some(dir), 1) = (&out, threads) {
                std::fs::create_dir_all(dir).expect("out dir");
                for (name, svg) in &svgs {
                    std::fs::write(dir.join(name), svg).expect("write");
                }
            }
        }
        times.sort();
        println!(
            "{threads} thread(s): median {:.1} ms, min {:.1} ms over {runs} runs; {} KiB of SVG",
            times[times.len() / 2].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3,
            bytes / 1024
        );
    }
}
