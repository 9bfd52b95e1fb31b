//! The portfolio benchmark: how long `waymark` takes on a large generated site, and how
//! that compares with Hugo building plain pages of the same count.
//!
//! ```sh
//! cargo build --release --bin waymark
//! cargo run --release --example bench                          # 1,000 journeys
//! cargo run --release --example bench -- --journeys 250,500,1000
//! ```
//!
//! For each size it writes the portfolio of `examples/common/portfolio_gen.rs` into a
//! temporary folder and runs the release binary (`target/release/waymark`) as a user would,
//! each run a fresh process, timed by the wall clock, its peak RSS from `wait4`:
//!
//! - `build --no-exports`, cold (no output folder yet);
//! - `build`, cold (empty export cache);
//! - `build` again after editing one journey file (warm cache);
//! - `check`.
//!
//! When `hugo` is on PATH it also builds a plain Hugo site with the same number of pages
//! (Markdown of about the same size, a minimal layout) and prints each time as a ratio to
//! Hugo's. Figures go to `docs/performance.md` by hand, with the machine they came from.
//! A benchmark, not a test: it asserts nothing and fails only if a command fails.

#[path = "common/portfolio_gen.rs"]
mod portfolio_gen;

#[path = "common/bin.rs"]
mod bin;
#[path = "common/run.rs"]
mod run;
use bin::waymark_bin;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// One timed run: wall time and peak resident memory in bytes.
struct Run {
    time: Duration,
    peak_rss: u64,
}

/// Runs `cmd` to completion; fails the benchmark when it exits non-zero.
fn timed(cmd: &mut Command) -> Run {
    let log = std::env::temp_dir().join(format!("waymark-bench-{}.stderr", std::process::id()));
    let done = run::run_logged(cmd, &log);
    if done.code != Some(0) {
        let err = std::fs::read_to_string(&log).unwrap_or_default();
        panic!("{cmd:?} failed ({}):\n{err}", done.status);
    }
    let _ = std::fs::remove_file(&log);
    Run {
        time: done.time,
        peak_rss: done.peak_rss,
    }
}

/// Writes a plain Hugo site of `pages` Markdown pages of about `bytes_each` bytes.
fn hugo_site(dir: &Path, pages: usize, bytes_each: usize) {
    std::fs::create_dir_all(dir.join("content/pages")).unwrap();
    std::fs::create_dir_all(dir.join("layouts/_default")).unwrap();
    std::fs::write(
        dir.join("hugo.toml"),
        "baseURL = '/'\ntitle = 'Portfolio'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("layouts/_default/single.html"),
        "<!doctype html><html><head><title>{{ .Title }}</title></head><body><nav><a href=\"../\">Home</a></nav><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("layouts/_default/list.html"),
        "<!doctype html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n",
    )
    .unwrap();
    let para = "The buying group meets us at **eight stages**; the [plan](../plan/) shows the content per stage, and each persona has its own questions.\n\n";
    for i in 0..pages {
        let mut body = format!("---\ntitle: \"Page {i}\"\n---\n## Stage list\n\n");
        while body.len() < bytes_each {
            body.push_str(para);
            body.push_str("- Evidence first\n- Price second\n\n");
        }
        std::fs::write(dir.join(format!("content/pages/p{i:04}.md")), body).unwrap();
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1e6)
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn ratio(d: Duration, hugo: Option<Duration>) -> String {
    hugo.map(|h| format!(" ({:.1}x Hugo)", d.as_secs_f64() / h.as_secs_f64()))
        .unwrap_or_default()
}

fn bench(bin: &Path, n: usize, hugo: bool) {
    let tmp = std::env::temp_dir().join(format!("waymark-bench-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let site = tmp.join("site");
    let shape = portfolio_gen::Shape::for_journeys(n);
    portfolio_gen::write(&site, shape).expect("write portfolio");
    let source_bytes: u64 = dir_size(&site.join("content"));
    let pages = shape.journeys + shape.personas + 5;
    println!(
        "\n## {n} journeys ({} personas, {} assets, {:.1} MB of source, ~{pages} pages)\n",
        shape.personas,
        shape.assets,
        source_bytes as f64 / 1e6
    );

    let hugo_time = hugo.then(|| {
        let hsite = tmp.join("hugo");
        hugo_site(&hsite, pages, (source_bytes as usize / pages).max(512));
        let out = tmp.join("hugo-out");
        timed(
            Command::new("hugo")
                .args(["--quiet", "-s"])
                .arg(&hsite)
                .arg("-d")
                .arg(&out),
        );
        let _ = std::fs::remove_dir_all(&out);
        // The second run is the one reported: Hugo's binary and the files are in the page cache,
        // as they are for waymark's runs.
        let r = timed(
            Command::new("hugo")
                .args(["--quiet", "-s"])
                .arg(&hsite)
                .arg("-d")
                .arg(&out),
        );
        println!(
            "- hugo, {pages} plain pages: {}, peak RSS {}",
            secs(r.time),
            mb(r.peak_rss)
        );
        r.time
    });

    let build = |out: &Path, extra: &[&str]| {
        let mut c = Command::new(bin);
        c.arg("build")
            .arg(&site)
            .arg("-o")
            .arg(out)
            .args(["--as-of", "2026-11-01"]);
        c.args(extra);
        timed(&mut c)
    };
    let cache = tmp.join("cache");
    let out_pages = tmp.join("out-pages");
    let r = build(&out_pages, &["--no-exports"]);
    println!(
        "- build --no-exports, cold: {}{}, peak RSS {}",
        secs(r.time),
        ratio(r.time, hugo_time),
        mb(r.peak_rss)
    );
    let out_full = tmp.join("out-full");
    let cache_arg = cache.to_string_lossy().into_owned();
    let r = build(&out_full, &["--cache-dir", &cache_arg]);
    println!(
        "- build, cold (empty cache): {}{}, peak RSS {}, output {}",
        secs(r.time),
        ratio(r.time, hugo_time),
        mb(r.peak_rss),
        mb(dir_size(&out_full))
    );
    // Edit one journey: a new action text in its first stage.
    let j = site.join("content/journeys/j0000.md");
    let text = std::fs::read_to_string(&j).unwrap();
    std::fs::write(&j, text.replacen("Compares the", "Now compares the", 1)).unwrap();
    let r = build(&out_full, &["--cache-dir", &cache_arg]);
    println!(
        "- build after editing one journey, warm cache: {}{}, peak RSS {}",
        secs(r.time),
        ratio(r.time, hugo_time),
        mb(r.peak_rss)
    );
    let r = timed(
        Command::new(bin)
            .arg("check")
            .arg(&site)
            .args(["--as-of", "2026-11-01"]),
    );
    println!(
        "- check: {}{}, peak RSS {}",
        secs(r.time),
        ratio(r.time, hugo_time),
        mb(r.peak_rss)
    );
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Bytes of all files below `dir`.
fn dir_size(dir: &Path) -> u64 {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return 0;
    };
    rd.flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_size(&e.path()),
            Ok(_) => e.metadata().map(|m| m.len()).unwrap_or(0),
            Err(_) => 0,
        })
        .sum()
}

fn main() {
    let mut sizes = vec![1000usize];
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--journeys" {
            sizes = args
                .next()
                .expect("--journeys N[,N...]")
                .split(',')
                .map(|n| n.trim().parse().expect("a number of journeys"))
                .collect();
        }
    }
    let bin = waymark_bin();
    let hugo = Command::new("hugo")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    println!(
        "# waymark portfolio benchmark\n\nwaymark {} ({}), {} cores{}",
        env!("CARGO_PKG_VERSION"),
        bin.display(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        if hugo {
            ""
        } else {
            "; hugo not on PATH, no ratios"
        }
    );
    for n in sizes {
        bench(&bin, n, hugo);
    }
}
