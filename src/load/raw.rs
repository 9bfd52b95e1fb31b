//! The files as written: serde structs for `waymark.yaml`, journeys, personas and assets.
//!
//! Every struct denies unknown fields (the loader turns serde's message into a "did you
//! mean"). Ids, references and dates are [`Spanned`] so that `check` can point at them;
//! dates stay text here and are parsed (and reported when bad) by `check`.
//!
//! The variants of the closed vocabularies (`RawState`, `RawConfidence`, …) carry
//! `#[allow(missing_docs)]`: each is the YAML word itself, explained in `docs/format.md`,
//! and a doc comment on a variant would turn its JSON Schema from a plain `enum` list into
//! a `oneOf` of descriptions.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

pub use super::raw_view::RawView;
use super::text_or::{FromText, OneOrMany, TextOr};

/// A string with its location in the source.
pub type SStr = Spanned<String>;

/// `waymark.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Site title.
    pub title: String,
    /// One-line description.
    #[serde(default)]
    pub description: Option<String>,
    /// Absolute URL of the published site (`http://` or `https://`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub base_url: Option<SStr>,
    /// Theme folder name.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub theme: Option<SStr>,
    /// Default review cadence, e.g. `90d`.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("pattern" = r"^[0-9]+[dwmy]$"))]
    pub review_every: Option<SStr>,
    /// Known team names.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub teams: Vec<SStr>,
    /// Stage vocabulary.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawStageDef>>")]
    pub stages: Vec<Spanned<TextOr<RawStageDef>>>,
    /// Which exports a build writes: `false`, `true`, or a list of `png`, `pdf`, `csv`, `json`,
    /// `pptx`.
    #[serde(default)]
    pub exports: Option<RawExports>,
    /// The site's markets: ISO 3166-1 alpha-2 country codes (`US`, `DE`, `GB`, `JP`). A
    /// journey or asset without `markets:` is in all of them.
    #[serde(default)]
    #[schemars(with = "Vec<MarketCode>")]
    pub markets: Vec<SStr>,
    /// How long before an approval expires the `approval-expiring` lint warns: a period
    /// (`30d`, `6w`, `2m`, `1y`); default `30d`.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("pattern" = r"^[0-9]+[dwmy]$"))]
    pub expiry_warning: Option<SStr>,
    /// The language of the site's UI: a BCP 47 tag (`en`, `de`, `fr-CA`, `ja`, `ar`);
    /// default `en`. Messages come from the built-in catalogue of the language, overridden
    /// by `i18n/TAG.ftl` in the site.
    #[serde(default)]
    #[schemars(with = "Option<LanguageTag>")]
    pub language: Option<SStr>,
    /// Named views of every journey (a short working version beside the master): `{ id,
    /// name, lanes, stages, personas, hypotheses, narrative }`.
    #[serde(default)]
    #[schemars(with = "Vec<RawView>")]
    pub views: Vec<serde_saphyr::Spanned<RawView>>,
}

/// The schema of `language:`: a BCP 47 language tag.
#[allow(dead_code)]
struct LanguageTag;

impl JsonSchema for LanguageTag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LanguageTag".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
            "description": "A BCP 47 language tag: en, de, fr, es, it, ja, zh, ar (built in), or any other tag with a site catalogue i18n/TAG.ftl",
            "default": "en"
        })
    }
}

/// The schema of a market: an ISO 3166-1 alpha-2 country code, upper case.
#[allow(dead_code)]
struct MarketCode;

impl JsonSchema for MarketCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MarketCode".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "description": "An ISO 3166-1 alpha-2 country code, upper case: US, DE, GB, JP, …"
        })
    }
}

/// `exports:` in `waymark.yaml`: all or nothing, or a list of formats.
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
pub enum RawExports {
    /// `true` (every export) or `false` (none).
    All(bool),
    /// The formats to write: `png`, `pdf`, `csv`, `json`, `pptx`.
    Formats(#[schemars(with = "Vec<ExportName>")] Vec<SStr>),
}

/// By hand rather than `untagged`: serde's untagged enums buffer the value and lose the
/// places of the list items, which the "unknown export" error points at.
impl<'de> Deserialize<'de> for RawExports {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawExports;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`true`, `false` or a list of png, pdf, csv, json, pptx")
            }
            fn visit_bool<E>(self, v: bool) -> Result<RawExports, E> {
                Ok(RawExports::All(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<RawExports, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element::<SStr>()? {
                    out.push(item);
                }
                Ok(RawExports::Formats(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A format name of `exports:` (for the JSON Schema).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExportName {
    /// `exports/ID.png`, `exports/ID-stakeholders.png`.
    Png,
    /// `exports/deck.pdf`.
    Pdf,
    /// `exports/plan.csv`, `touchpoints.csv`, `backlog.csv`, `emotions.csv`.
    Csv,
    /// `exports/site.json`.
    Json,
    /// `exports/ID.pptx`: each journey's PowerPoint deck.
    Pptx,
}

/// An entry of the stage vocabulary: `{ id, name, description }` or a bare id.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStageDef {
    /// Kebab-case id.
    #[schemars(with = "String")]
    pub id: SStr,
    /// Display name.
    #[serde(default)]
    pub name: Option<String>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
}

impl FromText for RawStageDef {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.id.value)
    }
    fn from_text(text: String) -> Self {
        RawStageDef {
            id: super::text_or::unspanned(text),
            name: None,
            description: None,
        }
    }
}

/// `evidence: { source, confidence }`; a bare string is a source of unstated confidence.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvidence {
    /// Where the claim comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// `known` or `hypothesis`.
    #[serde(default)]
    pub confidence: Option<RawConfidence>,
}

impl FromText for RawEvidence {
    fn text_mut(&mut self) -> Option<&mut String> {
        self.source.as_mut()
    }
    fn from_text(text: String) -> Self {
        RawEvidence {
            source: Some(text),
            confidence: None,
        }
    }
}

/// Closed set for `confidence`.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawConfidence {
    Known,
    Hypothesis,
}

/// A journey file's front matter (or a whole `.yaml` journey).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawJourney {
    /// Overrides the file-stem id.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub id: Option<SStr>,
    /// Required title.
    pub title: String,
    /// Who the map is about: one clear segment (e.g. "Hospital system, 300+ beds").
    #[serde(default)]
    #[allow(missing_docs)]
    pub segment: Option<String>,
    /// Which part of the relationship the map covers.
    #[serde(default)]
    #[allow(missing_docs)]
    pub scope: Option<String>,
    /// A short description of the map: a sentence or two for the index card and the
    /// diagram's accessible description.
    #[serde(default)]
    #[allow(missing_docs)]
    pub description: Option<String>,
    /// `as-is` or `to-be`.
    #[serde(default)]
    pub state: Option<RawState>,
    /// The as-is journey a to-be map improves on.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub baseline: Option<SStr>,
    /// The journey this map details (a lifecycle map opens into detailed maps): its id.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub parent: Option<SStr>,
    /// The stage of the parent journey this map details: one of the parent's stage ids.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub parent_stage: Option<SStr>,
    /// Owning team.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub owner: Option<SStr>,
    /// Last review date (ISO).
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub reviewed: Option<SStr>,
    /// Review cadence, e.g. `90d`.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("pattern" = r"^[0-9]+[dwmy]$"))]
    pub review_every: Option<SStr>,
    /// Persona ids.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub personas: Vec<SStr>,
    /// The goal: what the business (journey) or the customer (stage) wants to achieve.
    #[serde(default)]
    #[allow(missing_docs)]
    pub goal: Option<String>,
    /// Evidence for the map as a whole.
    #[serde(default)]
    pub evidence: Option<OneOrMany<TextOr<RawEvidence>>>,
    /// The markets the journey runs in (ISO 3166-1 alpha-2 codes, each one of the site's
    /// `markets:`); leave out for all of the site's markets.
    #[serde(default)]
    #[schemars(with = "Option<Vec<MarketCode>>")]
    pub markets: Option<Vec<SStr>>,
    /// The stages, in order.
    #[schemars(with = "Vec<RawStage>")]
    pub stages: Vec<Spanned<RawStage>>,
    /// This map's own views, and overrides of site views (same `id`): `{ id, name, lanes,
    /// stages, personas, hypotheses, narrative }`.
    #[serde(default)]
    #[schemars(with = "Vec<RawView>")]
    pub views: Vec<Spanned<RawView>>,
}

/// `state`.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawState {
    AsIs,
    ToBe,
}

/// One stage of a journey.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawStage {
    /// Kebab-case id; defaults to the file name without extension.
    #[schemars(with = "String")]
    pub id: SStr,
    /// Display name.
    #[serde(default)]
    pub name: Option<String>,
    /// The goal: what the business (journey) or the customer (stage) wants to achieve.
    #[serde(default)]
    pub goal: Option<String>,
    /// What each role does: `{ persona, text, emotion, evidence }` or plain text.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawAction>>")]
    pub actions: Vec<Spanned<TextOr<RawAction>>>,
    /// What each role asks: `{ persona, text, evidence }` or plain text.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawPersonaText>>")]
    pub questions: Vec<Spanned<TextOr<RawPersonaText>>>,
    /// persona id → −2..2, in the order written.
    #[serde(default)]
    #[schemars(schema_with = "emotions_schema")]
    pub emotions: super::text_or::SpannedMap<i64>,
    /// Where the customer meets you: `{ name, channel, owner, personas, assets, evidence }`.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawTouchpoint>>")]
    pub touchpoints: Vec<Spanned<TextOr<RawTouchpoint>>>,
    /// Friction: `{ text, owner, severity, evidence }` or plain text.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawPainPoint>>")]
    pub pain_points: Vec<Spanned<TextOr<RawPainPoint>>>,
    /// Moments of truth: plain text or `{ text, evidence }`.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawText>>")]
    pub decision_moments: Vec<Spanned<TextOr<RawText>>>,
    /// Internal hand-offs between teams: `{ from, to, text, evidence }`.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawHandoff>>")]
    pub handoffs: Vec<Spanned<TextOr<RawHandoff>>>,
    /// Improvements: `{ text, owner, status, due, evidence }` or plain text.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawOpportunity>>")]
    pub opportunities: Vec<Spanned<TextOr<RawOpportunity>>>,
    /// Metrics: `{ name, target, current, evidence }`; values are free text.
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawMetric>>")]
    pub metrics: Vec<Spanned<TextOr<RawMetric>>>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<OneOrMany<TextOr<RawEvidence>>>,
}

/// An action or question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawPersonaText {
    /// Persona id (a file in content/personas/); leave out for the whole buying group.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub persona: Option<SStr>,
    /// The text.
    pub text: String,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawPersonaText {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.text)
    }
    fn from_text(text: String) -> Self {
        RawPersonaText {
            persona: None,
            text,
            evidence: None,
        }
    }
}

/// An action: a step that a role takes at a stage, optionally with how it feels
/// (`emotion`, the step-level emotion drawn in the emotion lane).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawAction {
    /// Persona id (a file in content/personas/); leave out for the whole buying group.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub persona: Option<SStr>,
    /// The text.
    pub text: String,
    /// How the persona feels at this step: -2 (very negative) .. 2 (very positive).
    #[serde(default)]
    #[schemars(with = "Option<EmotionScore>")]
    pub emotion: Option<Spanned<i64>>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawAction {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.text)
    }
    fn from_text(text: String) -> Self {
        RawAction {
            persona: None,
            text,
            emotion: None,
            evidence: None,
        }
    }
}

/// The schema of an emotion score: a whole number from −2 to 2.
#[allow(dead_code)]
struct EmotionScore;

impl JsonSchema for EmotionScore {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EmotionScore".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "minimum": -2,
            "maximum": 2,
            "description": "-2 (very negative), -1, 0 (neutral), 1, 2 (very positive)."
        })
    }
}

/// An item that needs only text (decision moments).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawText {
    /// The text.
    pub text: String,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawText {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.text)
    }
    fn from_text(text: String) -> Self {
        RawText {
            text,
            evidence: None,
        }
    }
}

/// A touchpoint.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawTouchpoint {
    /// Display name.
    pub name: String,
    /// Channel, free text: web, email, event, field, phone, portal, partner, internal, …
    #[serde(default)]
    pub channel: Option<String>,
    /// The owning team (one of `teams` in waymark.yaml, when they are listed).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub owner: Option<SStr>,
    /// Persona ids (files in content/personas/).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub personas: Vec<SStr>,
    /// Content asset ids from content/assets/*.yaml.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub assets: Vec<SStr>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawTouchpoint {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.name)
    }
    fn from_text(text: String) -> Self {
        RawTouchpoint {
            name: text,
            channel: None,
            owner: None,
            personas: Vec::new(),
            assets: Vec::new(),
            evidence: None,
        }
    }
}

/// A pain point.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawPainPoint {
    /// The text.
    pub text: String,
    /// The owning team (one of `teams` in waymark.yaml, when they are listed).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub owner: Option<SStr>,
    /// How much it hurts: low, medium or high.
    #[serde(default)]
    pub severity: Option<RawSeverity>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawPainPoint {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.text)
    }
    fn from_text(text: String) -> Self {
        RawPainPoint {
            text,
            owner: None,
            severity: None,
            evidence: None,
        }
    }
}

/// `severity`.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawSeverity {
    Low,
    Medium,
    High,
}

/// A hand-off between teams.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawHandoff {
    /// The team handing over.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub from: Option<SStr>,
    /// The team taking over.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub to: Option<SStr>,
    /// The text.
    pub text: String,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawHandoff {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.text)
    }
    fn from_text(text: String) -> Self {
        RawHandoff {
            from: None,
            to: None,
            text,
            evidence: None,
        }
    }
}

/// An opportunity.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawOpportunity {
    /// The text.
    pub text: String,
    /// The owning team (one of `teams` in waymark.yaml, when they are listed).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub owner: Option<SStr>,
    /// Status (closed set).
    #[serde(default)]
    pub status: Option<RawOpportunityStatus>,
    /// Due date, YYYY-MM-DD.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub due: Option<SStr>,
    /// What it is worth to the customer and the business: low, medium or high.
    #[serde(default)]
    pub value: Option<RawLevel>,
    /// What it costs to deliver: low, medium or high.
    #[serde(default)]
    pub effort: Option<RawLevel>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

/// Opportunity `value` and `effort` (closed set).
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawLevel {
    Low,
    Medium,
    High,
}

impl FromText for RawOpportunity {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.text)
    }
    fn from_text(text: String) -> Self {
        RawOpportunity {
            text,
            owner: None,
            status: None,
            due: None,
            value: None,
            effort: None,
            evidence: None,
        }
    }
}

/// Opportunity `status`.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawOpportunityStatus {
    Idea,
    Planned,
    InProgress,
    Blocked,
    Done,
    Dropped,
}

/// A metric; values are free text (`40%`, `6 months`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawMetric {
    /// Display name.
    pub name: String,
    /// Target value (free text: `40%`, `6 months`).
    #[serde(default)]
    pub target: Option<Scalar>,
    /// Current value (free text).
    #[serde(default)]
    pub current: Option<Scalar>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawMetric {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.name)
    }
    fn from_text(text: String) -> Self {
        RawMetric {
            name: text,
            target: None,
            current: None,
            evidence: None,
        }
    }
}

/// A persona file's front matter.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawPersona {
    /// Kebab-case id; defaults to the file name without extension.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub id: Option<SStr>,
    /// Display name.
    pub name: String,
    /// The role in a sentence.
    #[serde(default)]
    pub role: Option<String>,
    /// Kind, free text: patient, caregiver, clinician, buyer, payer, partner, internal, …
    #[serde(default)]
    pub kind: Option<String>,
    /// Role in the buying group: decision-maker, influencer, approver, gatekeeper, user or champion.
    #[serde(default)]
    pub buying_role: Option<RawBuyingRole>,
    /// What the persona wants to achieve.
    #[serde(default)]
    pub goals: Vec<String>,
    /// What the persona needs from you.
    #[serde(default)]
    pub needs: Vec<String>,
    /// What each role asks: `{ persona, text, evidence }` or plain text.
    #[serde(default)]
    pub questions: Vec<String>,
    /// What stops the persona.
    #[serde(default)]
    pub blockers: Vec<String>,
    /// Channels the persona uses.
    #[serde(default)]
    pub channels: Vec<String>,
    /// A quote in the persona's own words.
    #[serde(default)]
    pub quote: Option<String>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<OneOrMany<TextOr<RawEvidence>>>,
}

/// `buying_role`.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawBuyingRole {
    DecisionMaker,
    Influencer,
    Approver,
    Gatekeeper,
    User,
    Champion,
}

/// One entry of a `content/assets/*.yaml` list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawAsset {
    /// Kebab-case id; defaults to the file name without extension.
    #[schemars(with = "String")]
    pub id: SStr,
    /// Title (required).
    pub title: String,
    /// Format, free text: article, guide, webinar, case study, calculator, email, video, checklist, …
    #[serde(default)]
    pub format: Option<String>,
    /// Channel, free text: web, email, event, field, phone, portal, partner, internal, …
    #[serde(default)]
    pub channel: Option<String>,
    /// Stage ids the asset serves.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub stages: Vec<SStr>,
    /// Persona ids (files in content/personas/).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub personas: Vec<SStr>,
    /// Journey ids the asset serves; leave out for every journey.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub journeys: Option<Vec<SStr>>,
    /// The owning team (one of `teams` in waymark.yaml, when they are listed).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub owner: Option<SStr>,
    /// Status (closed set).
    #[serde(default)]
    pub status: Option<RawAssetStatus>,
    /// Medical, legal and regulatory review: `{ by, approved, expires }`.
    #[serde(default)]
    pub review: Option<RawReview>,
    /// Where the asset lives.
    #[serde(default)]
    pub url: Option<String>,
    /// Evidence: `{ source, confidence: known | hypothesis }` or a source as plain text.
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
    /// The material or job code given by MLR review (e.g. `EH-CT-0142`), as text.
    #[serde(default)]
    pub code: Option<Scalar>,
    /// The version of the approved material (e.g. `3` or `2.1`), as text.
    #[serde(default)]
    pub version: Option<Scalar>,
    /// The markets the asset is approved for: ISO 3166-1 alpha-2 codes, each one of the
    /// site's `markets:`; leave out for all of the site's markets.
    #[serde(default)]
    #[schemars(with = "Option<Vec<MarketCode>>")]
    pub markets: Option<Vec<SStr>>,
    /// The products the asset speaks about (free text).
    #[serde(default)]
    pub products: Vec<String>,
    /// The claims the asset makes: `{ text, references: [text] }`, or a claim as plain
    /// text (a claim without references is a lint).
    #[serde(default)]
    #[schemars(with = "Vec<TextOr<RawClaim>>")]
    pub claims: Vec<Spanned<TextOr<RawClaim>>>,
}

/// A claim an asset makes, with the references that support it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    /// The claim as the asset states it.
    pub text: String,
    /// The references cited for it (free text: a publication, a study report, data on file).
    #[serde(default)]
    pub references: Vec<String>,
}

impl FromText for RawClaim {
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(&mut self.text)
    }
    fn from_text(text: String) -> Self {
        RawClaim {
            text,
            references: Vec::new(),
        }
    }
}

/// Asset `status`.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawAssetStatus {
    Idea,
    Planned,
    InProgress,
    InReview,
    Approved,
    Published,
    Retired,
}

/// Asset `review: { by, approved, expires }`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawReview {
    /// Who reviewed it.
    #[serde(default)]
    pub by: Option<String>,
    /// Approval date, YYYY-MM-DD.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub approved: Option<SStr>,
    /// Approval expiry date, YYYY-MM-DD.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub expires: Option<SStr>,
}

/// A scalar kept as text whatever its YAML type (`40%`, `12`, `0.4`).
#[derive(Debug, Clone)]
pub struct Scalar(pub String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a short text")
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        // As a string: serde-saphyr then gives a plain scalar as written (`2.50` stays
        // `2.50`, not the number 2.5).
        d.deserialize_string(V)
    }
}

/// The schema of `emotions`: persona id → a whole number from −2 to 2.
fn emotions_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "object",
        "description": "How each persona feels at this stage: persona id → -2 (very negative) .. 2 (very positive).",
        "additionalProperties": { "type": "integer", "minimum": -2, "maximum": 2 }
    })
}

impl JsonSchema for Scalar {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Scalar".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": ["string", "number", "boolean"] })
    }
}
