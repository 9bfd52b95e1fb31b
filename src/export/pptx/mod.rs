//! The PowerPoint deck: `deck.pptx` (`ID.pptx` for one journey), 16:9, every card, chip,
//! label, lane and line a native, editable shape.
//!
//! The slides are planned in [`slides`] (a title slide; per journey an overview and one
//! slide per [`slides::STAGES_PER_SLIDE`] stages; one slide per persona), each drawn into a
//! [`crate::diagram::Drawing`] in points with the diagrams' own drawings embedded, scaled
//! to fit. [`shapes`] writes a drawing as DrawingML shapes, and [`package`] zips the parts
//! with fixed dates in a fixed order, so the same input gives the same bytes. Written by
//! hand rather than with a PPTX crate: see "PowerPoint" in `docs/exports.md`.

pub mod package;
pub mod shapes;
pub mod slides;
pub mod xml;

use super::ExportError;
use crate::model::{Journey, Site};
use shapes::{Place, ShapeWriter};

/// The deck of `journeys` (and of the personas they list) as `.pptx` bytes.
pub fn deck(site: &Site, journeys: &[&Journey]) -> Result<Vec<u8>, ExportError> {
    use rayon::prelude::*;
    let planned = slides::slides(site, journeys);
    let parts: Vec<package::SlidePart> = planned
        .par_iter()
        .map(|s| {
            let mut w = ShapeWriter::with_lang(&site.config.language);
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
