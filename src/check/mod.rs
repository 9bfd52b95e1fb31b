//! Check: finds every error in a loaded site before anything is resolved.
//!
//! Takes a [`LoadedSite`]; gives diagnostics for unknown references (persona, asset, stage,
//! journey, team), duplicate ids (with both places), bad ids, bad dates and periods, and
//! emotions outside −2..2. When it reports no error, [`crate::model::build`] cannot fail.
//! Lints (warnings about a map's health) come later, from [`crate::views::health`].

pub mod glyphs;
mod hierarchy;
pub mod theme;
mod views;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde_saphyr::Spanned;

use crate::base::SourceRef;
use crate::base::names::{Kind, Names};
use crate::base::values::{doc_id, is_kebab_case, market_hint, parse_date, parse_period};
use crate::diagnostic::{Diagnostic, Related, did_you_mean};
use crate::load::raw::{RawJourney, RawStage};
use crate::load::{Doc, LoadedSite};

/// Checks the loaded site; gives all errors found (plus a few warnings about references).
pub fn check(site: &LoadedSite) -> Vec<Diagnostic> {
    check_with_names(site).0
}

/// [`check`], and the names it collected (for `model::build_with`).
pub fn check_with_names(site: &LoadedSite) -> (Vec<Diagnostic>, Names) {
    use rayon::prelude::*;
    let (mut out, names) = check_site(site);
    // Once the names are known, each file is checked on its own: on every core, the
    // diagnostics kept in file order.
    let journeys: Vec<Vec<Diagnostic>> = site
        .journeys
        .par_iter()
        .map(|doc| check_journey(doc, &names))
        .collect();
    let assets: Vec<Vec<Diagnostic>> = site
        .assets
        .par_iter()
        .map(|doc| check_asset_file(doc, &names))
        .collect();
    out.extend(journeys.into_iter().flatten());
    out.extend(assets.into_iter().flatten());
    (out, names)
}

/// The site-wide part of [`check`]: `waymark.yaml`, and the ids every file defines
/// (duplicates, clashes of output names), and characters no font draws (`missing-glyphs`,
/// [`glyphs`]); gives its diagnostics and the [`Names`] that the
/// per-file checks ([`check_journey`], [`check_asset_file`]) read. Linear in the site.
pub fn check_site(site: &LoadedSite) -> (Vec<Diagnostic>, Names) {
    let mut c = Checker {
        out: Vec::new(),
        names: Cow::Owned(Names::default()),
    };
    c.config(site);
    c.collect_ids(site);
    if let Some(doc) = &site.config {
        c.site_views(doc, &doc.value.views);
    }
    c.out.extend(hierarchy::check(site));
    c.out.extend(theme::check(site));
    for (file, text) in &site.sources {
        if file.ends_with(".md") || file.ends_with(".yaml") || file.ends_with(".yml") {
            c.out.extend(glyphs::missing_glyphs(file, text));
        }
    }
    (c.out, c.names.into_owned())
}

/// The checks of one journey file (`content/journeys/ID.md|yaml`) against the site's
/// `names`: what it writes depends on nothing else, so `serve` keeps it for files that did
/// not change while the names stay the same.
pub fn check_journey(doc: &Doc<RawJourney>, names: &Names) -> Vec<Diagnostic> {
    let mut one = Checker {
        out: Vec::new(),
        names: Cow::Borrowed(names),
    };
    one.journey(doc);
    one.out
}

/// The checks of one asset file (`content/assets/*.yaml`) against the site's `names`.
pub fn check_asset_file(
    doc: &Doc<Vec<Spanned<crate::load::raw::RawAsset>>>,
    names: &Names,
) -> Vec<Diagnostic> {
    let mut one = Checker {
        out: Vec::new(),
        names: Cow::Borrowed(names),
    };
    one.assets(doc);
    one.out
}

/// The names defined by a site (used by `model::build`).
pub fn names(site: &LoadedSite) -> Names {
    check_site(site).1
}

/// The longest id, in characters (ids name output files).
pub const MAX_ID_LEN: usize = 100;

/// Whether `url` is an absolute `http://` or `https://` address with a host and nothing
/// that could break out of an attribute.
fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty()
            && !r.starts_with('/')
            && !url.chars().any(|c| {
                c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`' | '\\')
            })
    })
}

struct Checker<'a> {
    out: Vec<Diagnostic>,
    /// Owned while the names are collected; borrowed by the per-file checkers after.
    names: Cow<'a, Names>,
}

fn related(at: &SourceRef, message: &str) -> Related {
    Related {
        file: at.file.clone(),
        line: at.line,
        column: at.column,
        message: message.to_string(),
    }
}

impl Checker<'_> {
    fn error(&mut self, code: &str, at: &SourceRef, message: String, hint: String) {
        self.out
            .push(Diagnostic::error(code, &at.file, at.line, at.column, message).with_hint(hint));
    }

    fn config(&mut self, site: &LoadedSite) {
        let Some(doc) = &site.config else {
            self.names
                .to_mut()
                .unchecked
                .extend([Kind::Stage, Kind::Team]);
            return;
        };
        self.names.to_mut().config_loaded = true;
        let cfg = &doc.value;
        if let Some(p) = &cfg.review_every {
            self.period(doc, p);
        }
        if let Some(p) = &cfg.expiry_warning {
            self.period(doc, p);
        }
        self.language(site, doc);
        for m in &cfg.markets {
            if self.market_code(doc, m) {
                self.names.to_mut().markets.push(m.value.clone());
            }
        }
        if let Some(url) = &cfg.base_url
            && !is_web_url(&url.value)
        {
            // It goes into sitemap.xml and links; `javascript:` or `data:` would run there.
            self.error(
                "bad-url",
                &doc.span(url),
                format!("base_url `{}` is not an http:// or https:// address", url.value),
                "write the address the site is published at, e.g. `base_url: https://intranet.example.com/journeys/`".to_string(),
            );
        }
        if let Some(theme) = &cfg.theme
            && !is_kebab_case(&theme.value)
        {
            // A path here would publish any folder of the machine as `theme/`.
            self.error(
                "bad-theme",
                &doc.span(theme),
                format!("theme `{}` is not a theme name", theme.value),
                "a theme is the kebab-case name of a folder under themes/ (e.g. `theme: brand` for themes/brand/), or `default`; paths are not allowed".to_string(),
            );
        } else if let Some(theme) = &cfg.theme
            && !crate::load::theme::is_builtin(&theme.value)
            && !site.root.join("themes").join(&theme.value).is_dir()
        {
            self.error(
                "unknown-theme",
                &doc.span(theme),
                format!("theme `{}` not found", theme.value),
                format!(
                    "create themes/{}/ (theme.yaml, style.css, templates/) or use a built-in theme: `default` or `high-contrast`",
                    theme.value
                ),
            );
        }
        if let Some(crate::load::raw::RawExports::Formats(names)) = &cfg.exports {
            for n in names {
                if !crate::base::values::EXPORT_NAMES.contains(&n.value.as_str()) {
                    self.error(
                        "unknown-export",
                        &doc.span(n),
                        format!("unknown export `{}`", n.value),
                        did_you_mean(
                            &n.value,
                            crate::base::values::EXPORT_NAMES.iter().copied(),
                            "export format",
                        ),
                    );
                }
            }
        }
        let mut seen: BTreeMap<String, SourceRef> = BTreeMap::new();
        for team in &cfg.teams {
            self.unique(
                "duplicate-team",
                Kind::Team,
                &team.value,
                doc.span(team),
                &mut seen,
            );
            self.names.to_mut().teams.push(team.value.clone());
        }
        let mut seen = BTreeMap::new();
        for stage in &cfg.stages {
            let def = &stage.value.0;
            let at = doc.at(&def.id.referenced, &doc.span(stage));
            self.id_format(Kind::Stage, &def.id.value, &at);
            self.unique("duplicate-id", Kind::Stage, &def.id.value, at, &mut seen);
            self.names.to_mut().vocabulary.push(def.id.value.clone());
            self.names.to_mut().stages.insert(def.id.value.clone());
        }
    }

    /// `language:`: a BCP 47 tag (`bad-language`); the site's `i18n/TAG.ftl` parses
    /// (`bad-translation`); the keys that fall back to English (`missing-translation`).
    fn language(&mut self, site: &LoadedSite, doc: &Doc<crate::load::raw::RawConfig>) {
        let Some(lang) = &doc.value.language else {
            return;
        };
        if let Err(why) = crate::i18n::parse_tag(&lang.value) {
            let built: Vec<&str> = crate::i18n::BUILTIN.iter().map(|(l, _)| *l).collect();
            self.error(
                "bad-language",
                &doc.span(lang),
                format!(
                    "language `{}` is not a BCP 47 language tag: {why}",
                    lang.value
                ),
                format!(
                    "write a language tag such as `de`, `fr-CA` or `zh-Hant`; built in: {}",
                    built.join(", ")
                ),
            );
            return;
        }
        let ui = crate::load::catalogue(site);
        let file = crate::i18n::override_path(&lang.value).unwrap_or_default();
        for p in ui.problems() {
            self.out.push(
                Diagnostic::error("bad-translation", &file, p.line, p.column, p.message.clone())
                    .with_hint("a message is `key = text` on one line (continuation lines indented); see docs/format.md, Language"),
            );
        }
        let missing = ui.missing();
        if missing.is_empty() {
            return;
        }
        let d = if ui.has_override() {
            let shown: Vec<&str> = missing.iter().take(40).copied().collect();
            let more = missing.len() - shown.len();
            Diagnostic::error(
                "missing-translation",
                &file,
                0,
                0,
                format!(
                    "{} of {} UI messages are missing from {file} and show in English: {}{}",
                    missing.len(),
                    crate::i18n::english_keys().len(),
                    shown.join(", "),
                    if more > 0 {
                        format!(", and {more} more")
                    } else {
                        String::new()
                    }
                ),
            )
            .with_hint(format!(
                "add them to {file} (copy i18n/en.ftl from the waymark sources and translate)"
            ))
        } else {
            let at = doc.span(lang);
            Diagnostic::error(
                "missing-translation",
                &at.file,
                at.line,
                at.column,
                format!(
                    "language `{}` has no built-in catalogue and the site has no {file}: the whole UI falls back to English",
                    lang.value
                ),
            )
            .with_hint(format!(
                "create {file} with the {} messages of i18n/en.ftl translated, or use a built-in language: {}",
                crate::i18n::english_keys().len(),
                crate::i18n::BUILTIN.iter().map(|(l, _)| *l).collect::<Vec<_>>().join(", ")
            ))
        };
        self.out.push(d.warning());
    }

    /// Records ids of journeys, personas and assets; reports duplicates and bad ids.
    fn collect_ids(&mut self, site: &LoadedSite) {
        self.names
            .to_mut()
            .personas
            .extend(site.failed_personas.iter().cloned());
        self.names
            .to_mut()
            .journeys
            .extend(site.failed_journeys.iter().cloned());
        if site.failed_assets {
            self.names.to_mut().unchecked.push(Kind::Asset);
        }
        if !site.failed_journeys.is_empty() {
            // Journey-local stages of the broken file are unknown.
            self.names.to_mut().unchecked.push(Kind::Stage);
        }
        let mut seen = BTreeMap::new();
        for doc in &site.personas {
            let id = self.document_id(Kind::Persona, doc, &doc.value.id, &mut seen);
            self.names.to_mut().personas.insert(id);
        }
        let mut seen = BTreeMap::new();
        for doc in &site.journeys {
            let id = self.document_id(Kind::Journey, doc, &doc.value.id, &mut seen);
            self.names.to_mut().journeys.insert(id);
            for stage in &doc.value.stages {
                self.names
                    .to_mut()
                    .stages
                    .insert(stage.value.id.value.clone());
            }
        }
        self.export_name_clashes(&seen);
        let mut seen = BTreeMap::new();
        for doc in &site.assets {
            for asset in &doc.value {
                let id = &asset.value.id;
                let at = doc.span(id);
                self.id_format(Kind::Asset, &id.value, &at);
                self.unique("duplicate-id", Kind::Asset, &id.value, at, &mut seen);
                self.names.to_mut().assets.insert(id.value.clone());
            }
        }
    }

    /// The id of a journey or persona file (`id:` or the file stem), checked for format and
    /// uniqueness.
    /// Journey `x-stakeholders` would write `exports/x-stakeholders.png`, the file of
    /// journey `x`'s stakeholder map: one would overwrite the other. `journeys` is the id →
    /// place map of the journeys just collected.
    fn export_name_clashes(&mut self, journeys: &BTreeMap<String, SourceRef>) {
        for (id, at) in journeys {
            let Some(base) = id.strip_suffix("-stakeholders") else {
                continue;
            };
            if let Some(other) = journeys.get(base) {
                let d = Diagnostic::error(
                    "export-name-clash",
                    &at.file,
                    at.line,
                    at.column,
                    format!(
                        "journey id `{id}` would write exports/{id}.png, the stakeholder map of journey `{base}`"
                    ),
                )
                .with_hint("give this journey another id (rename the file or set `id:`), e.g. without `-stakeholders` at the end")
                .with_related(related(other, &format!("journey `{base}` is defined here")));
                self.out.push(d);
            }
        }
    }

    fn document_id<T>(
        &mut self,
        kind: Kind,
        doc: &Doc<T>,
        explicit: &Option<Spanned<String>>,
        seen: &mut BTreeMap<String, SourceRef>,
    ) -> String {
        let id = doc_id(explicit, &doc.stem);
        let at = explicit
            .as_ref()
            .map_or_else(|| doc.whole(), |s| doc.span(s));
        self.id_format(kind, &id, &at);
        self.unique("duplicate-id", kind, &id, at, seen);
        id
    }

    fn unique(
        &mut self,
        code: &str,
        kind: Kind,
        id: &str,
        at: SourceRef,
        seen: &mut BTreeMap<String, SourceRef>,
    ) {
        if let Some(first) = seen.get(id) {
            let what = kind.label();
            let d = Diagnostic::error(
                code,
                &at.file,
                at.line,
                at.column,
                format!("duplicate {what} id `{id}`"),
            )
            .with_hint(format!(
                "ids must be unique; rename one of them (every {what} id names one page or item)"
            ))
            .with_related(related(first, "first defined here"));
            self.out.push(d);
        } else {
            seen.insert(id.to_string(), at);
        }
    }

    fn id_format(&mut self, kind: Kind, id: &str, at: &SourceRef) {
        let len = id.chars().count();
        if len > MAX_ID_LEN {
            // Ids name output files (`journeys/ID.VIEW.html`, `exports/ID-stakeholders.png`);
            // file systems stop at 255 bytes a name.
            self.error(
                "id-too-long",
                at,
                format!(
                    "{} id is {len} characters long; the limit is {MAX_ID_LEN}",
                    kind.label()
                ),
                "ids name output files: choose a shorter id (rename the file or set `id:`)"
                    .to_string(),
            );
        } else if !is_kebab_case(id) {
            let what = kind.label();
            let suggestion = id.trim().to_lowercase().replace([' ', '_'], "-");
            self.error(
                "bad-id",
                at,
                format!("{what} id `{id}` is not kebab-case"),
                match kind {
                    Kind::View => format!("use lowercase words joined by hyphens, e.g. `{suggestion}`"),
                    _ => format!("use lowercase words joined by hyphens, e.g. `{suggestion}` (rename the file or set `id:`)"),
                },
            );
        }
    }

    fn reference(&mut self, kind: Kind, value: &Spanned<String>, at: SourceRef) {
        if self.names.unchecked.contains(&kind)
            || (kind == Kind::Team && self.names.teams.is_empty())
        {
            return;
        }
        // A set lookup: a portfolio makes tens of thousands of references to thousands of
        // ids. The list of names is only built for the "did you mean" of a miss.
        let v = value.value.as_str();
        let found = match kind {
            Kind::Persona => self.names.personas.contains(v),
            Kind::Asset => self.names.assets.contains(v),
            Kind::Journey => self.names.journeys.contains(v),
            Kind::Stage => self.names.stages.contains(v),
            Kind::Team => self.names.teams.iter().any(|t| t == v),
            Kind::View => true,
        };
        if found {
            return;
        }
        let known: Vec<&str> = match kind {
            Kind::Persona => self.names.personas.iter().map(String::as_str).collect(),
            Kind::Asset => self.names.assets.iter().map(String::as_str).collect(),
            Kind::Journey => self.names.journeys.iter().map(String::as_str).collect(),
            Kind::Stage => self.names.stages.iter().map(String::as_str).collect(),
            Kind::Team => self.names.teams.iter().map(String::as_str).collect(),
            Kind::View => Vec::new(),
        };
        let label = kind.label();
        let suggestion = did_you_mean(&value.value, known.iter().copied(), label);
        let hint = match kind {
            Kind::Team => suggestion.replace("teams:", "teams in waymark.yaml:"),
            Kind::Persona => format!("{suggestion}; a persona is a file content/personas/ID.md"),
            Kind::Asset => format!("{suggestion}; assets are listed in content/assets/*.yaml"),
            Kind::Journey | Kind::Stage | Kind::View => suggestion,
        };
        let kind = label;
        self.error(
            &format!("unknown-{kind}"),
            &at,
            format!("unknown {kind} `{}`", value.value),
            hint,
        );
    }

    fn date<T>(&mut self, doc: &Doc<T>, value: &Spanned<String>) {
        if parse_date(&value.value).is_none() {
            self.error(
                "bad-date",
                &doc.span(value),
                format!("`{}` is not a valid date", value.value),
                "write dates as YYYY-MM-DD, e.g. 2026-09-30".into(),
            );
        }
    }

    fn period<T>(&mut self, doc: &Doc<T>, value: &Spanned<String>) {
        if parse_period(&value.value).is_none() {
            self.error(
                "bad-period",
                &doc.span(value),
                format!("`{}` is not a review period", value.value),
                "write a number of days, weeks, months or years, e.g. 90d, 12w, 6m, 1y".into(),
            );
        }
    }

    /// A market of a journey or asset: a valid code, and one of the site's `markets:` when
    /// the site lists them.
    fn market<T>(&mut self, doc: &Doc<T>, m: &Spanned<String>) {
        if !self.market_code(doc, m) || self.names.markets.is_empty() {
            return;
        }
        if !self.names.markets.contains(&m.value) {
            let hint = did_you_mean(
                &m.value,
                self.names.markets.iter().map(String::as_str),
                "market",
            );
            self.error(
                "unknown-market",
                &doc.span(m),
                format!("market `{}` is not one of the site's markets", m.value),
                format!("{hint}; add it to `markets:` in waymark.yaml if the site serves it"),
            );
        }
    }

    /// Whether `m` is an ISO 3166-1 alpha-2 code in upper case; reports `unknown-market`
    /// (with the code meant, when it can tell) when not.
    fn market_code<T>(&mut self, doc: &Doc<T>, m: &Spanned<String>) -> bool {
        let hint = match market_hint(&m.value) {
            None => return true,
            Some(h) => h,
        };
        self.error(
            "unknown-market",
            &doc.span(m),
            format!("`{}` is not an ISO 3166-1 alpha-2 country code", m.value),
            hint,
        );
        false
    }

    fn team<T>(&mut self, doc: &Doc<T>, team: &Option<Spanned<String>>) {
        if let Some(t) = team {
            self.reference(Kind::Team, t, doc.span(t));
        }
    }

    fn journey(&mut self, doc: &Doc<RawJourney>) {
        let j = &doc.value;
        self.team(doc, &j.owner);
        for m in j.markets.iter().flatten() {
            self.market(doc, m);
        }
        if let Some(b) = &j.baseline {
            self.reference(Kind::Journey, b, doc.span(b));
        }
        if let Some(p) = &j.parent {
            self.reference(Kind::Journey, p, doc.span(p));
        }
        if let Some(r) = &j.reviewed {
            self.date(doc, r);
        }
        if let Some(p) = &j.review_every {
            self.period(doc, p);
        }
        let mut listed = BTreeMap::new();
        for p in &j.personas {
            self.reference(Kind::Persona, p, doc.span(p));
            self.unique(
                "duplicate-id",
                Kind::Persona,
                &p.value,
                doc.span(p),
                &mut listed,
            );
        }
        let listed: BTreeSet<String> = listed.into_keys().collect();
        let mut seen = BTreeMap::new();
        for stage in &j.stages {
            let s = &stage.value;
            self.unique(
                "duplicate-id",
                Kind::Stage,
                &s.id.value,
                doc.span(&s.id),
                &mut seen,
            );
            if self.names.config_loaded
                && s.name.is_none()
                && !self.names.vocabulary.contains(&s.id.value)
            {
                let hint = if self.names.vocabulary.is_empty() {
                    "give the stage a `name:`, or add it to `stages:` in waymark.yaml".to_string()
                } else {
                    format!(
                        "{}; or give this journey-local stage a `name:`",
                        did_you_mean(
                            &s.id.value,
                            self.names.vocabulary.iter().map(String::as_str),
                            "stage"
                        )
                    )
                };
                self.error(
                    "unknown-stage",
                    &doc.span(&s.id),
                    format!("unknown stage `{}`", s.id.value),
                    hint,
                );
            }
            self.id_format(Kind::Stage, &s.id.value, &doc.span(&s.id));
            self.stage(doc, s, &listed);
        }
        self.journey_views(doc, &listed);
    }

    /// A persona used inside a stage must exist and be listed by the journey.
    fn stage_persona(
        &mut self,
        doc: &Doc<RawJourney>,
        p: &Spanned<String>,
        listed: &BTreeSet<String>,
    ) {
        if !self.names.personas.contains(&p.value) {
            self.reference(Kind::Persona, p, doc.span(p));
        } else if !listed.contains(&p.value) {
            let at = doc.span(p);
            self.error(
                "persona-not-listed",
                &at,
                format!(
                    "persona `{}` is not in this journey's `personas:` list",
                    p.value
                ),
                format!("add `{}` to `personas:` at the top of the journey", p.value),
            );
        }
    }

    fn stage(&mut self, doc: &Doc<RawJourney>, s: &RawStage, listed: &BTreeSet<String>) {
        for item in &s.actions {
            if let Some(p) = &item.value.0.persona {
                self.stage_persona(doc, p, listed);
            }
        }
        for item in &s.questions {
            if let Some(p) = &item.value.0.persona {
                self.stage_persona(doc, p, listed);
            }
        }
        self.step_emotions(doc, s);
        for (persona, score) in &s.emotions.0 {
            self.stage_persona(doc, persona, listed);
            if !(-2..=2).contains(&score.value) {
                self.error(
                    "emotion-range",
                    &doc.span(score),
                    format!(
                        "emotion {} for `{}` is outside −2..2",
                        score.value, persona.value
                    ),
                    "use −2 (very negative), −1, 0 (neutral), 1 or 2 (very positive)".into(),
                );
            }
        }
        for t in &s.touchpoints {
            let t = &t.value.0;
            self.team(doc, &t.owner);
            for p in &t.personas {
                self.stage_persona(doc, p, listed);
            }
            for a in &t.assets {
                self.reference(Kind::Asset, a, doc.span(a));
            }
        }
        for p in &s.pain_points {
            self.team(doc, &p.value.0.owner);
        }
        for h in &s.handoffs {
            self.team(doc, &h.value.0.from);
            self.team(doc, &h.value.0.to);
        }
        for o in &s.opportunities {
            self.team(doc, &o.value.0.owner);
            if let Some(due) = &o.value.0.due {
                self.date(doc, due);
            }
        }
    }

    /// Step-level emotions (`emotion:` on an action): each in −2..2, and a lint where the
    /// stage's `emotions:` value for the same persona differs from the mean of its actions'
    /// emotions by more than 1 (the curve draws the actions' values).
    fn step_emotions(&mut self, doc: &Doc<RawJourney>, s: &RawStage) {
        let mut by_persona: Vec<(Option<&str>, Vec<i64>)> = Vec::new();
        for item in &s.actions {
            let a = &item.value.0;
            let Some(e) = &a.emotion else { continue };
            if !(-2..=2).contains(&e.value) {
                self.error(
                    "emotion-range",
                    &doc.span(e),
                    format!("action emotion {} is outside −2..2", e.value),
                    "use −2 (very negative), −1, 0 (neutral), 1 or 2 (very positive)".into(),
                );
                continue;
            }
            let p = a.persona.as_ref().map(|p| p.value.as_str());
            match by_persona.iter_mut().find(|(q, _)| *q == p) {
                Some((_, v)) => v.push(e.value),
                None => by_persona.push((p, vec![e.value])),
            }
        }
        for (persona, score) in &s.emotions.0 {
            let Some((_, steps)) = by_persona
                .iter()
                .find(|(p, _)| *p == Some(persona.value.as_str()))
            else {
                continue;
            };
            let mean = steps.iter().sum::<i64>() as f64 / steps.len() as f64;
            if (score.value as f64 - mean).abs() > 1.0 {
                let at = doc.span(score);
                self.out.push(
                    Diagnostic::error(
                        "emotion-disagrees",
                        &at.file,
                        at.line,
                        at.column,
                        format!(
                            "stage emotion {} for `{}` differs from its actions' emotions (mean {mean:.1}); the curve draws the actions' emotions",
                            score.value, persona.value
                        ),
                    )
                    .warning()
                    .with_hint(
                        "the stage value is used where the persona has no scored action (persona page, stakeholder map); make them agree or drop one",
                    ),
                );
            }
        }
    }

    fn assets(&mut self, doc: &Doc<Vec<Spanned<crate::load::raw::RawAsset>>>) {
        for asset in &doc.value {
            let a = &asset.value;
            for s in &a.stages {
                self.reference(Kind::Stage, s, doc.span(s));
            }
            for p in &a.personas {
                self.reference(Kind::Persona, p, doc.span(p));
            }
            for j in a.journeys.iter().flatten() {
                self.reference(Kind::Journey, j, doc.span(j));
            }
            self.team(doc, &a.owner);
            for m in a.markets.iter().flatten() {
                self.market(doc, m);
            }
            if let Some(r) = &a.review {
                for d in r.approved.iter().chain(&r.expires) {
                    self.date(doc, d);
                }
            }
        }
    }
}
