//! Records what the app answers to the requests the UI's browser tests make, so their fake backend
//! replays the real answers (validation messages, normalised details, money figures) instead of
//! re-implementing the core. `cargo test -p dp-hub --test ipc` rewrites
//! ui/tests/browser/generated/ipc-*.json; `scripts/test.sh` fails if the committed copies are stale.
//!
//! The requests are listed in ui/tests/browser/requests/*.json: scenarios, each a list of steps
//! (command and arguments, exactly as the UI sends them) run in order on a new, empty database.
//!
//! The browser tests' today is 1 March 2026, but the commands read the computer's clock, and ages,
//! alerts and due dates depend on it. So every step is answered twice: by the core with today
//! pinned to 1 March 2026 (that answer is recorded, its error shaped by the app's own `AppError`),
//! and through the real command handlers on Tauri's mock runtime (on a twin database that is given
//! the same steps). Whenever either refuses, both must refuse with the same wire error, unless the
//! step says `"dated": true` (its answer depends on today, such as "must be in the past").

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{app_on_temp_db, invoke, test_unlock, window};
use chrono::NaiveDate;
use dphub_app::AppError;
use dphub_core::app::account::{self, ReceiptFile};
use dphub_core::app::documents::{self, DocumentRequest};
use dphub_core::app::{checklists, contacts, costs, employment, people};
use dphub_core::model::ids::{ContactId, EmploymentId, EntryId, PersonId};
use dphub_core::model::input::parse_date;
use dphub_core::model::validation::Problems;
use dphub_core::{CoreError, Database};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();

fn browser_tests() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/tests/browser")
}

fn answer<T: Serialize>(result: Result<T, CoreError>) -> Result<Value, Value> {
    result
        .map(|v| serde_json::to_value(v).unwrap())
        .map_err(|e| serde_json::to_value(AppError::from(e)).unwrap())
}

fn arg<T: DeserializeOwned>(args: &Value, name: &str) -> T {
    serde_json::from_value(args[name].clone())
        .unwrap_or_else(|e| panic!("argument {name} of {args}: {e}"))
}

/// The command, answered as its handler does but on `TODAY`.
fn pinned(s: &mut Database, cmd: &str, a: &Value) -> Result<Value, Value> {
    match cmd {
        "person_form_options" => Ok(serde_json::to_value(people::person_form_options()).unwrap()),
        "add_person" => answer(people::add_person(s, &arg(a, "draft"), TODAY)),
        "update_person" => answer(people::update_person(
            s,
            arg(a, "id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "get_person" => answer(people::view_person(s, arg(a, "id"), TODAY)),
        "person_draft" => answer(people::person_draft(s, arg(a, "id"))),
        "archive_person" => answer(people::archive_person(s, arg(a, "id"))),
        "restore_person" => answer(people::restore_person(s, arg(a, "id"))),
        "set_current_person" => answer(people::set_current_person(s, arg(a, "id"))),
        "list_people" => answer(people::list_people(
            s,
            &arg::<String>(a, "query"),
            arg(a, "include_archived"),
        )),
        "suggest_review_dates" => answer(people::suggest_review_dates(
            &arg::<String>(a, "start_date"),
            &arg::<String>(a, "end_date"),
        )),
        "add_contact" => answer(contacts::add_contact(s, &arg(a, "draft"), TODAY)),
        "update_contact" => answer(contacts::update_contact(
            s,
            arg(a, "id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "get_contact" => answer(contacts::view_contact(s, arg(a, "id"), TODAY)),
        "contact_draft" => answer(contacts::contact_draft(s, arg(a, "id"))),
        "archive_contact" => answer(contacts::archive_contact(s, arg(a, "id"))),
        "restore_contact" => answer(contacts::restore_contact(s, arg(a, "id"))),
        "search_contacts" => answer(contacts::search_contacts(s, &arg(a, "query"), TODAY)),
        "find_contact_duplicates" => answer(contacts::find_contact_duplicates(
            s,
            &arg(a, "draft"),
            arg(a, "exclude_id"),
        )),
        "set_contact_rules" => answer(contacts::set_contact_rules(s, arg(a, "rules"))),
        "add_employment" => answer(employment::add_employment(s, &arg(a, "draft"), TODAY)),
        "update_employment" => answer(employment::update_employment(
            s,
            arg(a, "id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "end_employment" => answer(employment::end_employment(
            s,
            arg(a, "id"),
            &arg(a, "end"),
            TODAY,
        )),
        "get_employment" => answer(employment::view_employment(s, arg(a, "id"), TODAY)),
        "employment_draft" => answer(employment::employment_draft(s, arg(a, "id"))),
        "cost_form_options" => Ok(serde_json::to_value(costs::cost_form_options(TODAY)).unwrap()),
        "calculate_pa_cost" => answer(costs::calculate_pa_cost(&arg(a, "draft"), TODAY)),
        "person_costs" => answer(costs::person_costs(s, arg(a, "person_id"), TODAY)),
        "save_cost_settings" => answer(costs::save_cost_settings(
            s,
            arg(a, "person_id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "save_employment_cost_terms" => answer(costs::save_employment_cost_terms(
            s,
            arg(a, "employment_id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "add_plan_line" => answer(costs::add_plan_line(
            s,
            arg(a, "person_id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "remove_plan_line" => answer(costs::remove_plan_line(s, arg(a, "id"), TODAY)),
        "plan_what_if" => answer(costs::plan_what_if(
            s,
            arg(a, "person_id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "keep_records_years" => answer(checklists::keep_records_years(s, arg(a, "person_id"))),
        "set_keep_records_years" => match arg::<String>(a, "years").trim().parse() {
            Ok(years) => answer(checklists::set_keep_records_years(
                s,
                arg(a, "person_id"),
                years,
            )),
            Err(_) => refused(
                "keep_records_years",
                "Enter the number of years as a whole number, like 6",
            ),
        },
        "person_checklists" => answer(checklists::checklists_for_person(
            s,
            arg(a, "person_id"),
            TODAY,
        )),
        "employment_checklists" => answer(checklists::checklists_for_employment(
            s,
            arg(a, "employment_id"),
            TODAY,
        )),
        "tick_checklist_item" => answer(checklists::tick_as_typed(
            s,
            arg(a, "owner"),
            &arg::<String>(a, "item_id"),
            &arg::<String>(a, "done_on"),
            &arg::<String>(a, "done_by"),
            TODAY,
        )),
        "untick_checklist_item" => answer(checklists::untick(
            s,
            arg(a, "owner"),
            &arg::<String>(a, "item_id"),
            TODAY,
        )),
        "checklist_item_not_applicable" => answer(checklists::not_applicable(
            s,
            arg(a, "owner"),
            &arg::<String>(a, "item_id"),
            &arg::<String>(a, "reason"),
            TODAY,
        )),
        "set_checklist_note" => answer(checklists::set_note(
            s,
            arg(a, "owner"),
            &arg::<String>(a, "item_id"),
            &arg::<String>(a, "note"),
            TODAY,
        )),
        "document_missing" => {
            document_request(a).and_then(|r| answer(documents::missing_details(s, &r)))
        }
        "document_preview" => {
            document_request(a).and_then(|r| answer(documents::build_document(s, &r)))
        }
        "sign_document" => answer(documents::sign_document(s, &arg(a, "request"), TODAY)),
        "remove_document_signature" => {
            answer(documents::remove_signature(s, &arg(a, "key"), TODAY))
        }
        "csv_preview" => answer(contacts::preview_csv(&arg::<Vec<u8>>(a, "bytes"))),
        "preview_import" => answer(contacts::preview_import(s, &arg(a, "request"), TODAY)),
        "run_import" => answer(contacts::run_import(s, &arg(a, "request"), TODAY)),
        "terms_history" => answer(people::terms_history(s, arg(a, "id"))),
        "add_terms_change" => answer(people::add_terms_change(s, arg(a, "id"), &arg(a, "draft"))),
        "account_form_options" => {
            Ok(serde_json::to_value(account::account_form_options()).unwrap())
        }
        "list_entries" => typed_dates(a)
            .and_then(|(from, to)| answer(account::list_entries(s, arg(a, "person_id"), from, to))),
        "add_entry" => {
            let receipt: Option<Upload> = arg(a, "receipt");
            let file = receipt.as_ref().map(Upload::file);
            answer(account::add_entry(
                s,
                arg(a, "person_id"),
                &arg(a, "draft"),
                file,
            ))
        }
        "entry_draft" => answer(account::entry_draft(s, arg(a, "id"))),
        "edit_entry" => answer(account::edit_entry(s, arg(a, "id"), &arg(a, "draft"))),
        "delete_entry" => answer(account::delete_entry(
            s,
            arg(a, "id"),
            &arg::<String>(a, "reason"),
        )),
        "attach_receipt" => {
            let receipt: Upload = arg(a, "receipt");
            answer(account::attach_receipt(s, arg(a, "id"), receipt.file()))
        }
        "audit_trail" => answer(account::audit_trail(s, arg(a, "person_id"))),
        "add_owed" => answer(account::add_owed(s, arg(a, "person_id"), &arg(a, "draft"))),
        "list_owed" => answer(account::list_owed(s, arg(a, "person_id"))),
        "settle_owed" => match arg::<Option<EntryId>>(a, "entry_id") {
            Some(entry) => answer(account::settle_owed(s, arg(a, "id"), entry)),
            None => refused("entry_id", "Choose the payment that paid it"),
        },
        "balance_on" => answer(account::balance_on(s, arg(a, "person_id"), on(a, "on"))),
        "excess_on" => answer(account::excess_on(s, arg(a, "person_id"), on(a, "on"))),
        "excess_chart" => answer(account::excess_chart(s, arg(a, "person_id"), on(a, "to"))),
        "expected_payments" => answer(account::expected_payments(
            s,
            arg(a, "person_id"),
            on(a, "to"),
        )),
        "reconcile" => answer(account::reconcile(
            s,
            arg(a, "person_id"),
            &arg(a, "draft"),
            TODAY,
        )),
        "return_settings" => answer(account::return_settings(s, arg(a, "person_id"), TODAY)),
        "set_return_frequency" => answer(
            account::set_return_frequency(s, arg(a, "person_id"), arg(a, "every"))
                .and_then(|_| account::return_settings(s, arg(a, "person_id"), TODAY)),
        ),
        "monitoring_return" => answer(
            account::typed_return_period(&arg::<String>(a, "from"), &arg::<String>(a, "to"))
                .and_then(|(from, to)| {
                    account::monitoring_return(s, arg(a, "person_id"), from, to)
                }),
        ),
        "statement_form_options" => {
            Ok(serde_json::to_value(account::statement_form_options()).unwrap())
        }
        "preview_statement" => answer(account::preview_statement(
            s,
            arg(a, "person_id"),
            &arg::<Vec<u8>>(a, "bytes"),
        )),
        "plan_statement_import" => answer(account::plan_statement_import(
            s,
            arg(a, "person_id"),
            &arg::<Vec<u8>>(a, "bytes"),
            &arg(a, "how"),
        )),
        "import_statement" => answer(account::import_statement(
            s,
            arg(a, "person_id"),
            &arg::<Vec<u8>>(a, "bytes"),
            &arg(a, "how"),
        )),
        "import_rules" => answer(account::import_rules(s, arg(a, "person_id"))),
        "add_import_rule" => answer(account::add_import_rule(
            s,
            arg(a, "person_id"),
            &arg(a, "draft"),
        )),
        "delete_import_rule" => answer(account::delete_import_rule(
            s,
            arg(a, "person_id"),
            arg(a, "id"),
        )),
        other => panic!("the recorder cannot answer {other} on a pinned date yet"),
    }
}

/// A receipt as the UI sends it.
#[derive(serde::Deserialize)]
struct Upload {
    file_name: String,
    bytes: Vec<u8>,
}

impl Upload {
    fn file(&self) -> ReceiptFile<'_> {
        ReceiptFile {
            file_name: &self.file_name,
            content: &self.bytes,
        }
    }
}

/// A date argument, or `TODAY` when it is null (as the command reads the clock).
fn on(a: &Value, name: &str) -> NaiveDate {
    arg::<Option<NaiveDate>>(a, name).unwrap_or(TODAY)
}

fn refused(field: &str, message: &str) -> Result<Value, Value> {
    let mut p = Problems::default();
    p.add(field, message);
    answer::<()>(Err(p.into()))
}

/// The ledger's from and to as typed, read as the command reads them.
fn typed_dates(a: &Value) -> Result<(Option<NaiveDate>, Option<NaiveDate>), Value> {
    let mut p = Problems::default();
    let mut read = |field: &str| {
        let text: String = arg(a, field);
        if text.trim().is_empty() {
            return None;
        }
        parse_date(&text)
            .map_err(|e| p.add(field, e.to_string()))
            .ok()
    };
    let (from, to) = (read("from"), read("to"));
    if !p.is_empty() {
        return Err(answer::<()>(Err(p.into())).unwrap_err());
    }
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(
                refused("to", "The end date must be on or after the start date").unwrap_err(),
            );
        }
    }
    Ok((from, to))
}

/// The document the UI's `choice` asks for, prepared on `TODAY` (as the command's handler makes it).
fn document_request(a: &Value) -> Result<DocumentRequest, Value> {
    let choice = &a["choice"];
    let day = documents::timesheet_period_of(&arg::<String>(choice, "timesheet_period_of"))
        .map_err(|e| serde_json::to_value(AppError::from(e)).unwrap())?;
    Ok(DocumentRequest {
        kind: arg(choice, "kind"),
        person_id: arg(choice, "person_id"),
        employment_id: arg(choice, "employment_id"),
        prepared_on: TODAY,
        timesheet_period_of: day,
    })
}

/// What else the fake needs to hold a record it was given: its draft, as the edit form reads it,
/// and for a contact with a DBS check its alerts under every DBS age limit a council may set.
fn follow_up(s: &mut Database, cmd: &str, ok: &Value) -> Vec<(&'static str, Value)> {
    let id = |path: &str| ok.pointer(path).and_then(Value::as_i64);
    match cmd {
        "add_person" | "update_person" => id("/person/id")
            .map(|id| {
                vec![(
                    "draft",
                    answer(people::person_draft(s, PersonId(id))).unwrap(),
                )]
            })
            .unwrap_or_default(),
        "add_contact" | "update_contact" => {
            let Some(id) = id("/contact/id").map(ContactId) else {
                return vec![];
            };
            let mut more = vec![("draft", answer(contacts::contact_draft(s, id)).unwrap())];
            let details = contacts::get_contact(s, id).unwrap().details;
            if details.dbs.is_some() {
                let by_limit: BTreeMap<String, Value> = (1..=10)
                    .map(|years| {
                        let rules = contacts::ContactRules {
                            dbs_max_age_years: years,
                        };
                        let alerts = contacts::contact_alerts(&details, rules, TODAY);
                        (years.to_string(), serde_json::to_value(alerts).unwrap())
                    })
                    .collect();
                more.push(("alerts_by_dbs_limit", json!(by_limit)));
            }
            more
        }
        "add_employment" | "update_employment" => id("/employment/id")
            .map(|id| {
                let draft = answer(employment::employment_draft(s, EmploymentId(id))).unwrap();
                vec![("draft", draft)]
            })
            .unwrap_or_default(),
        "add_entry" | "edit_entry" => id("/id")
            .map(|id| {
                let draft = answer(account::entry_draft(s, EntryId(id))).unwrap();
                vec![("draft", draft)]
            })
            .unwrap_or_default(),
        _ => vec![],
    }
}

/// An audit trail's times are the computer's clock: recorded as 10am on `TODAY` so the recordings
/// stay the same from run to run.
fn pin_audit_times(cmd: &str, ok: &mut Value) {
    if cmd != "audit_trail" {
        return;
    }
    for record in ok.as_array_mut().into_iter().flatten() {
        record["at"] = json!(format!("{TODAY}T10:00:00Z"));
    }
}

/// Runs every scenario of requests/<area>.json and writes generated/ipc-<area>.json.
fn record(area: &str) {
    let input = browser_tests().join(format!("requests/{area}.json"));
    let text = std::fs::read_to_string(&input).unwrap();
    let requests: Value = serde_json::from_str(&text).unwrap();
    let mut recordings = Vec::new();
    for scenario in requests["scenarios"].as_array().unwrap() {
        let name = scenario["name"].as_str().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut store = Database::open(&dir.path().join("pinned.sqlite3"), &test_unlock()).unwrap();
        let (_twin_dir, app) = app_on_temp_db();
        let main = window(&app, "main");
        for step in scenario["steps"].as_array().unwrap() {
            let cmd = step["cmd"].as_str().unwrap();
            let args = step.get("args").cloned().unwrap_or_else(|| json!({}));
            let recorded = pinned(&mut store, cmd, &args);
            let wire = invoke(&main, cmd, args.clone());
            let dated = step["dated"].as_bool().unwrap_or(false);
            if !dated && (recorded.is_err() || wire.is_err()) {
                assert_eq!(
                    recorded, wire,
                    "{area}/{name}: {cmd} {args} answers differently through the app"
                );
            }
            let mut entry = BTreeMap::new();
            entry.insert("scenario", json!(name));
            entry.insert("cmd", json!(cmd));
            entry.insert("args", args);
            match recorded {
                Ok(mut ok) => {
                    pin_audit_times(cmd, &mut ok);
                    for (key, value) in follow_up(&mut store, cmd, &ok) {
                        entry.insert(key, value);
                    }
                    entry.insert("ok", ok);
                }
                Err(error) => {
                    entry.insert("error", error);
                }
            }
            recordings.push(entry);
        }
    }
    let out = json!({
        "about": format!("Recorded by tests/ipc_recordings.rs from requests/{area}.json: do not edit"),
        "today": TODAY,
        "recordings": recordings,
    });
    let path = browser_tests().join(format!("generated/ipc-{area}.json"));
    std::fs::write(path, serde_json::to_string_pretty(&out).unwrap() + "\n").unwrap();
}

#[test]
fn people_answers_for_the_browser_tests() {
    record("people");
}

#[test]
fn contact_answers_for_the_browser_tests() {
    record("contacts");
}

#[test]
fn employment_answers_for_the_browser_tests() {
    record("employment");
}

#[test]
fn cost_answers_for_the_browser_tests() {
    record("costs");
}

#[test]
fn checklist_answers_for_the_browser_tests() {
    record("checklists");
}

#[test]
fn document_answers_for_the_browser_tests() {
    record("documents");
}

#[test]
fn account_answers_for_the_browser_tests() {
    record("account");
}

#[test]
fn statement_answers_for_the_browser_tests() {
    record("statement");
}

#[test]
fn import_answers_for_the_browser_tests() {
    record("import");
}
