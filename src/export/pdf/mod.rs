//! The PDF deck: 16:9 slides (960 × 540 pt), each a [`Drawing`].
//!
//! Two plans. The default is the readable deck of [`crate::export::deck`], the same slides
//! as the PowerPoint deck (no text under 10 pt, about 1 + stages / 2 slides a map). The
//! detailed deck (`--deck full`, [`deck_full`]) places the diagrams themselves; its pages,
//! in order: a title page (site title, the newest `reviewed` date of the input, never
//! the clock, and the contents); per journey a diagram page (scaled to fit; a map too wide to
//! stay readable is split by stage over several pages, each marked "continued"), a
//! stakeholder-map page, for a to-be map with a baseline a comparison page (its chart, metric
//! pairs and changes) and a content-plan page (split by stage when its rows do not fit);
//! then a one-page profile per persona of the selected journeys. Every page but the title has
//! a footer with the site and journey title and the page number.
//!
//! Every page is drawn by this module (1 drawing unit = 1 pt) with the diagrams' own
//! drawings embedded, scaled to fit; text is set in the two embedded Inter faces (and the
//! fallback faces of [`crate::fonts`]), embedded as real text so that `pdftotext` finds
//! every label. Pages in Inter only go through the cached writer ([`cached`], pdf-writer);
//! a deck with other faces is written whole with krilla, which subsets any font. The file
//! is deterministic: no creation date, and the document id is a hash of the content.

use krilla::destination::XyzDestination;
use krilla::geom::{Point, Size};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::{Document, SerializeSettings};

use super::cache::ExportCache;
use super::scene::{Fonts, Scene};
use super::{ExportError, deck, par};
use crate::diagram::drawing::{Canvas, Color, Drawing};
use crate::diagram::text::{Style, Weight};
use crate::model::{Journey, Persona, Site};

/// Page width in pt.
pub const PAGE_W: f32 = 960.0;
/// Page height in pt.
pub const PAGE_H: f32 = 540.0;
/// Side margin.
const M: f32 = 40.0;
/// Top of the content area.
const TOP: f32 = 56.0;
/// Bottom of the content area.
const BOTTOM: f32 = 500.0;
/// A diagram is split when fitting it whole would scale it below this: 13 px card text stays
/// at 6.5 pt or more, which reads on a screen or a projected slide at full size.
pub const MIN_SCALE: f32 = 0.5;

const DISPLAY: Style = Style::DISPLAY;
const LEAD: Style = Style::LEAD;
const H2: Style = Style {
    size: 22.0,
    weight: Weight::SemiBold,
    line: 30.0,
};
const ACCENT: &str = "#0B4F7C";

/// A diagram placed on a page, scaled to fit its box (never enlarged), centred across it.
struct Embed {
    drawing: Drawing,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

/// One slide before it is drawn.
struct Page {
    /// Small-caps label at the top left ("JOURNEY MAP", "CONTENT PLAN", …).
    section: String,
    /// Right of the label: e.g. "Stages 1–4 of 8 · continued".
    note: String,
    /// Footer text (journey title or persona name); empty on the title page.
    footer: String,
    /// Page body, in page coordinates.
    body: Canvas,
    /// A diagram to place on top.
    embed: Option<Embed>,
}

impl Page {
    /// A slide of the readable deck as a page: its frame's words, and its body (shapes and
    /// text boxes) as one drawing at natural size.
    fn of_slide(s: &deck::Slide) -> Self {
        let mut body = Canvas::new();
        body.embed(s.body(), 0.0, 0.0, 1.0);
        Page {
            section: s.section.clone(),
            note: s.note.clone(),
            footer: s.footer.clone(),
            body,
            embed: None,
        }
    }

    fn new(section: &str, footer: &str) -> Self {
        Page {
            section: section.to_string(),
            note: String::new(),
            footer: footer.to_string(),
            body: Canvas::new(),
            embed: None,
        }
    }
}

mod cached;
mod compare;
mod content_plan;
mod journey;
mod persona;
mod title;

use compare::compare_page;
use content_plan::plan_pages;
pub use content_plan::status_style;
use journey::{diagram_pages, stakeholder_page};
use persona::persona_page;
use title::title_page;

/// The readable deck of `journeys` (and of the personas they list) as PDF bytes: the
/// slides of [`crate::export::deck`].
pub fn deck(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    deck_cached(site, journeys, &ExportCache::off())
}

/// The detailed deck of `journeys` (`--deck full`): the whole diagrams, split where they
/// would not read, stakeholder maps, comparisons, content plans and one page per persona.
/// Its diagrams keep their own text sizes (6.5 pt at the least), so it is for reading on a
/// screen or in print, not for projecting.
pub fn deck_full(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    if let Some(bytes) = cached::deck(site, journeys, &ExportCache::off(), Plan::Full)? {
        return Ok(bytes);
    }
    let (pages, outline) = lay_out_full(site, journeys);
    render(site, pages, &outline)
}

/// Which pages a deck has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// The readable slides of [`crate::export::deck`].
    Slides,
    /// The detailed pages of whole diagrams ([`deck_full`]).
    Full,
}

impl Plan {
    /// The pages of one journey's section.
    fn section(self, site: &Site, j: &Journey) -> Vec<Page> {
        match self {
            Plan::Slides => deck::section(site, j).iter().map(Page::of_slide).collect(),
            Plan::Full => {
                let mut v = Vec::new();
                diagram_pages(site, j, &mut v);
                stakeholder_page(site, j, &mut v);
                compare_page(site, j, &mut v);
                plan_pages(site, j, &mut v);
                v
            }
        }
    }

    /// The persona pages: two personas a slide, or one a page.
    fn personas(self, site: &Site, personas: &[&Persona], journeys: &[&Journey]) -> Vec<Page> {
        match self {
            Plan::Slides => personas
                .chunks(2)
                .map(|pair| Page::of_slide(&deck::persona_slide(site, pair)))
                .collect(),
            Plan::Full => {
                let mut v = Vec::new();
                for p in personas {
                    persona_page(site, p, journeys, &mut v);
                }
                v
            }
        }
    }

    /// The title page.
    fn title(self, site: &Site, journeys: &[&Journey], contents: &[(String, usize)]) -> Page {
        match self {
            Plan::Slides => Page::of_slide(&deck::title_slide(site, journeys)),
            Plan::Full => title_page(site, journeys, contents),
        }
    }
}

/// [`deck`], taking the pages of each journey section and each persona page whose input
/// did not change from `cache` (and keeping the ones it draws there). Same bytes with and
/// without the cache. A deck with a page outside the drawing fast path (right-to-left
/// text) is drawn whole with krilla instead, and not cached.
pub fn deck_cached(
    site: &Site,
    journeys: &[&Journey],
    cache: &ExportCache,
) -> Result<Vec<u8>, ExportError> {
    if let Some(bytes) = cached::deck(site, journeys, cache, Plan::Slides)? {
        return Ok(bytes);
    }
    let (pages, outline) = lay_out(site, journeys, Plan::Slides);
    render(site, pages, &outline)
}

/// The detailed deck's pages in order, and its outline.
fn lay_out_full(site: &Site, journeys: &[&Journey]) -> (Vec<Page>, Vec<(String, usize)>) {
    lay_out(site, journeys, Plan::Full)
}

/// The deck's pages in order, and its outline: `(title, page index)` per section.
fn lay_out(site: &Site, journeys: &[&Journey], plan: Plan) -> (Vec<Page>, Vec<(String, usize)>) {
    let mut pages: Vec<Page> = Vec::new();
    let mut outline: Vec<(String, usize)> = Vec::new();
    pages.push(Page::new("", "")); // the title page, filled once the contents are known
    let mut contents: Vec<(String, usize)> = Vec::new();
    // The journeys' pages are independent: lay them out on every core, keep their order.
    use rayon::prelude::*;
    let per_journey: Vec<Vec<Page>> = journeys.par_iter().map(|j| plan.section(site, j)).collect();
    for (j, v) in journeys.iter().zip(per_journey) {
        contents.push((j.title.clone(), pages.len()));
        outline.push((j.title.clone(), pages.len()));
        pages.extend(v);
    }
    let mut personas: Vec<&Persona> = Vec::new();
    for p in &site.personas {
        if journeys.iter().any(|j| j.personas.contains(&p.id)) {
            personas.push(p);
        }
    }
    if !personas.is_empty() {
        let heading = site.config.ui.t("label-personas");
        contents.push((heading.clone(), pages.len()));
        outline.push((heading, pages.len()));
    }
    pages.extend(plan.personas(site, &personas, journeys));
    pages[0] = plan.title(site, journeys, &contents);
    (pages, outline)
}

/// Whether page `n` has the footer (site and journey title, page number): all but the
/// title page.
fn has_footer(page: &Page, n: usize) -> bool {
    !page.footer.is_empty() || n > 1
}

/// The page's drawing: white backdrop, section label, body, the diagram scaled into its
/// box, and the footer, with the page number when `number` is given (`(n, total)`); the
/// cached deck draws the number apart ([`number_drawing`]), so that a page's drawing does
/// not depend on where it falls.
fn page_drawing(site: &Site, page: &Page, footer: bool, number: Option<(usize, usize)>) -> Drawing {
    let mut chrome = if footer || !page.section.is_empty() {
        let parts = (
            page.section.as_str(),
            page.note.as_str(),
            page.footer.as_str(),
        );
        deck::frame(&site.config.title, parts, number)
    } else {
        Canvas::new()
    };
    if footer {
        // The theme's logo centred in the footer band, as on the PowerPoint master.
        let [x, y, w, h] = deck::LOGO_BOX;
        if let Some(mut img) = crate::diagram::theme::logo_item(&site.theme, x, y, w, h) {
            img.x = x + (w - img.w) / 2.0;
            chrome.image(img);
        }
    }
    let mut d = chrome.into_page(PAGE_W, PAGE_H);
    d.background = Some(Color::WHITE);
    d.items.extend(page.body.items().iter().cloned());
    if let Some(e) = &page.embed {
        let (tw, th) = (e.drawing.width.max(1.0), e.drawing.height.max(1.0));
        let scale = (e.w / tw).min(e.h / th).min(1.0);
        let x = e.x + (e.w - tw * scale) / 2.0;
        let mut place = Canvas::new();
        place.embed(e.drawing.clone(), x, e.y, scale);
        d.items.extend(place.items().iter().cloned());
    }
    d
}

/// The page number `n / total` alone, on a transparent page.
fn number_drawing(n: usize, total: usize) -> Drawing {
    let mut chrome = Canvas::new();
    deck::number(&mut chrome, n, total);
    chrome.into_page(PAGE_W, PAGE_H)
}

/// Page `n` of `total`, prepared for drawing.
fn prepare_page(site: &Site, page: &Page, n: usize, total: usize) -> Scene {
    Scene::new(
        &page_drawing(site, page, has_footer(page, n), Some((n, total))),
        false,
    )
}

/// Prepares the pages on every core and draws each, in order, as soon as it is ready:
/// krilla writes one page at a time, so drawing is the serial part and preparing (shaping)
/// hides behind it.
fn render(
    site: &Site,
    pages: Vec<Page>,
    outline: &[(String, usize)],
) -> Result<Vec<u8>, ExportError> {
    let total = pages.len();
    let numbered: Vec<(usize, &Page)> = pages.iter().enumerate().map(|(i, p)| (i + 1, p)).collect();
    let settings = SerializeSettings {
        xmp_metadata: false,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    let fonts =
        Fonts::inter().ok_or_else(|| ExportError::Pdf("the embedded Inter fonts".into()))?;
    let size = Size::from_wh(PAGE_W, PAGE_H).ok_or_else(|| ExportError::Pdf("page size".into()))?;
    par::each_in_order(
        &numbered,
        |(n, p)| prepare_page(site, p, *n, total),
        |scene: Scene| {
            let mut page = doc.start_page_with(PageSettings::new(size));
            let mut surface = page.surface();
            scene.draw(&mut surface, &fonts);
            surface.finish();
            page.finish();
            Ok(())
        },
    )?;
    let mut o = Outline::new();
    for (title, index) in outline {
        o.push_child(OutlineNode::new(
            title.clone(),
            XyzDestination::new(*index, Point::from_xy(0.0, 0.0)),
        ));
    }
    doc.set_outline(o);
    doc.set_metadata(
        Metadata::new()
            .title(site.config.title.clone())
            .creator(format!("waymark {}", env!("CARGO_PKG_VERSION")))
            .language("en".into()),
    );
    doc.finish().map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of page (title, diagram, continued diagram, stakeholder map, content plan,
    /// persona) of a Latin-script deck is drawn in Inter alone, so the cached writer takes
    /// it.
    #[test]
    fn every_page_of_a_latin_deck_is_in_inter() {
        let site = super::super::portfolio::portfolio(3);
        let journeys: Vec<&Journey> = site.journeys.iter().map(|j| &**j).collect();
        let (pages, _) = lay_out_full(&site, &journeys);
        let total = pages.len();
        assert!(total > 20, "{total} pages");
        for (i, page) in pages.iter().enumerate() {
            let scene = prepare_page(&site, page, i + 1, total);
            assert!(scene.inter_only(), "page {}", i + 1);
        }
    }

    /// Every slide of the readable deck of a Latin-script portfolio is drawn in Inter alone,
    /// so the cached writer takes it (else every warm build draws the deck again).
    #[test]
    fn every_slide_of_a_latin_deck_is_in_inter() {
        let site = super::super::portfolio::portfolio(3);
        let journeys: Vec<&Journey> = site.journeys.iter().map(|j| &**j).collect();
        let (pages, _) = lay_out(&site, &journeys, Plan::Slides);
        let total = pages.len();
        for (i, page) in pages.iter().enumerate() {
            let scene = prepare_page(&site, page, i + 1, total);
            assert!(scene.inter_only(), "page {}: {}", i + 1, page.note);
        }
    }

    /// A detail page with the emotion lane but not the actions lane still draws the
    /// actions' step-level emotions (the knee journey of the example scores its patient's
    /// actions).
    #[test]
    fn detail_pages_keep_step_emotions_without_the_actions_lane() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default();
        let site = crate::pipeline::check_site(root, as_of)
            .site
            .expect("the example checks");
        let knee: Vec<&Journey> = site
            .journeys
            .iter()
            .filter(|j| j.id == "knee-replacement")
            .map(|j| &**j)
            .collect();
        let (pages, _) = lay_out_full(&site, &knee);
        let emotion_pages: Vec<&Page> = pages
            .iter()
            .filter(|p| p.note.contains("Emotion") && !p.note.contains("Actions"))
            .collect();
        assert!(!emotion_pages.is_empty());
        for p in emotion_pages {
            let d = &p.embed.as_ref().expect("a diagram").drawing;
            // The patient (first persona, blue) has a curve through her scored actions.
            let blue = Color::rgb(0x00, 0x72, 0xB2);
            let curve = d.items.iter().any(|i| {
                matches!(i, crate::diagram::drawing::Item::Shape(s)
                    if matches!(s.geometry, crate::diagram::drawing::Geometry::Path(_))
                        && s.paint.stroke.as_ref().is_some_and(|k| k.color == blue && k.width == 2.0))
            });
            assert!(curve, "{}", p.note);
            assert!(!d.texts().iter().any(|t| t.text == "Actions"), "{}", p.note);
        }
    }
}
