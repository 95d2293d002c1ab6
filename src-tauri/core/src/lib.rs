//! DP Hub's core: the domain rules and storage for managing a social-care direct payment, with no
//! GUI dependency. The desktop app and the `dphub` command line are thin layers over it.

pub mod checklists;
pub mod choice;
pub mod contacts;
pub mod costs;
pub mod documents;
pub mod employment;
pub mod error;
mod fields;
pub mod input;
pub mod money;
mod parallel;
pub mod people;
pub mod period;
pub mod store;
pub mod validation;

pub use error::{CoreError, CoreResult};
pub use store::Store;

/// The app's identifier: names its data folder on every platform (and is Tauri's `identifier`).
pub const APP_IDENTIFIER: &str = "org.dphub.desktop";

/// Today's date on this computer, for the rules that depend on it.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
