//! What the IPC tests share: an app on Tauri's mock runtime with the real command handlers and
//! capabilities, windows, and a way to call a command as the webview would.

use dphub_app::{with_dphub, AppState};
use dphub_core::Database;
use serde_json::Value;
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

pub fn app_with(state: AppState) -> App<tauri::test::MockRuntime> {
    with_dphub(mock_builder(), state)
        .build(tauri::generate_context!(test = true))
        .expect("app builds")
}

pub fn window(
    app: &App<tauri::test::MockRuntime>,
    label: &str,
) -> WebviewWindow<tauri::test::MockRuntime> {
    WebviewWindowBuilder::new(app, label, Default::default())
        .build()
        .expect("window builds")
}

/// How the tests' databases are unlocked: a key in a keychain in memory, never the system's.
pub fn test_unlock() -> dphub_core::app::Unlock {
    let keychain = dphub_core::app::unlock::MemoryKeychain::default();
    dphub_core::app::Unlock::with_keychain(std::sync::Arc::new(keychain))
}

pub fn app_on_temp_db() -> (tempfile::TempDir, App<tauri::test::MockRuntime>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ipc.sqlite3");
    let store = Database::open(&path, &test_unlock()).map_err(|e| e.to_string());
    (dir, app_with(AppState::new(Some(path), store)))
}

pub fn invoke(
    window: &WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: tauri::ipc::CallbackFn(0),
        error: tauri::ipc::CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: tauri::ipc::InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request)
        .map(|body| body.deserialize::<Value>().expect("JSON response"))
}

/// The PDF's text as `pdftotext` reads it (poppler-utils; `scripts/setup.sh --for-tests` installs it).
#[allow(dead_code)] // not every IPC test binary reads a PDF
pub fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(out.stdout).unwrap()
}
