//! DP Hub's core: the domain rules and storage for managing a social-care direct payment, with no
//! GUI or command-line dependency. Three layers, each importing only those below it:
//! [`model`] (pure rules and types) → `store` (the database, private to this crate) → [`app`] (the
//! use cases, the only door the desktop shell and the `dphub` command line use).

pub mod app;
pub mod model;
pub(crate) mod store;

pub use app::Database;
pub use model::error::{CoreError, CoreResult};

/// The app's identifier: names its data folder on every platform (and is Tauri's `identifier`).
pub const APP_IDENTIFIER: &str = "org.dphub.desktop";

/// Today's date on this computer, for the rules that depend on it.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
