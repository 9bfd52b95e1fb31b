//! Text in every script: a site with Arabic, Hebrew, Japanese, Chinese, Greek, Cyrillic
//! labels and emoji (tests/fixtures/scripts) is drawn in the PNG and PDF with a face that
//! has each glyph, Arabic right to left; a character no font has is a located warning.
//!
//! Needs the fonts `.ci/run` installs (fonts-noto-core, fonts-noto-cjk, fonts-symbola).

mod common;

use common::{fixture, text, waymark};
use waymark::diagram::text::{Weight, shape};
use waymark::export::{self, ExportFormat, ExportOptions};
use waymark::fonts::{self, FaceId};

/// Every label of the fixture that a diagram draws.
const LABELS: [&str; 14] = [
    "新しい治療の導入 — إطلاق العلاج 💊",
    "大学病院 · مستشفيات جامعية",
    "認知 Awareness",
    "التقييم",
    "Покупка Αγορά",
    "薬剤師 山田",
    "طبيب القلب",
    "学会で新しい研究を読む。患者への影響を確認する。",
    "يقرأ الدراسة في المؤتمر 🩺",
    "学会ブース",
    "משווה שלוש הצעות — Сравнивает три предложения",
    "五年间的总成本是多少？",
    "الرد على أسئلة الخدمة يستغرق ثلاثة أسابيع 😟",
    "Υπογραφή σύμβασης ✍️",
];

#[test]
fn every_glyph_of_every_script_has_a_face() {
    for label in LABELS {
        for weight in [Weight::Regular, Weight::SemiBold] {
            let glyphs = shape(label, weight);
            assert!(!glyphs.is_empty(), "{label}");
            for g in &glyphs {
                assert_ne!(g.id, 0, "a .notdef glyph in {label:?} ({weight:?}): {g:?}");
            }
        }
        assert!(fonts::missing(label).is_empty(), "{label}");
    }
    // Greek and Cyrillic are Inter's own; Japanese and Arabic come from fallback faces.
    assert!(
        shape("Покупка Αγορά", Weight::Regular)
            .iter()
            .all(|g| g.face.is_inter())
    );
    assert!(
        shape("学会ブース", Weight::Regular)
            .iter()
            .all(|g| !g.face.is_inter())
    );
}

#[test]
fn arabic_is_ordered_right_to_left_and_measured_with_its_face() {
    let word = "التقييم";
    let glyphs = shape(word, Weight::Regular);
    let clusters: Vec<u32> = glyphs.iter().map(|g| g.cluster).collect();
    // Visual order: the first glyph drawn (leftmost) is the word's last letter.
    assert!(clusters.first() > clusters.last(), "{clusters:?}");
    let face = glyphs[0].face;
    assert_ne!(face, FaceId::INTER_REGULAR);
    // The measured width is the shaped advances of that face, not Inter's boxes.
    let upem = f32::from(waymark::diagram::text::face_units_per_em(face));
    let shaped: f32 = glyphs.iter().map(|g| g.x_advance as f32).sum::<f32>() / upem * 13.0;
    let measured = waymark::diagram::text::measure(word, 13.0, Weight::Regular);
    assert!((shaped - measured).abs() < 0.05, "{shaped} {measured}");
    // Mixed text: the Latin run stays left to right, after the Arabic on a line that
    // starts with Arabic.
    let mixed = shape("مرحبا CT", Weight::Regular);
    let latin: Vec<u32> = mixed
        .iter()
        .filter(|g| g.face.is_inter() && g.cluster >= 11)
        .map(|g| g.cluster)
        .collect();
    assert!(latin.windows(2).all(|w| w[0] < w[1]), "{latin:?}");
}

#[test]
fn japanese_wraps_between_ideographs_and_never_inside_a_cluster() {
    let style = waymark::diagram::text::Style::BODY;
    let text = "学会で新しい研究を読む。患者への影響を確認する。";
    let lines = waymark::diagram::text::wrap(text, style, 120.0);
    assert!(lines.len() > 1, "{lines:?}");
    assert_eq!(lines.concat(), text);
    for l in &lines {
        assert!(waymark::diagram::text::width(l, style) <= 120.0, "{l}");
        // UAX #14: no line starts with the closing full stop.
        assert!(!l.starts_with('。'), "{lines:?}");
    }
    // A family emoji is one grapheme cluster: never cut.
    let family = "👨‍👩‍👧".repeat(20);
    for l in waymark::diagram::text::wrap(&family, style, 40.0) {
        assert_eq!(l.chars().count() % 5, 0, "{l:?}");
    }
}

#[test]
fn the_png_and_the_deck_draw_with_the_fallback_faces() {
    let root = fixture("scripts");
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let checked = waymark::pipeline::check_site(&root, as_of);
    let missing: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == "missing-glyphs")
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
    let site = checked.site.expect("the site has no errors");
    let out = export::export_files(
        &site,
        &[ExportFormat::Png, ExportFormat::Pdf],
        &ExportOptions::default(),
    )
    .expect("export works");
    let png = out
        .iter()
        .find(|f| f.path == "exports/launch.png")
        .expect("the PNG");
    assert!(png.bytes.starts_with(b"\x89PNG"));
    let pdf = &out
        .iter()
        .find(|f| f.path == "exports/deck.pdf")
        .expect("the deck")
        .bytes;
    let pdf = String::from_utf8_lossy(pdf);
    // krilla names each subset font after the face it embeds.
    for family in ["Inter", "NotoSansCJK", "NotoSansArabic", "NotoSansHebrew"] {
        assert!(pdf.contains(family), "the deck embeds no {family} face");
    }
}

#[test]
fn a_character_no_font_draws_is_a_located_warning() {
    let dir = std::env::temp_dir().join(format!("waymark-glyphs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    common::copy_tree(&fixture("minimal"), &dir);
    let journey = dir.join("content/journeys/purchase.md");
    let src = std::fs::read_to_string(&journey).unwrap();
    std::fs::write(
        &journey,
        src.replace(
            "title: Scanner purchase",
            "title: Scanner \u{10FFFD} purchase",
        ),
    )
    .unwrap();
    let out = waymark(&["check", dir.to_str().unwrap()]);
    let t = text(&out);
    assert!(t.contains("missing-glyphs"), "{t}");
    assert!(t.contains("content/journeys/purchase.md:2:16"), "{t}");
    assert!(t.contains("U+10FFFD"), "{t}");
    assert!(t.contains("private use"), "{t}");
    // Without the system's fonts, Japanese is named with its script.
    let japanese = src.replace("title: Scanner purchase", "title: 新しい治療");
    std::fs::write(&journey, japanese).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["check", dir.to_str().unwrap()])
        .env("NO_COLOR", "1")
        .env("WAYMARK_NO_SYSTEM_FONTS", "1")
        .output()
        .unwrap();
    let t = text(&out);
    assert!(t.contains("missing-glyphs") && t.contains("Han"), "{t}");
    let _ = std::fs::remove_dir_all(&dir);
}
