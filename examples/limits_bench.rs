//! The hostile-input benchmark (issue 16 item 5): about 1 MB of each kind of input, checked
//! and built (or imported) by the release binary, each run timed by the wall clock. The
//! rule is that each finishes within 1 s, built or refused with the located
//! `limit-exceeded` error of `src/limits.rs`.
//!
//! ```sh
//! cargo build --release --bin waymark
//! cargo run --release --example limits_bench
//! ```
//!
//! Prints one row per input and command: bytes, seconds, peak memory and the outcome (`ok`
//! or the first error line). A benchmark, not a test: it asserts nothing and exits non-zero
//! only if a command panics, is killed or takes over 1 s (so a regression is visible in a
//! shell loop). `tests/limits.rs` checks the messages with a generous timeout instead.

#[path = "common/bin.rs"]
mod bin;
#[path = "common/run.rs"]
mod run;
use bin::waymark_bin;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// About this many bytes of each generated input.
const SIZE: usize = 1_000_000;
/// The rule of issue 16.
const LIMIT: Duration = Duration::from_secs(1);
const AS_OF: &str = "2026-11-22";

const CONFIG: &str = "title: Limits\nreview_every: 90d\nteams: [Marketing, Sales]\nstages:\n  - { id: awareness, name: Awareness }\n";
const PERSONA: &str = "---\nname: Hospital buyer\nrole: Procurement lead\nkind: buyer\n---\nBuys capital equipment.\n";
const FRONT: &str = "---\ntitle: T\npersonas: [buyer]\nstages:\n  - id: awareness\n---\n";

/// One input: a site (`journey` as `content/journeys/j.md`, with optional asset list,
/// persona body and config override) or a file to import.
enum Input {
    Site {
        journey: String,
        assets: Option<String>,
        persona: Option<String>,
        config: Option<String>,
    },
    Import {
        kind: &'static str,
        file: &'static str,
        bytes: Vec<u8>,
    },
}

fn site(journey: String) -> Input {
    Input::Site {
        journey,
        assets: None,
        persona: None,
        config: None,
    }
}

/// Repeats `unit` (built from its index) until the text is about [`SIZE`] bytes.
fn fill(head: &str, unit: impl Fn(usize) -> String, tail: &str) -> String {
    let mut s = head.to_string();
    let mut i = 0;
    while s.len() + tail.len() < SIZE {
        s.push_str(&unit(i));
        i += 1;
    }
    s.push_str(tail);
    s
}

/// A journey as large as the limits allow: 15 stages of 60 items (900 of the 1,000 items a
/// journey may hold), each item's text 230 characters, just under the 256 KB of YAML a
/// journey may have. The worst case for drawing: the diagram is past the PNG's pixel limit.
fn largest_valid_journey() -> String {
    journey_of(15, 230)
}

/// `stages` stages of 60 items in five lanes (20 actions, 14 questions, 12 touchpoints, 8
/// pain points, 6 opportunities), each item's text about `chars` characters.
fn journey_of(stages: usize, chars: usize) -> String {
    let words: String =
        "reads the evidence summary and asks the team about training and service cover "
            .repeat(chars / 70 + 1)
            .chars()
            .take(chars)
            .collect();
    let mut s = String::from("---\ntitle: Largest valid journey\npersonas: [buyer]\nstages:\n");
    for i in 0..stages {
        let _ = write!(
            s,
            "  - id: stage-{i}\n    name: Stage {i}\n    goal: Stage {i} goal\n    emotions: {{ buyer: {} }}\n",
            (i % 5) as i32 - 2
        );
        for (lane, n) in [("actions", 20), ("questions", 14)] {
            let _ = writeln!(s, "    {lane}:");
            for k in 0..n {
                let _ = writeln!(
                    s,
                    "      - {{ persona: buyer, text: \"{lane} {k}: {words}\" }}"
                );
            }
        }
        let _ = writeln!(s, "    touchpoints:");
        for k in 0..12 {
            let _ = writeln!(
                s,
                "      - {{ name: \"Touchpoint {k}: {words}\", channel: web, owner: Marketing }}"
            );
        }
        let _ = writeln!(s, "    pain_points:");
        for k in 0..8 {
            let _ = writeln!(
                s,
                "      - {{ text: \"Pain {k}: {words}\", severity: high, owner: Sales }}"
            );
        }
        let _ = writeln!(s, "    opportunities:");
        for k in 0..6 {
            let _ = writeln!(
                s,
                "      - {{ text: \"Opportunity {k}: {words}\", owner: Marketing, status: idea }}"
            );
        }
    }
    s.push_str("---\n");
    s
}

fn inputs() -> Vec<(&'static str, Input)> {
    let para = "The buying group meets us at **eight stages**; the [plan](../plan/) shows the content per stage.\n\n- Evidence first\n- Price second\n\n";
    vec![
        (
            "nested blockquotes",
            site(format!("{FRONT}{}\n", ">".repeat(SIZE))),
        ),
        (
            "one 1 MB title",
            site(format!(
                "---\ntitle: {}\nstages:\n  - id: awareness\n---\n",
                "word ".repeat(SIZE / 5)
            )),
        ),
        (
            "duplicate stages",
            site(fill(
                "---\ntitle: T\nstages:\n",
                |_| "  - id: awareness\n".into(),
                "---\n",
            )),
        ),
        (
            "unknown personas",
            site(fill(
                "---\ntitle: T\nstages: [ { id: awareness } ]\npersonas: [p",
                |i| format!(", unknown-persona-{i:06}"),
                "]\n---\n",
            )),
        ),
        (
            "one long lane",
            site(fill(
                "---\ntitle: T\nstages:\n  - id: awareness\n    actions:\n",
                |i| format!("      - Calls the hotline, time {i}\n"),
                "---\n",
            )),
        ),
        ("plain narrative", site(fill(FRONT, |_| para.into(), ""))),
        (
            "nested lists at the depth limit",
            site(fill(
                FRONT,
                |i| format!("{}- item {i}\n", "  ".repeat(i % 30)),
                "",
            )),
        ),
        ("largest valid journey", site(largest_valid_journey())),
        (
            "1 MB journey (900 items of 900 characters)",
            site(journey_of(15, 900)),
        ),
        (
            "1,020 items in one journey (17 stages of 60)",
            site(journey_of(17, 150)),
        ),
        (
            "asset list",
            Input::Site {
                journey: FRONT.into(),
                assets: Some(fill(
                    "",
                    |i| {
                        format!(
                            "- id: asset-{i}\n  title: Asset {i} brochure\n  format: brochure\n  stages: [awareness]\n  owner: Marketing\n"
                        )
                    },
                    "",
                )),
                persona: None,
                config: None,
            },
        ),
        (
            "persona body",
            Input::Site {
                journey: FRONT.into(),
                assets: None,
                persona: Some(fill(PERSONA, |_| para.into(), "")),
                config: None,
            },
        ),
        (
            "site config",
            Input::Site {
                journey: FRONT.into(),
                assets: None,
                persona: None,
                config: Some(fill(
                    CONFIG,
                    |i| format!("  - {{ id: s{i}, name: Stage {i} }}\n"),
                    "",
                )),
            },
        ),
        (
            "sheet (CSV)",
            Input::Import {
                kind: "sheet",
                file: "big.csv",
                bytes: fill(
                    "stage,lane,text\n",
                    |i| {
                        format!(
                            "Stage {},actions,Calls the hotline about the order {i}\n",
                            i % 50
                        )
                    },
                    "",
                )
                .into_bytes(),
            },
        ),
        (
            "Mermaid journey",
            Input::Import {
                kind: "mermaid",
                file: "big.mmd",
                bytes: fill(
                    "journey\n  title Big\n",
                    |i| format!("  section Stage {i}\n    Task {i}: 3: Me\n"),
                    "",
                )
                .into_bytes(),
            },
        ),
    ]
}

/// Writes the site of `input` under `dir`; gives its folder.
fn write_site(
    dir: &Path,
    journey: &str,
    assets: Option<&str>,
    persona: Option<&str>,
    config: Option<&str>,
) -> PathBuf {
    let site = dir.join("site");
    for sub in ["content/journeys", "content/personas", "content/assets"] {
        std::fs::create_dir_all(site.join(sub)).unwrap();
    }
    std::fs::write(site.join("waymark.yaml"), config.unwrap_or(CONFIG)).unwrap();
    std::fs::write(
        site.join("content/personas/buyer.md"),
        persona.unwrap_or(PERSONA),
    )
    .unwrap();
    std::fs::write(site.join("content/journeys/j.md"), journey).unwrap();
    if let Some(a) = assets {
        std::fs::write(site.join("content/assets/all.yaml"), a).unwrap();
    }
    site
}

/// Wall time, peak RSS in bytes, exit success and the first error line of one run.
struct Run {
    time: Duration,
    peak_rss: u64,
    ok: bool,
    first_error: String,
}

fn run(bin: &Path, args: &[&str], log: &Path) -> Run {
    let done = run::run_logged(Command::new(bin).args(args), log);
    let err = std::fs::read_to_string(log).unwrap_or_default();
    if done.code.is_none_or(|c| c > 2) || err.contains("panicked") {
        panic!("waymark {args:?} crashed ({}):\n{err}", done.status);
    }
    let first_error = err
        .lines()
        .find(|l| l.contains("error"))
        .unwrap_or("")
        .chars()
        .take(150)
        .collect();
    Run {
        time: done.time,
        peak_rss: done.peak_rss,
        ok: done.code == Some(0),
        first_error,
    }
}

fn main() {
    let bin = waymark_bin();
    // `--only TEXT`: just the inputs whose name contains TEXT; `--keep`: leave the last
    // input's folder in place (its path is printed) to profile it by hand.
    let args: Vec<String> = std::env::args().collect();
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1));
    let keep = args.iter().any(|a| a == "--keep");
    let tmp = std::env::temp_dir().join(format!("waymark-limits-{}", std::process::id()));
    let log = std::env::temp_dir().join(format!("waymark-limits-{}.log", std::process::id()));
    println!("| input | bytes | command | time | peak RSS | outcome |");
    println!("|---|---:|---|---:|---:|---|");
    let mut over = 0;
    for (name, input) in inputs() {
        if only.is_some_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let _ = std::fs::remove_dir_all(&tmp);
        std::fs::create_dir_all(&tmp).unwrap();
        let (bytes, runs): (usize, Vec<(String, Vec<String>)>) = match &input {
            Input::Site {
                journey,
                assets,
                persona,
                config,
            } => {
                let s = write_site(
                    &tmp,
                    journey,
                    assets.as_deref(),
                    persona.as_deref(),
                    config.as_deref(),
                );
                let s = s.to_str().unwrap().to_string();
                let out = tmp.join("out").to_str().unwrap().to_string();
                let size = [
                    journey,
                    assets.as_ref().unwrap_or(&String::new()),
                    persona.as_ref().unwrap_or(&String::new()),
                    config.as_ref().unwrap_or(&String::new()),
                ]
                .iter()
                .map(|t| t.len())
                .max()
                .unwrap_or(0);
                (
                    size,
                    vec![
                        (
                            "check".into(),
                            vec!["check".into(), s.clone(), "--as-of".into(), AS_OF.into()],
                        ),
                        (
                            "build".into(),
                            vec![
                                "build".into(),
                                s,
                                "-o".into(),
                                out,
                                "--as-of".into(),
                                AS_OF.into(),
                            ],
                        ),
                    ],
                )
            }
            Input::Import { kind, file, bytes } => {
                let f = tmp.join(file);
                std::fs::write(&f, bytes).unwrap();
                let out = tmp.join("imported").to_str().unwrap().to_string();
                (
                    bytes.len(),
                    vec![(
                        format!("import {kind}"),
                        vec![
                            "import".into(),
                            kind.to_string(),
                            f.to_str().unwrap().into(),
                            "-o".into(),
                            out,
                        ],
                    )],
                )
            }
        };
        for (label, args) in runs {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let r = run(&bin, &args, &log);
            let outcome = if r.ok {
                "ok".to_string()
            } else {
                format!("refused: `{}`", r.first_error.replace('|', "\\|"))
            };
            let mark = if r.time > LIMIT {
                over += 1;
                " **over 1 s**"
            } else {
                ""
            };
            println!(
                "| {name} | {bytes} | {label} | {:.3} s{mark} | {:.0} MB | {outcome} |",
                r.time.as_secs_f64(),
                r.peak_rss as f64 / 1e6
            );
        }
    }
    let _ = std::fs::remove_file(&log);
    if keep {
        println!("\nkept: {}", tmp.display());
    } else {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    if over > 0 {
        eprintln!("{over} run(s) over 1 s");
        std::process::exit(1);
    }
}
