//! Checking an [`EmploymentDraft`]: every problem at once, tied to its field.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::draft::{EmploymentDraft, EmploymentEndDraft};
use super::kinds::{HolidayArrangement, HoursKind, PayFrequency, SickPay};
use super::payday::{MonthlyPayday, MonthlyPaydayKind, Payday};
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
    let payday = draft
        .pay_frequency
        .and_then(|f| payday(&mut p, draft, f, start_date));
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
                payday: Some(payday?),
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

/// How long after the start the first payday may be: a pay period in arrears, and time to run payroll.
const FIRST_PAYDAY_WITHIN_WEEKS: u64 = 8;

fn payday(
    p: &mut Problems,
    draft: &EmploymentDraft,
    frequency: PayFrequency,
    start: Option<NaiveDate>,
) -> Option<Payday> {
    if frequency != PayFrequency::Monthly {
        let first = date_field(p, "first_payday", &draft.first_payday, "first payday")?;
        if let Some(start) = start {
            if first < start {
                p.add(
                    "first_payday",
                    "The first payday must be on or after the start date",
                );
                return None;
            }
            if first > start + Days::new(FIRST_PAYDAY_WITHIN_WEEKS * 7) {
                p.add(
                    "first_payday",
                    format!("The first payday must be within {FIRST_PAYDAY_WITHIN_WEEKS} weeks of the start date"),
                );
                return None;
            }
        }
        return Some(Payday::FromFirst { first });
    }
    let day = match draft.monthly_payday {
        None => {
            p.add(
                "monthly_payday",
                "Select which day of the month the PA is paid",
            );
            return None;
        }
        Some(MonthlyPaydayKind::DayOfMonth) => {
            match draft.payday_day_of_month.trim().parse::<u8>() {
                Ok(day) if (1..=31).contains(&day) => MonthlyPayday::DayOfMonth { day },
                _ => {
                    p.add(
                        "payday_day_of_month",
                        "Enter the day of the month as a number from 1 to 31, like 28",
                    );
                    return None;
                }
            }
        }
        Some(MonthlyPaydayKind::LastDay) => MonthlyPayday::LastDay,
        Some(MonthlyPaydayKind::LastWorkingDay) => MonthlyPayday::LastWorkingDay,
        Some(MonthlyPaydayKind::LastFriday) => MonthlyPayday::LastFriday,
    };
    Some(Payday::Monthly {
        day,
        before_closed_days: draft.payday_before_closed_days,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(frequency: PayFrequency) -> EmploymentDraft {
        EmploymentDraft {
            start_date: "2026-02-02".into(),
            hours_per_week: "16".into(),
            working_pattern: "Monday to Thursday".into(),
            hourly_rate: "13.50".into(),
            pay_frequency: Some(frequency),
            ..EmploymentDraft::default()
        }
    }

    fn problem(d: &EmploymentDraft, field: &str) -> String {
        let p = validate_terms(d).unwrap_err();
        p.list()
            .iter()
            .find(|x| x.field == field)
            .unwrap_or_else(|| panic!("no problem with {field}: {p:?}"))
            .message
            .clone()
    }

    #[test]
    fn a_weekly_pa_needs_a_first_payday_on_or_soon_after_the_start() {
        let mut d = draft(PayFrequency::Weekly);
        assert_eq!(problem(&d, "first_payday"), "Enter the first payday");
        d.first_payday = "2026-02-01".into();
        assert_eq!(
            problem(&d, "first_payday"),
            "The first payday must be on or after the start date"
        );
        d.first_payday = "2026-04-01".into();
        assert_eq!(
            problem(&d, "first_payday"),
            "The first payday must be within 8 weeks of the start date"
        );
        d.first_payday = "6/2/2026".into();
        let terms = validate_terms(&d).unwrap();
        assert_eq!(
            terms.payday,
            Some(Payday::FromFirst {
                first: NaiveDate::from_ymd_opt(2026, 2, 6).unwrap()
            })
        );
    }

    #[test]
    fn a_monthly_payday_is_a_rule_and_a_day_of_the_month_is_checked() {
        let mut d = draft(PayFrequency::Monthly);
        // The form's default: the last working day, brought forward past weekends.
        assert_eq!(
            validate_terms(&d).unwrap().payday,
            Some(Payday::Monthly {
                day: MonthlyPayday::LastWorkingDay,
                before_closed_days: true
            })
        );
        d.monthly_payday = Some(MonthlyPaydayKind::DayOfMonth);
        for bad in ["", "0", "32", "28th"] {
            d.payday_day_of_month = bad.into();
            assert_eq!(
                problem(&d, "payday_day_of_month"),
                "Enter the day of the month as a number from 1 to 31, like 28"
            );
        }
        d.payday_day_of_month = " 28 ".into();
        d.payday_before_closed_days = false;
        assert_eq!(
            validate_terms(&d).unwrap().payday,
            Some(Payday::Monthly {
                day: MonthlyPayday::DayOfMonth { day: 28 },
                before_closed_days: false
            })
        );
        d.monthly_payday = None;
        assert_eq!(
            problem(&d, "monthly_payday"),
            "Select which day of the month the PA is paid"
        );
    }
}
