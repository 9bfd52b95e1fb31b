//! Applying a site's theme ([`crate::model::theme::Theme`]) to finished drawings, and the
//! theme's logo as a drawing item.
//!
//! Why recolour the finished drawing, not pass a palette to every drawing function: the
//! diagrams and the deck pages paint with the constants of [`super::palette`] in some 250
//! places, and the deck layouts (PDF and PowerPoint) draw their own chrome with them too.
//! Each default colour belongs to exactly one role ([`crate::base::theme::ROLES`], checked
//! by a test), so replacing colours by value is replacing them by role, in one place, before
//! any writer: the SVG of the pages, the PNG, both PDF paths and the PowerPoint writer all
//! read the same recoloured drawing and need no theme of their own. The diagram builders
//! apply it ([`apply`]); deck pages get it from [`install`]/[`active`] at the writers'
//! entry, and a drawing is never recoloured twice ([`Drawing::themed`]).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use super::drawing::{Canvas, Color, Drawing, Image, Item, Paint};
use crate::model::theme::Theme;

/// A colour map from a theme: default colour → theme colour.
#[derive(Debug, Clone, Default)]
pub struct Recolour {
    map: HashMap<(u8, u8, u8), Color>,
    font_family: Option<String>,
}

impl Recolour {
    /// The map of `theme` (empty for the built-in look).
    pub fn of(theme: &Theme) -> Recolour {
        Recolour {
            map: theme
                .recolouring()
                .into_iter()
                .map(|(f, t)| ((f[0], f[1], f[2]), Color::rgb(t[0], t[1], t[2])))
                .collect(),
            font_family: theme.fonts.as_ref().map(|f| f.family.clone()),
        }
    }

    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty() && self.font_family.is_none()
    }

    /// The theme's colour for `c` (alpha kept), or `c`.
    pub fn colour(&self, c: Color) -> Color {
        match self.map.get(&(c.r, c.g, c.b)) {
            Some(t) => Color { a: c.a, ..*t },
            None => c,
        }
    }

    /// Recolours `d` in place (its embedded drawings and links too) and names the theme's
    /// font family for the SVG writer.
    pub fn drawing(&self, d: &mut Drawing) {
        if self.is_empty() || d.themed {
            return;
        }
        d.themed = true;
        d.background = d.background.map(|c| self.colour(c));
        if self.font_family.is_some() {
            d.font_family.clone_from(&self.font_family);
        }
        self.items(&mut d.items);
    }

    fn items(&self, items: &mut [Item]) {
        for item in items {
            match item {
                Item::Shape(s) => self.paint(&mut s.paint),
                Item::Text(t) => t.color = self.colour(t.color),
                Item::Embed { drawing, .. } => self.drawing(drawing),
                Item::Link { items, .. } => self.items(items),
                Item::Image(_) => {}
            }
        }
    }

    fn paint(&self, p: &mut Paint) {
        p.fill = p.fill.map(|c| self.colour(c));
        if let Some(s) = &mut p.stroke {
            s.color = self.colour(s.color);
        }
    }
}

/// The theme being drawn: its recolouring, read by [`active`].
static ACTIVE: RwLock<Option<Arc<Recolour>>> = RwLock::new(None);

/// Makes `theme` the one this process draws with: its fonts become the primary faces
/// ([`Theme::install_fonts`]) and its colours the recolouring that the export writers apply
/// to drawings nobody themed yet ([`active`]: the deck pages, which the deck layouts paint
/// with the default palette). Called by what draws a site (`render::render_site_into`,
/// the `export` entry points), not by the model build: `history` builds past revisions,
/// whose themes must not replace the one being drawn. One site is drawn at a time per
/// process.
pub fn install(theme: &Theme) {
    theme.install_fonts();
    let r = Recolour::of(theme);
    if let Ok(mut a) = ACTIVE.write() {
        *a = (!r.is_empty()).then(|| Arc::new(r));
    }
}

/// The recolouring of the installed theme ([`install`]); `None` for the built-in look.
/// `export::scene::Scene::new` applies it to every drawing not yet themed, so the PNG and
/// both PDF paths show the theme's colours on deck pages too.
pub fn active() -> Option<Arc<Recolour>> {
    ACTIVE.read().ok().and_then(|a| a.clone())
}

/// Recolours `d` with the site's theme: what every diagram builder of this module calls
/// before giving its drawing out. Deck layouts call it on each page they draw (a page
/// that embeds an already themed diagram is safe: a drawing is recoloured once, see
/// [`Drawing::themed`]).
pub fn apply(theme: &Theme, d: &mut Drawing) {
    Recolour::of(theme).drawing(d);
}

/// The theme's logo as an image item fitted into the box (x, y, max_w, max_h), keeping its
/// aspect ratio, aligned to the box's top left; `None` when the theme has no logo.
pub fn logo_item(theme: &Theme, x: f32, y: f32, max_w: f32, max_h: f32) -> Option<Image> {
    let logo = theme.logo.as_ref()?;
    if logo.width <= 0.0 || logo.height <= 0.0 || max_w <= 0.0 || max_h <= 0.0 {
        return None;
    }
    let scale = (max_w / logo.width).min(max_h / logo.height);
    Some(Image {
        x,
        y,
        w: logo.width * scale,
        h: logo.height * scale,
        png: logo.png.clone(),
        // Decorative: the drawing's title names what it shows (no words to translate).
        alt: String::new(),
    })
}

/// Draws the theme's logo on `canvas`, fitted into (x, y, max_w, max_h) as
/// [`logo_item`]; gives the size drawn (w, h), `None` (nothing drawn) without a logo. The
/// deck layouts call this for the title page and footers: e.g.
/// `place_logo(&site.theme, &mut c, PAGE_W - 120.0, 16.0, 96.0, 28.0)`.
pub fn place_logo(
    theme: &Theme,
    canvas: &mut Canvas,
    x: f32,
    y: f32,
    max_w: f32,
    max_h: f32,
) -> Option<(f32, f32)> {
    let img = logo_item(theme, x, y, max_w, max_h)?;
    let size = (img.w, img.h);
    canvas.image(img);
    Some(size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::drawing::Stroke;

    #[test]
    fn recolours_by_role_everywhere() {
        let mut theme = Theme::default();
        theme.palette.insert("accent".into(), "#FF0000".into());
        theme.palette.insert("background".into(), "#000000".into());
        let mut inner = Canvas::new();
        inner.rect(0.0, 0.0, 1.0, 1.0, 0.0, Paint::fill("#3E4C59"));
        let mut c = Canvas::new();
        c.embed(inner.finish("p", 1.0, 1.0, "", ""), 0.0, 0.0, 1.0);
        c.line(0.0, 0.0, 1.0, 1.0, Stroke::new("#0B4F7C", 1.0));
        let mut d = c.finish("p", 2.0, 2.0, "t", "d");
        apply(&theme, &mut d);
        assert_eq!(d.background, Some(Color::BLACK));
        let Item::Embed { drawing, .. } = &d.items[0] else {
            panic!()
        };
        let Item::Shape(s) = &drawing.items[0] else {
            panic!()
        };
        assert_eq!(s.paint.fill, Some(Color::rgb(255, 0, 0)));
        let Item::Shape(s) = &d.items[1] else {
            panic!()
        };
        assert_eq!(
            s.paint.stroke.as_ref().unwrap().color,
            Color::rgb(255, 0, 0)
        );
    }
}
