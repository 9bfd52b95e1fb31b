//! The OPC package: the parts of a PresentationML file, zipped in a fixed order with fixed
//! timestamps (1980-01-01), so that the same slides give the same bytes.
//!
//! Parts: `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` (the title and, as its
//! date, the newest `reviewed` date of the journeys, never the clock), `docProps/app.xml`,
//! `ppt/presentation.xml` and its relationships, `presProps.xml`, `tableStyles.xml`, one
//! slide master with one blank layout, the theme (Inter, the waymark accent), a notes
//! master with its own copy of the theme, the slides and their notes slides.

use std::io::Write;

use super::xml::{DECL, NS, esc};

const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// One written slide: its shape tree's shapes and its notes (one paragraph a line; empty
/// for no notes slide).
#[derive(Debug, Clone)]
pub struct SlidePart {
    /// The `p:sp`, `p:cxnSp` and `p:grpSp` elements.
    pub shapes: String,
    /// The speaker notes.
    pub notes: String,
    /// The PNG images its shapes draw, in [`super::shapes::ShapeWriter::images`] order.
    pub images: Vec<std::sync::Arc<[u8]>>,
}

/// A logo on the slide master (so on every slide): PNG bytes and its box in slide points.
#[derive(Debug, Clone)]
pub struct MasterLogo {
    /// A PNG file.
    pub png: std::sync::Arc<[u8]>,
    /// Left, top, width and height in points (the slide is 960 × 540 pt).
    pub rect: [f32; 4],
}

/// The theme's look in the package: typeface, colours of the PowerPoint theme, the logo.
#[derive(Debug, Clone)]
pub struct Look {
    /// The typeface of the theme's fonts (`Inter` by default).
    pub typeface: String,
    /// Text colour `RRGGBB` (`dk1`).
    pub text: String,
    /// Background `RRGGBB` (`lt1`, and the master's background).
    pub background: String,
    /// Accent `RRGGBB` (`dk2`, `accent1`, hyperlinks).
    pub accent: String,
    /// The logo of the master, if any.
    pub logo: Option<MasterLogo>,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            typeface: "Inter".into(),
            text: "1F2933".into(),
            background: "FFFFFF".into(),
            accent: "0B4F7C".into(),
            logo: None,
        }
    }
}

/// What the document properties say.
#[derive(Debug, Clone, Default)]
pub struct Props {
    /// `dc:title`.
    pub title: String,
    /// `dcterms:modified`, `YYYY-MM-DD`; `None` leaves the date out.
    pub date: Option<String>,
    /// The language of the text (BCP 47), `dc:language` and the notes' proofing language.
    pub lang: String,
    /// Typeface, colours and logo from the site's theme.
    pub look: Look,
}

/// The root of a shape tree (id 1), before its shapes.
pub const TREE_ROOT: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

const CLR_MAP: &str = "bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"";

/// A relationships part of `(id, type, target)`.
fn rels(list: &[(String, &str, String)]) -> String {
    let mut s = format!(
        "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in list {
        let kind = if kind.starts_with("http") {
            kind.to_string()
        } else {
            format!("{R}/{kind}")
        };
        s.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"
        ));
    }
    s.push_str("</Relationships>");
    s
}

fn content_types(slides: &[SlidePart]) -> String {
    let mut s = format!(
        "{DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
    );
    let mut over = |part: &str, ct: &str| {
        s.push_str(&format!(
            "<Override PartName=\"/{part}\" ContentType=\"{ct}\"/>"
        ));
    };
    over(
        "ppt/presentation.xml",
        &format!("{CT}.presentation.main+xml"),
    );
    over("ppt/presProps.xml", &format!("{CT}.presProps+xml"));
    over("ppt/tableStyles.xml", &format!("{CT}.tableStyles+xml"));
    over(
        "ppt/slideMasters/slideMaster1.xml",
        &format!("{CT}.slideMaster+xml"),
    );
    over(
        "ppt/slideLayouts/slideLayout1.xml",
        &format!("{CT}.slideLayout+xml"),
    );
    over(
        "ppt/notesMasters/notesMaster1.xml",
        &format!("{CT}.notesMaster+xml"),
    );
    let theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    over("ppt/theme/theme1.xml", theme);
    over("ppt/theme/theme2.xml", theme);
    for (i, sl) in slides.iter().enumerate() {
        over(
            &format!("ppt/slides/slide{}.xml", i + 1),
            &format!("{CT}.slide+xml"),
        );
        if !sl.notes.is_empty() {
            over(
                &format!("ppt/notesSlides/notesSlide{}.xml", i + 1),
                &format!("{CT}.notesSlide+xml"),
            );
        }
    }
    over(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    );
    over(
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    );
    s.push_str("</Types>");
    s
}

fn core(props: &Props) -> String {
    let date = props.date.as_ref().map_or_else(String::new, |d| {
        format!("<dcterms:created xsi:type=\"dcterms:W3CDTF\">{d}T00:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{d}T00:00:00Z</dcterms:modified>")
    });
    format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>waymark</dc:creator><dc:language>{}</dc:language>{date}</cp:coreProperties>",
        esc(&props.title),
        esc(&props.lang)
    )
}

fn app(slides: &[SlidePart]) -> String {
    let notes = slides.iter().filter(|s| !s.notes.is_empty()).count();
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>waymark</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>{}</Slides><Notes>{notes}</Notes></Properties>",
        slides.len()
    )
}

fn presentation(n: usize) -> String {
    let ids: String = (0..n)
        .map(|i| format!("<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + i, 10 + i))
        .collect();
    format!(
        "{DECL}<p:presentation{NS} saveSubsetFonts=\"1\"><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>"
    )
}

fn presentation_rels(n: usize) -> String {
    let mut list = vec![
        (
            "rId1".to_string(),
            "slideMaster",
            "slideMasters/slideMaster1.xml".to_string(),
        ),
        (
            "rId2".to_string(),
            "notesMaster",
            "notesMasters/notesMaster1.xml".to_string(),
        ),
        ("rId3".to_string(), "theme", "theme/theme1.xml".to_string()),
        ("rId4".to_string(), "presProps", "presProps.xml".to_string()),
        (
            "rId5".to_string(),
            "tableStyles",
            "tableStyles.xml".to_string(),
        ),
    ];
    for i in 0..n {
        list.push((
            format!("rId{}", 10 + i),
            "slide",
            format!("slides/slide{}.xml", i + 1),
        ));
    }
    rels(&list)
}

/// The PowerPoint theme: ink and the accent (#0B4F7C unless the site's theme sets one),
/// the Okabe–Ito accents, the theme's typeface (Inter) for headings and body.
fn theme(look: &Look) -> String {
    let clr = |name: &str, hex: &str| format!("<a:{name}><a:srgbClr val=\"{hex}\"/></a:{name}>");
    let colours: String = [
        ("dk1", look.text.as_str()),
        ("lt1", look.background.as_str()),
        ("dk2", look.accent.as_str()),
        ("lt2", "F5F7FA"),
        ("accent1", look.accent.as_str()),
        ("accent2", "E69F00"),
        ("accent3", "56B4E9"),
        ("accent4", "009E73"),
        ("accent5", "D55E00"),
        ("accent6", "CC79A7"),
        ("hlink", look.accent.as_str()),
        ("folHlink", "52606D"),
    ]
    .iter()
    .map(|(n, h)| clr(n, h))
    .collect();
    let font = format!(
        "<a:latin typeface=\"{}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>",
        esc(&look.typeface)
    );
    let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let fills = solid.repeat(3);
    let lines = format!("<a:ln w=\"6350\">{solid}</a:ln>").repeat(3);
    let effects = "<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3);
    format!(
        "{DECL}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"waymark\"><a:themeElements><a:clrScheme name=\"waymark\">{colours}</a:clrScheme><a:fontScheme name=\"waymark\"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme><a:fmtScheme name=\"waymark\"><a:fillStyleLst>{fills}</a:fillStyleLst><a:lnStyleLst>{lines}</a:lnStyleLst><a:effectStyleLst>{effects}</a:effectStyleLst><a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
}

const WHITE_BG: &str = "<p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>";

/// The master's relationship id of the logo.
const LOGO_REL: &str = "rId3";

/// The slide master: the background and, with a theme logo, the logo (a picture every
/// slide shows through its layout).
fn master(look: &Look) -> String {
    let bg = format!(
        "<p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>",
        esc(&look.background)
    );
    let logo = look.logo.as_ref().map_or_else(String::new, |l| {
        let [x, y, w, h] = l.rect;
        super::shapes::picture(2, "Logo", LOGO_REL, x, y, w, h)
    });
    format!(
        "{DECL}<p:sldMaster{NS}><p:cSld>{bg}<p:spTree>{TREE_ROOT}{logo}</p:spTree></p:cSld><p:clrMap {CLR_MAP}/><p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>"
    )
}

fn layout() -> String {
    format!(
        "{DECL}<p:sldLayout{NS} type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\"><p:spTree>{TREE_ROOT}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
}

/// A placeholder of a notes page: `ph` its `p:ph` attributes, with `xfrm` (EMU) or none.
fn notes_placeholder(id: u32, name: &str, ph: &str, xfrm: Option<[i64; 4]>, body: &str) -> String {
    let sp_pr = xfrm.map_or_else(String::new, |[x, y, w, h]| {
        format!("<a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{w}\" cy=\"{h}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>")
    });
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr><p:spPr>{sp_pr}</p:spPr>{body}</p:sp>"
    )
}

const EMPTY_BODY: &str =
    "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody>";

fn notes_master() -> String {
    let img = notes_placeholder(
        2,
        "Slide Image Placeholder 1",
        "type=\"sldImg\"",
        Some([685800, 1143000, 5486400, 3086100]),
        "",
    );
    let body = notes_placeholder(
        3,
        "Notes Placeholder 2",
        "type=\"body\" idx=\"1\"",
        Some([685800, 4400550, 5486400, 3600450]),
        EMPTY_BODY,
    );
    format!(
        "{DECL}<p:notesMaster{NS}><p:cSld>{WHITE_BG}<p:spTree>{TREE_ROOT}{img}{body}</p:spTree></p:cSld><p:clrMap {CLR_MAP}/><p:notesStyle><a:lvl1pPr><a:defRPr sz=\"1200\"><a:latin typeface=\"Inter\"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>"
    )
}

fn notes_slide(notes: &str, lang: &str) -> String {
    let lang = esc(lang);
    let img = notes_placeholder(2, "Slide Image Placeholder 1", "type=\"sldImg\"", None, "");
    let paras: String = notes
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                "<a:p><a:endParaRPr lang=\"en-US\"/></a:p>".to_string()
            } else {
                format!(
                    "<a:p><a:r><a:rPr lang=\"{lang}\" dirty=\"0\"/><a:t>{}</a:t></a:r></a:p>",
                    esc(l)
                )
            }
        })
        .collect();
    let body = notes_placeholder(
        3,
        "Notes Placeholder 2",
        "type=\"body\" idx=\"1\"",
        None,
        &format!("<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody>"),
    );
    format!(
        "{DECL}<p:notes{NS}><p:cSld><p:spTree>{TREE_ROOT}{img}{body}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )
}

fn slide(shapes: &str) -> String {
    format!(
        "{DECL}<p:sld{NS}><p:cSld><p:spTree>{TREE_ROOT}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )
}

/// Every part of the package, in the order it is zipped.
fn parts(slides: &[SlidePart], props: &Props) -> Vec<(String, String)> {
    let n = slides.len();
    let mut v: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), content_types(slides)),
        (
            "_rels/.rels".into(),
            rels(&[
                (
                    "rId1".into(),
                    "officeDocument",
                    "ppt/presentation.xml".into(),
                ),
                (
                    "rId2".into(),
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "docProps/core.xml".into(),
                ),
                (
                    "rId3".into(),
                    "extended-properties",
                    "docProps/app.xml".into(),
                ),
            ]),
        ),
        ("docProps/core.xml".into(), core(props)),
        ("docProps/app.xml".into(), app(slides)),
        ("ppt/presentation.xml".into(), presentation(n)),
        (
            "ppt/_rels/presentation.xml.rels".into(),
            presentation_rels(n),
        ),
        (
            "ppt/presProps.xml".into(),
            format!("{DECL}<p:presentationPr{NS}/>"),
        ),
        (
            "ppt/tableStyles.xml".into(),
            format!(
                "{DECL}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"
            ),
        ),
        (
            "ppt/slideMasters/slideMaster1.xml".into(),
            master(&props.look),
        ),
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels".into(),
            rels(&master_rels(props.look.logo.is_some())),
        ),
        ("ppt/slideLayouts/slideLayout1.xml".into(), layout()),
        (
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels".into(),
            rels(&[(
                "rId1".into(),
                "slideMaster",
                "../slideMasters/slideMaster1.xml".into(),
            )]),
        ),
        ("ppt/theme/theme1.xml".into(), theme(&props.look)),
        ("ppt/theme/theme2.xml".into(), theme(&props.look)),
        ("ppt/notesMasters/notesMaster1.xml".into(), notes_master()),
        (
            "ppt/notesMasters/_rels/notesMaster1.xml.rels".into(),
            rels(&[("rId1".into(), "theme", "../theme/theme2.xml".into())]),
        ),
    ];
    for (i, s) in slides.iter().enumerate() {
        slide_parts(i + 1, s, props, &mut v);
    }
    v
}

/// The master's relationships: its layout, its theme and the logo when there is one.
fn master_rels(logo: bool) -> Vec<(String, &'static str, String)> {
    let mut r = vec![
        (
            "rId1".to_string(),
            "slideLayout",
            "../slideLayouts/slideLayout1.xml".to_string(),
        ),
        (
            "rId2".to_string(),
            "theme",
            "../theme/theme1.xml".to_string(),
        ),
    ];
    if logo {
        r.push((
            LOGO_REL.to_string(),
            "image",
            "../media/logo.png".to_string(),
        ));
    }
    r
}

/// Slide `k`'s parts: the slide, its relationships, and its notes slide when it has notes.
fn slide_parts(k: usize, s: &SlidePart, props: &Props, v: &mut Vec<(String, String)>) {
    {
        v.push((format!("ppt/slides/slide{k}.xml"), slide(&s.shapes)));
        let mut r = vec![(
            "rId1".to_string(),
            "slideLayout",
            "../slideLayouts/slideLayout1.xml".to_string(),
        )];
        if !s.notes.is_empty() {
            r.push((
                "rId2".into(),
                "notesSlide",
                format!("../notesSlides/notesSlide{k}.xml"),
            ));
        }
        for i in 0..s.images.len() {
            r.push((
                super::shapes::image_rel(i),
                "image",
                format!("../media/slide{k}-image{}.png", i + 1),
            ));
        }
        v.push((format!("ppt/slides/_rels/slide{k}.xml.rels"), rels(&r)));
        if !s.notes.is_empty() {
            v.push((
                format!("ppt/notesSlides/notesSlide{k}.xml"),
                notes_slide(&s.notes, &props.lang),
            ));
            v.push((
                format!("ppt/notesSlides/_rels/notesSlide{k}.xml.rels"),
                rels(&[
                    (
                        "rId1".into(),
                        "notesMaster",
                        "../notesMasters/notesMaster1.xml".into(),
                    ),
                    ("rId2".into(), "slide", format!("../slides/slide{k}.xml")),
                ]),
            ));
        }
    }
}

/// The `.pptx` bytes of `slides`: every part deflated, dated 1980-01-01.
pub fn package(slides: &[SlidePart], props: &Props) -> Result<Vec<u8>, zip::result::ZipError> {
    use zip::write::SimpleFileOptions;
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(zip::DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in parts(slides, props) {
        z.start_file(name, opts)?;
        z.write_all(body.as_bytes())?;
    }
    // Media last, stored (PNG is compressed already).
    let stored = opts
        .compression_method(zip::CompressionMethod::Stored)
        .compression_level(None);
    if let Some(l) = &props.look.logo {
        z.start_file("ppt/media/logo.png", stored)?;
        z.write_all(&l.png)?;
    }
    for (k, s) in slides.iter().enumerate() {
        for (i, png) in s.images.iter().enumerate() {
            z.start_file(
                format!("ppt/media/slide{}-image{}.png", k + 1, i + 1),
                stored,
            )?;
            z.write_all(png)?;
        }
    }
    Ok(z.finish()?.into_inner())
}
