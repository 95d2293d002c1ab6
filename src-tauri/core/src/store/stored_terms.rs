//! An employment's job terms as kept in `employment.terms`: a private, versioned shape of the
//! store's own, so the domain and IPC type ([`JobTerms`]) can change without changing what is on
//! disk. Enumerations are kept as their stored codes, amounts as exact text. Version 1 is what the
//! first releases wrote (the earliest without a version number); version 2 adds the payday.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::stored_version::{check_readable, first_version};
use super::{StoreError, StoreResult};
use crate::model::employment::{
    HolidayArrangement, HoursKind, JobTerms, MonthlyPayday, PayFrequency, Payday, SickPay,
};
use crate::model::money::Money;

const VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredTerms {
    #[serde(default = "first_version")]
    v: u32,
    job_title: String,
    duties: String,
    start_date: NaiveDate,
    continuous_employment_start: NaiveDate,
    hours_kind: HoursKind,
    hours_per_week: Option<Decimal>,
    working_pattern: String,
    hourly_rate: Money,
    pay_frequency: PayFrequency,
    /// Missing in version 1.
    #[serde(default)]
    payday: Option<StoredPayday>,
    holiday: HolidayArrangement,
    place_of_work: String,
    probation_weeks: Option<u16>,
    notice_by_employer_weeks: Option<u8>,
    notice_by_pa_weeks: Option<u8>,
    sick_pay: SickPay,
    sick_pay_details: String,
    pension_scheme: Option<String>,
}

/// A payday as kept: `{"first":"2026-01-09"}` or `{"monthly":"day_of_month","day":28,"before_closed_days":true}`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredPayday {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    first: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    monthly: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    day: Option<u8>,
    #[serde(default)]
    before_closed_days: bool,
}

impl From<Payday> for StoredPayday {
    fn from(p: Payday) -> Self {
        match p {
            Payday::FromFirst { first } => StoredPayday {
                first: Some(first),
                monthly: None,
                day: None,
                before_closed_days: false,
            },
            Payday::Monthly {
                day,
                before_closed_days,
            } => StoredPayday {
                first: None,
                monthly: Some(day.kind().code().to_string()),
                day: match day {
                    MonthlyPayday::DayOfMonth { day } => Some(day),
                    _ => None,
                },
                before_closed_days,
            },
        }
    }
}

impl StoredPayday {
    fn read(self) -> StoreResult<Payday> {
        let bad = || StoreError::Corrupt("a payday DP Hub cannot read".to_string());
        if let Some(first) = self.first {
            return Ok(Payday::FromFirst { first });
        }
        let kind = self
            .monthly
            .as_deref()
            .and_then(crate::model::employment::MonthlyPaydayKind::from_code)
            .ok_or_else(bad)?;
        use crate::model::employment::MonthlyPaydayKind as K;
        let day = match kind {
            K::DayOfMonth => MonthlyPayday::DayOfMonth {
                day: self.day.filter(|d| (1..=31).contains(d)).ok_or_else(bad)?,
            },
            K::LastDay => MonthlyPayday::LastDay,
            K::LastWorkingDay => MonthlyPayday::LastWorkingDay,
            K::LastFriday => MonthlyPayday::LastFriday,
        };
        Ok(Payday::Monthly {
            day,
            before_closed_days: self.before_closed_days,
        })
    }
}

/// The JSON kept for `t`.
pub(super) fn terms_json(t: &JobTerms) -> StoreResult<String> {
    let stored = StoredTerms {
        v: VERSION,
        job_title: t.job_title.clone(),
        duties: t.duties.clone(),
        start_date: t.start_date,
        continuous_employment_start: t.continuous_employment_start,
        hours_kind: t.hours_kind,
        hours_per_week: t.hours_per_week,
        working_pattern: t.working_pattern.clone(),
        hourly_rate: t.hourly_rate,
        pay_frequency: t.pay_frequency,
        payday: t.payday.map(StoredPayday::from),
        holiday: t.holiday,
        place_of_work: t.place_of_work.clone(),
        probation_weeks: t.probation_weeks,
        notice_by_employer_weeks: t.notice_by_employer_weeks,
        notice_by_pa_weeks: t.notice_by_pa_weeks,
        sick_pay: t.sick_pay,
        sick_pay_details: t.sick_pay_details.clone(),
        pension_scheme: t.pension_scheme.clone(),
    };
    serde_json::to_string(&stored).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The job terms in `json`, as any release has written them.
pub(super) fn read_terms_json(json: &str) -> StoreResult<JobTerms> {
    let s: StoredTerms =
        serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("job terms: {e}")))?;
    check_readable(s.v, VERSION, "job terms")?;
    Ok(JobTerms {
        job_title: s.job_title,
        duties: s.duties,
        start_date: s.start_date,
        continuous_employment_start: s.continuous_employment_start,
        hours_kind: s.hours_kind,
        hours_per_week: s.hours_per_week,
        working_pattern: s.working_pattern,
        hourly_rate: s.hourly_rate,
        pay_frequency: s.pay_frequency,
        payday: s.payday.map(StoredPayday::read).transpose()?,
        holiday: s.holiday,
        place_of_work: s.place_of_work,
        probation_weeks: s.probation_weeks,
        notice_by_employer_weeks: s.notice_by_employer_weeks,
        notice_by_pa_weeks: s.notice_by_pa_weeks,
        sick_pay: s.sick_pay,
        sick_pay_details: s.sick_pay_details,
        pension_scheme: s.pension_scheme,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exactly what the release before the stored form wrote (no version number).
    const SAVED_BY_EARLIER_RELEASE: &str = r#"{"job_title":"Personal assistant","duties":"","start_date":"2026-02-02","continuous_employment_start":"2026-02-02","hours_kind":"regular","hours_per_week":"16","working_pattern":"Monday to Thursday, 8am to noon","hourly_rate":"13.50","pay_frequency":"four_weekly","holiday":"regular_5_6_weeks","place_of_work":"","probation_weeks":null,"notice_by_employer_weeks":null,"notice_by_pa_weeks":null,"sick_pay":"statutory","sick_pay_details":"","pension_scheme":null}"#;

    #[test]
    fn reads_what_earlier_releases_saved() {
        let t = read_terms_json(SAVED_BY_EARLIER_RELEASE).unwrap();
        assert_eq!(t.start_date, NaiveDate::from_ymd_opt(2026, 2, 2).unwrap());
        assert_eq!(t.hours_per_week, Some(Decimal::from(16)));
        assert_eq!(t.hourly_rate, "13.50".parse().unwrap());
        assert_eq!(t.pay_frequency, PayFrequency::FourWeekly);
        assert_eq!(t.holiday, HolidayArrangement::FivePointSixWeeks);
        assert_eq!(t.sick_pay, SickPay::Statutory);
        assert_eq!(t.notice_by_employer_weeks, None);
    }

    #[test]
    fn what_is_written_reads_back_the_same_and_carries_its_version() {
        let t = read_terms_json(SAVED_BY_EARLIER_RELEASE).unwrap();
        let written = terms_json(&t).unwrap();
        assert!(written.starts_with(r#"{"v":2,"#), "{written}");
        assert_eq!(read_terms_json(&written).unwrap(), t);
    }

    #[test]
    fn an_earlier_release_has_no_payday_and_each_kind_reads_back() {
        let t = read_terms_json(SAVED_BY_EARLIER_RELEASE).unwrap();
        assert_eq!(t.payday, None);
        let paydays = [
            Payday::FromFirst {
                first: NaiveDate::from_ymd_opt(2026, 2, 13).unwrap(),
            },
            Payday::Monthly {
                day: MonthlyPayday::DayOfMonth { day: 28 },
                before_closed_days: true,
            },
            Payday::Monthly {
                day: MonthlyPayday::LastFriday,
                before_closed_days: false,
            },
        ];
        for payday in paydays {
            let with = JobTerms {
                payday: Some(payday),
                ..t.clone()
            };
            assert_eq!(read_terms_json(&terms_json(&with).unwrap()).unwrap(), with);
        }
        let broken =
            terms_json(&t)
                .unwrap()
                .replacen('{', r#"{"payday":{"monthly":"fortnightly"},"#, 1);
        assert!(read_terms_json(&broken).is_err());
    }

    #[test]
    fn a_newer_version_is_refused_not_misread() {
        let newer = SAVED_BY_EARLIER_RELEASE.replacen('{', r#"{"v":3,"#, 1);
        let err = read_terms_json(&newer).unwrap_err().to_string();
        assert!(err.contains("newer DP Hub"), "{err}");
    }
}
