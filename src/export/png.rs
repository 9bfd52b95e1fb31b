//! PNG: a diagram's [`Drawing`] rasterised at 2x.
//!
//! Rendering: the drawing is prepared as a [`Scene`] (paths, shaped glyphs) and drawn by
//! tiny-skia, resvg's rasteriser, with the glyphs stamped from a cache (see
//! [`super::scene`]); the result matches resvg's rendering of the same drawing's SVG to
//! within a few levels on glyph edges (`tests/export.rs` compares them).
//!
//! Speed: the scene is prepared once; the image is then cut into bands of [`BAND_ROWS`] rows,
//! and each core renders a band (the same scene, shifted up) and compresses its scanlines
//! as a piece that [`super::zlib`] joins into the PNG's one zlib stream. Cuts fall at fixed
//! rows, so the bytes do not depend on the number of cores.
//!
//! Encoding: 8-bit RGB when the background is white (no alpha channel to store), RGBA when
//! transparent, no row filter, zlib level 3 (zlib-rs). Diagrams are large flat areas with
//! anti-aliased edges: unfiltered rows compress best and a filter search costs time for
//! nothing. Level 3 is about twice as fast as the default level 6 for files about 15 %
//! larger; level 1 is faster again but makes files nearly twice as large. Figures in
//! `docs/exports.md`.

use std::cell::RefCell;

use super::scene::Scene;
use super::{ExportError, ExportOptions, zlib};
use crate::diagram::{self, Drawing};
use crate::model::{Journey, Site};

/// The journey diagram of `journey` as PNG bytes.
pub fn journey_png(
    site: &Site,
    journey: &Journey,
    opts: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let drawing = diagram::journey_drawing(site, journey);
    let what = format!("{}.png", journey.id);
    drawing_to_png(&drawing, opts.scale, opts.transparent, &what)
}

/// The stakeholder map of `journey` as PNG bytes; `None` when the map draws nothing.
pub fn stakeholder_png(
    site: &Site,
    journey: &Journey,
    opts: &ExportOptions,
) -> Result<Option<Vec<u8>>, ExportError> {
    let drawing = diagram::stakeholder_drawing(site, journey);
    if drawing.is_empty() {
        return Ok(None);
    }
    let what = format!("{}-stakeholders.png", journey.id);
    drawing_to_png(&drawing, opts.scale, opts.transparent, &what).map(Some)
}

/// PNG encoder settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// What the exports use: banded, no filter, zlib level 3, RGB when opaque.
    Export,
    /// Banded like the exports, at another zlib level (0–9), for comparison.
    Level(u32),
    /// The png crate's defaults (`Balanced`, adaptive filter) with RGBA, for comparison.
    Default,
}

/// [`drawing_to_png`] with a choice of encoder settings (for the benchmark).
///
/// # Errors
///
/// [`ExportError::Render`] when the image cannot be encoded.
pub fn drawing_to_png_with(
    drawing: &Drawing,
    scale: f32,
    transparent: bool,
    encoding: Encoding,
) -> Result<Vec<u8>, ExportError> {
    render_png(drawing, scale, transparent, "diagram", encoding)
}

/// Rasterises `drawing` at `scale` (2: two pixels per user unit, made smaller for a huge
/// drawing, see [`capped_scale`]) and encodes it; `transparent` leaves out the white
/// background; `what` names the file in errors.
///
/// # Errors
///
/// [`ExportError::Render`] when the image cannot be encoded.
pub fn drawing_to_png(
    drawing: &Drawing,
    scale: f32,
    transparent: bool,
    what: &str,
) -> Result<Vec<u8>, ExportError> {
    render_png(drawing, scale, transparent, what, Encoding::Export)
}

fn render_png(
    drawing: &Drawing,
    scale: f32,
    transparent: bool,
    what: &str,
    encoding: Encoding,
) -> Result<Vec<u8>, ExportError> {
    let source = Scene::new(drawing, transparent);
    let err = |m: &str| ExportError::Render {
        what: what.to_string(),
        message: m.to_string(),
    };
    // Whole pixels at 1x, rounded (at least 1), as resvg sizes the SVG.
    let (w, h) = (source.width, source.height);
    let scale = capped_scale(w, h, scale);
    let size = tiny_skia::IntSize::from_wh(w.round().max(1.0) as u32, h.round().max(1.0) as u32)
        .and_then(|s| s.scale_by(scale))
        .ok_or_else(|| err("empty size"))?;
    let image = Image {
        source: &source,
        scale,
        width: size.width(),
        height: size.height(),
        transparent,
        level: match encoding {
            Encoding::Level(n) => n.min(9),
            _ => LEVEL,
        },
    };
    match encoding {
        Encoding::Export | Encoding::Level(_) => image.encode_banded(),
        Encoding::Default => image.encode_default(),
    }
    .map_err(|e| err(&e))
}

/// `scale`, made smaller when needed so that a `w` × `h` drawing (SVG units) at it has at
/// most [`crate::limits::PNG_PIXELS`] pixels: a huge diagram gives a PNG of bounded size
/// (drawn smaller), never gigabytes of pixels.
pub fn capped_scale(w: f32, h: f32, scale: f32) -> f32 {
    let pixels = (w.max(1.0) as f64 * scale as f64) * (h.max(1.0) as f64 * scale as f64);
    let cap = crate::limits::PNG_PIXELS as f64;
    if pixels <= cap || !pixels.is_finite() {
        return scale;
    }
    // A hair under the exact ratio; then smaller still while rounding to whole pixels (a
    // narrow side of a few pixels rounds by a large share) would pass the cap.
    let mut s = (scale as f64 * (cap / pixels).sqrt() * 0.999) as f32;
    // As `render_png` sizes the image: whole pixels at 1x, then scaled and rounded.
    let (w1, h1) = (w.round().max(1.0), h.round().max(1.0));
    let px = |s: f32| (w1 * s).round() as f64 * (h1 * s).round() as f64;
    for _ in 0..64 {
        if px(s) <= cap {
            break;
        }
        s *= 0.998;
    }
    s
}

/// Rows rendered and compressed together on one thread: small enough that the cores stay
/// evenly busy to the last band, large enough that each compressed piece (about 3 MB of
/// scanlines for a wide diagram) loses nothing measurable to its fresh start.
const BAND_ROWS: u32 = 256;
/// zlib level of the exports (see the module docs).
const LEVEL: u32 = 3;

/// A prepared diagram and the pixel size it is rendered at.
struct Image<'a> {
    source: &'a Scene,
    scale: f32,
    width: u32,
    height: u32,
    transparent: bool,
    /// zlib level, 0–9.
    level: u32,
}

impl Image<'_> {
    /// Bytes per pixel in the PNG: RGB when opaque, RGBA when transparent.
    fn channels(&self) -> usize {
        if self.transparent { 4 } else { 3 }
    }

    /// Renders rows `top..top + rows` into `pixmap` (cleared first), which is that size.
    fn render(&self, top: u32, pixmap: &mut tiny_skia::Pixmap) {
        pixmap.fill(if self.transparent {
            tiny_skia::Color::TRANSPARENT
        } else {
            tiny_skia::Color::WHITE
        });
        let t =
            tiny_skia::Transform::from_row(self.scale, 0.0, 0.0, self.scale, 0.0, -(top as f32));
        self.source.render(&mut pixmap.as_mut(), t);
    }

    /// Renders the band starting at row `top` and compresses its scanlines (filter byte 0,
    /// then the pixels) as one piece of the zlib stream.
    fn band(&self, top: u32) -> Result<zlib::Piece, String> {
        thread_local! {
            // One band's pixmap per thread, reused: a fresh one per band costs page faults.
            static PIXMAP: RefCell<Option<tiny_skia::Pixmap>> = const { RefCell::new(None) };
        }
        let rows = BAND_ROWS.min(self.height - top);
        let (w, c) = (self.width as usize, self.channels());
        let line = 1 + w * c;
        let mut scan = vec![0u8; line * rows as usize];
        PIXMAP.with_borrow_mut(|slot| {
            let fits = slot
                .as_ref()
                .is_some_and(|p| p.width() == self.width && p.height() == rows);
            if !fits {
                *slot = Some(
                    tiny_skia::Pixmap::new(self.width, rows)
                        .ok_or_else(|| "too large to rasterise".to_string())?,
                );
            }
            let Some(pixmap) = slot.as_mut() else {
                return Err("no pixmap".to_string());
            };
            self.render(top, pixmap);
            for (dst, row) in scan
                .chunks_exact_mut(line)
                .zip(pixmap.data().chunks_exact(w * 4))
            {
                dst[0] = 0; // filter type None: flat diagrams compress best unfiltered
                scanline(&mut dst[1..], row, self.transparent);
            }
            Ok(())
        })?;
        let last = top + rows == self.height;
        zlib::compress(&scan, self.level, last).map_err(|e| e.to_string())
    }

    /// The PNG, rendered and compressed band by band on every core. The bands and pieces
    /// are cut at fixed rows, so the file is the same whatever the number of cores.
    fn encode_banded(&self) -> Result<Vec<u8>, String> {
        let tops: Vec<u32> = (0..self.height).step_by(BAND_ROWS as usize).collect();
        use rayon::prelude::*;
        let pieces = tops
            .par_iter()
            .map(|&top| self.band(top))
            .collect::<Result<Vec<_>, _>>()?;
        let data = zlib::join(&pieces, self.level);
        let color = if self.transparent {
            png::ColorType::Rgba
        } else {
            png::ColorType::Rgb
        };
        let mut out = Vec::with_capacity(data.len() + 256);
        let mut enc = png::Encoder::new(&mut out, self.width, self.height);
        enc.set_color(color);
        enc.set_depth(png::BitDepth::Eight);
        // 2x pixels: tell viewers the image is 144 dpi so it pastes at its CSS size.
        enc.set_pixel_dims(Some(png::PixelDimensions {
            xppu: 5669,
            yppu: 5669,
            unit: png::Unit::Meter,
        }));
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        for chunk in data.chunks(1 << 30) {
            writer
                .write_chunk(png::chunk::IDAT, chunk)
                .map_err(|e| e.to_string())?;
        }
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }

    /// The png crate's defaults (`Balanced`, adaptive filter, RGBA) in one pass, for the
    /// benchmark's comparison.
    fn encode_default(&self) -> Result<Vec<u8>, String> {
        let mut pixmap = tiny_skia::Pixmap::new(self.width, self.height)
            .ok_or_else(|| "too large to rasterise".to_string())?;
        self.render(0, &mut pixmap);
        let mut data = vec![0u8; pixmap.data().len()];
        scanline(&mut data, pixmap.data(), true);
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, self.width, self.height);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&data).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// Writes premultiplied RGBA pixels `src` into `dst` as straight RGBA (`rgba`) or as RGB
/// (opaque pixels, where premultiplied equals straight).
fn scanline(dst: &mut [u8], src: &[u8], rgba: bool) {
    if rgba {
        for (d, s) in dst.chunks_exact_mut(4).zip(src.chunks_exact(4)) {
            let c = tiny_skia::PremultipliedColorU8::from_rgba(s[0], s[1], s[2], s[3]).map_or(
                [0; 4],
                |p| {
                    let c = p.demultiply();
                    [c.red(), c.green(), c.blue(), c.alpha()]
                },
            );
            d.copy_from_slice(&c);
        }
    } else {
        // Each pixel is copied as four bytes (one store) over the next pixel's first byte,
        // which the next copy overwrites; the last pixel is copied as three.
        let n = dst.len() / 3;
        if n == 0 {
            return;
        }
        for i in 0..n - 1 {
            dst[3 * i..3 * i + 4].copy_from_slice(&src[4 * i..4 * i + 4]);
        }
        dst[3 * (n - 1)..3 * n].copy_from_slice(&src[4 * (n - 1)..4 * (n - 1) + 3]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_drawing_is_scaled_down_to_the_pixel_cap() {
        assert_eq!(capped_scale(1840.0, 980.0, 2.0), 2.0);
        // The 1 MB title of issue 16: 1840 × 980,420 units at 2x would be 7.2 Gpx.
        let s = capped_scale(1840.0, 980_420.0, 2.0);
        let px = (1840.0 * s).round() as u64 * (980_420.0 * s).round() as u64;
        assert!(px <= crate::limits::PNG_PIXELS, "{px}");
        assert!(px > crate::limits::PNG_PIXELS * 99 / 100, "{px}");
    }
}
