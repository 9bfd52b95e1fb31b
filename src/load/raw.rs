//! The files as written: serde structs for `waymark.yaml`, journeys, personas and assets.
//!
//! Every struct denies unknown fields (the loader turns serde's message into a "did you
//! mean"). Ids, references and dates are [`Spanned`] so that `check` can point at them;
//! dates stay text here and are parsed (and reported when bad) by `check`.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::text_or::{FromText, OneOrMany, TextOr};

/// A string with its location in the source.
pub type SStr = Spanned<String>;

/// `waymark.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Site title.
    pub title: String,
    /// One-line description.
    #[serde(default)]
    pub description: Option<String>,
    /// Absolute URL of the published site.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Theme folder name.
    #[serde(default)]
    pub theme: Option<SStr>,
    /// Default review cadence, e.g. `90d`.
    #[serde(default)]
    pub review_every: Option<SStr>,
    /// Known team names.
    #[serde(default)]
    pub teams: Vec<SStr>,
    /// Stage vocabulary.
    #[serde(default)]
    pub stages: Vec<Spanned<TextOr<RawStageDef>>>,
}

/// An entry of the stage vocabulary: `{ id, name, description }` or a bare id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStageDef {
    /// Kebab-case id.
    pub id: SStr,
    /// Display name.
    #[serde(default)]
    pub name: Option<String>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
}

impl FromText for RawStageDef {
    fn from_text(text: String) -> Self {
        RawStageDef {
            id: super::text_or::unspanned(text),
            name: None,
            description: None,
        }
    }
}

/// `evidence: { source, confidence }`; a bare string is a source of unstated confidence.
#[derive(Debug, Deserialize)]
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
    fn from_text(text: String) -> Self {
        RawEvidence {
            source: Some(text),
            confidence: None,
        }
    }
}

/// Closed set for `confidence`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawConfidence {
    Known,
    Hypothesis,
}

/// A journey file's front matter (or a whole `.yaml` journey).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJourney {
    /// Overrides the file-stem id.
    #[serde(default)]
    pub id: Option<SStr>,
    /// Required title.
    pub title: String,
    #[serde(default)]
    #[allow(missing_docs)]
    pub segment: Option<String>,
    #[serde(default)]
    #[allow(missing_docs)]
    pub scope: Option<String>,
    /// `as-is` or `to-be`.
    #[serde(default)]
    pub state: Option<RawState>,
    /// The as-is journey a to-be map improves on.
    #[serde(default)]
    pub baseline: Option<SStr>,
    /// Owning team.
    #[serde(default)]
    pub owner: Option<SStr>,
    /// Last review date (ISO).
    #[serde(default)]
    pub reviewed: Option<SStr>,
    /// Review cadence, e.g. `90d`.
    #[serde(default)]
    pub review_every: Option<SStr>,
    /// Persona ids.
    #[serde(default)]
    pub personas: Vec<SStr>,
    #[serde(default)]
    #[allow(missing_docs)]
    pub goal: Option<String>,
    /// Evidence for the map as a whole.
    #[serde(default)]
    pub evidence: Option<OneOrMany<TextOr<RawEvidence>>>,
    /// The stages, in order.
    pub stages: Vec<Spanned<RawStage>>,
}

/// `state`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawState {
    AsIs,
    ToBe,
}

/// One stage of a journey.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawStage {
    pub id: SStr,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub goal: Option<String>,
    #[serde(default)]
    pub actions: Vec<Spanned<TextOr<RawPersonaText>>>,
    #[serde(default)]
    pub questions: Vec<Spanned<TextOr<RawPersonaText>>>,
    /// persona id → −2..2, in the order written.
    #[serde(default)]
    pub emotions: super::text_or::SpannedMap<i64>,
    #[serde(default)]
    pub touchpoints: Vec<Spanned<TextOr<RawTouchpoint>>>,
    #[serde(default)]
    pub pain_points: Vec<Spanned<TextOr<RawPainPoint>>>,
    #[serde(default)]
    pub decision_moments: Vec<Spanned<TextOr<RawText>>>,
    #[serde(default)]
    pub handoffs: Vec<Spanned<TextOr<RawHandoff>>>,
    #[serde(default)]
    pub opportunities: Vec<Spanned<TextOr<RawOpportunity>>>,
    #[serde(default)]
    pub metrics: Vec<Spanned<TextOr<RawMetric>>>,
    #[serde(default)]
    pub evidence: Option<OneOrMany<TextOr<RawEvidence>>>,
}

/// An action or question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawPersonaText {
    #[serde(default)]
    pub persona: Option<SStr>,
    pub text: String,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawPersonaText {
    fn from_text(text: String) -> Self {
        RawPersonaText {
            persona: None,
            text,
            evidence: None,
        }
    }
}

/// An item that needs only text (decision moments).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawText {
    pub text: String,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawText {
    fn from_text(text: String) -> Self {
        RawText {
            text,
            evidence: None,
        }
    }
}

/// A touchpoint.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawTouchpoint {
    pub name: String,
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub owner: Option<SStr>,
    #[serde(default)]
    pub personas: Vec<SStr>,
    #[serde(default)]
    pub assets: Vec<SStr>,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawTouchpoint {
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawPainPoint {
    pub text: String,
    #[serde(default)]
    pub owner: Option<SStr>,
    #[serde(default)]
    pub severity: Option<RawSeverity>,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawPainPoint {
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
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RawSeverity {
    Low,
    Medium,
    High,
}

/// A hand-off between teams.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawHandoff {
    #[serde(default)]
    pub from: Option<SStr>,
    #[serde(default)]
    pub to: Option<SStr>,
    pub text: String,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawHandoff {
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawOpportunity {
    pub text: String,
    #[serde(default)]
    pub owner: Option<SStr>,
    #[serde(default)]
    pub status: Option<RawOpportunityStatus>,
    #[serde(default)]
    pub due: Option<SStr>,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawOpportunity {
    fn from_text(text: String) -> Self {
        RawOpportunity {
            text,
            owner: None,
            status: None,
            due: None,
            evidence: None,
        }
    }
}

/// Opportunity `status`.
#[derive(Debug, Clone, Copy, Deserialize)]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawMetric {
    pub name: String,
    #[serde(default)]
    pub target: Option<Scalar>,
    #[serde(default)]
    pub current: Option<Scalar>,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

impl FromText for RawMetric {
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawPersona {
    #[serde(default)]
    pub id: Option<SStr>,
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub buying_role: Option<RawBuyingRole>,
    #[serde(default)]
    pub goals: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub blockers: Vec<String>,
    #[serde(default)]
    pub channels: Vec<String>,
    #[serde(default)]
    pub quote: Option<String>,
    #[serde(default)]
    pub evidence: Option<OneOrMany<TextOr<RawEvidence>>>,
}

/// `buying_role`.
#[derive(Debug, Clone, Copy, Deserialize)]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawAsset {
    pub id: SStr,
    pub title: String,
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub stages: Vec<SStr>,
    #[serde(default)]
    pub personas: Vec<SStr>,
    #[serde(default)]
    pub journeys: Option<Vec<SStr>>,
    #[serde(default)]
    pub owner: Option<SStr>,
    #[serde(default)]
    pub status: Option<RawAssetStatus>,
    #[serde(default)]
    pub review: Option<RawReview>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub evidence: Option<TextOr<RawEvidence>>,
}

/// Asset `status`.
#[derive(Debug, Clone, Copy, Deserialize)]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawReview {
    #[serde(default)]
    pub by: Option<String>,
    #[serde(default)]
    pub approved: Option<SStr>,
    #[serde(default)]
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
        d.deserialize_any(V)
    }
}
