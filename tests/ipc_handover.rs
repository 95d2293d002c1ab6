//! Handing a person's records over through the real command handlers on Tauri's mock runtime: a
//! bundle saved by one app, previewed and imported by another; a wrong passphrase or different
//! passphrases refused. The answers are also written to ui/tests/browser/generated/ipc-handover.json
//! for the browser tests' fake, with the arguments as the UI sends them (the paths its dialogs
//! answer, not this test's temporary ones).

use std::path::Path;

use crate::common::{app_on_temp_db, invoke, window};
use serde_json::{json, Value};

const PASS: &str = "four words you remember";
/// What the browser fake's Save and Open dialogs answer.
const FAKE_PATH: &str = "/home/pat/Documents/zoe-lukasiewicz.dphub-handover";
/// The same bundle, chosen again once Zoë has been imported.
const FAKE_PATH_AGAIN: &str = "/home/pat/Documents/zoe-again.dphub-handover";

/// Zoë as the browser tests seed her (requests/people.json, "people the tests start with").
fn zoe_draft() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/tests/browser/requests/people.json");
    let requests: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let scenario = requests["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "people the tests start with")
        .unwrap();
    let draft = scenario["steps"][0]["args"]["draft"].clone();
    assert_eq!(draft["full_name"], "Zoë Łukasiewicz");
    draft
}

/// The answer as the browser fake sees it: the temporary path is the dialog's, the time fixed.
fn as_recorded(mut answer: Value, real: &Path) -> Value {
    let text = answer
        .to_string()
        .replace(&*real.to_string_lossy(), FAKE_PATH);
    answer = serde_json::from_str(&text).unwrap();
    if answer.get("made_at").is_some() {
        answer["made_at"] = json!("2026-03-01T10:00:00Z");
    }
    answer
}

fn entry(scenario: &str, cmd: &str, args: Value, answer: Result<Value, Value>) -> Value {
    match answer {
        Ok(ok) => json!({ "scenario": scenario, "cmd": cmd, "args": args, "ok": ok }),
        Err(error) => json!({ "scenario": scenario, "cmd": cmd, "args": args, "error": error }),
    }
}

#[test]
fn a_person_is_handed_over_from_one_app_to_another() {
    let (_from_dir, from) = app_on_temp_db();
    let main = window(&from, "main");
    let person = invoke(&main, "add_person", json!({ "draft": zoe_draft() })).unwrap();
    let person_id = person["person"]["id"].clone();
    let pa = invoke(
        &main,
        "add_contact",
        json!({ "draft": { "full_name": "Ann Lee", "phones": ["07700 900982"], "status": "working_for_us" } }),
    )
    .unwrap();
    invoke(
        &main,
        "add_employment",
        json!({ "draft": {
            "person_id": person_id, "contact_id": pa["contact"]["id"], "start_date": "2026-02-02",
            "hours_per_week": "16", "working_pattern": "Monday to Thursday, 8am to noon",
            "hourly_rate": "13.50"
        } }),
    )
    .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zoe.dphub-handover");
    let mut recordings = vec![];
    let export = |again: &str| {
        let args = json!({ "person_id": person_id, "passphrase": PASS, "passphrase_again": again, "path": FAKE_PATH });
        let mut real = args.clone();
        real["path"] = json!(path);
        (args, invoke(&main, "export_handover", real))
    };

    let (args, different) = export("four words you forgot");
    let error = different.clone().unwrap_err();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["field"], "passphrase_again");
    assert!(!path.exists());
    recordings.push(entry(
        "passphrases differ",
        "export_handover",
        args,
        different,
    ));

    let (args, saved) = export(PASS);
    let saved = saved.unwrap();
    assert_eq!(saved["full_name"], "Zoë Łukasiewicz");
    assert_eq!(saved["path"], json!(path));
    assert!(saved["counts"]
        .as_array()
        .unwrap()
        .contains(&json!({ "what": "Employments", "count": 1 })));
    recordings.push(entry(
        "saved",
        "export_handover",
        args,
        Ok(as_recorded(saved, &path)),
    ));

    let (_to_dir, to) = app_on_temp_db();
    let other = window(&to, "main");
    let open = |passphrase: &str| json!({ "path": FAKE_PATH, "passphrase": passphrase });
    let real = |mut args: Value| {
        args["path"] = json!(path);
        args
    };

    let wrong = invoke(&other, "preview_handover", real(open("not the passphrase")));
    let error = wrong.clone().unwrap_err();
    assert_eq!(error["field"], "passphrase");
    recordings.push(entry(
        "wrong passphrase",
        "preview_handover",
        open("not the passphrase"),
        wrong,
    ));

    let preview = invoke(&other, "preview_handover", real(open(PASS))).unwrap();
    assert_eq!(preview["person"]["full_name"], "Zoë Łukasiewicz");
    assert_eq!(preview["pas"][0]["full_name"], "Ann Lee");
    assert_eq!(preview["already_here"], json!([]));
    assert!(invoke(
        &other,
        "list_people",
        json!({ "query": "", "include_archived": true })
    )
    .unwrap()
    .as_array()
    .unwrap()
    .is_empty());
    recordings.push(entry(
        "preview",
        "preview_handover",
        open(PASS),
        Ok(as_recorded(preview, &path)),
    ));

    let import = json!({ "path": FAKE_PATH, "passphrase": PASS, "choices": { "matched_pas": "reuse", "as_separate_person": false } });
    let done = invoke(&other, "import_handover", real(import.clone())).unwrap();
    assert_eq!(done["full_name"], "Zoë Łukasiewicz");
    assert_eq!(done["pas_added"], 1);
    let id = done["person_id"].clone();
    let view = invoke(&other, "get_person", json!({ "id": id })).unwrap();
    assert_eq!(view["person"]["details"]["full_name"], "Zoë Łukasiewicz");
    let jobs = invoke(
        &other,
        "list_employments",
        json!({ "person_id": id, "contact_id": null }),
    )
    .unwrap();
    assert_eq!(jobs[0]["contact_name"], "Ann Lee");
    recordings.push(entry(
        "imported",
        "import_handover",
        import.clone(),
        Ok(done),
    ));

    // Again (the browser fake's dialog answers another name for it): Zoë and Ann are here now.
    let again_args = |args: &Value| {
        let text = args.to_string().replace(FAKE_PATH, FAKE_PATH_AGAIN);
        serde_json::from_str::<Value>(&text).unwrap()
    };
    let preview = invoke(&other, "preview_handover", real(open(PASS))).unwrap();
    assert_eq!(preview["already_here"][0]["id"], id);
    assert_eq!(preview["pas"][0]["existing_name"], "Ann Lee");
    recordings.push(entry(
        "preview, both here",
        "preview_handover",
        again_args(&open(PASS)),
        Ok(as_recorded(preview, &path)),
    ));
    let refused = invoke(&other, "import_handover", real(import.clone()));
    assert_eq!(refused.clone().unwrap_err()["field"], "as_separate_person");
    recordings.push(entry(
        "already here",
        "import_handover",
        again_args(&import),
        refused,
    ));
    let separate = json!({ "path": FAKE_PATH, "passphrase": PASS, "choices": { "matched_pas": "add_new", "as_separate_person": true } });
    let done = invoke(&other, "import_handover", real(separate.clone())).unwrap();
    assert_eq!(
        (done["pas_added"].as_i64(), done["pas_reused"].as_i64()),
        (Some(1), Some(0))
    );
    assert_ne!(done["person_id"], id);
    recordings.push(entry(
        "imported as a separate person",
        "import_handover",
        again_args(&separate),
        Ok(done),
    ));

    let out = json!({
        "about": "Recorded by tests/ipc_handover.rs: do not edit",
        "recordings": recordings,
    });
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/tests/browser/generated/ipc-handover.json");
    std::fs::write(file, serde_json::to_string_pretty(&out).unwrap() + "\n").unwrap();
}
