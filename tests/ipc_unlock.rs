//! Unlocking at start, through the commands: choosing the first passphrase, entering it, and
//! nothing else answering while locked.

use dphub_app::AppState;
use serde_json::json;

use crate::common::{app_with, invoke, window};

#[test]
fn a_new_database_waits_for_its_first_passphrase_typed_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite3");
    let app = app_with(AppState::locked(path.clone(), None));
    let main = window(&app, "main");

    let info = invoke(&main, "app_info", json!({})).unwrap();
    assert_eq!(info["locked"], "new");
    assert_eq!(info["db_error"], json!(null));
    let error = invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": false }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "storage");
    assert!(error["message"].as_str().unwrap().contains("locked"));

    let differ = json!({ "passphrase": "tulips in april", "confirm": "tulips in aprill" });
    let error = invoke(&main, "set_first_passphrase", differ).unwrap_err();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["field"], "confirm");
    let short = json!({ "passphrase": "tulip", "confirm": "tulip" });
    let error = invoke(&main, "set_first_passphrase", short).unwrap_err();
    assert_eq!(error["field"], "passphrase");
    assert!(
        !path.exists(),
        "nothing is made until the passphrase is accepted"
    );

    let good = json!({ "passphrase": "tulips in april", "confirm": "tulips in april" });
    let info = invoke(&main, "set_first_passphrase", good).unwrap();
    assert_eq!(info["locked"], json!(null));
    let people = invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": false }),
    );
    assert_eq!(people.unwrap(), json!([]));
}

#[test]
fn a_database_with_a_passphrase_opens_only_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kept.sqlite3");
    let first = dphub_core::app::Unlock::with_passphrase("tulips in april");
    drop(dphub_core::Database::open(&path, &first).unwrap());

    let app = app_with(AppState::locked(path, None));
    let main = window(&app, "main");
    assert_eq!(
        invoke(&main, "app_info", json!({})).unwrap()["locked"],
        "passphrase"
    );
    let error = invoke(&main, "unlock", json!({ "passphrase": "tulips in may" })).unwrap_err();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["field"], "passphrase");
    assert!(error["message"].as_str().unwrap().contains("does not open"));
    let again = json!({ "passphrase": "tulips in may", "confirm": "tulips in may" });
    assert_eq!(
        invoke(&main, "set_first_passphrase", again).unwrap_err()["field"],
        "passphrase"
    );

    let info = invoke(&main, "unlock", json!({ "passphrase": "tulips in april" })).unwrap();
    assert_eq!(info["locked"], json!(null));
    assert!(invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": false })
    )
    .is_ok());
}
