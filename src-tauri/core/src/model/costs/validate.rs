//! Checking the cost forms: a clear message on each field, nothing saved or worked out until all is well.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::draft::{CostSettingsDraft, EmploymentCostTermsDraft, PaCostDraft};
use super::inputs::{EmployerTerms, PaCostInput};
use super::pay_periods::weeks_in_period;
use super::pension::PensionTerms;
use super::rates::RateBook;
use super::settings::{CostSettings, EmploymentCostTerms};
use super::tax_year::TaxYear;
use super::worker::AgeBasis;
use crate::model::employment::{HolidayArrangement, HoursKind, PayFrequency};
use crate::model::fields::{date_field, money_field, number_field, optional, percent_field};
use crate::model::money::Money;
use crate::model::people::age_on;
use crate::model::validation::Problems;

const HOURS_IN_A_WEEK: i64 = 168;
/// The youngest a PA can be employed at (compulsory school age ends at 16).
pub const MINIMUM_PA_AGE: u8 = 16;

fn path(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_string()
    } else {
        format!("{prefix}.{field}")
    }
}

/// The tax year typed, or the current one when blank; it must have a rates file.
fn tax_year_field(
    p: &mut Problems,
    field: &str,
    text: &str,
    book: &RateBook,
) -> Option<Option<TaxYear>> {
    let Some(value) = optional(text) else {
        return Some(None);
    };
    let year = p.check(field, value.parse::<TaxYear>())?;
    p.check(field, book.for_year(year).map(|_| Some(year)))?
        .into()
}

fn optional_money(p: &mut Problems, field: &str, text: &str, label: &str) -> Option<Money> {
    optional(text).and_then(|t| money_field(p, field, t, label))
}

pub fn validate_settings(
    draft: &CostSettingsDraft,
    prefix: &str,
    book: &RateBook,
) -> Result<CostSettings, Problems> {
    let mut p = Problems::default();
    let f = |name| path(prefix, name);
    let tax_year = tax_year_field(&mut p, &f("tax_year"), &draft.tax_year, book);
    let insurance = optional_money(
        &mut p,
        &f("insurance_per_year"),
        &draft.insurance_per_year,
        "insurance cost",
    );
    let fee = optional_money(
        &mut p,
        &f("payroll_fee_per_payslip"),
        &draft.payroll_fee_per_payslip,
        "payroll fee",
    );
    let contingency = match optional(&draft.contingency_percent) {
        None => Some(Decimal::ZERO),
        Some(t) => percent_field(&mut p, &f("contingency_percent"), t, "contingency"),
    };
    let employer = percent_field(
        &mut p,
        &f("pension_employer_percent"),
        &draft.pension_employer_percent,
        "employer's pension contribution",
    );
    let total = percent_field(
        &mut p,
        &f("pension_total_percent"),
        &draft.pension_total_percent,
        "total pension contribution",
    );
    let minimum = PensionTerms::minimum();
    if employer.is_some_and(|e| e < minimum.employer_rate) {
        p.add(
            f("pension_employer_percent"),
            "The employer must pay at least 3% of qualifying earnings",
        );
    }
    if total.is_some_and(|t| t < minimum.total_rate) {
        p.add(
            f("pension_total_percent"),
            "The total contribution must be at least 8% of qualifying earnings",
        );
    } else if let (Some(e), Some(t)) = (employer, total) {
        if e > t {
            p.add(
                f("pension_total_percent"),
                "The total contribution must include the employer's, so it cannot be less",
            );
        }
    }
    let council_pa_rate = optional_money(
        &mut p,
        &f("council_pa_rate"),
        &draft.council_pa_rate,
        "council's hourly rate",
    );
    p.into_result(|| CostSettings {
        tax_year: tax_year.flatten(),
        claims_employment_allowance: draft.claims_employment_allowance,
        insurance_per_year: insurance.unwrap_or(Money::ZERO),
        payroll_fee_per_payslip: fee.unwrap_or(Money::ZERO),
        contingency_rate: contingency.unwrap_or_default(),
        pension_employer_rate: employer.unwrap_or_default(),
        pension_total_rate: total.unwrap_or_default(),
        council_pa_rate,
    })
}

/// Hours a week for regular hours, or hours in one pay period for irregular hours.
pub(super) fn hours_field(
    p: &mut Problems,
    field: &str,
    text: &str,
    kind: HoursKind,
    frequency: PayFrequency,
) -> Option<Decimal> {
    let week = Decimal::from(HOURS_IN_A_WEEK);
    match kind {
        HoursKind::Regular => number_field(
            p,
            field,
            text,
            "hours a week",
            week,
            "There are only 168 hours in a week: enter the hours worked a week",
        ),
        HoursKind::Irregular => {
            let most = week * weeks_in_period(frequency);
            number_field(
                p,
                field,
                text,
                "hours each pay period",
                most.round_dp(2),
                "That is more than 168 hours a week: enter the hours worked each pay period",
            )
        }
    }
}

fn days_field(p: &mut Problems, field: &str, text: &str) -> Option<Option<Decimal>> {
    let Some(t) = optional(text) else {
        return Some(None);
    };
    let days = number_field(
        p,
        field,
        t,
        "days a week",
        Decimal::from(7),
        "There are only 7 days in a week",
    )?;
    if days.is_zero() {
        p.add(field, "Days a week must be more than 0");
        return None;
    }
    Some(Some(days))
}

fn optional_date(
    p: &mut Problems,
    field: &str,
    text: &str,
    label: &str,
) -> Option<Option<NaiveDate>> {
    match optional(text) {
        None => Some(None),
        Some(t) => date_field(p, field, t, label).map(Some),
    }
}

/// The costing facts a PA form and the calculator share: days a week, apprenticeship, cover rate.
type PaExtras = (
    Option<Option<Decimal>>,
    Option<Option<NaiveDate>>,
    Option<Money>,
);

fn pa_extras(p: &mut Problems, days: &str, apprentice_since: &str, cover: &str) -> PaExtras {
    (
        days_field(p, "days_per_week", days),
        optional_date(
            p,
            "apprentice_since",
            apprentice_since,
            "apprenticeship start date",
        ),
        optional_money(
            p,
            "holiday_cover_hourly",
            cover,
            "hourly cost of holiday cover",
        ),
    )
}

pub fn validate_employment_cost_terms(
    draft: &EmploymentCostTermsDraft,
    kind: HoursKind,
    frequency: PayFrequency,
) -> Result<EmploymentCostTerms, Problems> {
    let mut p = Problems::default();
    let hours = match (kind, optional(&draft.hours_per_period)) {
        (HoursKind::Irregular, Some(t)) => {
            hours_field(&mut p, "hours_per_period", t, kind, frequency)
        }
        _ => None,
    };
    let (days, apprentice_since, cover) = pa_extras(
        &mut p,
        &draft.days_per_week,
        &draft.apprentice_since,
        &draft.holiday_cover_hourly,
    );
    p.into_result(|| EmploymentCostTerms {
        hours_per_period: hours,
        days_per_week: days.flatten(),
        nic_category: draft.nic_category,
        apprentice_since: apprentice_since.flatten(),
        pension_opted_in: draft.pension_opted_in,
        holiday_cover_hourly: cover,
    })
}

fn age_field(p: &mut Problems, draft: &PaCostDraft, on: NaiveDate) -> Option<AgeBasis> {
    let too_young = format!("A PA must be at least {MINIMUM_PA_AGE}");
    if let Some(text) = optional(&draft.date_of_birth) {
        let dob = date_field(p, "date_of_birth", text, "date of birth")?;
        if age_on(dob, on) < MINIMUM_PA_AGE as i32 {
            p.add("date_of_birth", format!("{too_young} during the tax year"));
            return None;
        }
        return Some(AgeBasis::DateOfBirth(dob));
    }
    let Some(text) = optional(&draft.age) else {
        return Some(AgeBasis::Unknown);
    };
    match text.parse::<u8>() {
        Ok(age) if age < MINIMUM_PA_AGE => p.add("age", too_young),
        Ok(age) if age > 100 => p.add("age", "Enter an age of 100 or less"),
        Ok(age) => return Some(AgeBasis::Age(age)),
        Err(_) => p.add("age", "Enter the PA's age in whole years, like 30"),
    }
    None
}

/// The what-if calculator: one PA typed in, with the employer's settings.
pub fn validate_pa_cost(
    draft: &PaCostDraft,
    book: &RateBook,
    today: NaiveDate,
) -> Result<(PaCostInput, EmployerTerms), Problems> {
    let mut p = Problems::default();
    let settings = validate_settings(&draft.settings, "settings", book)
        .map_err(|e| {
            for problem in e.list() {
                p.add(problem.field.clone(), problem.message.clone());
            }
        })
        .ok();
    let tax_year = tax_year_field(&mut p, "tax_year", &draft.tax_year, book)
        .map(|y| y.unwrap_or_else(|| book.default_year(today)));
    let age = age_field(&mut p, draft, tax_year.map_or(today, |y| y.last_day()));
    let hourly_rate = money_field(&mut p, "hourly_rate", &draft.hourly_rate, "hourly rate");
    if hourly_rate.is_some_and(|r| r.is_zero()) {
        p.add("hourly_rate", "Enter an hourly rate above £0");
    }
    let kind = draft.hours_kind.unwrap_or(HoursKind::Regular);
    let frequency = draft.pay_frequency.unwrap_or(PayFrequency::Weekly);
    let hours = hours_field(&mut p, "hours", &draft.hours, kind, frequency);
    let holiday = draft.holiday.unwrap_or(match kind {
        HoursKind::Regular => HolidayArrangement::FivePointSixWeeks,
        HoursKind::Irregular => HolidayArrangement::AccruedHours,
    });
    if kind == HoursKind::Regular && holiday != HolidayArrangement::FivePointSixWeeks {
        p.add(
            "holiday",
            "Regular hours get 5.6 weeks' paid holiday; the 12.07% methods are for irregular hours",
        );
    }
    let (days, apprentice_since, cover) = pa_extras(
        &mut p,
        &draft.days_per_week,
        &draft.apprentice_since,
        &draft.holiday_cover_hourly,
    );
    let start_date = optional_date(&mut p, "start_date", &draft.start_date, "start date");
    p.finish(|| {
        Some({
            let s = settings?;
            (
                PaCostInput {
                    label: "This PA".into(),
                    age: age?,
                    hourly_rate: hourly_rate?,
                    hours_kind: kind,
                    hours: hours?,
                    pay_frequency: frequency,
                    holiday,
                    days_per_week: days.flatten(),
                    nic_category: draft.nic_category,
                    apprentice_since: apprentice_since.flatten(),
                    pension: PensionTerms {
                        employer_rate: s.pension_employer_rate,
                        total_rate: s.pension_total_rate,
                        opted_in: draft.pension_opted_in,
                    },
                    contingency_rate: s.contingency_rate,
                    holiday_cover_hourly: cover,
                    start_date: start_date.flatten(),
                },
                EmployerTerms {
                    tax_year: tax_year?,
                    claims_employment_allowance: s.claims_employment_allowance,
                    insurance_per_year: s.insurance_per_year,
                    payroll_fee_per_payslip: s.payroll_fee_per_payslip,
                },
            )
        })
    })
}
