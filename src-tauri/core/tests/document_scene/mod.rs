//! What the document tests share: a person in Leeds whose direct payment has every detail an
//! agreement needs, managing it themself.

use dphub_core::app::people::{AccountType, ManagedBy, ManagerDraft, PersonDraft, RecipientType};

pub fn person_draft(name: &str) -> PersonDraft {
    let mut p = PersonDraft {
        full_name: name.into(),
        date_of_birth: "1949-05-03".into(),
        address: "12 Station Road\nLeeds".into(),
        postcode: "LS1 4AB".into(),
        council: "Leeds City Council".into(),
        council_reference: "DP-10234".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        manager: ManagerDraft {
            managed_by: Some(ManagedBy::Themself),
            ..ManagerDraft::default()
        },
        ..PersonDraft::default()
    };
    p.dp.gross_amount = "1250.00".into();
    p.dp.contribution = "180.40".into();
    p.dp.first_payment_date = "2027-03-01".into();
    p.dp.start_date = "2027-03-01".into();
    p.dp.account_type = Some(AccountType::SeparateBankAccount);
    p.dp.excess_threshold_weeks = "8".into();
    p
}
