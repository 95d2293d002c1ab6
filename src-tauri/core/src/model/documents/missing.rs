//! What must be filled in before a document can be made: a document never has a blank where a
//! legal particular or a term of the agreement belongs, so generating one refuses with this list.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kinds::AgreementVariant;
use crate::model::contacts::Contact;
use crate::model::employment::{Employment, HoursKind};
use crate::model::people::{ManagedBy, Person};

/// Which saved record holds the missing detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RecordKind {
    Person,
    Employment,
    Contact,
}

/// Where to put it right: the record and the form field (the same ids the forms' problems use).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FixAt {
    pub record: RecordKind,
    pub id: i64,
    pub field: String,
}

/// One detail a document needs that has not been given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MissingItem {
    /// In words: "the PA's place of work".
    pub what: String,
    pub fix: FixAt,
}

struct List {
    items: Vec<MissingItem>,
}

impl List {
    fn need(
        &mut self,
        present: bool,
        what: &str,
        record: RecordKind,
        id: impl Into<i64>,
        field: &str,
    ) {
        if !present {
            self.items.push(MissingItem {
                what: what.to_string(),
                fix: FixAt {
                    record,
                    id: id.into(),
                    field: field.to_string(),
                },
            });
        }
    }
}

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// What an agreement of `variant` needs that the person's record lacks.
pub fn missing_for_agreement(p: &Person, variant: AgreementVariant) -> Vec<MissingItem> {
    use RecordKind::Person as P;
    let d = &p.details;
    let mut l = List { items: Vec::new() };
    l.need(
        filled(&d.address),
        "the person's address",
        P,
        p.id,
        "address",
    );
    l.need(filled(&d.council), "the council's name", P, p.id, "council");
    l.need(
        d.council_reference.as_deref().is_some_and(filled),
        "the council's reference for the person",
        P,
        p.id,
        "council_reference",
    );
    l.need(
        d.dp.first_payment_date.is_some(),
        "the date of the first payment",
        P,
        p.id,
        "dp.first_payment_date",
    );
    l.need(
        d.dp.account_type.is_some(),
        "the kind of account the payment goes into",
        P,
        p.id,
        "dp.account_type",
    );
    l.need(
        !d.dp.review_dates.is_empty(),
        "the review dates",
        P,
        p.id,
        "dp.review_dates",
    );
    let wanted = match variant {
        AgreementVariant::Nominated => Some(ManagedBy::NominatedPerson),
        AgreementVariant::Authorised => Some(ManagedBy::AuthorisedPerson),
        AgreementVariant::ThirdParty => Some(ManagedBy::ThirdPartyMoneyManager),
        AgreementVariant::SelfManaged | AgreementVariant::Carer => None,
    };
    if let Some(wanted) = wanted {
        let noun = wanted.representative_noun();
        if d.manager.managed_by != wanted {
            l.need(
                false,
                &format!(
                    "who manages the direct payment: this agreement is for one managed by a {noun}"
                ),
                P,
                p.id,
                "manager.managed_by",
            );
            return l.items;
        }
        let rep = d.manager.representative.as_ref();
        l.need(
            rep.is_some_and(|r| filled(&r.name)),
            &format!("the {noun}'s name"),
            P,
            p.id,
            "manager.name",
        );
        l.need(
            rep.is_some_and(|r| filled(&r.address)),
            &format!("the {noun}'s address"),
            P,
            p.id,
            "manager.address",
        );
        if wanted == ManagedBy::AuthorisedPerson {
            l.need(
                d.manager.authority_basis.is_some(),
                "the authorised person's basis of authority (lasting power of attorney, deputyship or the council's agreement)",
                P,
                p.id,
                "manager.authority_basis",
            );
        }
    }
    l.items
}

/// What the PA's written statement needs: every particular of the Employment Rights Act 1996 s1.
pub fn missing_for_particulars(p: &Person, e: &Employment, c: &Contact) -> Vec<MissingItem> {
    use RecordKind::{Contact as C, Employment as E, Person as P};
    let t = &e.terms;
    let mut l = List { items: Vec::new() };
    l.need(
        filled(&p.details.address),
        "the employer's address",
        P,
        p.id,
        "address",
    );
    l.need(
        filled(&c.details.full_name),
        "the PA's name",
        C,
        c.id,
        "full_name",
    );
    l.need(
        filled(&c.details.address),
        "the PA's address",
        C,
        c.id,
        "address",
    );
    l.need(
        filled(&t.job_title),
        "the PA's job title",
        E,
        e.id,
        "job_title",
    );
    l.need(filled(&t.duties), "the PA's duties", E, e.id, "duties");
    l.need(
        filled(&t.place_of_work),
        "the PA's place of work",
        E,
        e.id,
        "place_of_work",
    );
    if t.hours_kind == HoursKind::Regular {
        l.need(
            t.hours_per_week.is_some(),
            "the PA's normal hours a week",
            E,
            e.id,
            "hours_per_week",
        );
        l.need(
            filled(&t.working_pattern),
            "the PA's days and times of work",
            E,
            e.id,
            "working_pattern",
        );
    }
    if t.sick_pay == crate::model::employment::SickPay::Enhanced {
        l.need(
            filled(&t.sick_pay_details),
            "what sick pay the PA gets, and for how long",
            E,
            e.id,
            "sick_pay_details",
        );
    }
    l.items
}

/// What a timesheet needs: the names on it.
pub fn missing_for_timesheet(e: &Employment, c: &Contact) -> Vec<MissingItem> {
    use RecordKind::{Contact as C, Employment as E};
    let mut l = List { items: Vec::new() };
    l.need(
        filled(&c.details.full_name),
        "the PA's name",
        C,
        c.id,
        "full_name",
    );
    l.need(
        filled(&e.terms.job_title),
        "the PA's job title",
        E,
        e.id,
        "job_title",
    );
    l.items
}
