//! waymark: journey maps as code.
//!
//! One way through: files → [`load`] (spans kept) → [`check`] (diagnostics) → [`model`]
//! (ids resolved) → [`views`] (derived) → [`diagram`] and [`render`] → [`write`].

pub mod diagram;
pub mod model;
pub mod views;
