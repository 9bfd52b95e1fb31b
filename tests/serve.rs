//! `waymark serve`: served from memory with the reload script, rebuilt on save, errors kept
//! out of the served site and reported, incremental rebuilds equal to full ones.
//! Servers bind 127.0.0.1 port 0 and are stopped by the test.

use std::path::{Path, PathBuf};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;
use waymark::serve::{self, rebuild::Builder};

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal")
}

fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        let dst = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dst).unwrap();
        } else {
            std::fs::copy(e.path(), &dst).unwrap();
        }
    }
}

/// The next message of type `kind`: a save may come as several file events, and so as
/// more than one rebuild; earlier reloads are skipped.
async fn next_of(ws: &mut Socket, kind: &str) -> serde_json::Value {
    loop {
        let m = next_text(ws).await;
        if m["type"] == kind {
            return m;
        }
    }
}

async fn next_text(ws: &mut Socket) -> serde_json::Value {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(20), ws.next())
            .await
            .expect("a message within 20 s")
            .expect("the socket is open")
            .expect("a frame");
        if let Message::Text(t) = m {
            return serde_json::from_str(&t).unwrap();
        }
    }
}

async fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut buf))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text[9..12].parse().unwrap();
    (status, text)
}

/// Writes `text` to `path`, replacing it the way editors that save atomically do.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp-save");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_reloads_and_reports_errors() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let mut opts = serve::Options::new(dir.path(), as_of());
    opts.port = 0;
    let server = serve::start(opts).await.unwrap();
    assert!(server.addr.ip().is_loopback());

    // Pages come from memory, with the reload script; other files without it.
    let (status, index) = get(server.addr, "/").await;
    assert_eq!(status, 200);
    assert!(index.contains("<script src=\"/__waymark/live.js\" data-gen=\"0\"></script>\n</body>"));
    let (status, css) = get(server.addr, "/theme/style.css").await;
    assert_eq!(status, 200);
    assert!(css.contains("text/css") && !css.contains("__waymark"));
    let (status, _) = get(server.addr, "/journeys/purchase.html").await;
    assert_eq!(status, 200);
    let (status, missing) = get(server.addr, "/nope.html").await;
    assert_eq!(status, 404);
    assert!(missing.contains("/__waymark/live.js"));
    // Exports are made on first request (the preview does not export on every build).
    let (status, png) = get(server.addr, "/exports/purchase.png").await;
    assert_eq!(status, 200, "{}", &png[..200.min(png.len())]);
    assert!(png.contains("image/png") && png.contains("PNG\r\n"));
    let (status, deck) = get(server.addr, "/exports/deck.pdf").await;
    assert_eq!(status, 200);
    assert!(deck.contains("application/pdf") && deck.contains("%PDF-"));
    let (status, plan) = get(server.addr, "/exports/plan.csv").await;
    assert_eq!(status, 200);
    assert!(plan.contains("journey,stage,persona"), "{plan}");
    let (status, _) = get(server.addr, "/exports/nope.png").await;
    assert_eq!(status, 404);
    let (_, js) = get(server.addr, "/__waymark/live.js").await;
    assert!(js.contains("WebSocket"));

    let (mut ws, _) =
        tokio_tungstenite::connect_async(format!("ws://{}/__waymark/ws", server.addr))
            .await
            .unwrap();
    assert_eq!(next_text(&mut ws).await["type"], "hello");

    // An edit: reload, and the page shows it.
    let journey = dir.path().join("content/journeys/purchase.md");
    let original = std::fs::read_to_string(&journey).unwrap();
    save(
        &journey,
        &original.replace("title: Scanner purchase", "title: Scanner purchase, edited"),
    );
    let msg = next_text(&mut ws).await;
    assert_eq!(msg["type"], "reload", "{msg}");
    let (_, page) = get(server.addr, "/journeys/purchase.html").await;
    assert!(page.contains("Scanner purchase, edited"));
    let (_, index) = get(server.addr, "/index.html").await;
    assert!(
        index.contains("Scanner purchase, edited"),
        "the index lists it"
    );

    // A broken file: an error message with the place; the last good page stays served.
    save(
        &journey,
        &original.replace("severity: high", "severity: hgih"),
    );
    let msg = next_of(&mut ws, "error").await;
    let text = msg["message"].as_str().unwrap();
    assert!(text.contains("content/journeys/purchase.md:"), "{text}");
    assert!(text.contains("hgih"), "{text}");
    let (status, page) = get(server.addr, "/journeys/purchase.html").await;
    assert_eq!(status, 200);
    assert!(page.contains("Scanner purchase, edited"));
    // A page opened now hears the error on connect.
    let (mut ws2, _) =
        tokio_tungstenite::connect_async(format!("ws://{}/__waymark/ws", server.addr))
            .await
            .unwrap();
    assert_eq!(next_text(&mut ws2).await["type"], "error");

    // Fixed: reload.
    save(&journey, &original);
    next_of(&mut ws, "reload").await;
    let (_, page) = get(server.addr, "/journeys/purchase.html").await;
    assert!(page.contains("Scanner purchase") && !page.contains("edited"));

    drop(ws);
    drop(ws2);
    tokio::time::timeout(Duration::from_secs(20), server.stop())
        .await
        .expect("the server stops");
}

#[test]
fn incremental_rebuild_equals_full_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let root = std::fs::canonicalize(dir.path()).unwrap();
    // A second journey, whose page the incremental rebuild keeps.
    let first = std::fs::read_to_string(root.join("content/journeys/purchase.md")).unwrap();
    std::fs::write(
        root.join("content/journeys/renewal.md"),
        first.replace("title: Scanner purchase", "title: Scanner renewal"),
    )
    .unwrap();
    let mut inc = Builder::new(&root, as_of(), false);
    assert!(matches!(
        inc.rebuild(&[]),
        serve::rebuild::Outcome::Built { .. }
    ));

    let journey = root.join("content/journeys/purchase.md");
    let original = std::fs::read_to_string(&journey).unwrap();
    std::fs::write(
        &journey,
        original
            .replace("title: Scanner purchase", "title: Scanner purchase v2")
            .replace("Congress booth", "Congress stand"),
    )
    .unwrap();
    let outcome = inc.rebuild(std::slice::from_ref(&journey));
    let serve::rebuild::Outcome::Built {
        incremental,
        rendered,
        deferred,
        ..
    } = outcome
    else {
        panic!("{outcome:?}")
    };
    assert!(incremental);
    let pending = inc.pending();
    assert!(pending.contains(&"index.html".to_string()));
    assert!(
        !pending.contains(&"journeys/renewal.html".to_string()),
        "the other journey's page is kept"
    );
    assert!(rendered > 0 && deferred > 0);
    inc.finish().unwrap();
    assert!(inc.pending().is_empty());

    let mut full = Builder::new(&root, as_of(), false);
    full.rebuild(&[]);
    assert_eq!(
        inc.files.keys().collect::<Vec<_>>(),
        full.files.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &full.files {
        assert!(inc.files[path] == *bytes, "{path} differs");
    }

    // A journey deleted, then one added: still the same as a full build.
    let renewal = root.join("content/journeys/renewal.md");
    let text = std::fs::read_to_string(&renewal).unwrap();
    std::fs::remove_file(&renewal).unwrap();
    let added = root.join("content/journeys/a-new-one.md");
    for (change, write) in [
        (&renewal, None),
        (&added, Some(text.replace("renewal", "new one"))),
    ] {
        if let Some(t) = write {
            std::fs::write(change, t).unwrap();
        }
        assert!(matches!(
            inc.rebuild(std::slice::from_ref(change)),
            serve::rebuild::Outcome::Built {
                incremental: true,
                ..
            }
        ));
        inc.finish().unwrap();
        let mut full = Builder::new(&root, as_of(), false);
        full.rebuild(&[]);
        assert_eq!(
            inc.files.keys().collect::<Vec<_>>(),
            full.files.keys().collect::<Vec<_>>()
        );
        for (path, bytes) in &full.files {
            assert!(inc.files[path] == *bytes, "{path} differs after {change:?}");
        }
    }
}

#[test]
fn build_output_has_no_reload_script() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    waymark::pipeline::build_site(&fixture(), &out, as_of()).unwrap();
    for e in walkdir::WalkDir::new(&out).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "html") {
            let html = std::fs::read_to_string(e.path()).unwrap();
            assert!(!html.contains("__waymark"), "{}", e.path().display());
        }
    }
}

#[test]
fn inject_puts_the_script_before_the_last_body_end() {
    let out = serve::inject(b"<p>a</body> x</body>", 7);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "<p>a</body> x<script src=\"/__waymark/live.js\" data-gen=\"7\"></script>\n</body>"
    );
}

/// The check after a save reuses the last good check's results for the journey files that
/// did not change, and gives exactly what a full check gives: the same diagnostics and the
/// same resolved site, through edits that add a lint, break a reference, rename an id and
/// add a journey-local stage (the last two change the site's names, so nothing is reused).
#[test]
fn incremental_check_equals_full_check() {
    use std::collections::BTreeSet;
    use std::sync::Arc;
    use waymark::pipeline::{self, incremental};
    let dir = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        example.join("waymark.yaml"),
        dir.path().join("waymark.yaml"),
    )
    .unwrap();
    copy_dir(&example.join("content"), &dir.path().join("content"));
    let root = std::fs::canonicalize(dir.path()).unwrap();
    let rel = "content/journeys/ct-purchase.md";
    let path = root.join(rel);
    let original = std::fs::read_to_string(&path).unwrap();
    let journeys = std::fs::read_dir(root.join("content/journeys"))
        .unwrap()
        .count();

    let (checked, parts) = incremental::check_reusing(
        waymark::load::load_site(&root),
        as_of(),
        None,
        &BTreeSet::new(),
    );
    let mut loaded = checked.loaded;
    assert_eq!(parts.reused(), 0);
    let mut memo = incremental::Memo::new(
        parts,
        Arc::new(checked.site.expect("the example is valid")),
        Arc::new(checked.health.unwrap()),
    );
    let edits: [(&str, String, usize); 5] = [
        (
            "a title",
            original.replace("title: ", "title: New "),
            journeys - 1,
        ),
        (
            "an unowned pain point",
            original.replacen(
                "        owner: Marketing\n        severity: medium",
                "        severity: medium",
                1,
            ),
            journeys - 1,
        ),
        (
            "an unknown persona",
            original.replacen(
                "personas: [radiology-lead]",
                "personas: [radiology-leed]",
                1,
            ),
            journeys - 1,
        ),
        (
            "a new id",
            original.replacen("---\n", "---\nid: ct-buy\n", 1),
            0,
        ),
        (
            "a local stage",
            original.replacen(
                "  - id: awareness",
                "  - id: scouting\n  - id: awareness",
                1,
            ),
            0,
        ),
    ];
    let changed: BTreeSet<String> = [rel.to_string()].into();
    for (what, text, reused) in edits {
        std::fs::write(&path, &text).unwrap();
        // As `serve` does: the one file re-read into what was loaded before.
        waymark::load::reload_journey(&mut loaded, &path);
        let full = pipeline::check_site(&root, as_of());
        let (inc, parts) = incremental::check_reusing(loaded, as_of(), Some(&memo), &changed);
        assert_eq!(parts.reused(), reused, "after {what}");
        let codes = |c: &pipeline::Checked| {
            c.diagnostics
                .iter()
                .map(|d| {
                    format!(
                        "{} {}:{}:{} {}",
                        d.code, d.file, d.line, d.column, d.message
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(&inc), codes(&full), "after {what}");
        let json =
            |c: &pipeline::Checked| c.site.as_ref().map(|s| serde_json::to_string(s).unwrap());
        assert_eq!(json(&inc), json(&full), "after {what}");
        loaded = inc.loaded;
        if let (Some(site), Some(health)) = (inc.site, inc.health) {
            memo = incremental::Memo::new(parts, Arc::new(site), Arc::new(health));
        }
    }
}

/// Two first requests for one export arriving together make it once (single-flight); a
/// third, after, is served from what was kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_first_requests_for_one_export_make_it_once() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let mut opts = serve::Options::new(dir.path(), as_of());
    opts.port = 0;
    let server = serve::start(opts).await.unwrap();
    assert_eq!(server.exports_made(), 0);
    let addr = server.addr;
    let (a, b) = tokio::join!(
        get(addr, "/exports/deck.pdf"),
        get(addr, "/exports/deck.pdf")
    );
    assert_eq!((a.0, b.0), (200, 200));
    assert!(a.1.contains("%PDF-") && b.1.contains("%PDF-"));
    assert_eq!(
        server.exports_made(),
        1,
        "both requests waited on one export"
    );
    let (status, _) = get(addr, "/exports/deck.pdf").await;
    assert_eq!(status, 200);
    assert_eq!(
        server.exports_made(),
        1,
        "the third is served from the kept export"
    );
    server.stop().await;
}
