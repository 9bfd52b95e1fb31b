//! `waymark serve`: the site from memory, rebuilt on save, pages reloaded over a WebSocket.
//!
//! A watcher thread (notify-debouncer-full) collects changes to `waymark.yaml`, `content/`,
//! `templates/`, `themes/`, `static/` and `i18n/` (the site's messages) and hands them to the [`rebuild::Builder`], which
//! keeps the last good output in memory. HTTP (axum) serves those files; HTML responses get
//! one `<script>` tag for `/__waymark/live.js` before `</body>` (only here: `build` output
//! never has it). The script opens `/__waymark/ws` and hears one JSON message a change:
//! `{"type":"reload","gen":N}` after a good build, `{"type":"error","message":…}` when the site
//! has errors (the page shows them in an overlay; the last good site stays served). On
//! connect the server says where it is, so a page that missed a message catches up.

pub mod rebuild;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::NaiveDate;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use tokio::sync::{broadcast, oneshot};

use rebuild::{Builder, Outcome};

/// The live-reload client, served at `/__waymark/live.js`.
const LIVE_JS: &str = include_str!("live.js");

/// What `waymark serve` was asked for.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site folder.
    pub site: PathBuf,
    /// Address to listen on (default 127.0.0.1).
    pub bind: IpAddr,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// The as-of date of health checks.
    pub as_of: NaiveDate,
    /// How long the watcher waits for a burst of file events to settle.
    pub debounce: Duration,
    /// Print rebuild reports to standard error.
    pub verbose: bool,
    /// Colour the terminal error report.
    pub color: bool,
}

impl Options {
    /// Defaults for the site at `site`: 127.0.0.1, port 1111, 10 ms debounce.
    pub fn new(site: impl Into<PathBuf>, as_of: NaiveDate) -> Self {
        Options {
            site: site.into(),
            bind: IpAddr::from([127, 0, 0, 1]),
            port: 1111,
            as_of,
            debounce: Duration::from_millis(10),
            verbose: false,
            color: false,
        }
    }
}

/// Where the served site is.
#[derive(Debug, Clone)]
enum Status {
    Good,
    Failed(String),
}

/// The resolved site of one good build.
type SiteArc = Arc<crate::model::Site>;
/// One export being made: its bytes (`None`: no such export) or the error message.
type ExportCell = tokio::sync::OnceCell<Result<Option<Arc<Vec<u8>>>, String>>;

/// What the HTTP side reads and the rebuild side writes.
struct Shared {
    files: RwLock<Arc<std::collections::BTreeMap<String, Arc<Vec<u8>>>>>,
    /// The site of the last good build, for the exports made on demand.
    site: RwLock<Option<Arc<crate::model::Site>>>,
    /// Exports made on demand since the last good build: name under `exports/` → bytes.
    exports: RwLock<std::collections::BTreeMap<String, Arc<Vec<u8>>>>,
    /// Exports being made: name → the site they are made of and the cell every request for
    /// them waits on, so that requests arriving together make an export once.
    inflight: std::sync::Mutex<std::collections::BTreeMap<String, (SiteArc, Arc<ExportCell>)>>,
    /// How many exports were made (for tests: single-flight).
    made: std::sync::atomic::AtomicU64,
    /// Pages of the current build not rendered yet; requests for them wait on `settled`.
    pending: RwLock<std::collections::BTreeSet<String>>,
    settled: tokio::sync::watch::Sender<u64>,
    status: RwLock<(u64, Status)>,
    tx: broadcast::Sender<String>,
}

impl Shared {
    fn hello(&self) -> String {
        let (generation, status) = self.status.read().expect("status lock").clone();
        match status {
            Status::Good => serde_json::json!({"type": "hello", "gen": generation}).to_string(),
            Status::Failed(m) => {
                serde_json::json!({"type": "error", "gen": generation, "message": m}).to_string()
            }
        }
    }
}

/// A running server: its address; [`Server::stop`] ends it.
pub struct Server {
    /// The address it listens on.
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
    watcher_stop: std::sync::mpsc::Sender<WatchMsg>,
    watcher: Option<std::thread::JoinHandle<()>>,
    shared: Arc<Shared>,
}

enum WatchMsg {
    Events(DebounceEventResult),
    Stop,
}

impl Server {
    /// The site's URL, e.g. `http://127.0.0.1:1111/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// How many exports (`exports/NAME`) this server has made on demand so far: requests
    /// for one export that arrive while it is being made wait for it instead of making it
    /// again.
    pub fn exports_made(&self) -> u64 {
        self.shared.made.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Stops serving and watching, and waits for both to end.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
        let _ = self.watcher_stop.send(WatchMsg::Stop);
        if let Some(h) = self.watcher.take() {
            let _ = tokio::task::spawn_blocking(move || h.join()).await;
        }
    }
}

/// Builds the site, starts watching and serving it. The first build may fail: then the
/// error page is served until the site is fixed.
pub async fn start(opts: Options) -> std::io::Result<Server> {
    let root = std::fs::canonicalize(&opts.site)?;
    let mut builder = Builder::new(&root, opts.as_of, opts.color);
    let first = builder.rebuild(&[]);
    let status = match &first {
        Outcome::Built { .. } => Status::Good,
        Outcome::Failed { plain, .. } => Status::Failed(plain.clone()),
    };
    if opts.verbose {
        report(&first);
    }
    let (tx, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        files: RwLock::new(Arc::new(builder.files.clone())),
        site: RwLock::new(builder.site()),
        exports: RwLock::new(Default::default()),
        inflight: Default::default(),
        made: Default::default(),
        status: RwLock::new((0, status)),
        tx,
        pending: RwLock::new(Default::default()),
        settled: tokio::sync::watch::Sender::new(0),
    });

    // Watch, then rebuild on a thread of its own (rendering is CPU work, not async).
    let (wtx, wrx) = std::sync::mpsc::channel::<WatchMsg>();
    let handler_tx = wtx.clone();
    let mut debouncer = new_debouncer(opts.debounce, None, move |r: DebounceEventResult| {
        let _ = handler_tx.send(WatchMsg::Events(r));
    })
    .map_err(std::io::Error::other)?;
    debouncer
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(std::io::Error::other)?;
    for dir in WATCHED_DIRS {
        let d = root.join(dir);
        if d.is_dir() {
            debouncer
                .watch(&d, RecursiveMode::Recursive)
                .map_err(std::io::Error::other)?;
        }
    }
    let shared_w = shared.clone();
    let verbose = opts.verbose;
    let watcher = std::thread::Builder::new()
        .name("waymark-rebuild".into())
        .spawn(move || {
            rebuild_loop(&root, builder, debouncer, wrx, &shared_w, verbose);
        })?;

    let app = Router::new()
        .route("/__waymark/live.js", get(live_js))
        .route("/__waymark/ws", get(ws_handler))
        .fallback(get(serve_file))
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind((opts.bind, opts.port)).await?;
    let addr = listener.local_addr()?;
    let (stx, srx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = srx.await;
            })
            .await;
    });
    Ok(Server {
        addr,
        shutdown: Some(stx),
        task,
        watcher_stop: wtx,
        watcher: Some(watcher),
        shared,
    })
}

/// Folders watched recursively (the root itself is watched for `waymark.yaml` and for
/// these folders appearing).
const WATCHED_DIRS: &[&str] = &["content", "templates", "themes", "static", "i18n"];

fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    let Some(first) = parts.next() else {
        return false;
    };
    let first = first.as_os_str().to_string_lossy();
    if first == "waymark.yaml" {
        return true;
    }
    if !WATCHED_DIRS.contains(&first.as_ref()) {
        return false;
    }
    // Editors' swap and backup files do not change the site.
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.starts_with(".#") || name.ends_with('~') || name.ends_with(".swp") {
        return false;
    }
    // content/ is read for .md and .yaml files only (an editor's temporary file is not).
    if first == "content" {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        return matches!(ext.as_deref(), None | Some("md" | "yaml" | "yml"));
    }
    true
}

fn rebuild_loop(
    root: &Path,
    mut builder: Builder,
    mut debouncer: notify_debouncer_full::Debouncer<
        notify_debouncer_full::notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    rx: std::sync::mpsc::Receiver<WatchMsg>,
    shared: &Shared,
    verbose: bool,
) {
    let mut watching: Vec<PathBuf> = WATCHED_DIRS
        .iter()
        .map(|d| root.join(d))
        .filter(|d| d.is_dir())
        .collect();
    while let Ok(msg) = rx.recv() {
        let events = match msg {
            WatchMsg::Stop => break,
            WatchMsg::Events(Err(errors)) => {
                for e in errors {
                    eprintln!("waymark serve: watch error: {e}");
                }
                continue;
            }
            WatchMsg::Events(Ok(events)) => events,
        };
        let changed = changed_paths(root, &events);
        // A watched folder that appeared after start: watch it now.
        for dir in WATCHED_DIRS {
            let d = root.join(dir);
            if d.is_dir()
                && !watching.contains(&d)
                && debouncer.watch(&d, RecursiveMode::Recursive).is_ok()
            {
                watching.push(d);
            }
        }
        if changed.is_empty() {
            continue;
        }
        let outcome = builder.rebuild(&changed);
        if verbose {
            for c in &changed {
                eprintln!(
                    "waymark serve: changed {}",
                    c.strip_prefix(root).unwrap_or(c).display()
                );
            }
            report(&outcome);
        }
        if publish(&mut builder, outcome, shared) {
            finish_deferred(&mut builder, shared, verbose);
        }
    }
    drop(debouncer);
}

/// The files that `events` changed and a rebuild reads, each once.
fn changed_paths(root: &Path, events: &[notify_debouncer_full::DebouncedEvent]) -> Vec<PathBuf> {
    let mut changed: Vec<PathBuf> = Vec::new();
    for e in events {
        // Reading the site (our own rebuild included) makes access events: not changes.
        if matches!(e.kind, EventKind::Access(_)) {
            continue;
        }
        for p in &e.paths {
            if relevant(root, p) && !changed.contains(p) {
                changed.push(p.clone());
            }
        }
    }
    changed
}

/// Publishes a rebuild's outcome to the server's shared state and tells the open pages
/// (reload, or the error); returns whether pages were deferred to [`finish_deferred`].
fn publish(builder: &mut Builder, outcome: Outcome, shared: &Shared) -> bool {
    let mut status = shared.status.write().expect("status lock");
    status.0 += 1;
    let generation = status.0;
    let mut deferred = false;
    let msg = match outcome {
        Outcome::Built { .. } => {
            let pending = builder.pending();
            deferred = !pending.is_empty();
            *shared.pending.write().expect("pending lock") = pending.into_iter().collect();
            *shared.files.write().expect("files lock") = Arc::new(builder.files.clone());
            // Exports lock first, as in `export_on_demand`: no export of the old site
            // can be kept after this.
            let mut exports = shared.exports.write().expect("exports lock");
            *shared.site.write().expect("site lock") = builder.site();
            exports.clear();
            drop(exports);
            status.1 = Status::Good;
            serde_json::json!({"type": "reload", "gen": generation}).to_string()
        }
        Outcome::Failed { plain, .. } => {
            status.1 = Status::Failed(plain.clone());
            serde_json::json!({"type": "error", "gen": generation, "message": plain}).to_string()
        }
    };
    drop(status);
    let _ = shared.tx.send(msg);
    deferred
}

/// Renders the pages the reload did not wait for, then releases the requests that are
/// waiting for them.
fn finish_deferred(builder: &mut Builder, shared: &Shared, verbose: bool) {
    let t = std::time::Instant::now();
    match builder.finish() {
        Ok(n) => {
            if verbose {
                eprintln!(
                    "waymark serve: then {n} more files in {} ms",
                    t.elapsed().as_millis()
                );
            }
        }
        Err(e) => eprintln!("waymark serve: error: {e}"),
    }
    *shared.files.write().expect("files lock") = Arc::new(builder.files.clone());
    shared.pending.write().expect("pending lock").clear();
    shared.settled.send_modify(|g| *g += 1);
}

fn report(outcome: &Outcome) {
    match outcome {
        Outcome::Built {
            rendered,
            incremental,
            deferred,
            warnings,
            took,
        } => eprintln!(
            "waymark serve: rebuilt in {} ms ({} files rendered{}, {} warning(s); `waymark check` lists them)",
            took.as_millis(),
            rendered,
            if *incremental {
                format!(", incremental; {deferred} pages follow")
            } else {
                String::new()
            },
            warnings
        ),
        Outcome::Failed { terminal, .. } => {
            eprint!("{terminal}");
            eprintln!("waymark serve: the site has errors; still serving the last good build");
        }
    }
}

async fn live_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_JS,
    )
        .into_response()
}

async fn ws_handler(ws: WebSocketUpgrade, State(shared): State<Arc<Shared>>) -> Response {
    ws.on_upgrade(move |socket| ws_session(socket, shared))
}

async fn ws_session(mut socket: WebSocket, shared: Arc<Shared>) {
    let mut rx = shared.tx.subscribe();
    if socket.send(Message::text(shared.hello())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            msg = rx.recv() => match msg {
                Ok(m) => {
                    if socket.send(Message::text(m)).await.is_err() {
                        return;
                    }
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    if socket.send(Message::text(shared.hello())).await.is_err() {
                        return;
                    }
                }
                Err(broadcast::error::RecvError::Closed) => return,
            },
            incoming = socket.recv() => match incoming {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            },
        }
    }
}

async fn serve_file(uri: Uri, State(shared): State<Arc<Shared>>) -> Response {
    let mut path = percent_decode(uri.path().trim_start_matches('/'));
    if path.is_empty() || path.ends_with('/') {
        path.push_str("index.html");
    }
    // A page of the new build that is not rendered yet: wait for it (bounded).
    for _ in 0..2 {
        let mut rx = shared.settled.subscribe();
        if !shared.pending.read().expect("pending lock").contains(&path) {
            break;
        }
        let _ = tokio::time::timeout(Duration::from_secs(30), rx.changed()).await;
    }
    // Generation first: a page newer than its generation only reloads once more.
    let generation = shared.status.read().expect("status lock").0;
    let files = shared.files.read().expect("files lock").clone();
    let found = match (files.get(&path), path.strip_prefix("exports/")) {
        (Some(bytes), _) => Some(bytes.clone()),
        (None, Some(name)) => match export_on_demand(&shared, name).await {
            Ok(made) => made,
            Err(message) => {
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                    format!("waymark could not export {path}: {message}\n"),
                )
                    .into_response();
            }
        },
        (None, None) => None,
    };
    let Some(bytes) = found else {
        let body = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><main><h1>Not found</h1><p>No page <code>{}</code> in this site. <a href=\"/index.html\">Go to the index</a>.</p></main></body></html>",
            escape(&path)
        );
        return (
            StatusCode::NOT_FOUND,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            inject(body.as_bytes(), generation),
        )
            .into_response();
    };
    let mime = mime_of(&path);
    let body = if mime.starts_with("text/html") {
        inject(&bytes, generation)
    } else {
        bytes.as_ref().clone()
    };
    (
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// An export (`deck.pdf`, `ID.png`, …) of the last good build, made on first request and
/// kept until the next build: the preview does not export on every keystroke, yet its
/// download links work. `Ok(None)` when there is no such export (or no good build yet).
async fn export_on_demand(
    shared: &Arc<Shared>,
    name: &str,
) -> Result<Option<Arc<Vec<u8>>>, String> {
    if let Some(hit) = shared.exports.read().expect("exports lock").get(name) {
        return Ok(Some(hit.clone()));
    }
    let Some(site) = shared.site.read().expect("site lock").clone() else {
        return Ok(None);
    };
    // One cell per export of this site: the first request makes it, the others wait.
    let cell = {
        let mut inflight = shared.inflight.lock().expect("inflight lock");
        let entry = inflight
            .entry(name.to_string())
            .or_insert_with(|| (site.clone(), Arc::default()));
        if !Arc::ptr_eq(&entry.0, &site) {
            *entry = (site.clone(), Arc::default());
        }
        entry.1.clone()
    };
    let made = cell
        .get_or_init(|| make_export(shared, site.clone(), name.to_string()))
        .await
        .clone();
    {
        let mut inflight = shared.inflight.lock().expect("inflight lock");
        if inflight
            .get(name)
            .is_some_and(|(_, c)| Arc::ptr_eq(c, &cell))
        {
            inflight.remove(name);
        }
    }
    let Some(bytes) = made? else {
        return Ok(None);
    };
    // Keep it only if no newer build replaced the site meanwhile.
    let mut exports = shared.exports.write().expect("exports lock");
    let current = shared.site.read().expect("site lock").clone();
    if current.is_some_and(|c| Arc::ptr_eq(&c, &site)) {
        exports.insert(name.to_string(), bytes.clone());
    }
    Ok(Some(bytes))
}

/// Makes the export `name` of `site` on a blocking thread, counting it.
async fn make_export(
    shared: &Arc<Shared>,
    site: SiteArc,
    name: String,
) -> Result<Option<Arc<Vec<u8>>>, String> {
    shared
        .made
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let made = tokio::task::spawn_blocking(move || crate::export::export_named(&site, &name))
        .await
        .map_err(|e| e.to_string())?;
    match made {
        None => Ok(None),
        Some(Err(e)) => Err(e.to_string()),
        Some(Ok(bytes)) => Ok(Some(Arc::new(bytes))),
    }
}

/// The page with the live-reload script before its last `</body>` (or at its end).
pub fn inject(html: &[u8], generation: u64) -> Vec<u8> {
    let tag = format!("<script src=\"/__waymark/live.js\" data-gen=\"{generation}\"></script>\n");
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => {
            let mut s = String::with_capacity(text.len() + tag.len());
            s.push_str(&text[..i]);
            s.push_str(&tag);
            s.push_str(&text[i..]);
            s.into_bytes()
        }
        None => {
            let mut s = text.into_owned();
            s.push_str(&tag);
            s.into_bytes()
        }
    }
}

fn mime_of(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("otf") => "font/otf",
        Some("ttf") => "font/ttf",
        Some("woff") => "font/woff",
        Some("woff2") => "font/woff2",
        Some("pdf") => "application/pdf",
        Some("csv") => "text/csv; charset=utf-8",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Runs `waymark serve` until Ctrl+C: prints the URL, opens a browser when asked.
pub async fn run(opts: Options, open: bool) -> std::io::Result<()> {
    let site = opts.site.clone();
    let server = start(Options {
        verbose: true,
        ..opts
    })
    .await?;
    println!(
        "waymark serve: {} (watching {}; Ctrl+C stops)",
        server.url(),
        site.display()
    );
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    if open {
        open_browser(&server.url());
    }
    let _ = tokio::signal::ctrl_c().await;
    server.stop().await;
    Ok(())
}

fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    if let Err(e) = std::process::Command::new(cmd.0).args(&cmd.1).spawn() {
        eprintln!("waymark serve: cannot open a browser ({e}); open {url}");
    }
}
