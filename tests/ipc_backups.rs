//! Data and backups through the commands: back up now (passphrase typed twice), check the file,
//! restore it into the open app (the database in the app's state is replaced and keeps working),
//! the automatic backups and how many are kept, and a database another DP Hub holds.

use dphub_app::AppState;
use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;

use crate::common::{app_with, invoke, test_unlock, window};

const PASS: &str = "four words for the stick";

fn add(main: &WebviewWindow<MockRuntime>, name: &str) {
    let person = json!({
        "full_name": name,
        "date_of_birth": "1948-03-12",
        "council": "Hampshire County Council",
        "recipient_type": "adult_service_user",
        "manager": { "managed_by": "themself" },
        "dp": { "gross_amount": "1069.60", "period": "four_weekly", "start_date": "2026-01-05",
                "first_payment_date": "2026-01-05", "excess_threshold_weeks": "4" }
    });
    invoke(main, "add_person", json!({ "draft": person })).unwrap();
}

fn people(main: &WebviewWindow<MockRuntime>) -> usize {
    invoke(
        main,
        "list_people",
        json!({ "query": "", "include_archived": false }),
    )
    .unwrap()
    .as_array()
    .unwrap()
    .len()
}

#[test]
fn back_up_check_and_restore_in_the_open_app() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ipc.sqlite3");
    let db = dphub_core::Database::open(&path, &test_unlock()).map_err(|e| e.to_string());
    let app = app_with(AppState::new(Some(path.clone()), db));
    let main = window(&app, "main");
    add(&main, "Zoë Łukasiewicz");

    let overview = invoke(&main, "backup_overview", json!({})).unwrap();
    assert_eq!(overview["keep"], 10);
    assert_eq!(overview["automatic"], json!([]));
    assert_eq!(overview["current"]["people"], 1);
    assert!(overview["folder"].as_str().unwrap().ends_with("backups"));

    // Typed twice: two different passphrases are refused on the second, and nothing is written.
    let chosen = dir.path().join("stick/december");
    std::fs::create_dir(dir.path().join("stick")).unwrap();
    let differ =
        json!({ "path": chosen, "passphrase": PASS, "confirm": "four words for the stik" });
    let error = invoke(&main, "create_backup", differ).unwrap_err();
    assert_eq!(
        (error["kind"].as_str(), error["field"].as_str()),
        (Some("validation"), Some("confirm"))
    );
    let short = json!({ "path": chosen, "passphrase": "short", "confirm": "short" });
    assert_eq!(
        invoke(&main, "create_backup", short).unwrap_err()["field"],
        "passphrase"
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("stick")).unwrap().count(),
        0
    );

    let made = invoke(
        &main,
        "create_backup",
        json!({ "path": chosen, "passphrase": PASS, "confirm": PASS }),
    )
    .unwrap();
    let file = made["file"].as_str().unwrap().to_string();
    assert!(file.ends_with("december.dphub-backup"), "{file}");
    assert_eq!(made["backup"]["counts"]["people"], 1);

    add(&main, "Ieuan Pritchard");
    let wrong = invoke(
        &main,
        "verify_backup",
        json!({ "path": file, "passphrase": "not this one at all" }),
    )
    .unwrap_err();
    assert_eq!(wrong["field"], "passphrase");
    let checked = invoke(
        &main,
        "verify_backup",
        json!({ "path": file, "passphrase": PASS }),
    )
    .unwrap();
    assert_eq!(checked, made["backup"]);

    let restored = invoke(
        &main,
        "restore_backup",
        json!({ "path": file, "passphrase": PASS }),
    )
    .unwrap();
    assert_eq!(restored["restored"], made["backup"]);
    assert_eq!(restored["kept"]["reason"], "before_restore");
    // The app's open database is the restored one, and keeps working.
    assert_eq!(people(&main), 1);
    add(&main, "Rhiannon Evans");
    assert_eq!(people(&main), 2);

    // The database from before is listed, checked and restored the same way.
    let overview = invoke(&main, "backup_overview", json!({})).unwrap();
    let kept: &Value = &overview["automatic"][0];
    assert_eq!(kept["name"], restored["kept"]["name"]);
    let name = json!({ "name": kept["name"] });
    let before = invoke(&main, "verify_automatic_backup", name.clone()).unwrap();
    assert_eq!(before["counts"]["people"], 2);
    invoke(&main, "restore_automatic_backup", name).unwrap();
    let names: Vec<String> = invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": false }),
    )
    .unwrap()
    .as_array()
    .unwrap()
    .iter()
    .map(|p| p["full_name"].as_str().unwrap().to_string())
    .collect();
    assert_eq!(names, ["Ieuan Pritchard", "Zoë Łukasiewicz"]);

    let error = invoke(&main, "set_backups_keep", json!({ "keep": "none" })).unwrap_err();
    assert_eq!(error["field"], "keep");
    let overview = invoke(&main, "set_backups_keep", json!({ "keep": "1" })).unwrap();
    assert_eq!(overview["keep"], 1);
    assert_eq!(overview["automatic"].as_array().unwrap().len(), 1);
}

#[test]
fn a_database_another_dp_hub_has_open_is_not_restored_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ipc.sqlite3");
    let unlock = test_unlock();
    let db = dphub_core::Database::open(&path, &unlock).map_err(|e| e.to_string());
    let app = app_with(AppState::new(Some(path.clone()), db));
    let main = window(&app, "main");
    add(&main, "Zoë Łukasiewicz");
    let chosen = dir.path().join("b.dphub-backup");
    invoke(
        &main,
        "create_backup",
        json!({ "path": chosen, "passphrase": PASS, "confirm": PASS }),
    )
    .unwrap();
    add(&main, "Ieuan Pritchard");

    let other = dphub_core::Database::open(&path, &unlock).unwrap();
    let error = invoke(
        &main,
        "restore_backup",
        json!({ "path": chosen, "passphrase": PASS }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "storage");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .starts_with("DP Hub is already open on this computer"),
        "{error}"
    );
    assert_eq!(people(&main), 2, "nothing changed and the app still works");
    drop(other);
}

/// Replaces every `made_at`, backup `name`, `folder` and `file` in `value` (at any depth) so the
/// recording is the same on every run and every machine.
fn steady(mut value: Value, made_at: &str) -> Value {
    fn walk(v: &mut Value, made_at: &str) {
        match v {
            Value::Object(map) => {
                for (key, inner) in map.iter_mut() {
                    match key.as_str() {
                        "made_at" => *inner = json!(made_at),
                        "folder" => {
                            *inner = json!("/home/pat/.local/share/org.dphub.desktop/backups")
                        }
                        "file" => {
                            *inner = json!("/media/pat/STICK/DP Hub backup 2026-03-01.dphub-backup")
                        }
                        "name" if inner.as_str().is_some_and(|n| n.starts_with("dphub-")) => {
                            let kind = ["before-restore", "on-quit", "daily"]
                                .into_iter()
                                .find(|k| inner.as_str().unwrap().contains(k))
                                .unwrap();
                            *inner = json!(format!("dphub-2026-03-01-101500-{kind}.sqlite3"));
                        }
                        _ => walk(inner, made_at),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, made_at)),
            _ => {}
        }
    }
    walk(&mut value, made_at);
    value
}

/// The answers the browser tests' fake gives for the Data and backups screen, recorded from the
/// real handlers (ui/tests/browser/generated/backups.json; times, names and paths made steady).
#[test]
fn record_the_answers_for_the_browser_tests() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let db = dphub_core::Database::open(&path, &test_unlock()).map_err(|e| e.to_string());
    let app = app_with(AppState::new(Some(path.clone()), db));
    let main = window(&app, "main");
    add(&main, "Zoë Łukasiewicz");
    add(&main, "Ieuan Pritchard");
    let check = |passphrase: &str, confirm: &str| {
        invoke(
            &main,
            "check_backup_passphrase",
            json!({ "passphrase": passphrase, "confirm": confirm }),
        )
    };
    let short = check("tulip", "tulip").unwrap_err();
    let differ = check(PASS, "four words for the stik").unwrap_err();
    assert_eq!(check(PASS, PASS).unwrap(), json!(null));
    let file = dir.path().join("DP Hub backup 2026-03-01.dphub-backup");
    let created = invoke(
        &main,
        "create_backup",
        json!({ "path": file, "passphrase": PASS, "confirm": PASS }),
    )
    .unwrap();
    add(&main, "Rhiannon Evans");
    let wrong = invoke(
        &main,
        "verify_backup",
        json!({ "path": file, "passphrase": "not the right one" }),
    )
    .unwrap_err();
    let verified = invoke(
        &main,
        "verify_backup",
        json!({ "path": file, "passphrase": PASS }),
    )
    .unwrap();
    let restored = invoke(
        &main,
        "restore_backup",
        json!({ "path": file, "passphrase": PASS }),
    )
    .unwrap();
    let overview = invoke(&main, "backup_overview", json!({})).unwrap();
    let keep_bad = invoke(&main, "set_backups_keep", json!({ "keep": "0" })).unwrap_err();
    let name = json!({ "name": overview["automatic"][0]["name"] });
    let automatic = invoke(&main, "verify_automatic_backup", name).unwrap();
    // The passphrase DP Hub opens with: first in place of the keychain's key, then changed,
    // which asks for the current one.
    let protection = invoke(&main, "database_protection", json!({})).unwrap();
    assert_eq!(protection, "keychain");
    let change = |current: &str, new: &str, confirm: &str| {
        invoke(
            &main,
            "change_passphrase",
            json!({ "current_passphrase": current, "new_passphrase": new, "confirm_new_passphrase": confirm }),
        )
    };
    let first = "purple elephant under moonlight";
    let change_differ = change("", first, "purple elephant at noon").unwrap_err();
    assert_eq!(change_differ["field"], "confirm_new_passphrase");
    let changed = change("", first, first).unwrap();
    assert_eq!(changed, "passphrase");
    let change_wrong = change("not the one it has", PASS, PASS).unwrap_err();
    assert_eq!(change_wrong["field"], "current_passphrase");
    assert_eq!(change(first, PASS, PASS).unwrap(), "passphrase");
    let recording = json!({
        "protection": protection,
        "change_differ": change_differ,
        "changed": changed,
        "change_wrong": change_wrong,
        "passphrase": PASS,
        "check_short": short,
        "check_differ": differ,
        "created": steady(created, "2026-03-01T10:15:00"),
        "verify_wrong": wrong,
        "verified": steady(verified, "2026-03-01T10:15:00"),
        "restored": steady(restored.clone(), "2026-03-01T10:15:00"),
        "overview": steady(overview, "2026-03-01T10:20:00"),
        "keep_bad": keep_bad,
        "verify_automatic": steady(automatic, "2026-03-01T10:20:00"),
    });
    // The kept database was made at the restore: its own time.
    let mut recording = recording;
    recording["restored"]["kept"]["made_at"] = json!("2026-03-01T10:20:00");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ui/tests/browser/generated/backups.json");
    std::fs::write(
        out,
        serde_json::to_string_pretty(&recording).unwrap() + "\n",
    )
    .unwrap();
}

#[test]
fn the_app_backs_up_daily_when_unlocked_and_when_it_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let first = dphub_core::app::Unlock::with_passphrase("tulips in april");
    drop(dphub_core::Database::open(&path, &first).unwrap());
    let state = AppState::locked(path.clone(), None);
    assert!(
        !dir.path().join("backups").exists(),
        "nothing before it is unlocked"
    );
    state.on_quit();
    assert!(
        !dir.path().join("backups").exists(),
        "nothing to back up while locked"
    );
    state
        .unlock(dphub_core::app::Passphrase::new("tulips in april"))
        .unwrap();
    let reasons = |state: &AppState| {
        state
            .with_store(|db| Ok(db.rolling_backups()?))
            .unwrap()
            .into_iter()
            .map(|b| serde_json::to_value(b.reason).unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(reasons(&state), [json!("daily")]);
    state.on_quit();
    let mut seen = reasons(&state);
    seen.sort_by_key(|r| r.to_string());
    assert_eq!(seen, [json!("daily"), json!("on_quit")]);
}
