//! `dphub account …`: a person's direct payment account, over the core's account functions.

mod args;
mod form;
mod import;
mod output;

pub use args::AccountCommand;

use dphub_core::app::account::{self, EntryDraft, ReceiptFile, ReconcileDraft};
use dphub_core::app::checklists;
use dphub_core::{today, CoreError, Database};

use crate::printer::Printer;
use form::{date, date_or_today, optional_date, owed_draft, read_receipt};

pub fn run(command: &AccountCommand, db: &mut Database, out: &Printer) -> Result<(), CoreError> {
    match command {
        AccountCommand::Add {
            person,
            fields,
            receipt,
        } => {
            let mut draft = EntryDraft::default();
            fields.apply_to(&mut draft);
            let content = receipt.as_deref().map(read_receipt).transpose()?;
            let name = receipt.as_ref().map(|p| p.to_string_lossy().into_owned());
            let file = content.as_deref().map(|content| ReceiptFile {
                file_name: name.as_deref().unwrap_or(""),
                content,
            });
            out.entry_saved("Added", &account::add_entry(db, *person, &draft, file)?);
        }
        AccountCommand::Edit { id, fields } => {
            let mut draft = account::entry_draft(db, *id)?;
            fields.apply_to(&mut draft);
            out.entry_saved("Changed", &account::edit_entry(db, *id, &draft)?);
        }
        AccountCommand::Delete { id, reason } => {
            account::delete_entry(db, *id, reason)?;
            out.done(&format!(
                "Deleted entry {id}; it stays in the audit trail (`dphub account audit`)."
            ));
        }
        AccountCommand::Attach { id, receipt } => {
            let content = read_receipt(receipt)?;
            let name = receipt.to_string_lossy();
            let file = ReceiptFile {
                file_name: &name,
                content: &content,
            };
            out.entry_saved(
                "Kept a receipt with",
                &account::attach_receipt(db, *id, file)?,
            );
        }
        AccountCommand::Receipt { id, output } => {
            let receipt = account::receipt(db, *id)?;
            out.receipt_saved(&receipt, output)?;
        }
        AccountCommand::Owe {
            person,
            amount,
            what,
            due,
            category,
            payee,
        } => {
            let draft = owed_draft(amount, what, due, category, payee);
            out.owed_saved("Recorded", &account::add_owed(db, *person, &draft)?);
        }
        AccountCommand::Settle { id, entry } => {
            out.owed_saved("Settled", &account::settle_owed(db, *id, *entry)?);
        }
        AccountCommand::Owed { person } => out.owed_list(&account::list_owed(db, *person)?),
        AccountCommand::List { person, from, to } => {
            let (from, to) = (optional_date("from", from)?, optional_date("to", to)?);
            out.ledger(&account::list_entries(db, *person, from, to)?);
        }
        AccountCommand::Balance { person, on } => {
            out.balance(&account::balance_on(db, *person, date_or_today("on", on)?)?);
        }
        AccountCommand::Excess { person, on } => {
            out.excess(&account::excess_on(db, *person, date_or_today("on", on)?)?);
        }
        AccountCommand::Chart { person, to } => {
            out.chart(&account::excess_chart(
                db,
                *person,
                date_or_today("to", to)?,
            )?);
        }
        AccountCommand::Expected { person, to } => {
            out.expected(&account::expected_payments(
                db,
                *person,
                date_or_today("to", to)?,
            )?);
        }
        AccountCommand::Reconcile {
            person,
            on,
            statement_balance,
        } => {
            let draft = ReconcileDraft {
                on: on.clone(),
                statement_balance: statement_balance.clone(),
            };
            out.reconciled(&account::reconcile(db, *person, &draft, today())?);
        }
        AccountCommand::Summary { person, from, to } => {
            let (from, to) = (date("from", from)?, date("to", to)?);
            out.money_summary(&account::money_summary(db, *person, from, to)?);
        }
        AccountCommand::Audit { person } => out.audit(&account::audit_trail(db, *person)?),
        AccountCommand::Import {
            file,
            person,
            map,
            date_format,
            yes,
        } => import::run(db, out, file, *person, map, date_format.as_deref(), *yes)?,
        AccountCommand::Rule(rule) => import::rule(db, out, rule)?,
        AccountCommand::Settings {
            person,
            return_every,
            keep_records_years,
        } => {
            let every = match return_every {
                Some(code) => {
                    let every = crate::input::parse_code(code)
                        .map_err(|e| crate::input::problem("return_every", &e))?;
                    account::set_return_frequency(db, *person, every)?
                }
                None => account::return_frequency(db, *person)?,
            };
            let years = match keep_records_years {
                Some(years) => checklists::set_keep_records_years(db, *person, *years)?,
                None => checklists::keep_records_years(db, *person)?,
            };
            if out.json() {
                out.json_value(
                    &serde_json::json!({ "return_every": every, "keep_records_years": years }),
                );
            } else {
                say!("Monitoring returns: {}.", every.label().to_lowercase());
                say!("Records kept for {years} years.");
            }
        }
        AccountCommand::Return {
            person,
            from,
            to,
            output,
        } => {
            let (from, to) = (date("from", from)?, date("to", to)?);
            let csv = account::return_csv(&account::monitoring_return(db, *person, from, to)?);
            dphub_core::app::files::write_whole(output, csv.as_bytes()).map_err(|e| {
                crate::input::problem(
                    "output",
                    &format!("Could not write {}: {e}", output.display()),
                )
            })?;
            out.done(&format!(
                "Wrote the monitoring return's payments to {} ({} bytes).",
                output.display(),
                csv.len()
            ));
        }
    }
    Ok(())
}
