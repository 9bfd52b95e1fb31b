//! Page contexts and the Tera engine.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::{Context, ErrorKind, Tera};

use super::{OutputFile, RenderError, ThemeFiles, markdown};
use crate::diagram;
use crate::history::{CommitInfo, FileHistory, SiteHistory};
use crate::model::{AssetStatus, Journey, MapState, Site};
use crate::views::health::{self, Finding, FindingKind, JourneyHealth};
use crate::views::plan::PersonaRef;
use crate::views::{backlog, ownership, persona, plan};

/// The built-in template of `changes.html`, the change history page.
const CHANGES_TEMPLATE: (&str, &str) =
    ("changes.html", include_str!("../../templates/changes.html"));

/// Build the Tera engine from the theme's templates.
pub(super) fn engine(theme: &ThemeFiles) -> Result<Tera, RenderError> {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".htm", ".xml", ".svg"]);
    // The change history page is built in here unless the theme or site overrides it.
    let changes = (!theme.templates.contains_key(CHANGES_TEMPLATE.0)).then_some(CHANGES_TEMPLATE);
    tera.add_raw_templates(
        theme
            .templates
            .iter()
            .map(|(name, t)| (name.as_str(), t.source.as_str()))
            .chain(changes),
    )
    .map_err(|e| template_error(theme, None, &e))?;
    Ok(tera)
}

/// Name the template that failed: the one in Tera's report, else `fallback`.
fn template_error(theme: &ThemeFiles, fallback: Option<&str>, e: &tera::Error) -> RenderError {
    let reported = match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => Some(r.filename().to_string()),
        ErrorKind::MissingParent { current, .. } => Some(current.clone()),
        ErrorKind::CircularExtend { tpl, .. } | ErrorKind::CircularInclude { tpl, .. } => {
            Some(tpl.clone())
        }
        _ => None,
    }
    .filter(|n| !n.is_empty());
    let name = reported
        .or_else(|| fallback.map(str::to_string))
        .unwrap_or_else(|| "(templates)".into());
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    RenderError::Template {
        file: theme.templates.get(&name).and_then(|t| t.file.clone()),
        name,
        message,
    }
}

/// What every page's layout needs.
#[derive(Serialize)]
struct Layout<'a> {
    title: &'a str,
    description: Option<&'a str>,
    as_of: chrono::NaiveDate,
    /// `""` for top-level pages, `"../"` in `journeys/` and `personas/`.
    root: &'static str,
    /// Which nav item is current: `journeys`, `plan`, `ownership`, `backlog`, or `""`.
    nav: &'static str,
    version: &'static str,
    /// The commit the site was built from (in git).
    commit: Option<&'a CommitInfo>,
    /// Site files differ from that commit.
    dirty: bool,
    /// Whether `changes.html` is written.
    has_changes: bool,
}

#[derive(Serialize)]
struct JourneyCard {
    id: String,
    title: String,
    state: MapState,
    segment: Option<String>,
    scope: Option<String>,
    owner: Option<String>,
    reviewed: Option<chrono::NaiveDate>,
    next_review: Option<chrono::NaiveDate>,
    stage_count: usize,
    persona_count: usize,
    personas: Vec<PersonaRef>,
    baseline: Option<PersonaRef>,
    health: JourneyHealth,
    /// What git knows about the journey's file.
    history: Option<FileHistory>,
    /// Changed in git (or on disk) after `reviewed`.
    changed_since_review: bool,
}

#[derive(Serialize)]
struct PersonaCard {
    id: String,
    name: String,
    role: Option<String>,
    kind: Option<String>,
    buying_role: Option<crate::model::BuyingRole>,
    journeys: usize,
}

#[derive(Serialize)]
struct AssetInfo {
    title: String,
    status: AssetStatus,
    expired: bool,
}

#[derive(Serialize)]
struct Link {
    id: String,
    title: String,
}

/// A download link under `exports/`: the label and the file name.
#[derive(Serialize)]
struct Download {
    label: &'static str,
    file: String,
}

fn downloads(list: Vec<(&'static str, String)>) -> Vec<Download> {
    list.into_iter()
        .map(|(label, file)| Download { label, file })
        .collect()
}

fn card(site: &Site, j: &Journey, history: Option<&SiteHistory>) -> JourneyCard {
    JourneyCard {
        id: j.id.clone(),
        title: j.title.clone(),
        state: j.state,
        segment: j.segment.clone(),
        scope: j.scope.clone(),
        owner: j.owner.clone(),
        reviewed: j.reviewed,
        next_review: j.next_review(),
        stage_count: j.stages.len(),
        persona_count: j.personas.len(),
        personas: j.personas.iter().map(|p| PersonaRef::of(site, p)).collect(),
        baseline: j.baseline.as_ref().map(|b| PersonaRef {
            id: b.clone(),
            name: site
                .journey(b)
                .map_or_else(|| b.clone(), |x| x.title.clone()),
        }),
        health: health::journey_health(site, j),
        history: history.and_then(|h| h.file(&j.source.file)).cloned(),
        changed_since_review: history.is_some_and(|h| h.changed_since_review(j)),
    }
}

/// One commit's sentences about one journey (the journey page's history section).
#[derive(Serialize)]
struct JourneyCommit<'a> {
    commit: &'a CommitInfo,
    sentences: &'a [String],
}

fn journey_commits<'a>(history: Option<&'a SiteHistory>, id: &str) -> Vec<JourneyCommit<'a>> {
    history
        .map(|h| {
            h.changes
                .iter()
                .filter_map(|c| {
                    c.groups
                        .iter()
                        .find(|g| g.kind == "journey" && g.id == id)
                        .map(|g| JourneyCommit {
                            commit: &c.commit,
                            sentences: &g.sentences,
                        })
                })
                .collect()
        })
        .unwrap_or_default()
}

fn layout<'a>(
    site: &'a Site,
    history: Option<&'a SiteHistory>,
    root: &'static str,
    nav: &'static str,
) -> Layout<'a> {
    Layout {
        title: &site.config.title,
        description: site.config.description.as_deref(),
        as_of: site.as_of,
        root,
        nav,
        version: env!("CARGO_PKG_VERSION"),
        commit: history.and_then(|h| h.head.as_ref()),
        dirty: history.is_some_and(|h| h.dirty),
        has_changes: history.is_some(),
    }
}

fn render(
    tera: &Tera,
    theme: &ThemeFiles,
    template: &str,
    path: String,
    ctx: &Context,
) -> Result<OutputFile, RenderError> {
    let html = tera
        .render(template, ctx)
        .map_err(|e| template_error(theme, Some(template), &e))?;
    Ok(OutputFile {
        path,
        bytes: html.into_bytes(),
    })
}

/// Findings about one journey, plus the expired approvals of assets serving it.
fn journey_findings(site: &Site, all: &[Finding], journey: &Journey) -> Vec<Finding> {
    let expired: Vec<String> = health::expired_assets_of(site, journey)
        .map(|a| format!("approval of asset \"{}\" ", a.id))
        .collect();
    all.iter()
        .filter(|f| {
            f.journey.as_deref() == Some(journey.id.as_str())
                || (f.kind == FindingKind::ApprovalExpired
                    && expired.iter().any(|p| f.message.starts_with(p.as_str())))
        })
        .cloned()
        .collect()
}

pub(super) fn render_pages(
    site: &Site,
    tera: &Tera,
    theme: &ThemeFiles,
    history: Option<&SiteHistory>,
    select: &dyn Fn(&str) -> bool,
) -> Result<Vec<OutputFile>, RenderError> {
    let mut out = Vec::new();
    let all_findings = health::findings(site);
    let persona_names: BTreeMap<&str, &str> = site
        .personas
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let assets: BTreeMap<&str, AssetInfo> = site
        .assets
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                AssetInfo {
                    title: a.title.clone(),
                    status: a.status,
                    expired: a.approval_expired(site.as_of),
                },
            )
        })
        .collect();
    let cards: Vec<JourneyCard> = site
        .journeys
        .iter()
        .map(|j| card(site, j, history))
        .collect();
    // The index lists overdue maps first, the most overdue at the top; then the rest in
    // file order.
    let mut index_cards: Vec<&JourneyCard> = cards.iter().collect();
    index_cards.sort_by_key(|c| {
        (
            !c.health.review_overdue,
            std::cmp::Reverse(match (c.health.review_overdue, c.health.days_overdue) {
                (false, _) => 0,
                (true, d) if d > 0 => d,
                (true, _) => i64::MAX, // never reviewed
            }),
        )
    });
    let persona_views: Vec<persona::PersonaView> = site
        .personas
        .iter()
        .map(|p| persona::persona_view(site, &p.id))
        .collect();
    let plan = plan::plan(site);
    let backlog = backlog::backlog(site);
    let ownership = ownership::ownership(site);

    // index.html
    if select("index.html") {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "", "journeys"));
        ctx.insert("journeys", &index_cards);
        let personas: Vec<PersonaCard> = site
            .personas
            .iter()
            .zip(&persona_views)
            .map(|(p, v)| PersonaCard {
                id: p.id.clone(),
                name: p.name.clone(),
                role: p.role.clone(),
                kind: p.kind.clone(),
                buying_role: p.buying_role,
                journeys: v.journeys.len(),
            })
            .collect();
        ctx.insert("personas", &personas);
        ctx.insert("gaps", &plan.gaps);
        ctx.insert("expired", &plan.expired);
        ctx.insert("asset_count", &site.assets.len());
        ctx.insert("overdue", &backlog.overdue);
        ctx.insert("backlog_count", &backlog.items.len());
        ctx.insert("unowned", &ownership.unowned);
        out.push(render(
            tera,
            theme,
            "index.html",
            "index.html".into(),
            &ctx,
        )?);
    }

    // journeys/ID.html
    for (j, card) in site.journeys.iter().zip(&cards) {
        if !select(&format!("journeys/{}.html", j.id)) {
            continue;
        }
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "../", "journeys"));
        ctx.insert("journey", j);
        ctx.insert("card", card);
        ctx.insert("findings", &journey_findings(site, &all_findings, j));
        ctx.insert("narrative_html", &markdown::render(&j.narrative));
        // Pages take the compact form (classes, shared defs); the exports the inline one.
        let compact = diagram::Form::Compact;
        ctx.insert(
            "diagram_svg",
            &diagram::journey_diagram_as(site, j, compact),
        );
        let stakeholder_svg = diagram::stakeholder_map_as(site, j, compact);
        let has_stakeholders = !stakeholder_svg.trim().is_empty();
        ctx.insert("stakeholder_svg", &stakeholder_svg);
        ctx.insert(
            "downloads",
            &downloads(crate::export::journey_downloads(j, has_stakeholders)),
        );
        ctx.insert("persona_names", &persona_names);
        ctx.insert("assets", &assets);
        let improved_by: Vec<Link> = site
            .journeys
            .iter()
            .filter(|o| o.baseline.as_deref() == Some(j.id.as_str()))
            .map(|o| Link {
                id: o.id.clone(),
                title: o.title.clone(),
            })
            .collect();
        ctx.insert("improved_by", &improved_by);
        let baseline_exists = j
            .baseline
            .as_ref()
            .is_some_and(|b| site.journey(b).is_some());
        ctx.insert("baseline_exists", &baseline_exists);
        ctx.insert("in_git", &history.is_some());
        ctx.insert("history", &journey_commits(history, &j.id));
        out.push(render(
            tera,
            theme,
            "journey.html",
            format!("journeys/{}.html", j.id),
            &ctx,
        )?);
    }

    // personas/ID.html
    for (p, view) in site.personas.iter().zip(&persona_views) {
        if !select(&format!("personas/{}.html", p.id)) {
            continue;
        }
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "../", ""));
        ctx.insert("persona", p);
        ctx.insert("view", view);
        ctx.insert("narrative_html", &markdown::render(&p.narrative));
        ctx.insert(
            "file_history",
            &history.and_then(|h| h.file(&p.source.file)),
        );
        ctx.insert(
            "downloads",
            &downloads(crate::export::persona_downloads(site, &p.id)),
        );
        out.push(render(
            tera,
            theme,
            "persona.html",
            format!("personas/{}.html", p.id),
            &ctx,
        )?);
    }

    // plan.html, ownership.html, backlog.html
    let statuses: Vec<&str> = [
        AssetStatus::Idea,
        AssetStatus::Planned,
        AssetStatus::InProgress,
        AssetStatus::InReview,
        AssetStatus::Approved,
        AssetStatus::Published,
        AssetStatus::Retired,
    ]
    .iter()
    .map(|s| s.label())
    .collect();
    if select("plan.html") {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "", "plan"));
        ctx.insert("plan", &plan);
        ctx.insert("statuses", &statuses);
        out.push(render(tera, theme, "plan.html", "plan.html".into(), &ctx)?);
    }

    if select("ownership.html") {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "", "ownership"));
        ctx.insert("ownership", &ownership);
        out.push(render(
            tera,
            theme,
            "ownership.html",
            "ownership.html".into(),
            &ctx,
        )?);
    }

    if select("backlog.html") {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "", "backlog"));
        ctx.insert("backlog", &backlog);
        out.push(render(
            tera,
            theme,
            "backlog.html",
            "backlog.html".into(),
            &ctx,
        )?);
    }

    // search.html (the plain link list; the search box's no-JavaScript target) and
    // search-index.js (what the search box queries).
    if select("search.html") {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "", ""));
        ctx.insert("list", &super::search::link_list(site));
        out.push(render(
            tera,
            theme,
            "search.html",
            "search.html".into(),
            &ctx,
        )?);
    }
    if select("search-index.js") {
        out.push(OutputFile {
            path: "search-index.js".into(),
            bytes: super::search::index(site),
        });
    }
    // sitemap.xml: the one place that needs absolute URLs, so only with `base_url`.
    if let (true, Some(base)) = (select("sitemap.xml"), &site.config.base_url) {
        out.push(OutputFile {
            path: "sitemap.xml".into(),
            bytes: super::search::sitemap(site, base),
        });
    }

    // changes.html
    if let (true, Some(h)) = (select("changes.html"), history) {
        let mut files: Vec<FileRow> = h
            .files
            .iter()
            .map(|(path, f)| FileRow { path, history: f })
            .collect();
        files.sort_by(|a, b| a.path.cmp(b.path));
        let journey_ids: Vec<&str> = site.journeys.iter().map(|j| j.id.as_str()).collect();
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "", "changes"));
        ctx.insert("history", h);
        ctx.insert("files", &files);
        ctx.insert("journey_ids", &journey_ids);
        out.push(render(
            tera,
            theme,
            "changes.html",
            "changes.html".into(),
            &ctx,
        )?);
    }

    // exports/: the PNGs, PDF deck, CSVs and site.json that the journey and persona pages
    // link (made by `crate::export`; an error there is a bug in an SVG writer). Slow (seconds),
    // so `serve` leaves them out of its partial renders.
    if !select("exports/deck.pdf") {
        return Ok(out);
    }
    let exports = crate::export::export_files(
        site,
        &crate::export::ExportFormat::ALL,
        &crate::export::ExportOptions::default(),
    )
    .map_err(|e| RenderError::Io {
        path: "exports".into(),
        message: e.to_string(),
    })?;
    out.extend(exports.into_iter().map(|f| OutputFile {
        path: f.path,
        bytes: f.bytes,
    }));

    Ok(out)
}

/// A site file and what git knows about it (the table on `changes.html`).
#[derive(Serialize)]
struct FileRow<'a> {
    path: &'a str,
    history: &'a FileHistory,
}
