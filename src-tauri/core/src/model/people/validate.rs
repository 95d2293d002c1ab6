//! Checking a [`PersonDraft`]: every problem is found at once, tied to its field, and nothing
//! partial comes out.

use chrono::NaiveDate;

use super::age::age_on;
use super::draft::{DpTermsDraft, ManagerDraft, PersonDraft};
use super::kinds::{ManagedBy, RecipientType};
use super::person::{DpTerms, Manager, PersonDetails, Representative};
use super::reviews::default_review_dates;
use crate::model::fields::{
    date_field, limited_text, money_field, optional, optional_text, required_text,
};
use crate::model::input::{parse_date, parse_email, parse_phone, parse_postcode, DateInputError};
use crate::model::money::Money;
use crate::model::validation::Problems;

/// The oldest date of birth accepted, in years before today.
const OLDEST_AGE: i32 = 125;
const MAX_NOTES: usize = 10_000;

/// Checks a draft as of `today`; returns the checked details or every problem found.
pub fn validate_person(draft: &PersonDraft, today: NaiveDate) -> Result<PersonDetails, Problems> {
    let mut p = Problems::default();

    let full_name = required_text(
        &mut p,
        "full_name",
        &draft.full_name,
        "Enter the person's full name",
    );
    let preferred_name = optional_text(
        &mut p,
        "preferred_name",
        &draft.preferred_name,
        "Preferred name",
    );
    let date_of_birth = match parse_date(&draft.date_of_birth) {
        // A real date far in the future is not a "not a real date" mistake: say what is wrong.
        Err(DateInputError::OutOfRange(dob)) if dob > today => {
            p.add("date_of_birth", "Date of birth must be in the past");
            None
        }
        _ => date_field(
            &mut p,
            "date_of_birth",
            &draft.date_of_birth,
            "date of birth",
        ),
    };
    if let Some(dob) = date_of_birth {
        if dob > today {
            p.add("date_of_birth", "Date of birth must be in the past");
        } else if age_on(dob, today) > OLDEST_AGE {
            p.add(
                "date_of_birth",
                "Enter a real date of birth: check the year",
            );
        }
    }
    let address = limited_text(&mut p, "address", &draft.address, "Address", MAX_NOTES);
    let postcode = optional(&draft.postcode).and_then(|s| p.check("postcode", parse_postcode(s)));
    let phone = optional(&draft.phone).and_then(|s| p.check("phone", parse_phone(s)));
    let email = optional(&draft.email).and_then(|s| p.check("email", parse_email(s)));
    let council = required_text(
        &mut p,
        "council",
        &draft.council,
        "Enter the council that pays the direct payment",
    );
    let council_reference = optional_text(
        &mut p,
        "council_reference",
        &draft.council_reference,
        "Council reference",
    );
    let notes = limited_text(&mut p, "notes", &draft.notes, "Notes", MAX_NOTES);

    let recipient_type = draft.recipient_type;
    match (recipient_type, date_of_birth) {
        (None, _) => p.add("recipient_type", "Select who the direct payment is for"),
        (Some(kind), Some(dob)) if dob <= today => check_age_fits(&mut p, kind, age_on(dob, today)),
        _ => {}
    }

    let manager = validate_manager(&mut p, &draft.manager);
    let dp = validate_terms(&mut p, &draft.dp);

    p.finish(|| {
        Some(PersonDetails {
            full_name: full_name?,
            preferred_name,
            date_of_birth: date_of_birth?,
            address,
            postcode,
            phone,
            email,
            council: council?,
            council_reference,
            notes,
            recipient_type: recipient_type?,
            manager: manager?,
            dp: dp?,
        })
    })
}

fn check_age_fits(p: &mut Problems, kind: RecipientType, age: i32) {
    match kind {
        RecipientType::YoungPerson16To17 if !(16..=17).contains(&age) => p.add(
            "recipient_type",
            format!("A young person's direct payment is for someone aged 16 or 17; this date of birth makes them {age}"),
        ),
        RecipientType::AdultServiceUser if age < 18 => p.add(
            "recipient_type",
            format!("An adult's direct payment is for someone aged 18 or over; this date of birth makes them {age}"),
        ),
        _ => {}
    }
}

fn validate_manager(p: &mut Problems, draft: &ManagerDraft) -> Option<Manager> {
    let Some(managed_by) = draft.managed_by else {
        p.add(
            "manager.managed_by",
            "Select who manages the direct payment",
        );
        return None;
    };
    let authority_basis = match (managed_by, draft.authority_basis) {
        (ManagedBy::AuthorisedPerson, None) => {
            p.add(
                "manager.authority_basis",
                "Select the authorised person's basis of authority",
            );
            None
        }
        (ManagedBy::AuthorisedPerson, basis) => basis,
        _ => None,
    };
    if !managed_by.has_representative() {
        return Some(Manager {
            managed_by,
            authority_basis: None,
            representative: None,
        });
    }
    let who = managed_by.representative_noun();
    let name = required_text(
        p,
        "manager.name",
        &draft.name,
        &format!("Enter the {who}'s name"),
    );
    let relationship = if managed_by == ManagedBy::ThirdPartyMoneyManager {
        optional_text(
            p,
            "manager.relationship",
            &draft.relationship,
            "Relationship",
        )
    } else {
        required_text(
            p,
            "manager.relationship",
            &draft.relationship,
            &format!("Enter the {who}'s relationship to the person, like daughter or friend"),
        )
    };
    let phone = optional(&draft.phone).and_then(|s| p.check("manager.phone", parse_phone(s)));
    let email = optional(&draft.email).and_then(|s| p.check("manager.email", parse_email(s)));
    let address = limited_text(p, "manager.address", &draft.address, "Address", MAX_NOTES);
    Some(Manager {
        managed_by,
        authority_basis,
        representative: name.map(|name| Representative {
            name,
            relationship,
            phone,
            email,
            address,
        }),
    })
}

fn validate_terms(p: &mut Problems, draft: &DpTermsDraft) -> Option<DpTerms> {
    let gross = money_field(p, "dp.gross_amount", &draft.gross_amount, "gross amount");
    // No contribution typed means the person pays nothing in.
    let contribution = match optional(&draft.contribution) {
        None => Some(Money::ZERO),
        Some(text) => money_field(p, "dp.contribution", text, "contribution"),
    };
    if let (Some(gross), Some(contribution)) = (gross, contribution) {
        if contribution > gross {
            p.add(
                "dp.contribution",
                format!(
                    "The contribution must not be more than the gross amount ({})",
                    gross.display()
                ),
            );
        }
    }
    let period = draft.period;
    if period.is_none() {
        p.add("dp.period", "Select how often the council pays");
    }
    let first_payment_date = optional(&draft.first_payment_date)
        .and_then(|s| date_field(p, "dp.first_payment_date", s, "first payment date"));
    let excess_threshold_weeks = match draft.excess_threshold_weeks.trim().parse::<u8>() {
        Ok(weeks @ 1..=52) => Some(weeks),
        _ => {
            p.add(
                "dp.excess_threshold_weeks",
                "Enter the excess-balance threshold as a whole number of weeks, from 1 to 52",
            );
            None
        }
    };
    let start_date = date_field(p, "dp.start_date", &draft.start_date, "start date");
    let end_date =
        optional(&draft.end_date).and_then(|s| date_field(p, "dp.end_date", s, "end date"));
    if let (Some(start), Some(end)) = (start_date, end_date) {
        if end < start {
            p.add(
                "dp.end_date",
                "The end date must be the same as or after the start date",
            );
        }
    }
    let review_dates = validate_reviews(p, &draft.review_dates, start_date, end_date);
    if !p.is_empty() {
        return None;
    }
    Some(DpTerms {
        gross_amount: gross?,
        period: period?,
        contribution: contribution?,
        first_payment_date,
        account_type: draft.account_type,
        excess_threshold_weeks: excess_threshold_weeks?,
        start_date: start_date?,
        end_date,
        review_dates,
    })
}

/// Typed review dates, sorted and without repeats; none typed means the default schedule.
fn validate_reviews(
    p: &mut Problems,
    typed: &[String],
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> Vec<NaiveDate> {
    let typed: Vec<(usize, &str)> = typed
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.trim()))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    if typed.is_empty() {
        return start
            .map(|s| default_review_dates(s, end))
            .unwrap_or_default();
    }
    let mut dates = Vec::new();
    for (i, text) in typed {
        let field = format!("dp.review_dates.{i}");
        let Some(date) = date_field(p, &field, text, "review date") else {
            continue;
        };
        if start.is_some_and(|s| date < s) {
            p.add(field, "A review date must be on or after the start date");
        } else if end.is_some_and(|e| date > e) {
            p.add(field, "A review date must be on or before the end date");
        } else {
            dates.push(date);
        }
    }
    dates.sort();
    dates.dedup();
    dates
}
