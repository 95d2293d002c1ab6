//! What the app and the CLI do with employments.

pub use crate::model::employment::*;

use chrono::NaiveDate;

use crate::app::Database;
use crate::model::contacts::ContactId;
use crate::model::error::{CoreError, CoreResult};
use crate::model::people::PersonId;
use crate::model::validation::Problems;
use crate::store::EmploymentRow;

pub fn add_employment(
    db: &mut Database,
    draft: &EmploymentDraft,
    today: NaiveDate,
) -> CoreResult<EmploymentView> {
    let (person, contact, terms) = check(db, draft)?;
    let id = db.store.insert_employment(person, contact, &terms, today)?;
    view_employment(db, id, today)
}

pub fn update_employment(
    db: &mut Database,
    id: EmploymentId,
    draft: &EmploymentDraft,
    today: NaiveDate,
) -> CoreResult<EmploymentView> {
    let (person, contact, terms) = check(db, draft)?;
    let existing = row(db, id)?;
    if let Some(end) = &existing.employment.ended {
        if end.end_date < terms.start_date {
            let mut p = Problems::default();
            p.add(
                "start_date",
                "The start date must be on or before the day the employment ended",
            );
            return Err(p.into());
        }
    }
    db.store.update_employment(id, person, contact, &terms)?;
    view_employment(db, id, today)
}

pub fn end_employment(
    db: &mut Database,
    id: EmploymentId,
    end: &EmploymentEndDraft,
    today: NaiveDate,
) -> CoreResult<EmploymentView> {
    let existing = row(db, id)?;
    let end = validate_end(end, existing.employment.terms.start_date)?;
    db.store.set_employment_end(id, Some(&end))?;
    view_employment(db, id, today)
}

pub fn view_employment(
    db: &Database,
    id: EmploymentId,
    today: NaiveDate,
) -> CoreResult<EmploymentView> {
    let row = row(db, id)?;
    let terms = &row.employment.terms;
    Ok(EmploymentView {
        notice_by_employer: describe_notice(terms.notice_by_employer_weeks, true),
        notice_by_pa: describe_notice(terms.notice_by_pa_weeks, false),
        payday: describe_payday(terms),
        summary: summarise(&row, today),
        employment: row.employment,
    })
}

pub fn employment_draft(db: &Database, id: EmploymentId) -> CoreResult<EmploymentDraft> {
    let e = row(db, id)?.employment;
    Ok(to_draft(e.person_id, e.contact_id, &e.terms))
}

/// Employments of a person, of a contact, or of both; current ones first.
pub fn employments_of(
    db: &Database,
    person: Option<PersonId>,
    contact: Option<ContactId>,
    today: NaiveDate,
) -> CoreResult<Vec<EmploymentSummary>> {
    Ok(db
        .store
        .employments(person, contact)?
        .iter()
        .map(|r| summarise(r, today))
        .collect())
}

pub(crate) fn row(db: &Database, id: EmploymentId) -> CoreResult<EmploymentRow> {
    db.store.employment(id)?.ok_or(CoreError::NotFound {
        what: "employment",
        id: id.0,
    })
}

fn check(db: &Database, draft: &EmploymentDraft) -> CoreResult<(PersonId, ContactId, JobTerms)> {
    let mut p = Problems::default();
    let terms = validate_terms(draft).map_err(|problems| {
        for problem in problems.list() {
            p.add(problem.field.clone(), problem.message.clone());
        }
    });
    let person = match draft.person_id {
        Some(id) if db.store.person(id)?.is_some_and(|person| !person.archived) => Some(id),
        _ => {
            p.add("person_id", "Select the person who employs the PA");
            None
        }
    };
    let contact = match draft.contact_id {
        Some(id) if db.store.contact(id)?.is_some() => Some(id),
        _ => {
            p.add("contact_id", "Choose the PA");
            None
        }
    };
    match (person, contact, terms) {
        (Some(person), Some(contact), Ok(terms)) if p.is_empty() => Ok((person, contact, terms)),
        _ => Err(p.into()),
    }
}

fn summarise(row: &EmploymentRow, today: NaiveDate) -> EmploymentSummary {
    let e = &row.employment;
    let t = &e.terms;
    let end_date = e.ended.as_ref().map(|x| x.end_date);
    EmploymentSummary {
        id: e.id,
        person_id: e.person_id,
        person_name: row.person_name.clone(),
        contact_id: e.contact_id,
        contact_name: row.contact_name.clone(),
        job_title: t.job_title.clone(),
        start_date: t.start_date,
        end_date,
        hourly_rate: t.hourly_rate,
        hours: match (t.hours_kind, t.hours_per_week) {
            (HoursKind::Regular, Some(h)) if h == rust_decimal::Decimal::ONE => {
                "1 hour a week".to_string()
            }
            (HoursKind::Regular, Some(h)) => format!("{h} hours a week"),
            _ => "Irregular hours".to_string(),
        },
        current: end_date.is_none_or(|end| end >= today),
    }
}

fn to_draft(person: PersonId, contact: ContactId, t: &JobTerms) -> EmploymentDraft {
    let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
    let (payday, _) = t.payday_or_assumed();
    EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(contact),
        job_title: t.job_title.clone(),
        duties: t.duties.clone(),
        start_date: t.start_date.to_string(),
        continuous_employment_start: if t.continuous_employment_start == t.start_date {
            String::new()
        } else {
            t.continuous_employment_start.to_string()
        },
        hours_kind: Some(t.hours_kind),
        hours_per_week: t.hours_per_week.map(|h| h.to_string()).unwrap_or_default(),
        working_pattern: t.working_pattern.clone(),
        hourly_rate: t.hourly_rate.to_canonical_string(),
        pay_frequency: Some(t.pay_frequency),
        first_payday: match payday {
            Payday::FromFirst { first } => first.to_string(),
            Payday::Monthly { .. } => String::new(),
        },
        monthly_payday: match payday {
            Payday::Monthly { day, .. } => Some(day.kind()),
            Payday::FromFirst { .. } => EmploymentDraft::default().monthly_payday,
        },
        payday_day_of_month: match payday {
            Payday::Monthly {
                day: MonthlyPayday::DayOfMonth { day },
                ..
            } => day.to_string(),
            _ => String::new(),
        },
        payday_before_closed_days: match payday {
            Payday::Monthly {
                before_closed_days, ..
            } => before_closed_days,
            Payday::FromFirst { .. } => true,
        },
        holiday: Some(t.holiday),
        place_of_work: t.place_of_work.clone(),
        probation_weeks: t.probation_weeks.map(|w| w.to_string()).unwrap_or_default(),
        notice_by_employer_weeks: number(t.notice_by_employer_weeks),
        notice_by_pa_weeks: number(t.notice_by_pa_weeks),
        sick_pay: Some(t.sick_pay),
        sick_pay_details: t.sick_pay_details.clone(),
        pension_scheme: t.pension_scheme.clone().unwrap_or_default(),
    }
}

/// The person who employs the PA in this employment.
pub fn employer_of(db: &Database, id: EmploymentId) -> CoreResult<PersonId> {
    Ok(row(db, id)?.employment.person_id)
}

/// The employment, when `person` is its employer; otherwise a problem with `field` (the form's name
/// for the employment) saying it is not theirs. An employment that does not exist is not found.
pub fn employment_of_person(
    db: &Database,
    person: PersonId,
    id: EmploymentId,
    field: &str,
) -> CoreResult<Employment> {
    let employment = row(db, id)?.employment;
    if employment.person_id != person {
        let mut p = Problems::default();
        p.add(
            field,
            format!("Employment {id} is not one of person {person}'s"),
        );
        return Err(p.into());
    }
    Ok(employment)
}
