//! waymark: journey maps as code.
//!
//! One way through: files → [`load`] (spans kept) → [`check`] (diagnostics) → [`model`]
//! (ids resolved) → [`views`] (derived) → [`diagram`] and [`render`] → [`write`].
//! [`pipeline`] runs them in order; [`init`] writes a starter site.

pub mod base;
pub mod check;
pub mod diagnostic;
pub mod diagram;
pub mod export;
pub mod fonts;
pub mod history;
pub mod i18n;
pub mod init;
pub mod interop;
pub mod limits;
pub mod links;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod serve;
pub mod views;
pub mod write;
