//! Builds each document's context from saved data. Run after [`super::missing`] has found nothing
//! missing, so every legal particular is present; absent optional parts become empty text.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::context::{
    timesheet_weeks, AgreementContext, EmployerFacts, JobFacts, PaFacts, ParticularsContext,
    PaymentFacts, PersonFacts, RepresentativeFacts, TimesheetContext,
};
use super::kinds::AgreementVariant;
use super::timesheet_dates::pay_period;
use crate::model::contacts::Contact;
use crate::model::employment::{describe_notice, Employment, HoursKind, PayFrequency, SickPay};
use crate::model::input::long_date;
use crate::model::people::{dp_figures, ManagedBy, Person};

/// HMRC's approved mileage allowance payment for cars, first 10,000 miles a year.
const MILEAGE_RATE: &str = "45p";

/// An address on one line: its lines joined with ", ", then the postcode unless already there.
pub fn one_line_address(address: &str, postcode: Option<&str>) -> String {
    let mut parts: Vec<String> = address
        .lines()
        .flat_map(|l| l.split(','))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    if let Some(pc) = postcode.filter(|pc| !pc.trim().is_empty()) {
        let squash = |t: &str| t.replace(' ', "").to_uppercase();
        let already = squash(&parts.concat()).contains(&squash(pc));
        if !already {
            parts.push(pc.trim().to_string());
        }
    }
    parts.join(", ")
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(long_date).unwrap_or_default()
}

pub fn person_facts(p: &Person) -> PersonFacts {
    let d = &p.details;
    PersonFacts {
        full_name: d.full_name.clone(),
        address: one_line_address(&d.address, d.postcode.as_deref()),
        date_of_birth: long_date(d.date_of_birth),
        council_reference: d.council_reference.clone().unwrap_or_default(),
        recipient_type: d.recipient_type.label().to_string(),
        recipient_code: d.recipient_type.code().to_string(),
    }
}

fn representative_facts(p: &Person) -> Option<RepresentativeFacts> {
    let m = &p.details.manager;
    let r = m.representative.as_ref()?;
    Some(RepresentativeFacts {
        name: r.name.clone(),
        address: one_line_address(&r.address, None),
        relationship: r.relationship.clone().unwrap_or_default(),
        role: m.managed_by.representative_noun().to_string(),
        authority_basis: m
            .authority_basis
            .map(|b| b.label().to_string())
            .unwrap_or_default(),
        authority_basis_code: m
            .authority_basis
            .map(|b| b.code().to_string())
            .unwrap_or_default(),
    })
}

pub fn agreement_context(
    p: &Person,
    variant: AgreementVariant,
    prepared_on: NaiveDate,
) -> AgreementContext {
    let dp = &p.details.dp;
    let figures = dp_figures(dp);
    let representative = if variant.has_representative() {
        representative_facts(p)
    } else {
        None
    };
    AgreementContext {
        prepared_on: long_date(prepared_on),
        variant: variant.code().to_string(),
        council: p.details.council.clone(),
        person: person_facts(p),
        manager_name: representative
            .as_ref()
            .map(|r| r.name.clone())
            .unwrap_or_else(|| p.details.full_name.clone()),
        representative,
        payment: PaymentFacts {
            gross: dp.gross_amount.display(),
            contribution: dp.contribution.display(),
            has_contribution: !dp.contribution.is_zero(),
            net: figures.net_per_period.display(),
            net_yearly: figures.net.yearly.display(),
            period: dp.period.phrase().to_string(),
            first_payment_date: date(dp.first_payment_date),
            account: dp
                .account_type
                .map(|a| a.label().to_string())
                .unwrap_or_default(),
            account_code: dp
                .account_type
                .map(|a| a.code().to_string())
                .unwrap_or_default(),
            excess_threshold_weeks: dp.excess_threshold_weeks,
            excess_threshold: figures.excess_threshold.display(),
            start_date: long_date(dp.start_date),
            end_date: date(dp.end_date),
            first_review: date(dp.review_dates.iter().min().copied()),
            reviews: dp.review_dates.iter().map(|d| long_date(*d)).collect(),
        },
    }
}

pub fn employer_facts(p: &Person) -> EmployerFacts {
    let m = &p.details.manager;
    let acts = matches!(
        m.managed_by,
        ManagedBy::NominatedPerson | ManagedBy::AuthorisedPerson
    );
    let rep = m.representative.as_ref().filter(|_| acts);
    EmployerFacts {
        name: p.details.full_name.clone(),
        address: one_line_address(&p.details.address, p.details.postcode.as_deref()),
        acting_for: rep
            .map(|r| format!("{} ({})", r.name, m.managed_by.representative_noun()))
            .unwrap_or_default(),
        signatory: rep
            .map(|r| r.name.clone())
            .unwrap_or_else(|| p.details.full_name.clone()),
    }
}

pub fn pa_facts(c: &Contact) -> PaFacts {
    PaFacts {
        full_name: c.details.full_name.clone(),
        address: one_line_address(&c.details.address, c.details.postcode.as_deref()),
    }
}

/// "16", "7.5": a number of hours with no trailing zeros.
fn hours(value: Decimal) -> String {
    value.normalize().to_string()
}

fn pay_phrase(f: PayFrequency) -> &'static str {
    match f {
        PayFrequency::Weekly => "every week",
        PayFrequency::TwoWeekly => "every 2 weeks",
        PayFrequency::FourWeekly => "every 4 weeks",
        PayFrequency::Monthly => "every month",
    }
}

pub fn particulars_context(
    p: &Person,
    e: &Employment,
    c: &Contact,
    prepared_on: NaiveDate,
) -> ParticularsContext {
    let t = &e.terms;
    let regular = t.hours_kind == HoursKind::Regular;
    let weekly = t.hours_per_week.filter(|_| regular);
    ParticularsContext {
        prepared_on: long_date(prepared_on),
        council: p.details.council.clone(),
        employer: employer_facts(p),
        pa: pa_facts(c),
        job: JobFacts {
            title: t.job_title.clone(),
            duties: t
                .duties
                .lines()
                .map(|l| l.trim().trim_start_matches(['-', '*', '•']).trim())
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            start_date: long_date(t.start_date),
            continuous_start: long_date(t.continuous_employment_start),
            continuous_is_start: t.continuous_employment_start == t.start_date,
            regular,
            hours_per_week: weekly.map(hours).unwrap_or_default(),
            working_pattern: t.working_pattern.trim().to_string(),
            hourly_rate: t.hourly_rate.display(),
            pay_frequency: pay_phrase(t.pay_frequency).to_string(),
            payday: t
                .payday
                .map(|p| p.phrase(t.pay_frequency))
                .unwrap_or_default(),
            holiday_code: t.holiday.code().to_string(),
            holiday: t.holiday.label().to_string(),
            holiday_hours: weekly
                .map(|h| hours(h * Decimal::new(56, 1)))
                .unwrap_or_default(),
            place_of_work: one_line_address(&t.place_of_work, None),
            probation_weeks: t.probation_weeks.map(|w| w.to_string()).unwrap_or_default(),
            notice_by_employer: describe_notice(t.notice_by_employer_weeks, true),
            notice_by_pa: describe_notice(t.notice_by_pa_weeks, false),
            sick_pay_enhanced: t.sick_pay == SickPay::Enhanced,
            sick_pay_details: t.sick_pay_details.trim().to_string(),
            pension_scheme: t.pension_scheme.clone().unwrap_or_default(),
        },
        funding_ends: date(p.details.dp.end_date),
        mileage_rate: MILEAGE_RATE.to_string(),
    }
}

/// `period_of`: a day of the pay period to date it for, or none for a blank timesheet.
pub fn timesheet_context(
    p: &Person,
    e: &Employment,
    c: &Contact,
    prepared_on: NaiveDate,
    period_of: Option<NaiveDate>,
) -> TimesheetContext {
    let weeks = match e.terms.pay_frequency {
        PayFrequency::Weekly => 1,
        PayFrequency::TwoWeekly => 2,
        PayFrequency::FourWeekly => 4,
        PayFrequency::Monthly => 5,
    };
    TimesheetContext {
        prepared_on: long_date(prepared_on),
        employer: employer_facts(p),
        pa: pa_facts(c),
        job_title: e.terms.job_title.clone(),
        hourly_rate: e.terms.hourly_rate.display(),
        pay_frequency: pay_phrase(e.terms.pay_frequency).to_string(),
        weeks: timesheet_weeks(weeks),
        pay_period: period_of.map(|day| pay_period(day, e.terms.pay_frequency)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_one_line_with_the_postcode_once() {
        assert_eq!(
            one_line_address("12 Station Road\n Leeds\n", Some("LS1 4AB")),
            "12 Station Road, Leeds, LS1 4AB"
        );
        assert_eq!(
            one_line_address("12 Station Road, Leeds LS1 4AB", Some("LS1 4AB")),
            "12 Station Road, Leeds LS1 4AB"
        );
        assert_eq!(
            one_line_address("1 Rd\nLS1 4AB", Some("ls14ab")),
            "1 Rd, LS1 4AB"
        );
    }
}
