//! The exports of named views (master and working versions): each view's diagram PNG in a
//! build (`exports/ID.VIEW.png`), and every file of `waymark export --view VIEW`, made from
//! the site as the view shows it ([`crate::views::named::site_as`]) by the same writers as
//! the master's, with `.VIEW` before each file's extension.

use super::{
    DiagramInput, ExportError, ExportFormat, ExportOptions, cache, closest, export_files, png,
};
use crate::model::{Journey, Site};
use crate::write::OutFile;

/// The download links of the page of view `view` of `journey` (`journeys/ID.VIEW.html`),
/// relative to `exports/`: the view's diagram `ID.VIEW.png` when the site writes PNGs.
pub fn view_downloads(site: &Site, journey: &Journey, view: &str) -> Vec<(&'static str, String)> {
    if !site.config.exports.png {
        return Vec::new();
    }
    vec![("download-png", view_png_name(&journey.id, view))]
}

/// `ID.VIEW.png`: the file name of the diagram of view `view` of journey `id`. Ids are
/// kebab-case, so the dot keeps it apart from every journey's own files.
pub fn view_png_name(id: &str, view: &str) -> String {
    format!("{id}.{view}.png")
}

/// The diagram PNG of each named view of `j`, `exports/ID.VIEW.png`, cached as any
/// journey's diagram is: by the journey the view gives.
pub(super) fn view_pngs<E>(
    site: &Site,
    j: &Journey,
    cache: &cache::ExportCache,
    options: &str,
    sink: &(dyn Fn(OutFile) -> Result<(), E> + Sync),
) -> Result<(), E>
where
    E: From<ExportError> + Send,
{
    let opts = ExportOptions::default();
    for v in &j.views {
        let shown = crate::views::named::apply(j, v);
        let key = cache::Key::of("journey-png", options, &DiagramInput::of(site, &shown));
        if let Some((bytes, source)) =
            cache.get_or_make_file(&key, || png::journey_png(site, &shown, &opts).map(Some))?
        {
            sink(OutFile {
                path: format!("exports/{}", view_png_name(&j.id, &v.id)),
                bytes,
                source,
            })?;
        }
    }
    Ok(())
}

/// The export files of `site` as view `view` shows it ([`ExportOptions::view`]).
pub(super) fn view_files(
    site: &Site,
    view: &str,
    formats: &[ExportFormat],
    opts: &ExportOptions,
) -> Result<Vec<OutFile>, ExportError> {
    use crate::views::named;
    if !named::known(site, view) {
        let ids = named::ids(site);
        return Err(ExportError::UnknownView {
            id: view.to_string(),
            known: closest(view, ids.iter()),
        });
    }
    if let Some(id) = &opts.journey
        && site
            .journey(id)
            .is_some_and(|j| !j.views.iter().any(|v| v.id == view))
    {
        return Err(ExportError::NoViewOfJourney {
            journey: id.clone(),
            view: view.to_string(),
            with: site
                .journeys
                .iter()
                .filter(|j| j.views.iter().any(|v| v.id == view))
                .map(|j| j.id.clone())
                .collect(),
        });
    }
    let mut shown = named::site_as(site, view);
    // The decks' title slide and footers say which version they show.
    if let Some(v) = site
        .journeys
        .iter()
        .flat_map(|j| &j.views)
        .chain(&site.config.views)
        .find(|v| v.id == view)
    {
        shown.config.title = format!("{} · {}", site.config.title, v.name);
    }
    let inner = ExportOptions {
        view: None,
        ..opts.clone()
    };
    let mut files = export_files(&shown, formats, &inner)?;
    for f in &mut files {
        f.path = view_file_name(&f.path, view);
    }
    Ok(files)
}

/// `name` with `.VIEW` before its extension: `exports/deck.pdf` → `exports/deck.working.pdf`.
pub fn view_file_name(name: &str, view: &str) -> String {
    let file_at = name.rfind('/').map_or(0, |i| i + 1);
    match name[file_at..].rfind('.') {
        Some(dot) => {
            let dot = file_at + dot;
            format!("{}.{view}{}", &name[..dot], &name[dot..])
        }
        None => format!("{name}.{view}"),
    }
}
