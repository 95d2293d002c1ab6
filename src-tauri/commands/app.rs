//! About the app itself: its version and the database in use.

use dphub_core::app::Protection;
use serde::Serialize;
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::AppResult;

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    /// Where the data is stored.
    pub db_path: Option<String>,
    /// Why the database could not be opened, if it could not.
    pub db_error: Option<String>,
    /// Set while the database waits for a passphrase: `new` or `plain` to choose one, `passphrase`
    /// to enter it. Nothing else can be shown until it is unlocked.
    pub locked: Option<Protection>,
    /// Today's date on this computer, which the screens use for ages and due dates.
    pub today: String,
}

pub fn app_info(cx: &Ctx, _: NoArgs) -> AppResult<AppInfo> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path: cx.state.db_path.as_ref().map(|p| p.display().to_string()),
        db_error: cx.state.store_error(),
        locked: cx.state.locked_as(),
        today: dphub_core::today().to_string(),
    })
}
