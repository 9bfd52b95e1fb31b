//! Views: data derived from the resolved model for pages and lints (health, plan matrix,
//! ownership, backlog). Takes a [`crate::model::Site`]; gives plain structs; knows no HTML.

pub mod backlog;
pub mod channels;
pub mod compare;
pub mod health;
pub mod named;
pub mod ownership;
pub mod persona;
pub mod plan;
pub mod register;
