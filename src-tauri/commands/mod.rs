//! The commands the UI calls. Each is a few lines: take the arguments, call the core, map the result.

pub mod app;
pub mod checklists;
pub mod contacts;
pub mod costs;
pub mod documents;
pub mod employment;
pub mod import;
pub mod people;
