//! The site settings part of a diff: what changed in `waymark.yaml` (markets, the expiry
//! warning, the stage vocabulary, teams, title, theme and any other setting), and its
//! sentences. Kept apart from [`super::diff`], which compares the maps.

use serde::Serialize;

use super::diff::other_fields;
use crate::model::SiteConfig;

/// What changed in `waymark.yaml` between two sites; `None` fields did not change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SettingsChange {
    /// `markets`: (added, removed) ISO 3166-1 codes, each in the order written.
    pub markets: Option<(Vec<String>, Vec<String>)>,
    /// `expiry_warning` in days (old, new).
    pub expiry_warning_days: Option<(u32, u32)>,
    /// `review_every` in days (old, new).
    pub review_every_days: Option<(u32, u32)>,
    /// `stages`: (added, removed) stage ids of the site's vocabulary.
    pub stages: Option<(Vec<String>, Vec<String>)>,
    /// `teams`: (added, removed) team names.
    pub teams: Option<(Vec<String>, Vec<String>)>,
    /// `views`: the site's named views added, removed or changed.
    pub views: Vec<super::diff::ViewChange>,
    /// The other settings that changed, by name (`title`, `theme`, `description`, …).
    pub fields: Vec<String>,
}

impl SettingsChange {
    /// Whether no setting changed.
    pub fn is_empty(&self) -> bool {
        *self == SettingsChange::default()
    }

    /// Number of settings that changed.
    pub fn len(&self) -> usize {
        usize::from(self.markets.is_some())
            + usize::from(self.expiry_warning_days.is_some())
            + usize::from(self.review_every_days.is_some())
            + usize::from(self.stages.is_some())
            + usize::from(self.teams.is_some())
            + self.views.len()
            + self.fields.len()
    }
}

/// Items of `new` not in `old` and items of `old` not in `new`; `None` when both are empty.
fn added_removed(old: &[String], new: &[String]) -> Option<(Vec<String>, Vec<String>)> {
    let added: Vec<String> = new.iter().filter(|x| !old.contains(x)).cloned().collect();
    let removed: Vec<String> = old.iter().filter(|x| !new.contains(x)).cloned().collect();
    (!added.is_empty() || !removed.is_empty()).then_some((added, removed))
}

fn changed<T: PartialEq + Copy>(old: T, new: T) -> Option<(T, T)> {
    (old != new).then_some((old, new))
}

/// What changed from `old` to `new`. The market of a `--market` build is not a setting and
/// is never compared.
pub fn settings_change(old: &SiteConfig, new: &SiteConfig) -> SettingsChange {
    let ids = |c: &SiteConfig| c.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    let mut stages = added_removed(&ids(old), &ids(new));
    // Same ids, but renamed, described or reordered: a change of the stages all the same.
    if stages.is_none()
        && serde_json::to_value(&old.stages).ok() != serde_json::to_value(&new.stages).ok()
    {
        stages = Some((Vec::new(), Vec::new()));
    }
    SettingsChange {
        markets: added_removed(&old.mlr.markets, &new.mlr.markets),
        expiry_warning_days: changed(old.mlr.expiry_warning_days, new.mlr.expiry_warning_days),
        review_every_days: changed(old.review_every_days, new.review_every_days),
        stages,
        teams: added_removed(&old.teams, &new.teams),
        views: super::diff::view::view_changes(&old.views, &new.views, false),
        fields: other_fields(
            old,
            new,
            &[
                "markets",
                "expiry_warning_days",
                "market",
                "review_every_days",
                "stages",
                "teams",
                "views",
            ],
        ),
    }
}

fn list(items: &[String]) -> String {
    items.join(", ")
}

fn plural(n: u32) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One sentence a changed setting, in the order of [`SettingsChange`]'s fields.
pub fn sentences(c: &SettingsChange) -> Vec<String> {
    let mut out = Vec::new();
    let mut added_removed = |what: &str, (added, removed): &(Vec<String>, Vec<String>)| match (
        added.is_empty(),
        removed.is_empty(),
    ) {
        (false, false) => out.push(format!(
            "{what}: {} added, {} removed.",
            list(added),
            list(removed)
        )),
        (false, true) => out.push(format!("{what}: {} added.", list(added))),
        (true, false) => out.push(format!("{what}: {} removed.", list(removed))),
        (true, true) => out.push(format!("{what}: renamed, described or reordered.")),
    };
    if let Some(m) = &c.markets {
        added_removed("The site's markets", m);
    }
    if let Some(s) = &c.stages {
        added_removed("The site's stages", s);
    }
    if let Some(t) = &c.teams {
        added_removed("The site's teams", t);
    }
    if let Some((o, n)) = c.expiry_warning_days {
        out.push(format!(
            "Approvals now count as expiring {n} day{} before they expire (was {o}).",
            plural(n)
        ));
    }
    if let Some((o, n)) = c.review_every_days {
        out.push(format!(
            "Journeys are now due for review every {n} day{} (was {o}).",
            plural(n)
        ));
    }
    for v in &c.views {
        out.push(super::diff::view_sentence(v, "The site's view"));
    }
    if !c.fields.is_empty() {
        out.push(format!("Changed {}.", list(&c.fields)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExportSet, MlrConfig, StageDef};

    fn config() -> SiteConfig {
        SiteConfig {
            title: "Site".into(),
            description: None,
            base_url: None,
            theme: "default".into(),
            stages: vec![StageDef {
                id: "awareness".into(),
                name: "Awareness".into(),
                description: None,
            }],
            teams: vec!["Marketing".into()],
            review_every_days: 90,
            exports: ExportSet::ALL,
            mlr: MlrConfig::default(),
            language: "en".into(),
            ui: crate::i18n::Catalogue::english(),
            labels: crate::model::DiagramLabels::english(),
            views: Vec::new(),
        }
    }

    #[test]
    fn the_same_settings_are_no_change() {
        assert!(settings_change(&config(), &config()).is_empty());
    }

    #[test]
    fn every_setting_is_named() {
        let old = config();
        let mut new = config();
        new.mlr.markets = vec!["DE".into(), "JP".into()];
        new.mlr.expiry_warning_days = 60;
        new.review_every_days = 30;
        new.stages[0].name = "Discovery".into();
        new.teams.push("Sales".into());
        new.title = "Portfolio".into();
        new.theme = "dark".into();
        new.mlr.market = Some("DE".into());
        let c = settings_change(&old, &new);
        assert_eq!(c.len(), 7, "{c:?}");
        assert_eq!(
            sentences(&c),
            [
                "The site's markets: DE, JP added.",
                "The site's stages: renamed, described or reordered.",
                "The site's teams: Sales added.",
                "Approvals now count as expiring 60 days before they expire (was 30).",
                "Journeys are now due for review every 30 days (was 90).",
                "Changed theme, title.",
            ]
        );
    }
}
