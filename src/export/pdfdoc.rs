//! The deck's PDF file, put together from drawn pieces ([`Piece`]) with pdf-writer.
//!
//! Why not krilla, which draws the deck when a page falls outside the fast path: krilla
//! owns its content streams and subsets each font for the document it writes, so a page
//! drawn for one build cannot be reused in the next. Here a page is a list of pieces, each
//! a self-contained content stream whose glyphs are the fonts' own glyph ids; the fonts
//! are embedded whole (Inter Regular and SemiBold as OpenType, about 290 kB compressed), so
//! a piece drawn once stays valid in every deck, and the export cache keeps each journey's
//! pieces already compressed: a deck after an edit of one journey redraws that journey's
//! pages and copies the rest. The ToUnicode maps (text extraction, search, screen readers)
//! and the `/W` widths cover exactly the glyphs the pieces show, in a deterministic order,
//! and the file id is a hash of the content, so equal input gives equal bytes.

use std::collections::{BTreeMap, BTreeSet};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::ExportError;
use super::scene::content::{Piece, glyph_width};
use crate::diagram::text::{self, Weight};

/// A piece with its content stream deflated, as the cache keeps it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Packed {
    /// The content stream, zlib-deflated.
    pub stream: Vec<u8>,
    /// The rest of the piece, `ops` emptied.
    pub uses: Piece,
}

impl Packed {
    /// Deflates `piece`'s content stream.
    pub fn of(mut piece: Piece) -> Packed {
        let stream = deflate(&piece.ops);
        piece.ops = Vec::new();
        Packed {
            stream,
            uses: piece,
        }
    }
}

fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    // Writing to a Vec cannot fail.
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

/// What the document says about itself.
pub struct Meta<'a> {
    /// `/Title` (the site title).
    pub title: &'a str,
    /// `/Creator`.
    pub creator: &'a str,
    /// The catalog's `/Lang`.
    pub lang: &'a str,
    /// Page size in pt.
    pub size: (f32, f32),
}

/// Writes the document: `pages[i]` are the pieces of page `i + 1`, drawn in order;
/// `outline` is `(title, page index)` per bookmark.
pub fn write(
    pages: &[Vec<&Packed>],
    outline: &[(String, usize)],
    meta: &Meta,
) -> Result<Vec<u8>, ExportError> {
    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let (catalog, tree, info, outline_root) = (alloc(), alloc(), alloc(), alloc());
    let fonts = [alloc(), alloc()];
    let mut pdf = Pdf::new();
    pdf.set_version(1, 7);

    let used = Used::of(pages);
    let page_refs: Vec<Ref> = pages.iter().map(|_| alloc()).collect();
    // Content streams, in page order.
    let mut hasher = blake3::Hasher::new();
    let mut contents: Vec<Vec<Ref>> = Vec::with_capacity(pages.len());
    for pieces in pages {
        let mut refs = Vec::with_capacity(pieces.len());
        for p in pieces {
            let r = alloc();
            hasher.update(&p.stream);
            pdf.stream(r, &p.stream).filter(Filter::FlateDecode);
            refs.push(r);
        }
        contents.push(refs);
    }
    let (w, h) = meta.size;
    pdf.pages(tree)
        .kids(page_refs.iter().copied())
        .count(page_refs.len() as i32)
        .media_box(Rect::new(0.0, 0.0, w, h));
    // One resource dictionary, named by every page (simple readers do not look for
    // resources inherited from the page tree).
    let resources = alloc();
    {
        let mut res = pdf
            .indirect(resources)
            .start::<pdf_writer::writers::Resources>();
        {
            let mut f = res.fonts();
            f.pair(Name(b"F0"), fonts[0]);
            f.pair(Name(b"F1"), fonts[1]);
        }
        let mut gs = res.ext_g_states();
        for a in &used.fill_alphas {
            gs.insert(Name(format!("fa{a}").as_bytes()))
                .start::<pdf_writer::writers::ExtGraphicsState>()
                .non_stroking_alpha(f32::from(*a) / 255.0);
        }
        for a in &used.stroke_alphas {
            gs.insert(Name(format!("sa{a}").as_bytes()))
                .start::<pdf_writer::writers::ExtGraphicsState>()
                .stroking_alpha(f32::from(*a) / 255.0);
        }
    }
    for (r, c) in page_refs.iter().zip(&contents) {
        let mut p = pdf.page(*r);
        p.parent(tree);
        p.pair(Name(b"Resources"), resources);
        p.contents_array(c.iter().copied());
    }
    for (i, weight) in [Weight::Regular, Weight::SemiBold].into_iter().enumerate() {
        embed_font(&mut pdf, &mut alloc, fonts[i], weight, &used.glyphs[i])?;
    }
    write_outline(&mut pdf, &mut alloc, outline_root, outline, &page_refs, h);
    let mut cat = pdf.catalog(catalog);
    cat.pages(tree).lang(TextStr(meta.lang));
    if !outline.is_empty() {
        cat.outlines(outline_root);
    }
    cat.finish();
    pdf.document_info(info)
        .title(TextStr(meta.title))
        .creator(TextStr(meta.creator));
    let id = hasher.finalize().as_bytes()[..16].to_vec();
    pdf.set_file_id((id.clone(), id));
    Ok(pdf.finish())
}

/// The union of what the pieces use, in a fixed order.
struct Used {
    glyphs: [BTreeMap<u16, String>; 2],
    fill_alphas: BTreeSet<u8>,
    stroke_alphas: BTreeSet<u8>,
}

impl Used {
    fn of(pages: &[Vec<&Packed>]) -> Used {
        let mut u = Used {
            glyphs: [BTreeMap::new(), BTreeMap::new()],
            fill_alphas: BTreeSet::new(),
            stroke_alphas: BTreeSet::new(),
        };
        for p in pages.iter().flatten() {
            for (face, glyphs) in p.uses.glyphs.iter().enumerate() {
                for (id, text) in glyphs {
                    // The first piece (in page order) that gives a glyph a text decides.
                    let e = u.glyphs[face].entry(*id).or_default();
                    if e.is_empty() {
                        e.clone_from(text);
                    }
                }
            }
            u.fill_alphas.extend(&p.uses.fill_alphas);
            u.stroke_alphas.extend(&p.uses.stroke_alphas);
        }
        u
    }
}

/// One Inter face as a Type 0 font over a CIDFontType0 whose CIDs are the glyph ids,
/// the OpenType file embedded whole, `/W` and a ToUnicode map for `glyphs`.
fn embed_font(
    pdf: &mut Pdf,
    alloc: &mut impl FnMut() -> Ref,
    root: Ref,
    weight: Weight,
    glyphs: &BTreeMap<u16, String>,
) -> Result<(), ExportError> {
    let (data, name) = match weight {
        Weight::Regular => (text::INTER_REGULAR, "Inter-Regular"),
        Weight::SemiBold => (text::INTER_SEMIBOLD, "Inter-SemiBold"),
    };
    let face = ttf_parser::Face::parse(data, 0)
        .map_err(|e| ExportError::Pdf(format!("the embedded {name} font: {e}")))?;
    let (cid, descriptor, file, cmap) = (alloc(), alloc(), alloc(), alloc());
    let upem = f32::from(face.units_per_em());
    let k = |v: f32| v * 1000.0 / upem;
    let info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(root)
        .base_font(Name(format!("{name}-Identity-H").as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);
    {
        let mut c = pdf.cid_font(cid);
        c.subtype(CidFontType::Type0)
            .base_font(Name(name.as_bytes()))
            .system_info(info)
            .font_descriptor(descriptor)
            .default_width(0.0);
        let mut w = c.widths();
        for id in glyphs.keys() {
            w.consecutive(*id, [glyph_width(weight, *id)]);
        }
    }
    let b = face.global_bounding_box();
    let mut flags = FontFlags::empty();
    flags.insert(FontFlags::NON_SYMBOLIC);
    pdf.font_descriptor(descriptor)
        .name(Name(name.as_bytes()))
        .flags(flags)
        .bbox(Rect::new(
            k(f32::from(b.x_min)),
            k(f32::from(b.y_min)),
            k(f32::from(b.x_max)),
            k(f32::from(b.y_max)),
        ))
        .italic_angle(0.0)
        .ascent(k(f32::from(face.ascender())))
        .descent(k(f32::from(face.descender())))
        .cap_height(k(f32::from(
            face.capital_height().unwrap_or(face.ascender()),
        )))
        .stem_v(if weight == Weight::SemiBold {
            120.0
        } else {
            80.0
        })
        .font_file3(file);
    let packed = deflate(data);
    pdf.stream(file, &packed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Subtype"), Name(b"OpenType"));
    let mut map = UnicodeCmap::<u16>::new(Name(b"Waymark-UCS"), info);
    for (id, t) in glyphs.iter().filter(|(_, t)| !t.is_empty()) {
        map.pair_with_multiple(*id, t.chars());
    }
    let map = deflate(&map.finish().into_vec());
    pdf.cmap(cmap, &map).filter(Filter::FlateDecode);
    Ok(())
}

/// The bookmarks: one flat list.
fn write_outline(
    pdf: &mut Pdf,
    alloc: &mut impl FnMut() -> Ref,
    root: Ref,
    outline: &[(String, usize)],
    pages: &[Ref],
    height: f32,
) {
    if outline.is_empty() {
        return;
    }
    let refs: Vec<Ref> = outline.iter().map(|_| alloc()).collect();
    pdf.outline(root)
        .first(refs[0])
        .last(refs[refs.len() - 1])
        .count(refs.len() as i32);
    for (i, (title, page)) in outline.iter().enumerate() {
        let mut item = pdf.outline_item(refs[i]);
        item.title(TextStr(title)).parent(root);
        if i > 0 {
            item.prev(refs[i - 1]);
        }
        if i + 1 < refs.len() {
            item.next(refs[i + 1]);
        }
        if let Some(p) = pages.get(*page) {
            item.dest().page(*p).xyz(0.0, height, None);
        }
    }
}
