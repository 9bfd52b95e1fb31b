//! Exports: PNG, PDF deck, CSV and site.json, checked from Rust alone.

mod common;

use std::collections::BTreeSet;

use common::{fixture, repo, waymark};
use waymark::export::{self, ExportFormat, ExportOptions};
use waymark::model::Site;
use waymark::write::OutFile;

fn site(root: &std::path::Path) -> Site {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    waymark::pipeline::check_site(root, as_of)
        .site
        .expect("the site has no errors")
}

fn files(site: &Site, formats: &[ExportFormat], opts: &ExportOptions) -> Vec<OutFile> {
    export::export_files(site, formats, opts).expect("export works")
}

fn file<'a>(files: &'a [OutFile], path: &str) -> &'a [u8] {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} was exported"))
        .bytes
}

/// Decodes a PNG: (width, height, colour type, pixels).
fn decode(bytes: &[u8]) -> (u32, u32, png::ColorType, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    buf.truncate(info.buffer_size());
    (info.width, info.height, info.color_type, buf)
}

/// `width` and `height` of an SVG root.
fn svg_size(svg: &str) -> (f32, f32) {
    let attr = |name: &str| -> f32 {
        let key = format!(" {name}=\"");
        let i = svg.find(&key).unwrap() + key.len();
        svg[i..i + svg[i..].find('"').unwrap()].parse().unwrap()
    };
    (attr("width"), attr("height"))
}

#[test]
fn png_decodes_at_twice_the_diagram_size() {
    let site = site(&repo());
    let out = files(&site, &[ExportFormat::Png], &ExportOptions::default());
    for j in &site.journeys {
        let (w, h) = svg_size(&waymark::diagram::journey_diagram(&site, j));
        let (pw, ph, color, pixels) = decode(file(&out, &format!("exports/{}.png", j.id)));
        assert_eq!(
            (pw, ph),
            ((w * 2.0).ceil() as u32, (h * 2.0).ceil() as u32),
            "{}",
            j.id
        );
        assert_eq!(
            color,
            png::ColorType::Rgb,
            "opaque PNGs carry no alpha channel"
        );
        assert_eq!(&pixels[..3], &[255, 255, 255], "white background");
        assert!(pixels.chunks(3).any(|p| p[0] < 100), "something is drawn");
    }
}

/// How far two same-size images differ: (mean absolute difference per channel, share of
/// pixels with a channel more than 64 apart).
fn difference(a: &[u8], b: &[u8]) -> (f64, f64) {
    assert_eq!(a.len(), b.len());
    let total: u64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    let far = a
        .chunks(3)
        .zip(b.chunks(3))
        .filter(|(p, q)| p.iter().zip(*q).any(|(x, y)| x.abs_diff(*y) > 64))
        .count();
    (
        total as f64 / a.len() as f64,
        far as f64 / (a.len() / 3) as f64,
    )
}

/// resvg's rendering of an SVG at 2x with the embedded Inter faces only: the reference
/// that the PNG writer's pixels are compared with.
fn resvg_png(svg: &str) -> (u32, u32, Vec<u8>) {
    use resvg::{tiny_skia, usvg};
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(waymark::diagram::text::INTER_REGULAR.to_vec());
    db.load_font_data(waymark::diagram::text::INTER_SEMIBOLD.to_vec());
    db.set_sans_serif_family("Inter");
    let opt = usvg::Options {
        font_family: "Inter".into(),
        fontdb: std::sync::Arc::new(db),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).expect("our SVG parses");
    let size = tree.size().to_int_size().scale_by(2.0).expect("a size");
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("a pixmap");
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(2.0, 2.0),
        &mut pixmap.as_mut(),
    );
    // RGB, as the PNG writer stores an opaque image.
    let rgb = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    (size.width(), size.height(), rgb)
}

/// The two writers of one drawing agree: the PNG writer's pixels (the drawing prepared as
/// a scene, glyphs stamped from a cache) match resvg drawing the SVG writer's output of the
/// same drawing. Glyphs are placed to a quarter pixel, so their edges may differ by a few
/// levels (a mean of about 0.3 of 255 per channel on the example), but no pixel may differ
/// by more than a quarter of the range save a handful where glyphs overlap.
#[test]
fn png_writer_matches_resvg_on_the_svg_writer() {
    use waymark::export::png::drawing_to_png;
    let site = site(&repo());
    for j in &site.journeys {
        for (what, drawing) in [
            ("diagram", waymark::diagram::journey_drawing(&site, j)),
            (
                "stakeholder map",
                waymark::diagram::stakeholder_drawing(&site, j),
            ),
        ] {
            let svg = waymark::diagram::svg::write(&drawing, waymark::diagram::Form::Inline);
            let fast = decode(&drawing_to_png(&drawing, 2.0, false, what).unwrap());
            assert_eq!(fast.2, png::ColorType::Rgb);
            let reference = resvg_png(&svg);
            assert_eq!(
                (fast.0, fast.1),
                (reference.0, reference.1),
                "{} {what}",
                j.id
            );
            let (mean, far) = difference(&fast.3, &reference.2);
            assert!(
                mean < 1.0 && far < 0.0001,
                "{} {what}: mean {mean}, far {far}",
                j.id
            );
        }
    }
}

#[test]
fn transparent_png_has_a_clear_background() {
    let site = site(&fixture("minimal"));
    let opts = ExportOptions {
        transparent: true,
        ..ExportOptions::default()
    };
    let out = files(&site, &[ExportFormat::Png], &opts);
    let (_, _, color, pixels) = decode(file(&out, "exports/purchase.png"));
    assert_eq!(color, png::ColorType::Rgba);
    assert_eq!(pixels[3], 0, "the corner is transparent");
    assert!(
        pixels.chunks(4).any(|p| p[3] == 255),
        "the drawing is opaque"
    );
}

/// The text of every page of a PDF, read with lopdf. lopdf's own `extract_text` cannot parse
/// the ToUnicode CMaps that krilla writes (PostScript comments before `begincmap`), so this
/// walks the content streams (and the form XObjects they draw) and maps every glyph code of a
/// `Tj`/`TJ` through its font's ToUnicode `bfchar`/`bfrange` entries.
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF");
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).expect("page dict");
            let resources = page.get(b"Resources").ok();
            let content = doc.get_page_content(id).expect("page content");
            let mut out = String::new();
            walk(&doc, &content, resources, &mut out, 0);
            out
        })
        .collect()
}

fn deref<'a>(doc: &'a lopdf::Document, o: &'a lopdf::Object) -> &'a lopdf::Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn sub_dict<'a>(
    doc: &'a lopdf::Document,
    res: Option<&'a lopdf::Object>,
    key: &[u8],
) -> Option<&'a lopdf::Dictionary> {
    let res = deref(doc, res?).as_dict().ok()?;
    deref(doc, res.get(key).ok()?).as_dict().ok()
}

/// Glyph code → text from a font's ToUnicode CMap.
fn to_unicode(
    doc: &lopdf::Document,
    font: &lopdf::Dictionary,
) -> std::collections::HashMap<u16, String> {
    let mut map = std::collections::HashMap::new();
    let Some(stream) = font
        .get(b"ToUnicode")
        .ok()
        .and_then(|o| deref(doc, o).as_stream().ok())
    else {
        return map;
    };
    let data = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let text = String::from_utf8_lossy(&data);
    let hex = |s: &str| -> Vec<u16> {
        let s = s.trim().trim_start_matches('<').trim_end_matches('>');
        (0..s.len() / 4)
            .filter_map(|i| u16::from_str_radix(&s[i * 4..i * 4 + 4], 16).ok())
            .collect()
    };
    let utf16 = |s: &str| String::from_utf16_lossy(&hex(s));
    let (mut in_char, mut in_range) = (false, false);
    for line in text.lines() {
        let line = line.trim();
        if line.ends_with("beginbfchar") {
            in_char = true;
        } else if line == "endbfchar" {
            in_char = false;
        } else if line.ends_with("beginbfrange") {
            in_range = true;
        } else if line == "endbfrange" {
            in_range = false;
        } else if in_char || in_range {
            let parts: Vec<&str> = line.split_whitespace().collect();
            if in_char && parts.len() >= 2 {
                if let Some(&code) = hex(parts[0]).first() {
                    map.insert(code, utf16(&parts[1..].join("")));
                }
            } else if in_range && parts.len() >= 3 && parts[2].starts_with('<') {
                let (a, b, first) = (hex(parts[0])[0], hex(parts[1])[0], hex(parts[2]));
                for (k, code) in (a..=b).enumerate() {
                    let mut units = first.clone();
                    if let Some(last) = units.last_mut() {
                        *last += k as u16;
                    }
                    map.insert(code, String::from_utf16_lossy(&units));
                }
            }
        }
    }
    map
}

fn walk(
    doc: &lopdf::Document,
    content: &[u8],
    res: Option<&lopdf::Object>,
    out: &mut String,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    let Ok(content) = lopdf::content::Content::decode(content) else {
        return;
    };
    let fonts = sub_dict(doc, res, b"Font");
    let xobjects = sub_dict(doc, res, b"XObject");
    let mut cmap = std::collections::HashMap::new();
    let show = |bytes: &[u8], cmap: &std::collections::HashMap<u16, String>, out: &mut String| {
        for pair in bytes.chunks(2) {
            let code = u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]);
            if let Some(t) = cmap.get(&code) {
                out.push_str(t);
            }
        }
    };
    for op in &content.operations {
        match op.operator.as_str() {
            "Tf" => {
                let font = op.operands.first().and_then(|o| o.as_name().ok());
                cmap = font
                    .and_then(|name| fonts?.get(name).ok())
                    .and_then(|f| deref(doc, f).as_dict().ok())
                    .map(|f| to_unicode(doc, f))
                    .unwrap_or_default();
            }
            "Tj" => {
                if let Some(lopdf::Object::String(b, _)) = op.operands.first() {
                    show(b, &cmap, out);
                }
            }
            "TJ" => {
                if let Some(lopdf::Object::Array(items)) = op.operands.first() {
                    for item in items {
                        if let lopdf::Object::String(b, _) = item {
                            show(b, &cmap, out);
                        }
                    }
                }
            }
            "ET" => out.push('\n'),
            "Do" => {
                let x = op.operands.first().and_then(|o| o.as_name().ok());
                if let Some(stream) = x
                    .and_then(|name| xobjects?.get(name).ok())
                    .and_then(|o| deref(doc, o).as_stream().ok())
                {
                    let data = stream
                        .decompressed_content()
                        .unwrap_or_else(|_| stream.content.clone());
                    let sub_res = stream.dict.get(b"Resources").ok();
                    walk(doc, &data, sub_res.or(res), out, depth + 1);
                }
            }
            _ => {}
        }
    }
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

#[test]
fn deck_of_the_minimal_site_has_its_pages_and_labels() {
    let site = site(&fixture("minimal"));
    let out = files(&site, &[ExportFormat::Pdf], &ExportOptions::default());
    let pdf = file(&out, "exports/deck.pdf");
    let pages = pdf_pages(pdf);
    // Title, the journey's overview, its three stages on one slide, its two personas on
    // one slide.
    assert_eq!(pages.len(), 4, "{pages:#?}");
    let all = squash(&pages.join(" "));
    for label in [
        "Minimal site",
        "Awareness",
        "Evaluation",
        "Purchase",
        "Congress booth",
        "Site demo",
        "Contract signature",
    ] {
        assert!(
            all.contains(&squash(label)),
            "`{label}` is text in the deck"
        );
    }
    let n = pages.len();
    for (i, p) in pages.iter().enumerate().skip(1) {
        assert!(
            squash(p).contains(&format!("{}/{n}", i + 1)),
            "page {} is numbered",
            i + 1
        );
        assert!(
            squash(p).contains("Minimalsite·Scannerpurchase") || squash(p).contains("Minimalsite·"),
            "page {} has the footer: {p}",
            i + 1
        );
    }
    assert!(
        !String::from_utf8_lossy(pdf).contains("/CreationDate"),
        "no clock in the file"
    );
}

/// The readable deck names every stage and persona; the detailed deck (`--deck full`) has
/// every touchpoint too (the readable one may cut them into its notes).
#[test]
fn deck_of_the_example_has_every_stage_and_touchpoint_label() {
    let site = site(&repo());
    let out = files(&site, &[ExportFormat::Pdf], &ExportOptions::default());
    let pages = pdf_pages(file(&out, "exports/deck.pdf"));
    let full = ExportOptions {
        full_deck: true,
        ..ExportOptions::default()
    };
    let out = files(&site, &[ExportFormat::Pdf], &full);
    let full_pages = pdf_pages(file(&out, "exports/deck.pdf"));
    let personas: BTreeSet<&str> = site
        .journeys
        .iter()
        .flat_map(|j| j.personas.iter().map(String::as_str))
        .collect();
    // The detailed deck at least: title, per journey a diagram and a plan page, a page per
    // persona; the readable one is shorter.
    assert!(full_pages.len() > 1 + 2 * site.journeys.len() + personas.len());
    assert!(pages.len() < full_pages.len());
    let all = squash(&pages.join(" "));
    let detailed = squash(&full_pages.join(" "));
    for j in &site.journeys {
        for s in &j.stages {
            assert!(
                all.contains(&squash(&s.name)),
                "stage `{}` is in the deck",
                s.name
            );
            let all = &detailed;
            for t in &s.touchpoints {
                assert!(
                    all.contains(&squash(&t.name)),
                    "touchpoint `{}` is in the deck",
                    t.name
                );
            }
        }
    }
    for p in &personas {
        let name = &site.persona(p).unwrap().name;
        assert!(all.contains(&squash(name)), "persona `{name}` has a page");
    }
}

#[test]
fn one_journey_alone() {
    let site = site(&repo());
    let opts = ExportOptions {
        journey: Some("knee-replacement".into()),
        ..ExportOptions::default()
    };
    let out = files(&site, &ExportFormat::ALL, &opts);
    let paths: Vec<&str> = out.iter().map(|f| f.path.as_str()).collect();
    assert!(paths.contains(&"exports/knee-replacement.png"));
    assert!(paths.contains(&"exports/knee-replacement.pdf"));
    assert!(!paths.iter().any(|p| p.contains("ct-purchase")));
    let text = squash(&pdf_pages(file(&out, "exports/knee-replacement.pdf")).join(" "));
    assert!(!text.contains(&squash(&site.journey("ct-purchase").unwrap().title)));
    let err = export::export_files(
        &site,
        &[ExportFormat::Csv],
        &ExportOptions {
            journey: Some("knee-replacment".into()),
            ..ExportOptions::default()
        },
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("did you mean `knee-replacement`"),
        "{err}"
    );
}

fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark");
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("valid CSV");
    (header, rows)
}

#[test]
fn csv_round_trips_with_the_right_row_counts() {
    let site = site(&repo());
    let out = files(&site, &[ExportFormat::Csv], &ExportOptions::default());

    let (header, rows) = read_csv(file(&out, "exports/plan.csv"));
    assert_eq!(
        &header[..9],
        [
            "journey",
            "stage",
            "persona",
            "asset",
            "format",
            "channel",
            "status",
            "owner",
            "approval expiry"
        ]
    );
    let plan = waymark::views::plan::plan(&site);
    let cells: usize = plan
        .journeys
        .iter()
        .flat_map(|j| &j.rows)
        .flat_map(|r| &r.cells)
        .map(|c| c.assets.len() + usize::from(c.gap))
        .sum();
    assert_eq!(rows.len(), cells);
    assert_eq!(rows.iter().filter(|r| &r[6] == "gap").count(), plan.gaps);

    // The emotion curve: a row per scored action, else per stage value.
    let (header, rows) = read_csv(file(&out, "exports/emotions.csv"));
    assert_eq!(header, waymark::export::csv::EMOTIONS_HEADER);
    let knee: Vec<Vec<String>> = rows
        .iter()
        .filter(|r| &r[7] == "knee-replacement")
        .map(|r| r.iter().map(str::to_string).collect())
        .collect();
    assert_eq!(
        knee[0][3..6],
        [
            "Lives with the pain for months and adapts — stops walking the dog, avoids stairs",
            "-1",
            "step"
        ]
    );
    assert!(
        knee.iter()
            .any(|r| r[2] == "Claire Ellis" && r[5] == "stage"),
        "{knee:?}"
    );
    let expected: usize = site
        .journeys
        .iter()
        .flat_map(|j| j.stages.iter().map(move |s| (j, s)))
        .map(|(j, s)| {
            let per = |p: Option<&str>| {
                let n = s.step_emotions(p).len();
                if n > 0 {
                    n
                } else {
                    usize::from(p.and_then(|p| s.stage_emotion(p)).is_some())
                }
            };
            j.personas.iter().map(|p| per(Some(p))).sum::<usize>() + per(None)
        })
        .sum();
    assert_eq!(rows.len(), expected);

    let (header, rows) = read_csv(file(&out, "exports/touchpoints.csv"));
    assert_eq!(
        &header[..7],
        [
            "journey",
            "stage",
            "touchpoint",
            "channel",
            "owner",
            "personas",
            "assets"
        ]
    );
    let touchpoints: usize = site
        .journeys
        .iter()
        .flat_map(|j| &j.stages)
        .map(|s| s.touchpoints.len())
        .sum();
    assert_eq!(rows.len(), touchpoints);
    let first = &site.journeys[0].stages[0].touchpoints[0];
    assert_eq!(&rows[0][2], first.name);

    let (header, rows) = read_csv(file(&out, "exports/backlog.csv"));
    assert_eq!(
        &header[..8],
        [
            "journey", "stage", "kind", "text", "owner", "status", "due", "severity"
        ]
    );
    assert_eq!(rows.len(), waymark::views::backlog::items(&site).len());
}

#[test]
fn csv_quotes_commas_quotes_and_keeps_accents() {
    let mut site = site(&fixture("minimal"));
    std::sync::Arc::make_mut(&mut site.journeys[0]).stages[0].touchpoints[0].name =
        "Café \"booth\", hall 3\nstand 12".into();
    let out = files(&site, &[ExportFormat::Csv], &ExportOptions::default());
    let (_, rows) = read_csv(file(&out, "exports/touchpoints.csv"));
    assert_eq!(&rows[0][2], "Café \"booth\", hall 3\nstand 12");
}

#[derive(serde::Deserialize)]
struct SiteJson {
    schema_version: u32,
    as_of: String,
    config: serde_json::Value,
    journeys: Vec<JourneyJson>,
    personas: Vec<serde_json::Value>,
    assets: Vec<serde_json::Value>,
    health: HealthJson,
}

#[derive(serde::Deserialize)]
struct JourneyJson {
    id: String,
    stages: Vec<StageJson>,
}

#[derive(serde::Deserialize)]
struct StageJson {
    name: String,
    touchpoints: Vec<serde_json::Value>,
}

#[derive(serde::Deserialize)]
struct HealthJson {
    findings: Vec<serde_json::Value>,
    journeys: std::collections::BTreeMap<String, serde_json::Value>,
}

#[test]
fn site_json_deserializes_back() {
    let site = site(&repo());
    let out = files(&site, &[ExportFormat::Json], &ExportOptions::default());
    let doc: SiteJson =
        serde_json::from_slice(file(&out, "exports/site.json")).expect("site.json reads back");
    assert_eq!(doc.schema_version, export::json::SCHEMA_VERSION);
    assert_eq!(doc.as_of, "2026-10-01");
    assert_eq!(doc.config["title"], site.config.title.as_str());
    assert_eq!(doc.journeys.len(), site.journeys.len());
    assert_eq!(doc.personas.len(), site.personas.len());
    assert_eq!(doc.assets.len(), site.assets.len());
    for (a, b) in doc.journeys.iter().zip(&site.journeys) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.stages.len(), b.stages.len());
        for (x, y) in a.stages.iter().zip(&b.stages) {
            assert_eq!(x.name, y.name);
            assert_eq!(x.touchpoints.len(), y.touchpoints.len());
        }
    }
    // Step-level emotion is in site.json on the actions that have one (the knee journey).
    let json: serde_json::Value = serde_json::from_slice(file(&out, "exports/site.json")).unwrap();
    let knee = json["journeys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["id"] == "knee-replacement")
        .unwrap();
    let first = &knee["stages"][0]["actions"];
    assert_eq!(first[0]["emotion"], -1);
    assert_eq!(first[1]["emotion"], 0);
    assert!(first[2].get("emotion").is_none(), "{}", first[2]);
    assert_eq!(
        doc.health.findings.len(),
        waymark::views::health::findings(&site).len()
    );
    assert_eq!(doc.health.journeys.len(), site.journeys.len());
}

#[test]
fn two_exports_are_byte_identical() {
    let site = site(&repo());
    let a = files(&site, &ExportFormat::ALL, &ExportOptions::default());
    let b = files(&site, &ExportFormat::ALL, &ExportOptions::default());
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.path, y.path);
        assert!(x.bytes == y.bytes, "{} differs between two exports", x.path);
    }
}

#[test]
fn cli_export_writes_files_and_build_links_them() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = waymark(&[
        "export",
        fixture("minimal").to_str().unwrap(),
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
        "--quiet",
        "--as-of",
        "2026-10-01",
    ]);
    assert!(o.status.success(), "{}", common::text(&o));
    assert!(
        o.stdout.is_empty() && o.stderr.is_empty(),
        "quiet means quiet"
    );
    for f in ["plan.csv", "touchpoints.csv", "backlog.csv", "emotions.csv"] {
        assert!(out.join(f).is_file(), "{f}");
    }
    assert!(!out.join("deck.pdf").exists(), "only what was asked");

    let o = waymark(&[
        "export",
        fixture("minimal").to_str().unwrap(),
        "--journey",
        "purchse",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(
        common::text(&o).contains("did you mean `purchase`"),
        "{}",
        common::text(&o)
    );

    let public = tmp.path().join("public");
    let o = waymark(&[
        "build",
        fixture("minimal").to_str().unwrap(),
        "-o",
        public.to_str().unwrap(),
        "-q",
        "--as-of",
        "2026-10-01",
    ]);
    assert!(o.status.success(), "{}", common::text(&o));
    for f in [
        "purchase.png",
        "deck.pdf",
        "plan.csv",
        "touchpoints.csv",
        "backlog.csv",
        "emotions.csv",
        "site.json",
    ] {
        assert!(
            public.join("exports").join(f).is_file(),
            "build writes exports/{f}"
        );
    }
    let page = std::fs::read_to_string(public.join("journeys/purchase.html")).unwrap();
    assert!(page.contains("href=\"../exports/purchase.png\""));
    assert!(page.contains("href=\"../exports/deck.pdf\""));
    assert!(page.contains("href=\"../exports/plan.csv\""));
    let persona = std::fs::read_to_string(public.join("personas/buyer.html")).unwrap();
    assert!(persona.contains("href=\"../exports/deck.pdf\""));
}
