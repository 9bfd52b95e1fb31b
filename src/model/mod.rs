//! The resolved journey model: what every later step reads.
//!
//! Takes the loaded files once `check` has found no errors and gives plain data with every id
//! resolved, every date parsed and every stage named. Nothing here knows about YAML or HTML:
//! the views derive from it, and the diagrams and pages render it.
//!
//! Items keep a [`SourceRef`] (file, line, column) so that lints computed later can point at
//! the place in the source that they are about.

mod index;
pub mod theme;
mod view;

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

pub use index::SiteIndex;
pub use view::{Lane, View, ViewOrigin};

use crate::base::SourceRef;

/// The whole site after resolution.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    /// From `waymark.yaml`.
    pub config: SiteConfig,
    /// Journeys in file-name order (`content/journeys/*.md|yaml`). Shared, so that `serve`
    /// keeps the journeys of files a save did not touch without copying them.
    pub journeys: Vec<Arc<Journey>>,
    /// Personas in file-name order (`content/personas/*.md`).
    pub personas: Vec<Persona>,
    /// Content assets in file order, then list order (`content/assets/*.yaml`).
    pub assets: Vec<Asset>,
    /// The date that "overdue" and "expired" are measured against (today unless given).
    pub as_of: NaiveDate,
    /// Lookups by id and of the assets serving a stage, built on first use
    /// ([`SiteIndex`]); `SiteIndex::default()` when constructing a site by hand.
    #[serde(skip)]
    pub index: SiteIndex,
    /// The resolved theme (palette, fonts, logo of `themes/NAME/theme.yaml`);
    /// `Default::default()` (the built-in look) when constructing a site by hand.
    #[serde(skip)]
    pub theme: Arc<theme::Theme>,
}

/// Site configuration from `waymark.yaml`.
#[derive(Debug, Clone, Serialize)]
pub struct SiteConfig {
    /// `title`; shown in every page header.
    pub title: String,
    /// `description`; a line under the title on the index page.
    pub description: Option<String>,
    /// `base_url`; only used where an absolute URL is unavoidable.
    pub base_url: Option<String>,
    /// `theme`; a folder under `themes/` (default `default`).
    pub theme: String,
    /// `stages`: the site's stage vocabulary, in journey order.
    pub stages: Vec<StageDef>,
    /// `teams`: the known owning teams; empty means "any team name is accepted".
    pub teams: Vec<String>,
    /// `review_every` in days (default 90).
    pub review_every_days: u32,
    /// `exports`: which export files a build writes and the pages link (all by default).
    #[serde(skip)]
    pub exports: ExportSet,
    /// `markets` and `expiry_warning`, and the market a `--market` build speaks for.
    #[serde(flatten)]
    pub mlr: MlrConfig,
    /// `language`: the BCP 47 tag of the UI language, canonical (`de`, `de-CH`); `en` by
    /// default.
    pub language: String,
    /// The UI messages and locale of `language` (built-in catalogue and the site's
    /// `i18n/TAG.ftl`).
    #[serde(skip)]
    pub ui: std::sync::Arc<crate::i18n::Catalogue>,
    /// The diagrams' words (lane names, headings, legend) in `language`.
    #[serde(skip)]
    pub labels: std::sync::Arc<DiagramLabels>,
    /// `views`: the site's named views, as written in `waymark.yaml` (each journey's
    /// resolved list is [`Journey::views`]).
    pub views: Vec<View>,
}

/// The words the diagrams draw, already in the site's language: the diagram code takes
/// them from here and knows nothing of catalogues.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiagramLabels {
    /// Lane names, in lane order: actions, questions, touchpoints, emotion, pain points,
    /// decision moments, hand-offs, opportunities, metrics.
    pub lanes: [String; 9],
    /// `Journey map`.
    pub journey_map: String,
    /// `Stakeholder map`.
    pub stakeholder_map: String,
    /// `Personas` (the stakeholder map's column heading).
    pub personas: String,
    /// `Stages`.
    pub stages: String,
    /// `No stages yet.`
    pub no_stages: String,
    /// `No personas listed for this journey.`
    pub no_personas: String,
    /// `All roles`.
    pub all_roles: String,
    /// `No owner`.
    pub no_owner: String,
    /// `channel not set`.
    pub channel_not_set: String,
    /// `Not active in any stage`.
    pub not_active: String,
    /// `KEY` (the legend's heading).
    pub key: String,
    /// `{severity} severity`, per severity low, medium, high.
    pub severity: [String; 3],
    /// Legend entries.
    pub hypothesis: String,
    /// `emotion at an action (step)`.
    pub emotion_step: String,
    /// `emotion of the stage (no scored action)`.
    pub emotion_stage: String,
    /// `all roles (grey curve)`.
    pub all_roles_curve: String,
    /// `no owning team`.
    pub no_owning_team: String,
    /// `active at the stage`.
    pub active: String,
    /// `enters the journey`.
    pub enters: String,
    /// `Enters`: the label over the marker where a persona enters (drawn upper case).
    pub enters_short: String,
    /// `emotion at the stage (−2 to +2)`.
    pub emotion_range: String,
    /// Emotion words for −2..=2.
    pub emotions: [String; 5],
    /// Opportunity status words, in [`OpportunityStatus`] order.
    pub opportunity_status: [String; 6],
    /// `due {date}`: `{date}` is replaced by the due date.
    pub due: String,
    /// `target {target}`: `{target}` is replaced by a metric's target.
    pub target: String,
    /// `{current} now`: `{current}` is replaced by a metric's current value.
    pub now: String,
    /// `Segment`, `Scope`, `Goal`: the diagram header's facts.
    pub segment: String,
    /// See `segment`.
    pub scope: String,
    /// See `segment`.
    pub goal: String,
    /// Map state words: as-is, to-be (the header pill, upper-cased there).
    pub states: [String; 2],
    /// Buying-role words, in [`BuyingRole`] order (the stakeholder map's badges).
    pub buying_roles: [String; 6],
    /// `Value and effort`: the backlog matrix's title.
    pub matrix_title: String,
    /// `Value`: the matrix's vertical axis.
    pub value: String,
    /// `Effort`: the matrix's horizontal axis.
    pub effort: String,
    /// `Low`, `Medium`, `High`: the matrix's row and column labels, in [`Level`] order.
    pub levels: [String; 3],
    /// `Quick wins`: the mark of the high-value, low-effort cell.
    pub quick_wins: String,
}

impl DiagramLabels {
    /// The labels in the language of `ui`.
    pub fn of(ui: &crate::i18n::Catalogue) -> DiagramLabels {
        let t = |k: &str| ui.t(k);
        let sev = |s: &str| {
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("severity", ui.t(&format!("severity-{s}")));
            ui.format("diagram-severity", Some(&a))
        };
        DiagramLabels {
            lanes: [
                "lane-actions",
                "lane-questions",
                "lane-touchpoints",
                "lane-emotion",
                "lane-pains",
                "lane-decisions",
                "lane-handoffs",
                "lane-opportunities",
                "lane-metrics",
            ]
            .map(t),
            journey_map: t("diagram-journey-map"),
            stakeholder_map: t("diagram-stakeholder-map"),
            personas: t("diagram-personas"),
            stages: t("diagram-stages"),
            no_stages: t("diagram-no-stages"),
            no_personas: t("diagram-no-personas"),
            all_roles: t("diagram-all-roles"),
            no_owner: t("diagram-no-owner"),
            channel_not_set: t("diagram-channel-not-set"),
            not_active: t("diagram-not-active"),
            key: t("diagram-key"),
            severity: ["low", "medium", "high"].map(sev),
            hypothesis: t("diagram-hypothesis"),
            emotion_step: t("diagram-emotion-step"),
            emotion_stage: t("diagram-emotion-stage"),
            all_roles_curve: t("diagram-all-roles-curve"),
            no_owning_team: t("diagram-no-owning-team"),
            active: t("diagram-active"),
            enters: t("diagram-enters"),
            enters_short: t("diagram-enters-short"),
            emotion_range: t("diagram-emotion-range"),
            emotions: [
                "emotion-very-negative",
                "emotion-negative",
                "emotion-neutral",
                "emotion-positive",
                "emotion-very-positive",
            ]
            .map(t),
            opportunity_status: [
                "opp-idea",
                "opp-planned",
                "opp-in-progress",
                "opp-blocked",
                "opp-done",
                "opp-dropped",
            ]
            .map(t),
            due: ui.t_args("diagram-due", &[("date", "{date}")]),
            target: ui.t_args("diagram-target", &[("target", "{target}")]),
            now: ui.t_args("diagram-now", &[("current", "{current}")]),
            segment: t("label-segment"),
            scope: t("label-scope"),
            goal: t("label-goal"),
            states: ["state-as-is", "state-to-be"].map(t),
            buying_roles: [
                "buying-role-decision-maker",
                "buying-role-influencer",
                "buying-role-approver",
                "buying-role-gatekeeper",
                "buying-role-user",
                "buying-role-champion",
            ]
            .map(t),
            matrix_title: t("matrix-title"),
            value: t("matrix-value"),
            effort: t("matrix-effort"),
            levels: ["level-low", "level-medium", "level-high"].map(t),
            quick_wins: t("matrix-quick-wins"),
        }
    }

    /// The status word of an opportunity.
    pub fn opportunity(&self, s: OpportunityStatus) -> &str {
        &self.opportunity_status[s as usize]
    }

    /// The emotion word of `score` (−2..=2, clamped).
    pub fn emotion(&self, score: i8) -> &str {
        &self.emotions[(score.clamp(-2, 2) + 2) as usize]
    }

    /// English (sites built by hand, tests).
    pub fn english() -> std::sync::Arc<DiagramLabels> {
        static EN: std::sync::OnceLock<std::sync::Arc<DiagramLabels>> = std::sync::OnceLock::new();
        EN.get_or_init(|| {
            std::sync::Arc::new(DiagramLabels::of(&crate::i18n::Catalogue::english()))
        })
        .clone()
    }
}

/// The regulated-content part of `waymark.yaml` (serialised inline in `site.json`'s
/// `config`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MlrConfig {
    /// `markets`: the site's markets, ISO 3166-1 alpha-2 codes (`US`, `DE`), in the order
    /// written; empty when the site names none (then nothing is per market).
    pub markets: Vec<String>,
    /// `expiry_warning` in days (default [`DEFAULT_EXPIRY_WARNING_DAYS`]): an approval that
    /// expires within this many days of the as-of date is the `approval-expiring` lint.
    pub expiry_warning_days: u32,
    /// The market the site was built for with `waymark build --market CODE`; `None` for the
    /// whole site.
    pub market: Option<String>,
}

/// The default of `expiry_warning`: 30 days.
pub const DEFAULT_EXPIRY_WARNING_DAYS: u32 = 30;

impl Default for MlrConfig {
    fn default() -> Self {
        MlrConfig {
            markets: Vec::new(),
            expiry_warning_days: DEFAULT_EXPIRY_WARNING_DAYS,
            market: None,
        }
    }
}

/// Which exports a build writes and its pages link: `exports:` in `waymark.yaml` (`false`,
/// `true`, or a list of `png`, `pdf`, `csv`, `json`; absent means all), or none at all with
/// `waymark build --no-exports`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExportSet {
    /// `exports/ID.png` and `exports/ID-stakeholders.png`.
    pub png: bool,
    /// `exports/deck.pdf`.
    pub pdf: bool,
    /// `exports/plan.csv`, `touchpoints.csv`, `backlog.csv`, `emotions.csv`.
    pub csv: bool,
    /// `exports/site.json`.
    pub json: bool,
    /// `exports/ID.pptx`: each journey's PowerPoint deck.
    pub pptx: bool,
}

impl ExportSet {
    /// Every export.
    pub const ALL: ExportSet = ExportSet {
        png: true,
        pdf: true,
        csv: true,
        json: true,
        pptx: true,
    };
    /// No export.
    pub const NONE: ExportSet = ExportSet {
        png: false,
        pdf: false,
        csv: false,
        json: false,
        pptx: false,
    };

    /// The set with the formats named in `names` (unknown names are ignored: `check`
    /// reports them).
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> ExportSet {
        let mut set = ExportSet::NONE;
        for n in names {
            match n {
                "png" => set.png = true,
                "pdf" => set.pdf = true,
                "csv" => set.csv = true,
                "json" => set.json = true,
                "pptx" => set.pptx = true,
                _ => {}
            }
        }
        set
    }

    /// Whether nothing is exported.
    pub fn is_empty(self) -> bool {
        self == ExportSet::NONE
    }
}

impl Default for ExportSet {
    fn default() -> Self {
        ExportSet::ALL
    }
}

/// One entry of the site stage vocabulary (`waymark.yaml` → `stages`).
#[derive(Debug, Clone, Serialize)]
pub struct StageDef {
    /// Kebab-case id used by journeys.
    pub id: String,
    /// Display name (defaults to the id in title case).
    pub name: String,
    /// Optional one-line description.
    pub description: Option<String>,
}

/// as-is (today's experience) or to-be (the designed future).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MapState {
    /// The journey as customers live it today.
    AsIs,
    /// The journey as the team intends it to be.
    ToBe,
}

impl MapState {
    /// The label used in the field: `as-is` or `to-be`.
    pub fn label(self) -> &'static str {
        match self {
            MapState::AsIs => "as-is",
            MapState::ToBe => "to-be",
        }
    }
}

/// A customer journey (`content/journeys/ID.md` front matter, or `ID.yaml`).
#[derive(Debug, Clone, Serialize)]
pub struct Journey {
    /// File stem or `id:`.
    pub id: String,
    /// `title`.
    pub title: String,
    /// `segment`: who the map is about.
    pub segment: Option<String>,
    /// `scope`: what part of the relationship it covers.
    pub scope: Option<String>,
    /// `description`: a sentence or two about the map (the index card, the diagram's
    /// accessible description; Mermaid's `accDescr`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `state`, default as-is.
    pub state: MapState,
    /// `baseline`: the id of the as-is journey a to-be map improves on.
    pub baseline: Option<String>,
    /// `parent`: the id of the journey this map details (its sub-journeys are the
    /// journeys naming it, see [`Site::sub_journeys`]).
    pub parent: Option<String>,
    /// `parent_stage`: the stage of the parent this map details (a stage id of the parent).
    pub parent_stage: Option<String>,
    /// `owner`: the team accountable for the map.
    pub owner: Option<String>,
    /// `reviewed`: the last review date.
    pub reviewed: Option<NaiveDate>,
    /// `review_every` in days (journey value, else the site default).
    pub review_every_days: u32,
    /// `personas`: ids of the roles in the map, in the order given. Every id resolves to
    /// an entry of [`Site::personas`].
    pub personas: Vec<String>,
    /// `goal`: the business goal of the map.
    pub goal: Option<String>,
    /// `stages`, in the order written.
    pub stages: Vec<Stage>,
    /// Markdown body of the `.md` file (empty for `.yaml`). Not yet rendered.
    pub narrative: String,
    /// `evidence` on the journey itself.
    pub evidence: Vec<Evidence>,
    /// `markets`: the markets the journey runs in (ISO 3166-1 alpha-2), resolved: the
    /// site's `markets:` when the journey names none; empty when the site has none either.
    pub markets: Vec<String>,
    /// The named views of this map, resolved: the site's views in their order (each
    /// overridden field by field by a journey view of the same id), then the journey's own
    /// views. A site view whose `stages:` name none of this map's stages, or whose
    /// `personas:` name none of its personas, does not apply to it and is left out.
    pub views: Vec<View>,
    /// The style slot (colour, dash, marker) of each persona of `personas`, by position:
    /// set by a view that leaves personas out, so that each keeps the master's colours;
    /// empty: a persona's slot is its position ([`Journey::persona_slot`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persona_slots: Vec<usize>,
    /// Where the journey file is.
    pub source: SourceRef,
}

/// One stage of a journey.
#[derive(Debug, Clone, Serialize)]
pub struct Stage {
    /// Stage id (site vocabulary or journey-local).
    pub id: String,
    /// Display name: `name:` on the stage, else the vocabulary name.
    pub name: String,
    /// `goal`: what the customer wants to achieve in this stage.
    pub goal: Option<String>,
    /// `actions`: what each role does.
    pub actions: Vec<PersonaText>,
    /// `questions`: what each role asks.
    pub questions: Vec<PersonaText>,
    /// `emotions`: persona id → score in −2..=2, in the journey's persona order.
    pub emotions: Vec<Emotion>,
    /// `touchpoints`.
    pub touchpoints: Vec<Touchpoint>,
    /// `pain_points`.
    pub pain_points: Vec<PainPoint>,
    /// `decision_moments` (moments of truth).
    pub decision_moments: Vec<DecisionMoment>,
    /// `handoffs`: internal hand-offs between teams.
    pub handoffs: Vec<Handoff>,
    /// `opportunities`.
    pub opportunities: Vec<Opportunity>,
    /// `metrics`.
    pub metrics: Vec<Metric>,
    /// Where the stage starts in its file.
    pub source: SourceRef,
}

impl Stage {
    /// The step-level emotions of `persona` at this stage: its actions that carry an
    /// `emotion`, in the order written, with the score (−2..=2). `None` asks for the
    /// whole-group actions (those without `persona:`).
    pub fn step_emotions<'a>(&'a self, persona: Option<&'a str>) -> Vec<(&'a PersonaText, i8)> {
        self.actions
            .iter()
            .filter(|a| a.persona.as_deref() == persona)
            .filter_map(|a| a.emotion.map(|e| (a, e)))
            .collect()
    }

    /// The stage-level emotion of `persona` as written in `emotions:`, if any.
    pub fn stage_emotion(&self, persona: &str) -> Option<i8> {
        self.emotions
            .iter()
            .find(|e| e.persona == persona)
            .map(|e| e.score)
    }

    /// How `persona` feels at this stage as one score (−2..=2): the value in `emotions:`,
    /// else the mean of its step-level emotions rounded half away from zero, else `None`.
    /// Persona pages, the stakeholder map and the comparison use this.
    pub fn emotion_of(&self, persona: &str) -> Option<i8> {
        self.stage_emotion(persona)
            .or_else(|| mean_score(self.step_emotions(Some(persona)).iter().map(|s| s.1)))
    }

    /// Whether any action of the stage carries a step-level emotion.
    pub fn has_step_emotions(&self) -> bool {
        self.actions.iter().any(|a| a.emotion.is_some())
    }
}

/// The mean of emotion scores rounded half away from zero; `None` for no score.
pub fn mean_score(scores: impl Iterator<Item = i8>) -> Option<i8> {
    let (sum, n) = scores.fold((0i32, 0i32), |(s, n), e| (s + i32::from(e), n + 1));
    (n > 0).then(|| (f64::from(sum) / f64::from(n)).round().clamp(-2.0, 2.0) as i8)
}

/// How a claim is supported (`evidence: { source, confidence }`).
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// Where the claim comes from (interviews, analytics, a study).
    pub source: Option<String>,
    /// `known` or `hypothesis`; `None` when not stated.
    pub confidence: Option<Confidence>,
}

/// Whether evidence is established or still to be validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Backed by data or research.
    Known,
    /// An assumption to validate.
    Hypothesis,
}

/// A line of text, optionally said of one persona (actions, questions).
#[derive(Debug, Clone, Serialize)]
pub struct PersonaText {
    /// Persona id, resolved; `None` when the item is about the whole buying group.
    pub persona: Option<String>,
    /// What the persona does or asks.
    pub text: String,
    /// Actions only: `emotion`, how the persona feels at this step, −2..=2 (the step-level
    /// emotion); `None` when not given, and always for questions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emotion: Option<i8>,
    /// Supporting evidence, if any.
    pub evidence: Option<Evidence>,
    /// Where the item is.
    pub source: SourceRef,
}

/// A persona's emotional state at one stage.
#[derive(Debug, Clone, Serialize)]
pub struct Emotion {
    /// Persona id, resolved.
    pub persona: String,
    /// −2 (very negative) ..= 2 (very positive).
    pub score: i8,
}

/// A point of contact between the organisation and the customer.
#[derive(Debug, Clone, Serialize)]
pub struct Touchpoint {
    /// `name`.
    pub name: String,
    /// `channel`: free text (web, email, event, field, phone, portal, partner, internal, …).
    pub channel: Option<String>,
    /// `owner`: the owning team; `None` is a lint.
    pub owner: Option<String>,
    /// `personas`: ids of the roles met at this touchpoint (empty: all of the stage).
    pub personas: Vec<String>,
    /// `assets`: ids of content assets used here, resolved.
    pub assets: Vec<String>,
    /// Supporting evidence, if any.
    pub evidence: Option<Evidence>,
    /// Where the item is.
    pub source: SourceRef,
}

/// Pain-point severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Annoying but not blocking.
    Low,
    /// Slows or confuses the customer.
    Medium,
    /// Loses deals or harms the patient experience.
    High,
}

impl Severity {
    /// `low`, `medium` or `high`.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// A friction point in a stage.
#[derive(Debug, Clone, Serialize)]
pub struct PainPoint {
    /// What goes wrong.
    pub text: String,
    /// Team that owns the fix; `None` is a lint.
    pub owner: Option<String>,
    /// Severity, if stated.
    pub severity: Option<Severity>,
    /// Supporting evidence, if any.
    pub evidence: Option<Evidence>,
    /// Where the item is.
    pub source: SourceRef,
}

/// A moment of truth: where the customer decides to go on or drop out.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionMoment {
    /// The decision.
    pub text: String,
    /// Supporting evidence, if any.
    pub evidence: Option<Evidence>,
    /// Where the item is.
    pub source: SourceRef,
}

/// A hand-off between internal teams.
#[derive(Debug, Clone, Serialize)]
pub struct Handoff {
    /// Team handing over.
    pub from: Option<String>,
    /// Team taking over.
    pub to: Option<String>,
    /// What is handed over.
    pub text: String,
    /// Supporting evidence, if any.
    pub evidence: Option<Evidence>,
    /// Where the item is.
    pub source: SourceRef,
}

/// Where an opportunity stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OpportunityStatus {
    /// Raised, not yet agreed.
    Idea,
    /// Agreed and scheduled.
    Planned,
    /// Being worked on.
    InProgress,
    /// Waiting on something outside the owner's control.
    Blocked,
    /// Delivered.
    Done,
    /// Decided against.
    Dropped,
}

impl OpportunityStatus {
    /// The YAML spelling, e.g. `in-progress`.
    pub fn label(self) -> &'static str {
        match self {
            OpportunityStatus::Idea => "idea",
            OpportunityStatus::Planned => "planned",
            OpportunityStatus::InProgress => "in-progress",
            OpportunityStatus::Blocked => "blocked",
            OpportunityStatus::Done => "done",
            OpportunityStatus::Dropped => "dropped",
        }
    }
}

/// An opportunity's `value` or `effort`: three steps, ordered low to high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Little value, or little effort.
    Low,
    /// In between.
    Medium,
    /// Much value, or much effort.
    High,
}

impl Level {
    /// `low`, `medium` or `high` (the YAML spelling).
    pub fn label(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }

    /// 0 for low, 1 for medium, 2 for high: the row or column of the value × effort matrix.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// An improvement to make at a stage.
#[derive(Debug, Clone, Serialize)]
pub struct Opportunity {
    /// What to do.
    pub text: String,
    /// Team that owns it.
    pub owner: Option<String>,
    /// Status (default idea).
    pub status: OpportunityStatus,
    /// Due date, if set.
    pub due: Option<NaiveDate>,
    /// `value`: what it is worth, if scored.
    pub value: Option<Level>,
    /// `effort`: what it costs to deliver, if scored.
    pub effort: Option<Level>,
    /// Supporting evidence, if any.
    pub evidence: Option<Evidence>,
    /// Where the item is.
    pub source: SourceRef,
}

impl Opportunity {
    /// Whether both `value` and `effort` are given: only then is it placed on the matrix.
    pub fn scored(&self) -> bool {
        self.value.is_some() && self.effort.is_some()
    }
}

/// A stage metric (`{ name, target, current }`); values are free text such as `40%`.
#[derive(Debug, Clone, Serialize)]
pub struct Metric {
    /// What is measured.
    pub name: String,
    /// Goal value.
    pub target: Option<String>,
    /// Latest value.
    pub current: Option<String>,
    /// Supporting evidence, if any.
    pub evidence: Option<Evidence>,
    /// Where the item is.
    pub source: SourceRef,
}

/// A role's place in a buying group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BuyingRole {
    /// Signs off the decision.
    DecisionMaker,
    /// Shapes the decision without owning it.
    Influencer,
    /// Must approve (budget, compliance).
    Approver,
    /// Controls access to others or to information.
    Gatekeeper,
    /// Uses the product day to day.
    User,
    /// Argues for the purchase inside the organisation.
    Champion,
}

impl BuyingRole {
    /// The YAML spelling, e.g. `decision-maker`.
    pub fn label(self) -> &'static str {
        match self {
            BuyingRole::DecisionMaker => "decision-maker",
            BuyingRole::Influencer => "influencer",
            BuyingRole::Approver => "approver",
            BuyingRole::Gatekeeper => "gatekeeper",
            BuyingRole::User => "user",
            BuyingRole::Champion => "champion",
        }
    }
}

/// A persona / role (`content/personas/ID.md`).
#[derive(Debug, Clone, Serialize)]
pub struct Persona {
    /// File stem or `id:`.
    pub id: String,
    /// `name`, e.g. "Dr. Amara Osei" or "Radiology lead".
    pub name: String,
    /// `role`: job title or relation to the patient.
    pub role: Option<String>,
    /// `kind`: free text (patient, caregiver, clinician, buyer, payer, partner, internal, …).
    pub kind: Option<String>,
    /// `buying_role`.
    pub buying_role: Option<BuyingRole>,
    /// `goals`.
    pub goals: Vec<String>,
    /// `needs`.
    pub needs: Vec<String>,
    /// `questions`.
    pub questions: Vec<String>,
    /// `blockers`.
    pub blockers: Vec<String>,
    /// `channels`: preferred channels, free text.
    pub channels: Vec<String>,
    /// `quote`: a representative quote.
    pub quote: Option<String>,
    /// `evidence`.
    pub evidence: Vec<Evidence>,
    /// Markdown body, not yet rendered.
    pub narrative: String,
    /// Where the persona file is.
    pub source: SourceRef,
}

/// Production and approval status of a content asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssetStatus {
    /// Proposed.
    Idea,
    /// Scheduled.
    Planned,
    /// Being written.
    InProgress,
    /// In medical, legal and regulatory review.
    InReview,
    /// Approved, not yet live.
    Approved,
    /// Live.
    Published,
    /// Withdrawn.
    Retired,
}

impl AssetStatus {
    /// Every status, in workflow order (legends, filters).
    pub const ALL: [AssetStatus; 7] = [
        AssetStatus::Idea,
        AssetStatus::Planned,
        AssetStatus::InProgress,
        AssetStatus::InReview,
        AssetStatus::Approved,
        AssetStatus::Published,
        AssetStatus::Retired,
    ];

    /// The YAML spelling, e.g. `in-review`.
    pub fn label(self) -> &'static str {
        match self {
            AssetStatus::Idea => "idea",
            AssetStatus::Planned => "planned",
            AssetStatus::InProgress => "in-progress",
            AssetStatus::InReview => "in-review",
            AssetStatus::Approved => "approved",
            AssetStatus::Published => "published",
            AssetStatus::Retired => "retired",
        }
    }
}

/// Review and approval of an asset (`review: { by, approved, expires }`).
#[derive(Debug, Clone, Serialize)]
pub struct AssetReview {
    /// Who reviews (e.g. "Medical, Legal, Regulatory").
    pub by: Option<String>,
    /// Approval date.
    pub approved: Option<NaiveDate>,
    /// Approval expiry date; past [`Site::as_of`] is a lint.
    pub expires: Option<NaiveDate>,
}

/// A content asset from the inventory (`content/assets/*.yaml`, a list per file).
#[derive(Debug, Clone, Serialize)]
pub struct Asset {
    /// `id` (required in the inventory).
    pub id: String,
    /// `title`.
    pub title: String,
    /// `format`: free text (article, guide, webinar, case study, calculator, …).
    pub format: Option<String>,
    /// `channel`: free text.
    pub channel: Option<String>,
    /// `stages`: stage ids this asset serves.
    pub stages: Vec<String>,
    /// `personas`: persona ids; empty means every persona.
    pub personas: Vec<String>,
    /// `journeys`: journey ids; `None` means every journey.
    pub journeys: Option<Vec<String>>,
    /// `owner`: team.
    pub owner: Option<String>,
    /// `status` (default idea).
    pub status: AssetStatus,
    /// `review`.
    pub review: Option<AssetReview>,
    /// `url`: where the live asset is.
    pub url: Option<String>,
    /// `evidence`.
    pub evidence: Option<Evidence>,
    /// The MLR fields: `code`, `version`, `markets`, `products`, `claims` (inline in
    /// `site.json`).
    #[serde(flatten)]
    pub mlr: AssetMlr,
    /// Where the entry is.
    pub source: SourceRef,
}

/// The medical-legal-regulatory fields of an asset.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AssetMlr {
    /// `code`: the material or job code given by MLR review, as text.
    pub code: Option<String>,
    /// `version`: the version of the approved material, as text.
    pub version: Option<String>,
    /// `markets`: the markets the asset is approved for (ISO 3166-1 alpha-2), resolved: the
    /// site's `markets:` when the asset names none; empty when the site has none either.
    pub markets: Vec<String>,
    /// Whether `markets:` was written on the asset (else it is all of the site's).
    pub markets_given: bool,
    /// `products`: the products the asset is about.
    pub products: Vec<String>,
    /// `claims`: what the asset claims, each with its references.
    pub claims: Vec<Claim>,
    /// Where `review.expires` is written (the `approval-expiring` lint points there).
    #[serde(skip)]
    pub expires_at: Option<SourceRef>,
}

/// A claim an asset makes (`claims: [{ text, references }]`).
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    /// The claim as stated.
    pub text: String,
    /// The references cited for it; empty is the `claim-without-reference` lint.
    pub references: Vec<String>,
    /// Where the claim is.
    pub source: SourceRef,
}

impl Asset {
    /// Whether the asset is approved for `market` (an alpha-2 code). An asset whose
    /// `markets:` is absent is approved for every market of the site; on a site without
    /// markets every asset counts as approved everywhere.
    pub fn in_market(&self, market: &str) -> bool {
        !self.mlr.markets_given || self.mlr.markets.iter().any(|m| m == market)
    }

    /// Days from `as_of` to `review.expires` (negative once expired); `None` without an
    /// expiry date.
    pub fn days_left(&self, as_of: NaiveDate) -> Option<i64> {
        self.review
            .as_ref()
            .and_then(|r| r.expires)
            .map(|e| (e - as_of).num_days())
    }

    /// Whether the approval expires within `warn_days` of `as_of` but has not expired yet
    /// (expiry on or after `as_of`, at most `warn_days` later); retired assets never do.
    pub fn approval_expiring(&self, as_of: NaiveDate, warn_days: u32) -> bool {
        self.status != AssetStatus::Retired
            && self
                .days_left(as_of)
                .is_some_and(|d| (0..=i64::from(warn_days)).contains(&d))
    }

    /// Whether this asset serves `persona` at `stage` of `journey` (empty persona list and
    /// absent journey list mean "all").
    pub fn serves(&self, journey: &str, stage: &str, persona: &str) -> bool {
        let journey_ok = self
            .journeys
            .as_ref()
            .is_none_or(|js| js.iter().any(|j| j == journey));
        let persona_ok = self.personas.is_empty() || self.personas.iter().any(|p| p == persona);
        journey_ok && persona_ok && self.stages.iter().any(|s| s == stage)
    }

    /// Whether the approval has expired on `as_of` (expiry strictly before it); a retired
    /// asset's approval no longer matters.
    pub fn approval_expired(&self, as_of: NaiveDate) -> bool {
        self.status != AssetStatus::Retired
            && self
                .review
                .as_ref()
                .and_then(|r| r.expires)
                .is_some_and(|e| e < as_of)
    }
}

impl Journey {
    /// Every persona id the journey lists (`personas:`) or names in a stage (an action,
    /// question, emotion or touchpoint), once each, in id order.
    pub fn named_personas(&self) -> std::collections::BTreeSet<&str> {
        let mut out: std::collections::BTreeSet<&str> =
            self.personas.iter().map(String::as_str).collect();
        for s in &self.stages {
            out.extend(s.actions.iter().filter_map(|a| a.persona.as_deref()));
            out.extend(s.questions.iter().filter_map(|a| a.persona.as_deref()));
            out.extend(s.emotions.iter().map(|e| e.persona.as_str()));
            for t in &s.touchpoints {
                out.extend(t.personas.iter().map(String::as_str));
            }
        }
        out
    }

    /// Date the next review is due (`reviewed + review_every`), if the map was ever reviewed.
    pub fn next_review(&self) -> Option<NaiveDate> {
        self.reviewed
            .map(|d| d + chrono::Days::new(u64::from(self.review_every_days)))
    }

    /// Whether the review is overdue on `as_of` (never reviewed counts as overdue).
    pub fn review_overdue(&self, as_of: NaiveDate) -> bool {
        self.next_review().is_none_or(|due| due < as_of)
    }

    /// The style slot of the persona at position `i` of `personas`: the diagrams draw it
    /// in `diagram::palette::persona_style(slot)`, the same in a view as in the master.
    pub fn persona_slot(&self, i: usize) -> usize {
        self.persona_slots.get(i).copied().unwrap_or(i)
    }

    /// Whether the journey runs in `market`: always on a site without markets.
    pub fn in_market(&self, market: &str) -> bool {
        self.markets.is_empty() || self.markets.iter().any(|m| m == market)
    }
}

mod build;
mod build_view;
pub use build::{DEFAULT_REVIEW_DAYS, build, build_reusing, build_with};

mod market;
pub use market::for_market;
