//! The lanes of a journey by their field names, as a view's `lanes:` lists them: plain
//! values that `check` reads to name an unknown lane and the model keeps.

use serde::Serialize;

/// A swimlane of a journey, named as the stage field it shows (`pain_points`, …).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Lane {
    /// `actions`.
    Actions,
    /// `questions`.
    Questions,
    /// `touchpoints`.
    Touchpoints,
    /// `emotions`: the emotion chart (stage emotions and actions' step emotions).
    Emotions,
    /// `pain_points`.
    PainPoints,
    /// `decision_moments`.
    DecisionMoments,
    /// `handoffs`.
    Handoffs,
    /// `opportunities`.
    Opportunities,
    /// `metrics`.
    Metrics,
}

impl Lane {
    /// Every lane, in the diagram's order (top to bottom).
    pub const ALL: [Lane; 9] = [
        Lane::Actions,
        Lane::Questions,
        Lane::Touchpoints,
        Lane::Emotions,
        Lane::PainPoints,
        Lane::DecisionMoments,
        Lane::Handoffs,
        Lane::Opportunities,
        Lane::Metrics,
    ];

    /// The field name as written in a view's `lanes:` (`pain_points`).
    pub fn name(self) -> &'static str {
        match self {
            Lane::Actions => "actions",
            Lane::Questions => "questions",
            Lane::Touchpoints => "touchpoints",
            Lane::Emotions => "emotions",
            Lane::PainPoints => "pain_points",
            Lane::DecisionMoments => "decision_moments",
            Lane::Handoffs => "handoffs",
            Lane::Opportunities => "opportunities",
            Lane::Metrics => "metrics",
        }
    }

    /// The lane of a field name; `None` for any other word (`check` reports it).
    pub fn from_name(name: &str) -> Option<Lane> {
        Lane::ALL.into_iter().find(|l| l.name() == name)
    }

    /// The key of the lane's title in the message catalogue (`lane-pains`).
    pub fn message_key(self) -> &'static str {
        match self {
            Lane::Actions => "lane-actions",
            Lane::Questions => "lane-questions",
            Lane::Touchpoints => "lane-touchpoints",
            Lane::Emotions => "lane-emotion",
            Lane::PainPoints => "lane-pains",
            Lane::DecisionMoments => "lane-decisions",
            Lane::Handoffs => "lane-handoffs",
            Lane::Opportunities => "lane-opportunities",
            Lane::Metrics => "lane-metrics",
        }
    }
}
