//! Font faces for every script: the embedded Inter faces first, then fallback faces found
//! among the machine's fonts for the characters Inter lacks (Arabic, Hebrew, Japanese,
//! Chinese, Korean, Devanagari, Thai, symbols and emoji, …).
//!
//! A bottom module: `check` asks it which characters no font covers (the `missing-glyphs`
//! lint), `diagram::text` measures and shapes with it, and the PNG and PDF writers draw the
//! glyphs of the faces it names. So measuring, wrapping and drawing use one fallback chain.
//!
//! Why our own fallback and not fontconfig's: the choice must be the same for measuring and
//! every writer, deterministic on one machine, and cheap for the common case. Inter covers
//! Latin, Greek and Cyrillic; a label in those scripts never touches the system fonts. The
//! system database is read (with `fontdb`) the first time a character outside Inter is met,
//! once per process. Candidates are ordered by a fixed preference (Noto Sans, then the Noto
//! Sans face of each script, Noto Sans CJK JP before SC/TC/KR, DejaVu Sans, Symbola for
//! emoji), then by nearness to the wanted weight, then by name, so one machine always picks
//! the same face. Fonts are never fetched: what a machine has installed is what it can draw
//! (`.ci/run` installs Debian's `fonts-noto-core`, `fonts-noto-cjk` and `fonts-symbola`).
//! `WAYMARK_FONT_DIRS` (paths separated by `:`) adds folders to search; `WAYMARK_NO_SYSTEM_FONTS=1`
//! searches only those (for tests of the missing-glyphs lint).

use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, OnceLock, RwLock};

/// Inter Regular (400), the body face.
pub const INTER_REGULAR: &[u8] = include_bytes!("../themes/default/fonts/Inter-Regular.otf");
/// Inter SemiBold (600), the heading face.
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../themes/default/fonts/Inter-SemiBold.otf");

/// The two weights the diagrams and the deck use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// 400.
    Regular,
    /// 600.
    SemiBold,
}

impl Weight {
    /// The CSS `font-weight` value.
    pub fn css(self) -> &'static str {
        match self {
            Weight::Regular => "400",
            Weight::SemiBold => "600",
        }
    }

    fn number(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::SemiBold => 600,
        }
    }
}

/// A face known to this process: 0 is the primary regular face, 1 the primary semibold
/// (Inter, or a theme's faces: [`set_primary`]), and every later number a fallback face, in the order first used (stable within one process only).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct FaceId(pub u16);

impl FaceId {
    /// Inter Regular.
    pub const INTER_REGULAR: FaceId = FaceId(0);
    /// Inter SemiBold.
    pub const INTER_SEMIBOLD: FaceId = FaceId(1);

    /// The Inter face of `weight`.
    pub fn inter(weight: Weight) -> FaceId {
        match weight {
            Weight::Regular => FaceId::INTER_REGULAR,
            Weight::SemiBold => FaceId::INTER_SEMIBOLD,
        }
    }

    /// Whether this is one of the two primary faces (Inter unless a theme set others).
    pub fn is_inter(self) -> bool {
        self.0 < 2
    }
}

/// A loaded face: its font file's bytes (kept for the life of the process), the index of
/// the face in a collection, and the parsed tables.
pub struct Face {
    /// The font file (or collection).
    pub data: &'static [u8],
    /// Face index within `data`.
    pub index: u32,
    /// Family name, as the font names it (for docs and messages).
    pub family: String,
    /// The parsed face.
    pub parsed: ttf_parser::Face<'static>,
}

impl Face {
    fn new(data: &'static [u8], index: u32, family: String) -> Option<Face> {
        let parsed = ttf_parser::Face::parse(data, index).ok()?;
        Some(Face {
            data,
            index,
            family,
            parsed,
        })
    }

    /// Whether the face has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.parsed.glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    /// Units per em (glyph advances and outlines are in these units).
    pub fn units_per_em(&self) -> u16 {
        self.parsed.units_per_em()
    }
}

/// The primary faces of this process: Inter, or a theme's two faces
/// ([`set_primary`]). Held behind an atomic pointer to a leaked value: every glyph lookup
/// reads it, so it takes no lock.
struct Primary {
    faces: [&'static Face; 2],
    /// Whether these are the embedded Inter faces.
    inter: bool,
    /// Changes whenever the primary faces change (caches of widths key on it).
    generation: u64,
}

static PRIMARY: AtomicPtr<Primary> = AtomicPtr::new(std::ptr::null_mut());

fn inter_primary() -> &'static Primary {
    static INTER: OnceLock<Primary> = OnceLock::new();
    INTER.get_or_init(|| {
        let face =
            |data| Face::new(data, 0, "Inter".into()).expect("the embedded Inter fonts parse");
        Primary {
            faces: [leak(face(INTER_REGULAR)), leak(face(INTER_SEMIBOLD))],
            inter: true,
            generation: 0,
        }
    })
}

fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn primary() -> &'static Primary {
    let p = PRIMARY.load(Ordering::Acquire);
    if p.is_null() {
        inter_primary()
    } else {
        // SAFETY: only pointers from `leak` (never freed) are stored in PRIMARY.
        unsafe { &*p }
    }
}

/// The primary face of `weight`, parsed once: Inter, unless a theme's fonts were made
/// primary with [`set_primary`]. (The name stays from when Inter was the only primary.)
pub fn inter(weight: Weight) -> &'static Face {
    primary().faces[weight as usize]
}

/// Whether the primary faces are the embedded Inter faces (the cached PDF writer embeds
/// only those; a themed deck is written with krilla).
pub fn primary_is_inter() -> bool {
    primary().inter
}

/// A number that changes whenever the primary faces change ([`set_primary`]): caches of
/// measured widths are kept per generation.
pub fn generation() -> u64 {
    primary().generation
}

/// Whether `data` is a font waymark can measure and draw with: an OpenType or TrueType
/// file (face 0) with glyphs for the Latin letters. The error says why not.
pub fn check_face(data: &[u8]) -> Result<(), String> {
    let face = ttf_parser::Face::parse(data, 0)
        .map_err(|e| format!("not an OpenType or TrueType font ({e})"))?;
    if !"AaZz09"
        .chars()
        .all(|c| face.glyph_index(c).is_some_and(|g| g.0 != 0))
    {
        return Err("it has no glyphs for the Latin letters".into());
    }
    Ok(())
}

/// The family name of a font file (name id 16, else 1), `None` when it has none.
pub fn family_name(data: &[u8]) -> Option<String> {
    let face = ttf_parser::Face::parse(data, 0).ok()?;
    let names = face.names();
    let find = |id: u16| {
        names
            .into_iter()
            .filter(|n| n.name_id == id && n.is_unicode())
            .find_map(|n| n.to_string())
    };
    find(ttf_parser::name_id::TYPOGRAPHIC_FAMILY).or_else(|| find(ttf_parser::name_id::FAMILY))
}

/// The PostScript name of a font file (name id 6), `None` when it has none.
pub fn postscript_name(data: &[u8]) -> Option<String> {
    let face = ttf_parser::Face::parse(data, 0).ok()?;
    face.names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME && n.is_unicode())
        .find_map(|n| n.to_string())
}

/// Makes `faces` (regular, semibold font files, e.g. a theme's) the primary faces of this
/// process, or Inter again for `None`: measuring, wrapping, the PNG and both PDF writers
/// use them from now on (characters they lack still fall back). Setting the same files
/// again changes nothing; each distinct pair is parsed once and kept for the process.
/// Errors when a file does not parse ([`check_face`]), leaving the faces as they were.
pub fn set_primary(faces: Option<(&[u8], &[u8])>) -> Result<(), String> {
    static MADE: Mutex<Vec<([u8; 32], &'static Primary)>> = Mutex::new(Vec::new());
    let Some((regular, semibold)) = faces else {
        PRIMARY.store(std::ptr::null_mut(), Ordering::Release);
        return Ok(());
    };
    let mut h = blake3::Hasher::new();
    h.update(&(regular.len() as u64).to_le_bytes());
    h.update(regular);
    h.update(semibold);
    let key = *h.finalize().as_bytes();
    let mut made = MADE
        .lock()
        .map_err(|_| "font registry poisoned".to_string())?;
    let found = made.iter().find(|(k, _)| *k == key).map(|(_, p)| *p);
    let p = match found {
        Some(p) => p,
        None => {
            check_face(regular)?;
            check_face(semibold)?;
            let face = |data: &[u8]| {
                let data: &'static [u8] = Box::leak(data.to_vec().into_boxed_slice());
                let family = family_name(data).unwrap_or_else(|| "Theme".into());
                Face::new(data, 0, family).ok_or_else(|| "font does not parse".to_string())
            };
            let p = leak(Primary {
                faces: [leak(face(regular)?), leak(face(semibold)?)],
                inter: false,
                generation: made.len() as u64 + 1,
            });
            made.push((key, p));
            p
        }
    };
    PRIMARY.store(std::ptr::from_ref(p).cast_mut(), Ordering::Release);
    Ok(())
}

/// The face `id`; `None` for a number this process never gave out.
pub fn face(id: FaceId) -> Option<&'static Face> {
    match id.0 {
        0 => Some(inter(Weight::Regular)),
        1 => Some(inter(Weight::SemiBold)),
        n => registry()
            .loaded
            .read()
            .ok()?
            .get(usize::from(n) - 2)
            .copied(),
    }
}

/// The face that draws `c` in `weight`: Inter when it has the glyph, else the first
/// fallback that does; `None` when no font on this machine covers it.
pub fn face_for(c: char, weight: Weight) -> Option<FaceId> {
    if inter(weight).covers(c) {
        return Some(FaceId::inter(weight));
    }
    let reg = registry();
    if let Some(hit) = reg.chosen.read().ok()?.get(&(c, weight)) {
        return *hit;
    }
    let found = reg.search(c, weight);
    if let Ok(mut chosen) = reg.chosen.write() {
        chosen.insert((c, weight), found);
    }
    found
}

/// Whether every character of `text` is drawn by Inter of `weight` (the fast case).
pub fn inter_covers(text: &str, weight: Weight) -> bool {
    let f = inter(weight);
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || f.covers(c))
}

/// The characters of `text` that no available font covers (each once, in order).
/// Whitespace, controls, joiners and variation selectors never count: they draw nothing.
pub fn missing(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if draws_nothing(c) || out.contains(&c) {
            continue;
        }
        if face_for(c, Weight::Regular).is_none() {
            out.push(c);
        }
    }
    out
}

/// Characters that need no glyph of their own: spaces, controls, zero-width joiners,
/// variation selectors and bidi marks.
pub fn draws_nothing(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF | 0xFEFF)
}

/// The fallback candidates and the faces loaded so far.
struct Registry {
    db: fontdb::Database,
    /// Candidate faces in preference order (best first), per weight.
    order: [Vec<fontdb::ID>; 2],
    /// Faces loaded, in order: face number `i + 2`.
    loaded: RwLock<Vec<&'static Face>>,
    /// The fontdb id of each loaded face.
    loaded_ids: RwLock<HashMap<fontdb::ID, FaceId>>,
    /// The choice made for each character and weight.
    chosen: RwLock<HashMap<(char, Weight), Option<FaceId>>>,
}

fn registry() -> &'static Registry {
    static REG: OnceLock<Registry> = OnceLock::new();
    REG.get_or_init(Registry::load)
}

/// Family preference: lower is better. Unlisted sans faces follow the list, serif and
/// mono faces come last.
fn family_rank(family: &str) -> u32 {
    const PREFERRED: [&str; 16] = [
        "Noto Sans",
        "Noto Sans Arabic",
        "Noto Sans Hebrew",
        "Noto Sans CJK JP",
        "Noto Sans CJK SC",
        "Noto Sans CJK TC",
        "Noto Sans CJK KR",
        "Noto Sans Devanagari",
        "Noto Sans Bengali",
        "Noto Sans Thai",
        "Noto Sans Armenian",
        "Noto Sans Georgian",
        "Noto Sans Symbols",
        "Noto Sans Symbols2",
        "DejaVu Sans",
        "Symbola",
    ];
    if let Some(i) = PREFERRED.iter().position(|p| *p == family) {
        return i as u32;
    }
    let lower = family.to_lowercase();
    if lower.contains("mono") || lower.contains("serif") || lower.contains("math") {
        300
    } else if lower.starts_with("noto sans") {
        100
    } else {
        200
    }
}

impl Registry {
    fn load() -> Registry {
        let mut db = fontdb::Database::new();
        if std::env::var_os("WAYMARK_NO_SYSTEM_FONTS").is_none_or(|v| v.is_empty()) {
            db.load_system_fonts();
        }
        if let Some(dirs) = std::env::var_os("WAYMARK_FONT_DIRS") {
            for dir in std::env::split_paths(&dirs) {
                db.load_fonts_dir(dir);
            }
        }
        let order = [Weight::Regular, Weight::SemiBold].map(|w| {
            let mut faces: Vec<&fontdb::FaceInfo> = db
                .faces()
                .filter(|f| f.style == fontdb::Style::Normal)
                .collect();
            let target = i32::from(w.number());
            faces.sort_by_key(|f| {
                let family = f.families.first().map(|(n, _)| n.as_str()).unwrap_or("");
                let distance = (i32::from(f.weight.0) - target).abs();
                // Between two as near, the heavier (a semibold reads as bold, not light).
                let lighter = i32::from(f.weight.0) < target;
                (
                    family_rank(family),
                    family.to_string(),
                    distance,
                    lighter,
                    f.post_script_name.clone(),
                )
            });
            faces.into_iter().map(|f| f.id).collect()
        });
        Registry {
            db,
            order,
            loaded: RwLock::new(Vec::new()),
            loaded_ids: RwLock::new(HashMap::new()),
            chosen: RwLock::new(HashMap::new()),
        }
    }

    /// The first candidate covering `c`, loaded (kept) when it is first chosen.
    fn search(&self, c: char, weight: Weight) -> Option<FaceId> {
        for &id in &self.order[weight as usize] {
            let covers = self
                .db
                .with_face_data(id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .ok()
                        .and_then(|f| f.glyph_index(c))
                        .is_some_and(|g| g.0 != 0)
                })
                .unwrap_or(false);
            if covers {
                return self.keep(id);
            }
        }
        None
    }

    /// The number of face `id`, loading it into the process the first time.
    fn keep(&self, id: fontdb::ID) -> Option<FaceId> {
        let mut ids = self.loaded_ids.write().ok()?;
        if let Some(n) = ids.get(&id) {
            return Some(*n);
        }
        let info = self.db.face(id)?;
        let family = info
            .families
            .first()
            .map(|(n, _)| n.clone())
            .unwrap_or_default();
        let (data, index) = self.db.with_face_data(id, |d, i| (d.to_vec(), i))?;
        // Kept for the life of the process: a face once drawn with is drawn again, and a
        // site uses a handful of them at most.
        let data: &'static [u8] = Box::leak(data.into_boxed_slice());
        let face: &'static Face = Box::leak(Box::new(Face::new(data, index, family)?));
        let mut loaded = self.loaded.write().ok()?;
        loaded.push(face);
        let n = FaceId(u16::try_from(loaded.len() + 1).ok()?);
        ids.insert(id, n);
        Some(n)
    }
}

/// The name of the Unicode script a character belongs to, for messages ("Arabic",
/// "Han", …); a coarse table of the blocks labels use, "other" for the rest.
pub fn script_name(c: char) -> &'static str {
    match c as u32 {
        0x0370..=0x03FF | 0x1F00..=0x1FFF => "Greek",
        0x0400..=0x052F => "Cyrillic",
        0x0530..=0x058F => "Armenian",
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => "Hebrew",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            "Arabic"
        }
        0x0700..=0x074F => "Syriac",
        0x0780..=0x07BF => "Thaana",
        0x0900..=0x097F => "Devanagari",
        0x0980..=0x09FF => "Bengali",
        0x0A00..=0x0AFF => "Gurmukhi/Gujarati",
        0x0B00..=0x0DFF => "Indic",
        0x0E00..=0x0E7F => "Thai",
        0x0E80..=0x0EFF => "Lao",
        0x0F00..=0x0FFF => "Tibetan",
        0x1000..=0x109F => "Myanmar",
        0x10A0..=0x10FF => "Georgian",
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => "Hangul",
        0x1200..=0x139F => "Ethiopic",
        0x1780..=0x17FF => "Khmer",
        0x3040..=0x309F => "Hiragana",
        0x30A0..=0x30FF | 0x31F0..=0x31FF => "Katakana",
        0x2E80..=0x2FDF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x3FFFF => "Han",
        0x1F000..=0x1FAFF | 0x2600..=0x27BF => "emoji and symbols",
        0xE000..=0xF8FF | 0xF0000..=0x10FFFF => "private use",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inter_draws_latin_greek_cyrillic() {
        for c in ['a', 'É', 'ß', 'Ω', 'Ж', '€', '→'] {
            assert_eq!(
                face_for(c, Weight::Regular),
                Some(FaceId::INTER_REGULAR),
                "{c}"
            );
        }
        assert!(inter_covers(
            "Prior authorisation — Ωμέγα Жизнь",
            Weight::SemiBold
        ));
        assert!(!inter_covers("患者", Weight::Regular));
    }

    #[test]
    fn private_use_is_named_and_blank_characters_never_miss() {
        assert_eq!(script_name('\u{E000}'), "private use");
        assert_eq!(script_name('病'), "Han");
        assert!(missing(" \u{200D}\u{FE0F}\t").is_empty());
    }
}
