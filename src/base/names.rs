//! The ids a site defines, collected by `check` and read by `model::build`.

use std::collections::BTreeSet;

/// The ids a site defines, as `check` and `model::build` see them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    /// Persona ids.
    pub personas: BTreeSet<String>,
    /// Asset ids.
    pub assets: BTreeSet<String>,
    /// Journey ids.
    pub journeys: BTreeSet<String>,
    /// Stage ids of the site vocabulary, in order.
    pub vocabulary: Vec<String>,
    /// Every stage id: vocabulary plus journey-local ones.
    pub stages: BTreeSet<String>,
    /// Known teams (empty: teams are not checked).
    pub teams: Vec<String>,
    /// Kinds of reference not checked because a file defining them failed to load, so one
    /// error does not cascade into many.
    pub unchecked: Vec<Kind>,
    /// Whether `waymark.yaml` loaded (else its vocabulary is unknown, not empty).
    pub config_loaded: bool,
    /// The site's `markets:` (alpha-2 codes as written); empty: any valid code is accepted.
    pub markets: Vec<String>,
}

/// What an id or a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `content/personas/ID.md`.
    Persona,
    /// An entry of `content/assets/*.yaml`.
    Asset,
    /// `content/journeys/ID.md|yaml`.
    Journey,
    /// A stage of the site vocabulary or of a journey.
    Stage,
    /// A team of `waymark.yaml` → `teams`.
    Team,
    /// A named view (`views:` in `waymark.yaml` or a journey); never referenced by id.
    View,
}

impl Kind {
    /// The word used in messages and codes: `persona`, `asset`, …
    pub fn label(self) -> &'static str {
        match self {
            Kind::Persona => "persona",
            Kind::Asset => "asset",
            Kind::Journey => "journey",
            Kind::Stage => "stage",
            Kind::Team => "team",
            Kind::View => "view",
        }
    }
}
