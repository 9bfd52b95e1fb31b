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
use crate::model::{Journey, Site};
use shapes::{Place, ShapeWriter};

/// The deck of `journeys` (and of the personas they list) as `.pptx` bytes.
pub fn deck(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    use rayon::prelude::*;
    let planned = deck::slides(site, journeys);
    let total = planned.len();
    let parts: Vec<package::SlidePart> = planned
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let mut w = ShapeWriter::with_lang(&site.config.language);
            let frame = s.frame(&site.config.title, Some((i + 1, total)));
            w.drawing(&frame.into_page(deck::SLIDE_W, deck::SLIDE_H), Place::SLIDE);
            w.drawing(&s.drawing, Place::SLIDE);
            for b in &s.boxes {
                w.text_box(b);
            }
            package::SlidePart {
                shapes: w.out,
                notes: s.notes.clone(),
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
    };
    package::package(&parts, &props).map_err(|e| ExportError::Data {
        what: "the PowerPoint deck".into(),
        message: e.to_string(),
    })
}
