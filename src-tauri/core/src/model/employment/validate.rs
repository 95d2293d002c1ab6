//! Checking an [`EmploymentDraft`]: every problem at once, tied to its field.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::draft::{EmploymentDraft, EmploymentEndDraft};
use super::kinds::{HolidayArrangement, HoursKind, SickPay};
use super::record::{EmploymentEnd, JobTerms};
use crate::model::fields::{
    date_field, limited_text, money_field, optional, optional_text, required_text,
};
use crate::model::validation::Problems;

const MAX_LONG_TEXT: usize = 10_000;
const MAX_WEEKS_NOTICE: u8 = 52;
const MAX_PROBATION_WEEKS: u16 = 52;
const HOURS_IN_A_WEEK: u32 = 168;

/// Checks the job terms; the person and PA are checked by the caller, who can look them up.
pub fn validate_terms(draft: &EmploymentDraft) -> Result<JobTerms, Problems> {
    let mut p = Problems::default();
    let job_title = required_text(&mut p, "job_title", &draft.job_title, "Enter the job title");
    let duties = limited_text(&mut p, "duties", &draft.duties, "Duties", MAX_LONG_TEXT);
    let start_date = date_field(&mut p, "start_date", &draft.start_date, "start date");
    let continuous = optional(&draft.continuous_employment_start).and_then(|s| {
        date_field(
            &mut p,
            "continuous_employment_start",
            s,
            "start of continuous employment",
        )
    });
    if let (Some(start), Some(c)) = (start_date, continuous) {
        if c > start {
            p.add(
                "continuous_employment_start",
                "Continuous employment must start on or before the start date",
            );
        }
    }
    let hours_kind = draft.hours_kind;
    let hours_per_week = match hours_kind {
        None => {
            p.add(
                "hours_kind",
                "Select whether the hours are regular or irregular",
            );
            None
        }
        Some(HoursKind::Regular) => hours(&mut p, &draft.hours_per_week),
        Some(HoursKind::Irregular) => None,
    };
    let working_pattern = if hours_kind == Some(HoursKind::Regular) {
        required_text(
            &mut p,
            "working_pattern",
            &draft.working_pattern,
            "Enter the days and times of work, like Monday to Friday, 8am to 10am",
        )
    } else {
        Some(limited_text(
            &mut p,
            "working_pattern",
            &draft.working_pattern,
            "Days and times",
            MAX_LONG_TEXT,
        ))
    };
    let hourly_rate = money_field(&mut p, "hourly_rate", &draft.hourly_rate, "hourly rate");
    if hourly_rate.is_some_and(|r| r.as_decimal().is_zero()) {
        p.add("hourly_rate", "The hourly rate must be more than £0");
    }
    if draft.pay_frequency.is_none() {
        p.add("pay_frequency", "Select how often the PA is paid");
    }
    match (draft.holiday, hours_kind) {
        (None, _) => p.add("holiday", "Select how holiday is given"),
        (Some(h), Some(HoursKind::Regular)) if h != HolidayArrangement::FivePointSixWeeks => p.add(
            "holiday",
            "For regular hours, holiday is 5.6 weeks a year: holiday that builds up with hours worked, and rolled-up holiday pay, are only for irregular hours",
        ),
        _ => {}
    }
    let place_of_work = limited_text(
        &mut p,
        "place_of_work",
        &draft.place_of_work,
        "Place of work",
        MAX_LONG_TEXT,
    );
    let probation_weeks = weeks(
        &mut p,
        "probation_weeks",
        &draft.probation_weeks,
        "probation",
        u32::from(MAX_PROBATION_WEEKS),
        0,
    )
    .map(|w| w as u16);
    let notice_by_employer_weeks = weeks(
        &mut p,
        "notice_by_employer_weeks",
        &draft.notice_by_employer_weeks,
        "notice",
        u32::from(MAX_WEEKS_NOTICE),
        1,
    )
    .map(|w| w as u8);
    let notice_by_pa_weeks = weeks(
        &mut p,
        "notice_by_pa_weeks",
        &draft.notice_by_pa_weeks,
        "notice",
        u32::from(MAX_WEEKS_NOTICE),
        1,
    )
    .map(|w| w as u8);
    let sick_pay_details = match draft.sick_pay {
        None => {
            p.add("sick_pay", "Select what sick pay the PA gets");
            String::new()
        }
        Some(SickPay::Enhanced) => required_text(
            &mut p,
            "sick_pay_details",
            &draft.sick_pay_details,
            "Describe the sick pay: how much and for how long",
        )
        .unwrap_or_default(),
        Some(SickPay::Statutory) => String::new(),
    };
    let pension_scheme = optional_text(
        &mut p,
        "pension_scheme",
        &draft.pension_scheme,
        "Pension scheme",
    );

    p.finish(|| {
        Some({
            let start_date = start_date?;
            JobTerms {
                job_title: job_title?,
                duties,
                start_date,
                continuous_employment_start: continuous.unwrap_or(start_date),
                hours_kind: hours_kind?,
                hours_per_week,
                working_pattern: working_pattern.unwrap_or_default(),
                hourly_rate: hourly_rate?,
                pay_frequency: draft.pay_frequency?,
                holiday: draft.holiday?,
                place_of_work,
                probation_weeks,
                notice_by_employer_weeks,
                notice_by_pa_weeks,
                sick_pay: draft.sick_pay?,
                sick_pay_details,
                pension_scheme,
            }
        })
    })
}

fn hours(p: &mut Problems, text: &str) -> Option<Decimal> {
    let parsed =
        text.trim().parse::<Decimal>().ok().filter(|h| {
            *h > Decimal::ZERO && *h <= Decimal::from(HOURS_IN_A_WEEK) && h.scale() <= 2
        });
    if parsed.is_none() {
        let message = if text.trim().is_empty() {
            "Enter the normal hours a week".to_string()
        } else {
            format!(
                "Enter the hours a week as a number from 0.25 to {HOURS_IN_A_WEEK}, like 16 or 7.5"
            )
        };
        p.add("hours_per_week", message);
    }
    parsed.map(|h| h.normalize())
}

/// An optional whole number of weeks from `min` to `max`.
fn weeks(p: &mut Problems, field: &str, text: &str, what: &str, max: u32, min: u32) -> Option<u32> {
    let text = optional(text)?;
    match text.parse::<u32>() {
        Ok(w) if (min..=max).contains(&w) => Some(w),
        _ => {
            p.add(field, format!("Enter the {what} as a whole number of weeks, from {min} to {max}, or leave it blank"));
            None
        }
    }
}

pub fn validate_end(
    draft: &EmploymentEndDraft,
    start: NaiveDate,
) -> Result<EmploymentEnd, Problems> {
    let mut p = Problems::default();
    let end_date = date_field(
        &mut p,
        "end_date",
        &draft.end_date,
        "last day of employment",
    );
    if end_date.is_some_and(|e| e < start) {
        p.add(
            "end_date",
            "The last day must be on or after the start date",
        );
    }
    let reason = required_text(
        &mut p,
        "reason",
        &draft.reason,
        "Enter why the employment ended, like resigned or moved away",
    );
    p.finish(|| {
        Some(EmploymentEnd {
            end_date: end_date?,
            reason: reason?,
        })
    })
}
