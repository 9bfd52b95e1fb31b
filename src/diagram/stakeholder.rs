//! The stakeholder map.
use crate::model::{Journey, Site};

/// Renders the stakeholder map.
pub fn render(_site: &Site, _journey: &Journey) -> String {
    String::new()
}
