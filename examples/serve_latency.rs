//! Save-to-reload latency of `waymark serve`, measured end to end:
//!
//! ```sh
//! cargo run --release --example serve_latency                      # the repository's example site
//! cargo run --release --example portfolio -- /tmp/portfolio
//! cargo run --release --example serve_latency -- /tmp/portfolio    # 1,000 journeys
//! ```
//!
//! Copies the site to a temporary folder, starts the server in-process on 127.0.0.1 (a free
//! port), connects to its WebSocket like a page does, then edits one journey file N times
//! (`--edits N`, default 15). For each save it measures the time from the end of the file
//! write to (a) the `reload` message arriving on the socket and (b) the edited journey's
//! page having been fetched again over HTTP, as the reloading browser would, and (c) the
//! index fetched (it waits for every page the edit touches). One edit of a persona file
//! (which re-renders every page) is measured the same way.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let mut site: Option<PathBuf> = None;
    let mut edits = 15usize;
    while let Some(a) = args.next() {
        if a == "--edits" {
            edits = args.next().and_then(|n| n.parse().ok()).expect("--edits N");
        } else {
            site = Some(PathBuf::from(a));
        }
    }
    let src = site.unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let tmp = tempfile::tempdir().expect("a temporary folder");
    copy_site(&src, tmp.path());
    let journeys = tmp.path().join("content/journeys");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&journeys)
        .expect("content/journeys")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let journey = files.first().expect("a Markdown journey").clone();
    let journey_id = journey.file_stem().unwrap().to_string_lossy().into_owned();
    let count = files.len();

    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let t = Instant::now();
    let server = waymark::serve::start(waymark::serve::Options::new(tmp.path(), as_of))
        .await
        .expect("the server starts");
    println!(
        "site: {} ({count} Markdown journeys); first build and start: {} ms",
        src.display(),
        t.elapsed().as_millis()
    );
    let (mut ws, _) =
        tokio_tungstenite::connect_async(format!("ws://{}/__waymark/ws", server.addr))
            .await
            .expect("the socket connects");
    let hello = next_text(&mut ws).await;
    assert!(hello.contains("hello"), "{hello}");

    let original = std::fs::read_to_string(&journey).unwrap();
    let mut to_msg = Vec::new();
    let mut to_page = Vec::new();
    let mut to_all = Vec::new();
    for i in 0..edits {
        let text = format!("{original}\nEdit number {i}.\n");
        let t0 = Instant::now();
        std::fs::write(&journey, &text).unwrap();
        let msg = next_text(&mut ws).await;
        let t1 = t0.elapsed();
        assert!(msg.contains("\"reload\""), "{msg}");
        let page = get(server.addr, &format!("/journeys/{journey_id}.html")).await;
        let t2 = t0.elapsed();
        assert!(
            page.contains(&format!("Edit number {i}.")),
            "the page shows the edit"
        );
        // The index is among the pages rendered after the reload; the server holds the
        // request until they are all done.
        let index = get(server.addr, "/index.html").await;
        let t3 = t0.elapsed();
        assert!(index.contains("200 OK"));
        to_msg.push(t1);
        to_page.push(t2);
        to_all.push(t3);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    summary("journey edit → reload message", &mut to_msg);
    summary("journey edit → page fetched  ", &mut to_page);
    summary("journey edit → all pages done", &mut to_all);

    // A persona edit re-renders every page.
    let persona = std::fs::read_dir(tmp.path().join("content/personas"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .min()
        .expect("a persona");
    let text = std::fs::read_to_string(&persona).unwrap();
    let t0 = Instant::now();
    std::fs::write(&persona, format!("{text}\nEdited.\n")).unwrap();
    let msg = next_text(&mut ws).await;
    assert!(msg.contains("\"reload\""), "{msg}");
    println!(
        "persona edit (full re-render) → reload message: {} ms",
        t0.elapsed().as_millis()
    );
    server.stop().await;
}

async fn next_text(ws: &mut Socket) -> String {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(60), ws.next())
            .await
            .expect("a message within 60 s")
            .expect("the socket is open")
            .expect("a frame");
        if let Message::Text(t) = m {
            return t.to_string();
        }
    }
}

async fn get(addr: std::net::SocketAddr, path: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).await.unwrap();
    String::from_utf8_lossy(&buf).into_owned()
}

fn summary(what: &str, xs: &mut [Duration]) {
    xs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let n = xs.len();
    println!(
        "{what}: median {:.1} ms, p90 {:.1} ms, max {:.1} ms, min {:.1} ms ({n} saves)",
        ms(xs[n / 2]),
        ms(xs[(n * 9 / 10).min(n - 1)]),
        ms(xs[n - 1]),
        ms(xs[0])
    );
}

/// Copies `waymark.yaml` and the `content`, `templates`, `themes` and `static` folders.
fn copy_site(from: &Path, to: &Path) {
    std::fs::copy(from.join("waymark.yaml"), to.join("waymark.yaml")).expect("waymark.yaml");
    for dir in ["content", "templates", "themes", "static"] {
        let src = from.join(dir);
        if !src.is_dir() {
            continue;
        }
        for e in walkdir::WalkDir::new(&src).into_iter().flatten() {
            let rel = e.path().strip_prefix(from).unwrap();
            let dst = to.join(rel);
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&dst).unwrap();
            } else {
                std::fs::copy(e.path(), &dst).unwrap();
            }
        }
    }
}
