//! The PowerPoint deck: `deck.pptx` (`ID.pptx` for one journey), 16:9, every card, chip,
//! label, lane and line a native, editable shape.
//!
//! The slides are the readable deck's ([`crate::export::deck`]), the same plan as the PDF
//! deck: shapes and one-line labels in a [`crate::diagram::Drawing`] in points, and text
//! boxes that stay editable paragraphs. [`shapes`] writes a drawing as DrawingML shapes, and [`package`] zips the parts
//! with fixed dates in a fixed order, so the same input gives the same bytes. Written by
//! hand rather than with a PPTX crate: see "PowerPoint" in `docs/exports.md`.

pub mod package;
pub mod shapes;
pub mod xml;

use super::{ExportError, deck};
use crate::diagram::theme::Recolour;
use crate::model::{Journey, Site};
use shapes::{Place, ShapeWriter};

/// The logo's box on the slide master: centred in the footer band (under its hairline at
/// 512 pt, between the footer's title at the left and the slide number at the right), at
/// most 96 × 16 pt. The slide plan ([`deck`]) uses the top for the section and note.
const LOGO_BOX: [f32; 4] = deck::LOGO_BOX;

/// The package's typeface, theme colours and master logo from the site's theme.
fn look(site: &Site) -> package::Look {
    let t = &site.theme;
    let hex = |key: &str, dflt: &str| {
        t.palette
            .get(key)
            .map_or(dflt, String::as_str)
            .trim_start_matches('#')
            .to_string()
    };
    let [x, y, w, h] = LOGO_BOX;
    let logo = crate::diagram::theme::logo_item(t, x, y, w, h).map(|img| package::MasterLogo {
        // Centred in the box.
        rect: [x + (w - img.w) / 2.0, y, img.w, img.h],
        png: img.png,
    });
    package::Look {
        typeface: t
            .fonts
            .as_ref()
            .map_or("Inter", |f| f.family.as_str())
            .to_string(),
        text: hex("text", "1F2933"),
        background: hex("background", "FFFFFF"),
        accent: hex("accent", "0B4F7C"),
        logo,
    }
}

/// The deck of `journeys` (and of the personas they list) as `.pptx` bytes.
pub fn deck(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    use rayon::prelude::*;
    let planned = deck::slides(site, journeys);
    let total = planned.len();
    let recolour = Recolour::of(&site.theme);
    let typeface = site
        .theme
        .fonts
        .as_ref()
        .map_or("Inter", |f| f.family.as_str());
    let parts: Vec<package::SlidePart> = planned
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let mut w = ShapeWriter::with_lang(&site.config.language).typeface(typeface);
            // The slide plan paints with the default palette: the theme's colours here.
            let mut frame = s
                .frame(&site.config.title, Some((i + 1, total)))
                .into_page(deck::SLIDE_W, deck::SLIDE_H);
            recolour.drawing(&mut frame);
            w.drawing(&frame, Place::SLIDE);
            let mut drawing = s.drawing.clone();
            recolour.drawing(&mut drawing);
            w.drawing(&drawing, Place::SLIDE);
            for b in &s.boxes {
                let mut b = b.clone();
                for p in &mut b.paras {
                    p.color = recolour.colour(p.color);
                }
                w.text_box(&b);
            }
            package::SlidePart {
                shapes: w.out,
                notes: s.notes.clone(),
                images: w.images,
            }
        })
        .collect();
    let props = package::Props {
        title: site.config.title.clone(),
        date: journeys
            .iter()
            .filter_map(|j| j.reviewed)
            .max()
            .map(|d| d.format("%Y-%m-%d").to_string()),
        lang: site.config.language.clone(),
        look: look(site),
    };
    package::package(&parts, &props).map_err(|e| ExportError::Data {
        what: "the PowerPoint deck".into(),
        message: e.to_string(),
    })
}
