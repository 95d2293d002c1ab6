use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::state::AppState;

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    /// Where the data is stored.
    pub db_path: Option<String>,
    /// Why the database could not be opened, if it could not.
    pub db_error: Option<String>,
    /// Today's date on this computer, which the screens use for ages and due dates.
    pub today: String,
}

#[tauri::command(rename_all = "snake_case")]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path: state.db_path.as_ref().map(|p| p.display().to_string()),
        db_error: state.store_error().map(str::to_string),
        today: dphub_core::today().to_string(),
    }
}
