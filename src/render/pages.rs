//! Page contexts and the Tera engine.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tera::{Context, ErrorKind, Tera};

use super::{Hooks, RenderError, ThemeFiles, markdown};
use crate::diagram;
use crate::history::{CommitInfo, FileHistory, SiteHistory};
use crate::model::{AssetStatus, Journey, MapState, Site};
use crate::views::health::{self, JourneyHealth, SiteHealth};
use crate::views::plan::PersonaRef;
use crate::views::{backlog, channels, ownership, persona, plan};
use crate::write::OutFile;

/// The built-in template of `changes.html`, the change history page.
const CHANGES_TEMPLATE: (&str, &str) =
    ("changes.html", include_str!("../../templates/changes.html"));

/// Build the Tera engine from the theme's templates, speaking the language of `ui`
/// (see [`super::ui`]).
pub(super) fn engine(
    theme: &ThemeFiles,
    ui: std::sync::Arc<crate::i18n::Catalogue>,
) -> Result<Tera, RenderError> {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".htm", ".xml", ".svg"]);
    super::ui::register(&mut tera, ui);
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
    /// The markets that have a plan page (`plan/MARKET.html`); empty on a site without them.
    markets: Vec<String>,
    /// The market a `--market` build speaks for.
    market: Option<&'a str>,
    /// `<html lang>`: the site's BCP 47 tag.
    lang: &'a str,
    /// `<html dir>`: `rtl` for Arabic, Hebrew, Persian, Urdu, else `ltr`.
    dir: &'static str,
    /// Whether `theme/theme.css` (the theme's colours and fonts) is written and linked.
    theme_css: bool,
    /// The theme's logo below the output root (`theme/logo.svg`), shown in the header.
    logo: Option<String>,
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
    /// The markets the journey runs in (resolved).
    markets: Vec<String>,
    /// The map this one details (`parent:`), when it is in the site.
    parent: Option<PersonaRef>,
    /// Nesting depth under its top-level map (0: a top-level map).
    depth: usize,
    /// The number of sub-journeys under it, at any depth; `health` counts theirs too.
    descendants: usize,
    /// Whether `compare/ID.html` is written: the baseline is in the site.
    compare: bool,
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

/// A download link under `exports/`: the label (in the site's language) and the file name.
#[derive(Serialize)]
struct Download {
    label: String,
    file: String,
}

fn downloads(site: &Site, list: super::Downloads) -> Vec<Download> {
    list.into_iter()
        .map(|(key, file)| Download {
            label: site.config.ui.t(key),
            file,
        })
        .collect()
}

fn card(
    site: &Site,
    j: &Journey,
    history: Option<&SiteHistory>,
    health: JourneyHealth,
) -> JourneyCard {
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
        health,
        history: history.and_then(|h| h.file(&j.source.file)).cloned(),
        changed_since_review: history.is_some_and(|h| h.changed_since_review(j)),
        markets: j.markets.clone(),
        parent: j
            .parent
            .as_deref()
            .and_then(|p| site.journey(p))
            .map(|p| PersonaRef {
                id: p.id.clone(),
                name: p.title.clone(),
            }),
        depth: 0,
        descendants: 0,
        compare: j
            .baseline
            .as_ref()
            .is_some_and(|b| site.journey(b).is_some()),
    }
}

/// The index's cards in order: the top-level maps (overdue first, as [`index_order`]),
/// each followed by its sub-journeys depth first in file order, marked with their depth;
/// a map's health counts include its sub-journeys'.
fn nested_cards(site: &Site, cards: Vec<JourneyCard>) -> Vec<JourneyCard> {
    let mut slots: Vec<Option<JourneyCard>> = cards.into_iter().map(Some).collect();
    let index: std::collections::HashMap<&str, usize> = site
        .journeys
        .iter()
        .enumerate()
        .map(|(i, j)| (j.id.as_str(), i))
        .collect();
    let mut tops: Vec<usize> = (0..site.journeys.len())
        .filter(|&i| {
            let j = &site.journeys[i];
            j.parent
                .as_deref()
                .is_none_or(|p| site.journey(p).is_none())
        })
        .collect();
    tops.sort_by_key(|&i| slots[i].as_ref().map(index_order));
    let mut out = Vec::with_capacity(slots.len());
    for top in tops {
        let mut tree: Vec<(usize, usize)> = Vec::new();
        subtree(site, &index, top, 0, &mut tree);
        let start = out.len();
        for &(i, depth) in &tree {
            if let Some(mut c) = slots[i].take() {
                c.depth = depth;
                out.push(c);
            }
        }
        // Roll the counts up: deepest first, each into its parent's card.
        for k in (start + 1..out.len()).rev() {
            let depth = out[k].depth;
            if let Some(p) = (start..k).rev().find(|&p| out[p].depth + 1 == depth) {
                let (h, n) = (out[k].health.clone(), out[k].descendants);
                out[p].health.add_counts(&h);
                out[p].descendants += 1 + n;
            }
        }
    }
    // Anything a cycle kept out of every tree (a `check` error) still gets a card.
    out.extend(slots.into_iter().flatten());
    out
}

/// `i` and the journeys under it, depth first, each with its depth; each journey once.
fn subtree(
    site: &Site,
    index: &std::collections::HashMap<&str, usize>,
    i: usize,
    depth: usize,
    out: &mut Vec<(usize, usize)>,
) {
    if out.iter().any(|&(k, _)| k == i) {
        return;
    }
    out.push((i, depth));
    for sub in site.sub_journeys(&site.journeys[i].id) {
        if let Some(&k) = index.get(sub.id.as_str()) {
            subtree(site, index, k, depth + 1, out);
        }
    }
}

/// The index lists overdue maps first, the most overdue at the top; then the rest in
/// file order.
fn index_order(c: &JourneyCard) -> (bool, std::cmp::Reverse<i64>) {
    (
        !c.health.review_overdue,
        std::cmp::Reverse(match (c.health.review_overdue, c.health.days_overdue) {
            (false, _) => 0,
            (true, d) if d > 0 => d,
            (true, _) => i64::MAX, // never reviewed
        }),
    )
}

/// The maps above `j` (`parent:` chain), the top-level one first.
fn ancestor_links(site: &Site, j: &Journey) -> Vec<Link> {
    site.ancestors(j)
        .into_iter()
        .map(|a| Link {
            id: a.id.clone(),
            title: a.title.clone(),
        })
        .collect()
}

/// A sub-journey on its parent's page: its id, title and the name of the stage it
/// details (`None`: it details the journey as a whole).
#[derive(Serialize)]
struct SubJourney {
    id: String,
    title: String,
    stage: Option<String>,
}

/// The sub-journeys of `j`, in the order of the stages they detail, then those that
/// detail the whole map.
fn sub_journey_links(site: &Site, j: &Journey) -> Vec<SubJourney> {
    let subs = site.sub_journeys(&j.id);
    let stage_of = |s: &Journey| {
        s.parent_stage
            .as_deref()
            .and_then(|id| j.stages.iter().position(|st| st.id == id))
    };
    let mut out: Vec<(usize, SubJourney)> = subs
        .iter()
        .map(|s| {
            let at = stage_of(s);
            let sub = SubJourney {
                id: s.id.clone(),
                title: s.title.clone(),
                stage: at.map(|k| j.stages[k].name.clone()),
            };
            (at.unwrap_or(usize::MAX), sub)
        })
        .collect();
    out.sort_by_key(|(k, _)| *k);
    out.into_iter().map(|(_, s)| s).collect()
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
        markets: super::plan_markets(site),
        market: site.config.mlr.market.as_deref(),
        lang: site.config.ui.tag(),
        dir: site.config.ui.dir(),
        theme_css: super::theme::theme_css(&site.theme).is_some(),
        logo: site
            .theme
            .logo_path
            .as_ref()
            .filter(|_| site.theme.logo.is_some())
            .map(|p| format!("theme/{p}")),
    }
}

fn render(
    tera: &Tera,
    theme: &ThemeFiles,
    template: &str,
    path: String,
    ctx: &Context,
) -> Result<OutFile, RenderError> {
    let html = tera
        .render(template, ctx)
        .map_err(|e| template_error(theme, Some(template), &e))?;
    Ok(OutFile::new(path, html.into_bytes()))
}

/// What every page render reads: the site, the engine, and what was computed once for all
/// pages (health, from `check`, when the caller has it).
pub(super) struct Inputs<'a> {
    pub site: &'a Site,
    pub tera: &'a Tera,
    pub theme: &'a ThemeFiles,
    pub history: Option<&'a SiteHistory>,
    /// The site's health when the caller computed it already (a build has it from `check`).
    pub health: Option<&'a SiteHealth>,
    /// Download links and Mermaid drawing from the layers above.
    pub hooks: &'a Hooks,
    /// Which output paths to render.
    pub select: &'a (dyn Fn(&str) -> bool + Sync),
}

/// Renders the selected pages and gives each to `sink` as soon as it is made, journey and
/// persona pages in parallel (rayon), so a build never holds the whole site in memory.
/// Views that only some pages need (plan, backlog, ownership) are computed only when one of
/// those pages is selected. The order in which `sink` sees files is not fixed.
pub(super) fn render_pages<E>(
    inp: &Inputs,
    sink: &(dyn Fn(OutFile) -> Result<(), E> + Sync),
) -> Result<(), E>
where
    E: From<RenderError> + Send,
{
    use rayon::prelude::*;
    let site = inp.site;
    let wants = |p: &str| (inp.select)(p);
    let journey_pages: Vec<usize> = (0..site.journeys.len())
        .filter(|&i| wants(&format!("journeys/{}.html", site.journeys[i].id)))
        .collect();
    // The whole site's health: from the caller, else computed here when the index or many
    // journey pages need it; a preview of one journey page computes that journey alone.
    let owned;
    let health = match inp.health {
        Some(h) => Some(h),
        None if wants("index.html") || journey_pages.len() > 8 => {
            owned = SiteHealth::of(site);
            Some(&owned)
        }
        None => None,
    };
    let views = SiteViews::of(site, &wants);
    let improved_by = improved_by(site);
    // Every page is one task; the big site-wide pages first, so that a core is not left
    // alone with the plan at the end.
    let mut tasks: Vec<Task> = [
        Task::Plan,
        Task::Backlog,
        Task::Ownership,
        Task::Channels,
        Task::Register,
        Task::Index,
        Task::Search,
        Task::SearchIndex,
        Task::Sitemap,
        Task::Changes,
    ]
    .into_iter()
    .filter(|t| t.path().is_some_and(&wants))
    .collect();
    let markets = super::plan_markets(site);
    tasks.extend(
        (0..markets.len())
            .filter(|&i| wants(&format!("plan/{}.html", markets[i])))
            .map(Task::MarketPlan),
    );
    tasks.extend(journey_pages.into_iter().map(Task::Journey));
    tasks.extend(view_tasks(site, &wants));
    tasks.extend(
        (0..site.journeys.len())
            .filter(|&i| {
                compares(site, i) && wants(&format!("compare/{}.html", site.journeys[i].id))
            })
            .map(Task::Compare),
    );
    tasks.extend(
        (0..site.personas.len())
            .filter(|&i| wants(&format!("personas/{}.html", site.personas[i].id)))
            .map(Task::Persona),
    );
    tasks.par_iter().with_max_len(1).try_for_each(|t| match t {
        Task::Journey(i) => sink(journey_page(inp, health, &improved_by, *i, None)?),
        Task::View(i, k) => sink(journey_page(inp, health, &improved_by, *i, Some(*k))?),
        Task::Persona(i) => sink(persona_page(inp, &site.personas[*i].id)?),
        Task::MarketPlan(i) => sink(market_plan_page(inp, &markets[*i])?),
        Task::Compare(i) => match compare_page(inp, *i)? {
            Some(f) => sink(f),
            None => Ok(()),
        },
        Task::Register => sink(register_page(inp)?),
        site_page => match site_page_file(inp, health, &views, site_page)? {
            Some(f) => sink(f),
            None => Ok(()),
        },
    })
}

/// One page to render.
#[derive(Debug, Clone, Copy)]
enum Task {
    Index,
    Plan,
    Ownership,
    Backlog,
    /// `channels.html`, the channel mix across journeys.
    Channels,
    Search,
    SearchIndex,
    Sitemap,
    Changes,
    /// `journeys/ID.html` of journey number `i`.
    Journey(usize),
    /// `personas/ID.html` of persona number `i`.
    Persona(usize),
    /// `register.html`, the review register.
    Register,
    /// `plan/MARKET.html` of market number `i` of [`super::plan_markets`].
    MarketPlan(usize),
    /// `compare/ID.html` of the to-be journey number `i`.
    Compare(usize),
    /// `journeys/ID.VIEW.html`: view number `k` of journey number `i`.
    View(usize, usize),
}

impl Task {
    /// The output path of a site-wide page; `None` for journey and persona pages.
    fn path(self) -> Option<&'static str> {
        Some(match self {
            Task::Index => "index.html",
            Task::Plan => "plan.html",
            Task::Ownership => "ownership.html",
            Task::Backlog => "backlog.html",
            Task::Channels => "channels.html",
            Task::Search => "search.html",
            Task::SearchIndex => "search-index.js",
            Task::Sitemap => "sitemap.xml",
            Task::Changes => "changes.html",
            Task::Register => "register.html",
            Task::Journey(_)
            | Task::Persona(_)
            | Task::MarketPlan(_)
            | Task::Compare(_)
            | Task::View(..) => {
                return None;
            }
        })
    }
}

/// The pages of the journeys' named views that `wants` selects.
fn view_tasks(site: &Site, wants: &dyn Fn(&str) -> bool) -> Vec<Task> {
    let mut out = Vec::new();
    for (i, j) in site.journeys.iter().enumerate() {
        for (k, v) in j.views.iter().enumerate() {
            if wants(&format!("journeys/{}.{}.html", j.id, v.id)) {
                out.push(Task::View(i, k));
            }
        }
    }
    out
}

/// The site-wide views, each computed (in parallel) only when a selected page shows it.
struct SiteViews {
    plan: Option<plan::Plan>,
    backlog: Option<backlog::Backlog>,
    ownership: Option<ownership::Ownership>,
}

impl SiteViews {
    fn of(site: &Site, wants: &(dyn Fn(&str) -> bool + Sync)) -> SiteViews {
        let index = wants("index.html");
        let (plan, (backlog, ownership)) = rayon::join(
            || (index || wants("plan.html")).then(|| plan::plan(site)),
            || {
                rayon::join(
                    || (index || wants("backlog.html")).then(|| backlog::backlog(site)),
                    || (index || wants("ownership.html")).then(|| ownership::ownership(site)),
                )
            },
        );
        SiteViews {
            plan,
            backlog,
            ownership,
        }
    }
}

/// Journey id → the to-be maps naming it as their baseline, in journey order.
fn improved_by(site: &Site) -> HashMap<&str, Vec<Link>> {
    let mut out: HashMap<&str, Vec<Link>> = HashMap::new();
    for o in &site.journeys {
        if let Some(b) = &o.baseline {
            out.entry(b.as_str()).or_default().push(Link {
                id: o.id.clone(),
                title: o.title.clone(),
            });
        }
    }
    out
}

/// `journeys/ID.html` of journey number `i`, or with `view: Some(k)` the page of its
/// view number `k`, `journeys/ID.VIEW.html`: the journey as the view shows it
/// ([`crate::views::named::apply`]), drawn and listed by the same template, with the view's
/// note and a link back to the master.
fn journey_page(
    inp: &Inputs,
    health: Option<&SiteHealth>,
    improved_by: &HashMap<&str, Vec<Link>>,
    i: usize,
    view: Option<usize>,
) -> Result<OutFile, RenderError> {
    let (site, history) = (inp.site, inp.history);
    let master = &site.journeys[i];
    let (journey_health, findings) = match health {
        Some(h) => (h.journeys[i].clone(), h.findings_of(site, i)),
        None => health::journey_report(site, master),
    };
    let shown_view = view.and_then(|k| master.views.get(k));
    let applied = shown_view.map(|v| crate::views::named::apply(master, v));
    let j = applied.as_ref().unwrap_or(master);
    // The facts of the map as shown (a view's personas); its health is the master's.
    let card = card(site, j, history, journey_health);
    let mut ctx = Context::new();
    ctx.insert("layout", &layout(site, history, "../", "journeys"));
    ctx.insert("journey", j);
    ctx.insert("card", &card);
    ctx.insert(
        "narrative_html",
        &markdown::render(&j.narrative, inp.hooks.mermaid),
    );
    // Pages take the compact form (classes, shared defs); the exports the inline one.
    let compact = diagram::Form::Compact;
    ctx.insert(
        "diagram_svg",
        &diagram::journey_diagram_as(site, j, compact),
    );
    let stakeholder_svg = diagram::stakeholder_map_as(site, j, compact);
    let channel_mix = channels::journey_mix(j);
    ctx.insert("channel_icons", &channel_icons(site, &channel_mix));
    ctx.insert("channel_mix", &channel_mix);
    let has_stakeholders = !stakeholder_svg.trim().is_empty();
    ctx.insert("stakeholder_svg", &stakeholder_svg);
    let downloads_of = match shown_view {
        Some(v) => (inp.hooks.view_downloads)(site, master, &v.id),
        None => (inp.hooks.journey_downloads)(site, j, has_stakeholders),
    };
    ctx.insert("downloads", &downloads(site, downloads_of));
    // Only the personas and assets this journey names: a portfolio has thousands.
    ctx.insert("persona_names", &persona_names(site, j));
    ctx.insert("assets", &journey_assets(site, j));
    ctx.insert(
        "improved_by",
        improved_by
            .get(j.id.as_str())
            .map_or(&[][..], Vec::as_slice),
    );
    let baseline_exists = j
        .baseline
        .as_ref()
        .is_some_and(|b| site.journey(b).is_some());
    ctx.insert("baseline_exists", &baseline_exists);
    ctx.insert("ancestors", &ancestor_links(site, j));
    // The master's: a sub-journey of a stage the view leaves out is still named by it.
    ctx.insert("sub_journeys", &sub_journey_links(site, master));
    // A view's page shows the map's content, not its health or history: those are the
    // master's, on its page.
    ctx.insert(
        "findings",
        if view.is_some() {
            &[][..]
        } else {
            &findings[..]
        },
    );
    ctx.insert("in_git", &(history.is_some() && view.is_none()));
    ctx.insert("history", &journey_commits(history, &j.id));
    super::view_page::insert(&mut ctx, site, master, shown_view);
    let path = match shown_view {
        Some(v) => format!("journeys/{}.{}.html", j.id, v.id),
        None => format!("journeys/{}.html", j.id),
    };
    render(inp.tera, inp.theme, "journey.html", path, &ctx)
}

/// The icon of each row of `mix`, in row order: an inline SVG of the well-known channel's
/// mark, or an empty string for a channel shown as written only (and the row without one).
fn channel_icons(site: &Site, mix: &channels::ChannelMix) -> Vec<String> {
    mix.rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            r.channel
                .as_deref()
                .and_then(|c| diagram::channel_icon(site, c, &format!("wm-ch{i}-")))
                .unwrap_or_default()
        })
        .collect()
}

/// Whether journey number `i` has a comparison page: its baseline is in the site.
fn compares(site: &Site, i: usize) -> bool {
    site.journeys[i]
        .baseline
        .as_ref()
        .is_some_and(|b| site.journey(b).is_some())
}

/// `compare/ID.html`: the to-be journey number `i` against its baseline; `None` when it
/// has none in the site.
fn compare_page(inp: &Inputs, i: usize) -> Result<Option<OutFile>, RenderError> {
    let site = inp.site;
    let j = &site.journeys[i];
    let Some(cmp) = crate::views::compare::comparison_of(site, j) else {
        return Ok(None);
    };
    let mut chart = diagram::compare::draw(site, j, &cmp);
    diagram::theme::apply(&site.theme, &mut chart);
    let mut ctx = Context::new();
    ctx.insert("layout", &layout(site, inp.history, "../", "journeys"));
    ctx.insert("cmp", &cmp);
    ctx.insert(
        "chart_svg",
        &diagram::svg::write(&chart, diagram::Form::Compact),
    );
    render(
        inp.tera,
        inp.theme,
        "compare.html",
        format!("compare/{}.html", j.id),
        &ctx,
    )
    .map(Some)
}

/// Persona id → name for every persona journey `j` lists or names in a stage.
fn persona_names<'a>(site: &'a Site, j: &'a Journey) -> BTreeMap<&'a str, &'a str> {
    j.named_personas()
        .into_iter()
        .filter_map(|id| site.persona(id).map(|p| (id, p.name.as_str())))
        .collect()
}

/// Asset id → what a touchpoint's asset chip shows, for the assets journey `j` names.
fn journey_assets<'a>(site: &'a Site, j: &'a Journey) -> BTreeMap<&'a str, AssetInfo> {
    j.stages
        .iter()
        .flat_map(|s| &s.touchpoints)
        .flat_map(|t| &t.assets)
        .filter_map(|id| {
            site.asset(id).map(|a| {
                (
                    id.as_str(),
                    AssetInfo {
                        title: a.title.clone(),
                        status: a.status,
                        expired: a.approval_expired(site.as_of),
                    },
                )
            })
        })
        .collect()
}

/// `personas/ID.html`.
fn persona_page(inp: &Inputs, id: &str) -> Result<OutFile, RenderError> {
    let (site, history) = (inp.site, inp.history);
    let Some(p) = site.persona(id) else {
        return Err(RenderError::Io {
            path: format!("personas/{id}.html").into(),
            message: "no such persona".into(),
        });
    };
    let view = persona::persona_view(site, id);
    let mut ctx = Context::new();
    ctx.insert("layout", &layout(site, history, "../", ""));
    ctx.insert("persona", p);
    ctx.insert("view", &view);
    ctx.insert(
        "narrative_html",
        &markdown::render(&p.narrative, inp.hooks.mermaid),
    );
    ctx.insert(
        "file_history",
        &history.and_then(|h| h.file(&p.source.file)),
    );
    ctx.insert(
        "downloads",
        &downloads(site, (inp.hooks.persona_downloads)(site, id)),
    );
    render(
        inp.tera,
        inp.theme,
        "persona.html",
        format!("personas/{id}.html"),
        &ctx,
    )
}

/// A site-wide page (index, plan, ownership, backlog, search, sitemap, changes); `None`
/// when it has nothing to show (no `base_url` for the sitemap, no git for the changes).
fn site_page_file(
    inp: &Inputs,
    health: Option<&SiteHealth>,
    views: &SiteViews,
    task: &Task,
) -> Result<Option<OutFile>, RenderError> {
    let (site, history) = (inp.site, inp.history);
    let (tera, theme) = (inp.tera, inp.theme);
    let page = |template: &str, nav: &'static str, fill: &dyn Fn(&mut Context)| {
        let mut ctx = Context::new();
        ctx.insert("layout", &layout(site, history, "", nav));
        fill(&mut ctx);
        render(tera, theme, template, template.to_string(), &ctx).map(Some)
    };
    match (task, &views.plan, &views.backlog, &views.ownership) {
        (Task::Index, Some(plan), Some(backlog), Some(ownership)) => match health {
            Some(health) => index_page(inp, health, plan, backlog, ownership).map(Some),
            None => Ok(None),
        },
        (Task::Plan, Some(plan), _, _) => page("plan.html", "plan", &|ctx| {
            ctx.insert("plan", plan);
            ctx.insert("statuses", &AssetStatus::ALL.map(AssetStatus::label));
            ctx.insert("plan_market", &None::<&str>);
        }),
        (Task::Ownership, _, _, Some(ownership)) => page("ownership.html", "ownership", &|ctx| {
            ctx.insert("ownership", ownership);
        }),
        (Task::Backlog, _, Some(backlog), _) => page("backlog.html", "backlog", &|ctx| {
            ctx.insert("backlog", backlog);
            // No matrix until some opportunity is scored: the page says how instead.
            let matrix = if backlog.scored.is_empty() {
                String::new()
            } else {
                diagram::value_effort_matrix(site, &backlog.scored)
            };
            ctx.insert("matrix_svg", &matrix);
        }),
        (Task::Channels, ..) => page("channels.html", "channels", &|ctx| {
            let mix = channels::site_mix(site);
            ctx.insert("channel_icons", &channel_icons(site, &mix));
            ctx.insert("channels", &mix);
        }),
        // search.html: the plain link list, the search box's no-JavaScript target.
        (Task::Search, ..) => page("search.html", "", &|ctx| {
            ctx.insert("list", &super::search::link_list(site));
        }),
        // search-index.js: what the search box queries.
        (Task::SearchIndex, ..) => Ok(Some(OutFile::new(
            "search-index.js",
            super::search::index(site),
        ))),
        // sitemap.xml: the one place that needs absolute URLs, so only with `base_url`.
        (Task::Sitemap, ..) => Ok(site
            .config
            .base_url
            .as_ref()
            .map(|base| OutFile::new("sitemap.xml", super::search::sitemap(site, base)))),
        (Task::Changes, ..) => match history {
            Some(h) => changes_page(inp, h).map(Some),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `plan/MARKET.html`: the content plan of the site as `market` sees it
/// ([`crate::model::for_market`]): its journeys, only the assets approved for it, and the
/// gaps that leaves.
fn market_plan_page(inp: &Inputs, market: &str) -> Result<OutFile, RenderError> {
    let local = crate::model::for_market(inp.site, market);
    let plan = plan::plan(&local);
    let mut ctx = Context::new();
    ctx.insert("layout", &layout(inp.site, inp.history, "../", "plan"));
    ctx.insert("plan", &plan);
    ctx.insert("statuses", &AssetStatus::ALL.map(AssetStatus::label));
    ctx.insert("plan_market", &Some(market));
    render(
        inp.tera,
        inp.theme,
        "plan.html",
        format!("plan/{market}.html"),
        &ctx,
    )
}

/// `register.html`: every asset with its MLR data, soonest expiry first, and per market.
fn register_page(inp: &Inputs) -> Result<OutFile, RenderError> {
    let site = inp.site;
    let register = crate::views::register::register(site);
    let by_market: Vec<MarketRows> = super::plan_markets(site)
        .into_iter()
        .map(|m| MarketRows {
            rows: register
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| site.asset(&r.id).is_some_and(|a| a.in_market(&m)))
                .map(|(i, _)| i)
                .collect(),
            market: m,
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("layout", &layout(site, inp.history, "", "register"));
    ctx.insert("register", &register);
    ctx.insert("by_market", &by_market);
    ctx.insert("statuses", &AssetStatus::ALL.map(AssetStatus::label));
    ctx.insert("has_csv", &(site.config.exports.csv));
    render(
        inp.tera,
        inp.theme,
        "register.html",
        "register.html".into(),
        &ctx,
    )
}

/// The register rows of one market (indices into `register.rows`).
#[derive(Serialize)]
struct MarketRows {
    market: String,
    rows: Vec<usize>,
}

/// `changes.html`: the change history from git.
fn changes_page(inp: &Inputs, h: &SiteHistory) -> Result<OutFile, RenderError> {
    let site = inp.site;
    let mut files: Vec<FileRow> = h
        .files
        .iter()
        .map(|(path, f)| FileRow { path, history: f })
        .collect();
    files.sort_by(|a, b| a.path.cmp(b.path));
    let journey_ids: Vec<&str> = site.journeys.iter().map(|j| j.id.as_str()).collect();
    let mut ctx = Context::new();
    ctx.insert("layout", &layout(site, inp.history, "", "changes"));
    ctx.insert("history", h);
    ctx.insert("files", &files);
    ctx.insert("journey_ids", &journey_ids);
    render(
        inp.tera,
        inp.theme,
        "changes.html",
        "changes.html".into(),
        &ctx,
    )
}

/// `index.html`: every journey as a card (overdue maps first), personas, and the counts.
fn index_page(
    inp: &Inputs,
    health: &SiteHealth,
    plan: &plan::Plan,
    backlog: &backlog::Backlog,
    ownership: &ownership::Ownership,
) -> Result<OutFile, RenderError> {
    let (site, history) = (inp.site, inp.history);
    let cards: Vec<JourneyCard> = site
        .journeys
        .iter()
        .zip(&health.journeys)
        .map(|(j, h)| card(site, j, history, h.clone()))
        .collect();
    let index_cards = nested_cards(site, cards);
    let personas: Vec<PersonaCard> = site
        .personas
        .iter()
        .map(|p| PersonaCard {
            id: p.id.clone(),
            name: p.name.clone(),
            role: p.role.clone(),
            kind: p.kind.clone(),
            buying_role: p.buying_role,
            journeys: site.journeys_of_persona(&p.id).count(),
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("layout", &layout(site, history, "", "journeys"));
    ctx.insert("journeys", &index_cards);
    ctx.insert("personas", &personas);
    ctx.insert("gaps", &plan.gaps);
    ctx.insert("expired", &plan.expired);
    let warn = site.config.mlr.expiry_warning_days;
    ctx.insert(
        "expiring",
        &site
            .assets
            .iter()
            .filter(|a| a.approval_expiring(site.as_of, warn))
            .count(),
    );
    ctx.insert("asset_count", &site.assets.len());
    ctx.insert("overdue", &backlog.overdue);
    ctx.insert("backlog_count", &backlog.items.len());
    ctx.insert("unowned", &ownership.unowned);
    render(inp.tera, inp.theme, "index.html", "index.html".into(), &ctx)
}

/// A site file and what git knows about it (the table on `changes.html`).
#[derive(Serialize)]
struct FileRow<'a> {
    path: &'a str,
    history: &'a FileHistory,
}
