//! Where to put a missing detail right, in words: the record and the command (or the app's form)
//! that fills it in.

use dphub_core::app::documents::{FixAt, RecordKind};

/// The `dphub person edit` flag for a person form field.
fn person_flag(field: &str) -> Option<&'static str> {
    Some(match field {
        "address" => "--address",
        "council" => "--council",
        "council_reference" => "--council-ref",
        "dp.first_payment_date" => "--first-payment",
        "dp.account_type" => "--account",
        "dp.review_dates" => "--review",
        "manager.managed_by" => "--managed-by",
        "manager.name" => "--rep-name",
        "manager.address" => "--rep-address",
        "manager.authority_basis" => "--authority",
        _ => return None,
    })
}

/// The `dphub pa edit` flag for a contact form field.
fn contact_flag(field: &str) -> Option<&'static str> {
    Some(match field {
        "full_name" => "--name",
        "address" => "--address",
        _ => return None,
    })
}

/// "fix it with `dphub person edit 3 --address …`", or the record and field to open in the app.
pub fn where_to_fix(fix: &FixAt) -> String {
    let id = fix.id;
    match fix.record {
        RecordKind::Person => match person_flag(&fix.field) {
            Some(flag) => format!("fix it with `dphub person edit {id} {flag} …`"),
            None => format!("on person {id}'s record, {}", fix.field),
        },
        RecordKind::Contact => match contact_flag(&fix.field) {
            Some(flag) => format!("fix it with `dphub pa edit {id} {flag} …`"),
            None => format!("on PA {id}'s record, {}", fix.field),
        },
        RecordKind::Employment => format!(
            "on employment {id}'s terms in the app (People → the person → PAs), field {}",
            fix.field
        ),
    }
}
