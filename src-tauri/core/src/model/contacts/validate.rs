//! Checking a [`ContactDraft`]: every problem is found at once, tied to its field, and nothing
//! partial comes out.

use chrono::NaiveDate;

use super::availability::Slot;
use super::contact::{ContactDetails, Dbs, Training};
use super::draft::{ContactDraft, DbsDraft, TrainingDraft};
use super::kinds::Skill;
use crate::model::fields::{
    date_field, limited_text, money_field, optional, required_text, MAX_TEXT,
};
use crate::model::input::{parse_email, parse_phone, parse_postcode};
use crate::model::people::age_on;
use crate::model::validation::Problems;

const MAX_NOTES: usize = 10_000;
const MAX_PHONES: usize = 5;
/// A PA must be old enough to leave school and work full time.
const YOUNGEST_PA: i32 = 16;
const OLDEST_PA: i32 = 100;

pub fn validate_contact(
    draft: &ContactDraft,
    today: NaiveDate,
) -> Result<ContactDetails, Problems> {
    let mut p = Problems::default();
    let full_name = required_text(
        &mut p,
        "full_name",
        &draft.full_name,
        "Enter the PA's full name",
    );
    let phones = phones(&mut p, &draft.phones);
    let email = optional(&draft.email).and_then(|s| p.check("email", parse_email(s)));
    let address = limited_text(&mut p, "address", &draft.address, "Address", MAX_NOTES);
    let postcode = optional(&draft.postcode).and_then(|s| p.check("postcode", parse_postcode(s)));
    let areas = list(&mut p, "areas", &draft.areas, "Each area");
    let tags = list(&mut p, "tags", &draft.tags, "Each tag");
    let languages = list(&mut p, "languages", &draft.languages, "Each language");
    let hourly_rate = optional(&draft.hourly_rate)
        .and_then(|s| money_field(&mut p, "hourly_rate", s, "hourly rate asked"));
    let dbs = dbs(&mut p, &draft.dbs, today);
    let training = training(&mut p, &draft.training, today);
    let right_to_work_checked_on = past_date(
        &mut p,
        "right_to_work_checked_on",
        &draft.right_to_work_checked_on,
        "date of the right to work check",
        today,
    );
    let right_to_work_until = optional(&draft.right_to_work_until).and_then(|s| {
        date_field(
            &mut p,
            "right_to_work_until",
            s,
            "date the permission to work ends",
        )
    });
    let date_of_birth = optional(&draft.date_of_birth)
        .and_then(|s| date_field(&mut p, "date_of_birth", s, "date of birth"));
    if let Some(dob) = date_of_birth {
        let age = age_on(dob, today);
        if dob > today {
            p.add("date_of_birth", "Date of birth must be in the past");
        } else if !(YOUNGEST_PA..=OLDEST_PA).contains(&age) {
            p.add(
                "date_of_birth",
                format!("Check the date of birth: it makes them {age}, and a PA must be at least {YOUNGEST_PA}"),
            );
        }
    }
    if draft.status.is_none() {
        p.add("status", "Select whether the PA is looking for work");
    }
    let last_contacted_on = past_date(
        &mut p,
        "last_contacted_on",
        &draft.last_contacted_on,
        "date you last contacted them",
        today,
    );
    let notes = limited_text(&mut p, "notes", &draft.notes, "Notes", MAX_NOTES);

    p.finish(|| {
        Some(ContactDetails {
            full_name: full_name?,
            phones,
            email,
            address,
            postcode,
            areas,
            skills: in_list_order(Skill::ALL, &draft.skills),
            tags,
            languages,
            availability: in_list_order(&Slot::all().collect::<Vec<_>>(), &draft.availability),
            hourly_rate,
            work_preference: draft.work_preference,
            dbs,
            training,
            right_to_work_checked_on,
            right_to_work_until,
            references_taken: draft.references_taken,
            date_of_birth,
            status: draft.status?,
            last_contacted_on,
            notes,
        })
    })
}

fn phones(p: &mut Problems, typed: &[String]) -> Vec<String> {
    let mut phones: Vec<String> = Vec::new();
    for (i, text) in typed.iter().enumerate() {
        let Some(text) = optional(text) else { continue };
        if let Some(phone) = p.check(&format!("phones.{i}"), parse_phone(text)) {
            if !phones.contains(&phone) {
                phones.push(phone);
            }
        }
    }
    if phones.len() > MAX_PHONES {
        p.add(
            "phones.0",
            format!("Enter no more than {MAX_PHONES} phone numbers"),
        );
    }
    phones
}

/// Comma-separated words, trimmed, without repeats (ignoring case).
fn list(p: &mut Problems, field: &str, text: &str, label: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for item in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if item.chars().count() > MAX_TEXT {
            p.add(
                field,
                format!("{label} must be {MAX_TEXT} characters or fewer"),
            );
            break;
        }
        if !items
            .iter()
            .any(|i| i.to_lowercase() == item.to_lowercase())
        {
            items.push(item.to_string());
        }
    }
    items
}

fn in_list_order<T: Copy + PartialEq>(all: &[T], chosen: &[T]) -> Vec<T> {
    all.iter().copied().filter(|v| chosen.contains(v)).collect()
}

fn past_date(
    p: &mut Problems,
    field: &str,
    text: &str,
    label: &str,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let date = optional(text).and_then(|s| date_field(p, field, s, label))?;
    if date > today {
        p.add(field, format!("The {label} must be today or in the past"));
        return None;
    }
    Some(date)
}

fn dbs(p: &mut Problems, draft: &DbsDraft, today: NaiveDate) -> Option<Dbs> {
    if draft.is_blank() {
        return None;
    }
    if draft.level.is_none() {
        p.add("dbs.level", "Select the level of the DBS check");
    }
    let certificate_number = optional(&draft.certificate_number).and_then(|s| {
        let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() == 12 && digits.chars().all(|c| c.is_ascii_digit()) {
            Some(digits)
        } else {
            p.add(
                "dbs.certificate_number",
                "A DBS certificate number is 12 digits, like 001234567890",
            );
            None
        }
    });
    let issue_date = date_field(
        p,
        "dbs.issue_date",
        &draft.issue_date,
        "DBS certificate's issue date",
    );
    if issue_date.is_some_and(|d| d > today) {
        p.add(
            "dbs.issue_date",
            "The DBS certificate's issue date must be today or in the past",
        );
    }
    Some(Dbs {
        level: draft.level?,
        certificate_number,
        issue_date: issue_date.filter(|d| *d <= today)?,
        update_service: draft.update_service,
    })
}

fn training(p: &mut Problems, rows: &[TrainingDraft], today: NaiveDate) -> Vec<Training> {
    let mut courses = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if row.is_blank() {
            continue;
        }
        let field = |name: &str| format!("training.{i}.{name}");
        let course = required_text(
            p,
            &field("course"),
            &row.course,
            "Enter the name of the course",
        );
        let completed_on = past_date(
            p,
            &field("completed_on"),
            &row.completed_on,
            "date the course was done",
            today,
        );
        let expires_on = optional(&row.expires_on)
            .and_then(|s| date_field(p, &field("expires_on"), s, "expiry date"));
        if let (Some(done), Some(expires)) = (completed_on, expires_on) {
            if expires < done {
                p.add(
                    field("expires_on"),
                    "The expiry date must be after the date the course was done",
                );
            }
        }
        if let Some(course) = course {
            courses.push(Training {
                course,
                completed_on,
                expires_on,
            });
        }
    }
    courses
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
