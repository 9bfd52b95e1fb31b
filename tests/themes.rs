//! Brand themes (`themes/NAME/theme.yaml`): a site with its own palette, font and logo shows
//! them in the pages, the PNGs, the PDF deck and the PowerPoint deck; every mistake in a
//! theme is a located error; a palette with low contrast is a warning; the built-in
//! `high-contrast` theme needs no folder; a changed theme never gives a cached export.
//!
//! Fixture: `tests/fixtures/themes/site` (theme `acme`: accent #C2185B, Liberation Serif,
//! a PNG logo) and one broken `theme.yaml` per error class in `tests/fixtures/themes/bad/`.

mod common;
use common::{build_ok as build, copy_tree, fixture, text, waymark};
use std::path::{Path, PathBuf};

const ACCENT: &str = "C2185B";

/// The themed fixture built once per test that needs it.
fn built() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    build(&fixture("themes/site"), &out, &["--no-cache"]);
    (tmp, out)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn pages_carry_the_palette_font_and_logo() {
    let (_tmp, out) = built();
    let css = read(&out.join("theme/theme.css"));
    assert!(css.contains(&format!("--accent: #{ACCENT};")), "{css}");
    assert!(css.contains("font-family: 'Liberation Serif'"), "{css}");
    assert!(
        css.contains("url(\"fonts/LiberationSerif-Regular.ttf\")"),
        "{css}"
    );
    assert!(
        out.join("theme/fonts/LiberationSerif-Regular.ttf")
            .is_file()
    );
    assert!(out.join("theme/logo.png").is_file());
    let page = read(&out.join("journeys/purchase.html"));
    assert!(page.contains("href=\"../theme/theme.css\""));
    assert!(page.contains("<img class=\"site-logo\" src=\"../theme/logo.png\""));
    // The inline diagram: the accent (stage badges), the family, the logo as an image.
    assert!(
        page.contains(&format!("#{ACCENT}")),
        "accent in the inline SVG"
    );
    assert!(page.contains("font-family=\"Liberation Serif, Inter, sans-serif\""));
    assert!(page.contains("href=\"data:image/png;base64,"));
    // The default palette's slate (#3E4C59) is gone from the diagram: recoloured.
    let svg_start = page.find("<svg").unwrap();
    assert!(!page[svg_start..].contains("#3E4C59"));
}

#[test]
fn png_has_pixels_of_the_accent() {
    let (_tmp, out) = built();
    let png = tiny_skia::Pixmap::load_png(out.join("exports/purchase.png")).unwrap();
    let accent = (0xC2, 0x18, 0x5B);
    let n = png
        .pixels()
        .iter()
        .filter(|p| {
            let c = p.demultiply();
            (c.red(), c.green(), c.blue()) == accent && c.alpha() == 255
        })
        .count();
    assert!(n > 200, "{n} accent pixels");
}

#[test]
fn pdf_embeds_the_theme_font_and_the_logo() {
    let (_tmp, out) = built();
    let doc = lopdf::Document::load(out.join("exports/deck.pdf")).unwrap();
    let mut fonts = Vec::new();
    let mut images = 0;
    for obj in doc.objects.values() {
        let dict = match obj {
            lopdf::Object::Dictionary(d) => d,
            lopdf::Object::Stream(s) => &s.dict,
            _ => continue,
        };
        if let Ok(name) = dict.get(b"BaseFont").and_then(|n| n.as_name()) {
            fonts.push(String::from_utf8_lossy(name).into_owned());
        }
        if dict.get(b"Subtype").and_then(|n| n.as_name()).ok() == Some(b"Image".as_slice()) {
            images += 1;
        }
    }
    assert!(
        fonts.iter().any(|f| f.contains("LiberationSerif")),
        "{fonts:?}"
    );
    assert!(!fonts.iter().any(|f| f.contains("Inter")), "{fonts:?}");
    assert!(images > 0, "the logo is an image in the deck");
}

#[test]
fn pptx_carries_colour_typeface_and_master_logo() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("x");
    let site = fixture("themes/site");
    let res = waymark(&[
        "export",
        site.to_str().unwrap(),
        "--format",
        "pptx",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(res.status.code(), Some(0), "{}", text(&res));
    let file = std::fs::File::open(out.join("deck.pptx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut part = |name: &str| -> String {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    let slides: String = (1..=3)
        .map(|i| part(&format!("ppt/slides/slide{i}.xml")))
        .collect();
    assert!(slides.contains(&format!("<a:srgbClr val=\"{ACCENT}\"/>")));
    assert!(slides.contains("typeface=\"Liberation Serif\""));
    assert!(!slides.contains("typeface=\"Inter\""));
    let master = part("ppt/slideMasters/slideMaster1.xml");
    assert!(
        master.contains("<p:pic>") && master.contains("r:embed=\"rId3\""),
        "{master}"
    );
    let rels = part("ppt/slideMasters/_rels/slideMaster1.xml.rels");
    assert!(rels.contains("Target=\"../media/logo.png\""), "{rels}");
    assert!(part("ppt/theme/theme1.xml").contains(&format!("<a:srgbClr val=\"{ACCENT}\"/>")));
    assert!(part("[Content_Types].xml").contains("Extension=\"png\""));
    assert!(zip.by_name("ppt/media/logo.png").is_ok());
}

/// `waymark check` on the fixture site with `theme.yaml` replaced by `bad/NAME.yaml`.
fn check_with(name: &str) -> (Option<i32>, String) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("themes/site"), &site);
    std::fs::copy(
        fixture("themes/bad").join(format!("{name}.yaml")),
        site.join("themes/acme/theme.yaml"),
    )
    .unwrap();
    let res = waymark(&["check", site.to_str().unwrap()]);
    (res.status.code(), text(&res))
}

#[test]
fn every_theme_mistake_is_located() {
    let file = "themes/acme/theme.yaml";
    for (name, at, code, message) in [
        (
            "unknown-key",
            "4:33",
            "unknown-field",
            "unknown field `boarder`",
        ),
        (
            "bad-color",
            "3:9",
            "bad-color",
            "`dark-blue` is not a colour (palette.text)",
        ),
        (
            "missing-file",
            "3:13",
            "missing-theme-file",
            "font file `themes/acme/fonts/Brand-SemiBold.otf` not found",
        ),
        (
            "bad-font",
            "3:13",
            "bad-font",
            "cannot use `themes/acme/fonts/LICENSE-Liberation.txt` as a font",
        ),
        (
            "bad-logo",
            "3:7",
            "bad-logo",
            "logo `themes/acme/theme.yaml` is neither .svg nor .png",
        ),
    ] {
        let (code_out, out) = check_with(name);
        assert_eq!(code_out, Some(1), "{name}: {out}");
        assert!(out.contains(&format!("{file}:{at}")), "{name}: {out}");
        assert!(out.contains(&format!("[{code}]")), "{name}: {out}");
        assert!(out.contains(message), "{name}: {out}");
    }
    let (_, out) = check_with("unknown-key");
    assert!(out.contains("did you mean `border`"), "{out}");
}

#[test]
fn low_contrast_is_a_warning_naming_both_colours() {
    let (code, out) = check_with("low-contrast");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("themes/acme/theme.yaml:3:10"), "{out}");
    assert!(out.contains("[low-contrast]"), "{out}");
    assert!(
        out.contains("palette.muted #B0B8C0 on palette.background #FFFFFF has contrast 2.0:1"),
        "{out}"
    );
}

#[test]
fn the_high_contrast_theme_is_built_in() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("minimal"), &site);
    let cfg = read(&site.join("waymark.yaml"));
    std::fs::write(
        site.join("waymark.yaml"),
        format!("{cfg}theme: high-contrast\n"),
    )
    .unwrap();
    let res = waymark(&["check", site.to_str().unwrap()]);
    assert_eq!(res.status.code(), Some(0), "{}", text(&res));
    assert!(text(&res).contains("0 warning(s)"), "{}", text(&res));
    let out = tmp.path().join("out");
    build(&site, &out, &["--no-cache"]);
    assert!(read(&out.join("theme/theme.css")).contains("--accent: #00306B;"));
    assert!(out.join("theme/logo.svg").is_file());
    assert!(read(&out.join("index.html")).contains("src=\"theme/logo.svg\""));
}

#[test]
fn a_changed_theme_is_never_a_cached_export() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture("themes/site"), &site);
    let cache = tmp.path().join("cache");
    let cache_arg = ["--cache-dir", cache.to_str().unwrap()];
    build(&site, &tmp.path().join("a"), &cache_arg);
    let yaml = site.join("themes/acme/theme.yaml");
    std::fs::write(&yaml, read(&yaml).replace(ACCENT, "1565C0")).unwrap();
    build(&site, &tmp.path().join("b"), &cache_arg);
    build(&site, &tmp.path().join("c"), &["--no-cache"]);
    let png = |d: &str| std::fs::read(tmp.path().join(d).join("exports/purchase.png")).unwrap();
    let pdf = |d: &str| std::fs::read(tmp.path().join(d).join("exports/deck.pdf")).unwrap();
    assert_ne!(png("a"), png("b"), "the PNG follows the new accent");
    assert_eq!(png("b"), png("c"), "cached equals uncached");
    assert_eq!(pdf("b"), pdf("c"), "cached deck equals uncached");
}

#[test]
fn docs_list_every_palette_key() {
    let docs = read(&common::repo().join("docs/themes.md"));
    for role in waymark::base::theme::ROLES {
        assert!(
            docs.contains(&format!("| `{}` |", role.key)),
            "{}",
            role.key
        );
    }
    for code in [
        "bad-color",
        "missing-theme-file",
        "bad-font",
        "bad-logo",
        "low-contrast",
    ] {
        assert!(docs.contains(&format!("`{code}`")), "{code}");
    }
}

/// `waymark serve` re-reads `theme.yaml` and the logo when they change (it watches
/// `themes/`; a change there rebuilds every page).
#[test]
fn serve_picks_up_theme_changes() {
    use waymark::serve::rebuild::{Builder, Outcome};
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&fixture("themes/site"), tmp.path());
    let root = std::fs::canonicalize(tmp.path()).unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut b = Builder::new(&root, as_of, false);
    assert!(matches!(b.rebuild(&[]), Outcome::Built { .. }));
    let css = |b: &Builder| String::from_utf8(b.files["theme/theme.css"].to_vec()).unwrap();
    assert!(css(&b).contains(ACCENT));
    let yaml = root.join("themes/acme/theme.yaml");
    std::fs::write(&yaml, read(&yaml).replace(ACCENT, "1565C0")).unwrap();
    let logo = root.join("themes/acme/logo.png");
    let high_contrast_logo = common::repo().join("themes/high-contrast/logo.svg");
    std::fs::copy(&high_contrast_logo, root.join("themes/acme/logo.svg")).unwrap();
    std::fs::write(
        &yaml,
        read(&yaml).replace("logo: logo.png", "logo: logo.svg"),
    )
    .unwrap();
    assert!(matches!(b.rebuild(&[yaml, logo]), Outcome::Built { .. }));
    assert!(css(&b).contains("1565C0") && !css(&b).contains(ACCENT));
    let page = String::from_utf8(b.files["journeys/purchase.html"].to_vec()).unwrap();
    assert!(page.contains("#1565C0") && page.contains("src=\"../theme/logo.svg\""));
}
