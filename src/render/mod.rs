//! Placeholder until the page renderer lands.
use crate::model::Site;
/// A rendered file.
pub struct OutputFile {
    /// path
    pub path: String,
    /// bytes
    pub bytes: Vec<u8>,
}
/// Templates and theme assets.
pub struct ThemeFiles;
/// Render error.
#[derive(Debug, thiserror::Error)]
#[error("render")]
pub struct RenderError;
impl ThemeFiles {
    /// load
    pub fn load(_: &std::path::Path, _: &str) -> Result<Self, RenderError> {
        Ok(ThemeFiles)
    }
}
/// render
pub fn render_site(_: &Site, _: &ThemeFiles) -> Result<Vec<OutputFile>, RenderError> {
    Ok(vec![OutputFile {
        path: "index.html".into(),
        bytes: b"stub".to_vec(),
    }])
}
