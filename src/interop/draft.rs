//! A journey being imported: plain data that [`super::emit_yaml`] writes as a waymark file.
//!
//! Importers (Mermaid, sheets) fill a [`DraftJourney`]; ids are already kebab-case and every
//! persona named in it is listed in `personas`.

/// `evidence: { source, confidence }`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftEvidence {
    /// Where the claim comes from.
    pub source: Option<String>,
    /// `known` or `hypothesis`.
    pub confidence: Option<&'static str>,
}

/// An action, question or decision moment.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftText {
    /// Persona id; `None` for the whole buying group.
    pub persona: Option<String>,
    /// The text.
    pub text: String,
    /// Actions only: the step-level emotion, −2..2 (`emotion:`).
    pub emotion: Option<i8>,
    /// Evidence, if any.
    pub evidence: Option<DraftEvidence>,
}

/// A touchpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftTouchpoint {
    /// Name.
    pub name: String,
    /// Channel (free text).
    pub channel: Option<String>,
    /// Owning team.
    pub owner: Option<String>,
    /// Persona ids.
    pub personas: Vec<String>,
    /// Evidence, if any.
    pub evidence: Option<DraftEvidence>,
}

/// A pain point or an opportunity.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftOwned {
    /// The text.
    pub text: String,
    /// Owning team.
    pub owner: Option<String>,
    /// `severity` for pain points (`low`, `medium`, `high`).
    pub severity: Option<&'static str>,
    /// Evidence, if any.
    pub evidence: Option<DraftEvidence>,
}

/// One stage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftStage {
    /// Kebab-case id.
    pub id: String,
    /// Display name (always written for imported stages, which makes them journey-local
    /// unless the id is in the site vocabulary).
    pub name: Option<String>,
    /// Stage goal.
    pub goal: Option<String>,
    /// Actions.
    pub actions: Vec<DraftText>,
    /// Questions.
    pub questions: Vec<DraftText>,
    /// persona id → −2..2, in persona order.
    pub emotions: Vec<(String, i8)>,
    /// Touchpoints.
    pub touchpoints: Vec<DraftTouchpoint>,
    /// Pain points.
    pub pain_points: Vec<DraftOwned>,
    /// Decision moments.
    pub decision_moments: Vec<DraftText>,
    /// Opportunities.
    pub opportunities: Vec<DraftOwned>,
}

/// A persona named by an import.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftPersona {
    /// Kebab-case id (the file name).
    pub id: String,
    /// The name as written in the source (kept whatever its script).
    pub name: String,
    /// Whether a file for it already exists in the site (then it is not written).
    pub exists: bool,
}

/// A whole journey.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftJourney {
    /// Kebab-case id (the file name).
    pub id: String,
    /// Title.
    pub title: String,
    /// `description:` (from Mermaid's `accDescr`).
    pub description: Option<String>,
    /// Persona ids in order of first appearance.
    pub personas: Vec<String>,
    /// Stages in order.
    pub stages: Vec<DraftStage>,
    /// Markdown written after the front matter.
    pub narrative: String,
}
