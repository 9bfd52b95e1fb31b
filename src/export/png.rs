//! PNG: a diagram SVG rasterised by resvg at 2x with the embedded Inter faces only.
//!
//! Encoding: 8-bit RGB when the background is white (no alpha channel to store), RGBA when
//! transparent, `png::Compression::Balanced` (zlib level 6) with no row filter. Diagrams are
//! large flat areas with anti-aliased edges: unfiltered rows compress best and the filter
//! search costs time for nothing. Measured on the CT purchase diagram (3760 × 4940 px), this
//! is both the smallest and the fastest `Balanced` setting (871 KiB vs 1089 KiB with the
//! default adaptive filter, about half the time); fdeflate's `Fast` is quicker still but makes
//! files four times larger (4.1 MiB with the `Up` filter, 34 MiB unfiltered), too large to
//! paste into a deck. Figures in `docs/exports.md`.

use resvg::tiny_skia;

use super::{ExportError, ExportOptions, parse_svg};
use crate::diagram;
use crate::model::{Journey, Site};

/// The journey diagram of `journey` as PNG bytes.
pub fn journey_png(
    site: &Site,
    journey: &Journey,
    opts: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let svg = diagram::journey_diagram(site, journey);
    svg_to_png(
        &svg,
        opts.scale,
        opts.transparent,
        &format!("{}.png", journey.id),
    )
}

/// The stakeholder map of `journey` as PNG bytes; `None` when the map draws nothing.
pub fn stakeholder_png(
    site: &Site,
    journey: &Journey,
    opts: &ExportOptions,
) -> Result<Option<Vec<u8>>, ExportError> {
    let svg = diagram::stakeholder_map(site, journey);
    if svg.trim().is_empty() {
        return Ok(None);
    }
    let what = format!("{}-stakeholders.png", journey.id);
    svg_to_png(&svg, opts.scale, opts.transparent, &what).map(Some)
}

/// Removes the diagram's own white backdrop (the first full-size white `<rect>` right after
/// `<desc>`), so that a transparent PNG is transparent.
fn strip_backdrop(svg: &str) -> String {
    let Some(desc_end) = svg.find("</desc>") else {
        return svg.to_string();
    };
    let after = desc_end + "</desc>".len();
    let rest = svg[after..].trim_start_matches('\n');
    let skip = svg.len() - after - rest.len();
    if rest.starts_with("<rect width=")
        && let Some(end) = rest.find("/>")
    {
        let tag = &rest[..end];
        if tag.contains("fill=\"#FFFFFF\"") && !tag.contains(" x=") {
            let mut s = String::with_capacity(svg.len());
            s.push_str(&svg[..after + skip]);
            s.push_str(rest[end + 2..].trim_start_matches('\n'));
            return s;
        }
    }
    svg.to_string()
}

/// PNG encoder settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// What the exports use: `Compression::Balanced`, no filter, RGB when opaque.
    Export,
    /// The png crate's defaults (`Balanced`, adaptive filter) with RGBA, for comparison.
    Default,
}

/// [`svg_to_png`] with a choice of encoder settings (for the benchmark).
pub fn svg_to_png_with(
    svg: &str,
    scale: f32,
    transparent: bool,
    encoding: Encoding,
) -> Result<Vec<u8>, ExportError> {
    render_png(svg, scale, transparent, "diagram", encoding)
}

/// Rasterises an SVG at `scale` and encodes it; `what` names it in errors.
pub fn svg_to_png(
    svg: &str,
    scale: f32,
    transparent: bool,
    what: &str,
) -> Result<Vec<u8>, ExportError> {
    render_png(svg, scale, transparent, what, Encoding::Export)
}

fn render_png(
    svg: &str,
    scale: f32,
    transparent: bool,
    what: &str,
    encoding: Encoding,
) -> Result<Vec<u8>, ExportError> {
    let svg = if transparent {
        strip_backdrop(svg)
    } else {
        svg.to_string()
    };
    let tree = parse_svg(&svg, what)?;
    let err = |m: &str| ExportError::Render {
        what: what.to_string(),
        message: m.to_string(),
    };
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| err("empty size"))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| err("too large to rasterise"))?;
    if !transparent {
        pixmap.fill(tiny_skia::Color::WHITE);
    }
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    match encoding {
        Encoding::Export => encode(&pixmap, transparent),
        Encoding::Default => encode_default(&pixmap),
    }
    .map_err(|e| err(&e.to_string()))
}

fn encode_default(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut data = Vec::with_capacity(pixmap.data().len());
    for p in pixmap.pixels() {
        let c = p.demultiply();
        data.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}

/// Encodes a pixmap: RGB for an opaque image, straight-alpha RGBA otherwise.
fn encode(pixmap: &tiny_skia::Pixmap, transparent: bool) -> Result<Vec<u8>, png::EncodingError> {
    let (w, h) = (pixmap.width(), pixmap.height());
    let (color, data): (png::ColorType, Vec<u8>) = if transparent {
        let mut data = Vec::with_capacity(pixmap.data().len());
        for p in pixmap.pixels() {
            let c = p.demultiply();
            data.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
        (png::ColorType::Rgba, data)
    } else {
        // Opaque: premultiplied equals straight; drop the alpha byte.
        let mut data = Vec::with_capacity(pixmap.data().len() / 4 * 3);
        for px in pixmap.data().chunks_exact(4) {
            data.extend_from_slice(&px[..3]);
        }
        (png::ColorType::Rgb, data)
    };
    let mut out = Vec::with_capacity(data.len() / 8);
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(color);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Balanced);
        enc.set_filter(png::Filter::NoFilter);
        // 2x pixels: tell viewers the image is 144 dpi so it pastes at its CSS size.
        enc.set_pixel_dims(Some(png::PixelDimensions {
            xppu: 5669,
            yppu: 5669,
            unit: png::Unit::Meter,
        }));
        let mut writer = enc.write_header()?;
        writer.write_image_data(&data)?;
        writer.finish()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_only_the_backdrop() {
        let svg = "<svg><title>t</title>\n<desc>d</desc>\n<rect width=\"10\" height=\"5\" fill=\"#FFFFFF\"/>\n<rect x=\"1\" width=\"2\" height=\"2\" fill=\"#FFFFFF\"/>\n</svg>";
        let s = strip_backdrop(svg);
        assert!(!s.contains("<rect width=\"10\""));
        assert!(s.contains("<rect x=\"1\""));
    }
}
