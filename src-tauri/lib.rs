//! The DP Hub desktop app: windows, the open database and the commands the UI calls. Every rule lives
//! in `dphub-core`; this crate only connects it to the webview.

mod commands;
mod error;
mod pdf_file;
mod state;

use std::path::PathBuf;

pub use error::AppError;
pub use state::AppState;

/// The name of every command the UI may call, from the one command list.
pub const COMMAND_NAMES: &[&str] = commands::list::NAMES;
use tauri::{Builder, Runtime};

/// Adds DP Hub's state and commands to a builder: the real app and the mock-runtime tests share it.
pub fn with_dphub<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
        .invoke_handler(commands::list::handler())
}

/// The database the app opens: `--db PATH` on the command line, else `DPHUB_DB`, else the default
/// file in the app's data folder.
fn db_path_from_args() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    let mut given = None;
    while let Some(arg) = args.next() {
        if arg == "--db" {
            given = args.next().map(PathBuf::from);
        } else if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--db=")) {
            given = Some(PathBuf::from(path));
        }
    }
    dphub_core::app::resolve_db_path(given)
}

/// For the end-to-end tests only: WebDriver cannot drive the system's Save dialog, so when
/// `DPHUB_E2E_SAVE_PATH` is set the window is given that path (as `window.__DPHUB_E2E_SAVE_PATH__`)
/// and the UI saves exports there instead of asking. Without the variable nothing is added.
fn e2e_save_path<R: Runtime>() -> Option<tauri::plugin::TauriPlugin<R>> {
    let path = std::env::var("DPHUB_E2E_SAVE_PATH").ok()?;
    let script = format!(
        "window.__DPHUB_E2E_SAVE_PATH__ = {};",
        serde_json::to_string(&path).ok()?
    );
    Some(
        tauri::plugin::Builder::new("dphub-e2e")
            .js_init_script(script)
            .build(),
    )
}

pub fn run() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // WebKitGTK's DMA-BUF renderer shows a blank window on some GPUs and virtual displays.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let state = AppState::open(db_path_from_args());
    let builder = with_dphub(tauri::Builder::default(), state).plugin(tauri_plugin_dialog::init());
    let builder = match e2e_save_path() {
        Some(plugin) => builder.plugin(plugin),
        None => builder,
    };
    builder
        .build(tauri::generate_context!())
        .expect("DP Hub could not start its window")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                use tauri::Manager;
                app.state::<AppState>().on_quit();
            }
        });
}
