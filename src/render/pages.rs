//! Page contexts and the Tera engine.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::{Context, ErrorKind, Tera};

use super::{OutputFile, RenderError, ThemeFiles, markdown};
use crate::diagram;
use crate::model::{AssetStatus, Journey, MapState, Site};
use crate::views::health::{self, Finding, FindingKind, JourneyHealth};
use crate::views::plan::PersonaRef;
use crate::views::{backlog, ownership, persona, plan};

/// Build the Tera engine from the theme's templates.
pub(super) fn engine(theme: &ThemeFiles) -> Result<Tera, RenderError> {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".htm", ".xml", ".svg"]);
    tera.add_raw_templates(
        theme
            .templates
            .iter()
            .map(|(name, t)| (name.as_str(), t.source.as_str())),
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

fn card(site: &Site, j: &Journey) -> JourneyCard {
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
    }
}

fn layout<'a>(site: &'a Site, root: &'static str, nav: &'static str) -> Layout<'a> {
    Layout {
        title: &site.config.title,
        description: site.config.description.as_deref(),
        as_of: site.as_of,
        root,
        nav,
        version: env!("CARGO_PKG_VERSION"),
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
    select: &dyn Fn(&str) -> bool,
) -> Result<Vec<OutputFile>, RenderError> {
    let mut out = Vec::new();
    // Work out only what the selected pages need (serve re-renders a few pages at a time).
    let want_index = select("index.html");
    let any_journey = site
        .journeys
        .iter()
        .any(|j| select(&format!("journeys/{}.html", j.id)));
    let all_findings = if any_journey {
        health::findings(site)
    } else {
        Vec::new()
    };
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
    let cards: Vec<JourneyCard> = if want_index {
        site.journeys.iter().map(|j| card(site, j)).collect()
    } else {
        Vec::new()
    };
    let persona_views: Vec<persona::PersonaView> = if want_index {
        site.personas
            .iter()
            .map(|p| persona::persona_view(site, &p.id))
            .collect()
    } else {
        Vec::new()
    };
    let plan = (want_index || select("plan.html")).then(|| plan::plan(site));
    let backlog = (want_index || select("backlog.html")).then(|| backlog::backlog(site));
    let ownership = (want_index || select("ownership.html")).then(|| ownership::ownership(site));

    // index.html
    if let (true, Some(plan), Some(backlog), Some(ownership)) =
        (want_index, &plan, &backlog, &ownership)
    {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, "", "journeys"));
        ctx.insert("journeys", &cards);
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
    for (i, j) in site.journeys.iter().enumerate() {
        if !select(&format!("journeys/{}.html", j.id)) {
            continue;
        }
        let own;
        let card = match cards.get(i) {
            Some(c) => c,
            None => {
                own = card(site, j);
                &own
            }
        };
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, "../", "journeys"));
        ctx.insert("journey", j);
        ctx.insert("card", card);
        ctx.insert("findings", &journey_findings(site, &all_findings, j));
        ctx.insert("narrative_html", &markdown::render(&j.narrative));
        ctx.insert("diagram_svg", &diagram::journey_diagram(site, j));
        ctx.insert("stakeholder_svg", &diagram::stakeholder_map(site, j));
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
        out.push(render(
            tera,
            theme,
            "journey.html",
            format!("journeys/{}.html", j.id),
            &ctx,
        )?);
    }

    // personas/ID.html
    for (i, p) in site.personas.iter().enumerate() {
        if !select(&format!("personas/{}.html", p.id)) {
            continue;
        }
        let own;
        let view = match persona_views.get(i) {
            Some(v) => v,
            None => {
                own = persona::persona_view(site, &p.id);
                &own
            }
        };
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, "../", ""));
        ctx.insert("persona", p);
        ctx.insert("view", view);
        ctx.insert("narrative_html", &markdown::render(&p.narrative));
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
    if let (true, Some(plan)) = (select("plan.html"), &plan) {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, "", "plan"));
        ctx.insert("plan", plan);
        ctx.insert("statuses", &statuses);
        out.push(render(tera, theme, "plan.html", "plan.html".into(), &ctx)?);
    }

    if let (true, Some(ownership)) = (select("ownership.html"), &ownership) {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, "", "ownership"));
        ctx.insert("ownership", ownership);
        out.push(render(
            tera,
            theme,
            "ownership.html",
            "ownership.html".into(),
            &ctx,
        )?);
    }

    if let (true, Some(backlog)) = (select("backlog.html"), &backlog) {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, "", "backlog"));
        ctx.insert("backlog", backlog);
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
        ctx.insert("layout", &layout(site, "", ""));
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

    Ok(out)
}
