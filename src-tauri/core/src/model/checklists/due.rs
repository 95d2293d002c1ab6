//! When a duty is due, worked out from the facts DP Hub knows, with the rule that gave the date.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::costs::TaxYear;
use crate::model::employment::{PayFrequency, Payday};
use crate::model::input::{day_and_month, long_date};
use crate::model::working_days::{BankHolidays, BeyondKnownYears};

crate::coded_enum! {
    /// A fact a due date can be worked out from.
    pub enum Fact {
        EmploymentStart => ("employment_start", "the PA's first day", None),
        FirstPayday => ("first_payday", "the first payday", None),
        EmploymentEnd => ("employment_end", "the PA's last day", None),
        PensionDutiesStart => ("pension_duties_start", "the pension duties start date", None),
        DpStart => ("dp_start", "the direct payment's start", None),
        RightToWorkEnds => ("right_to_work_ends", "the day the PA's permission to work in the UK ends", None),
    }
}

/// How a checklist item's due date is worked out (as written in the checklist files).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum DueRule {
    /// On or before the fact's date ("the written statement on or before day one"), and, when
    /// `opens_months_before` is set, not earlier than that many months before it ("register with
    /// HMRC not more than 2 months before the first payday").
    OnOrBefore {
        fact: Fact,
        #[serde(default)]
        opens_months_before: u32,
    },
    /// Weeks or months after the fact ("within 5 months of the pension duties start").
    After {
        fact: Fact,
        #[serde(default)]
        weeks: u32,
        #[serde(default)]
        months: u32,
    },
    /// First `first_months` after the fact, then every `every_months` ("a review within 6 months,
    /// then every 12"; "re-enrol every 3 years").
    Every {
        fact: Fact,
        first_months: u32,
        every_months: u32,
    },
    /// Every tax month from the fact (or every tax quarter, when the average monthly bill is under
    /// £1,500): by the 22nd of the next month, or the last working day before it when the 22nd is
    /// a weekend or bank holiday (paying HMRC electronically).
    HmrcPayment {
        fact: Fact,
        #[serde(default)]
        quarterly: bool,
    },
    /// Every tax month from the fact: an Employer Payment Summary by the 19th of the next month.
    Eps { fact: Fact },
    /// Every payday from the first, at the employment's pay frequency.
    Payday { fact: Fact },
    /// Every year from the fact: by this day after the tax year ends on 5 April, for someone still
    /// employed on that 5 April ("P60 by 31 May").
    AfterTaxYearEnd { fact: Fact, month: u32, day: u32 },
    /// Every 6 April once the first tax year's records (the one the fact falls in) have been kept
    /// for the keeping period: the oldest year's may then be destroyed, the rest kept.
    KeepRecords { fact: Fact },
}

impl DueRule {
    pub fn fact(self) -> Fact {
        match self {
            DueRule::OnOrBefore { fact, .. }
            | DueRule::After { fact, .. }
            | DueRule::Every { fact, .. }
            | DueRule::HmrcPayment { fact, .. }
            | DueRule::Eps { fact }
            | DueRule::Payday { fact }
            | DueRule::AfterTaxYearEnd { fact, .. }
            | DueRule::KeepRecords { fact } => fact,
        }
    }

    /// Whether the duty comes round again (and so is never done for good).
    pub fn is_recurring(self) -> bool {
        !matches!(self, DueRule::OnOrBefore { .. } | DueRule::After { .. })
    }
}

/// The dates a person's and an employment's duties are worked out from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub employment_start: Option<NaiveDate>,
    pub first_payday: Option<NaiveDate>,
    pub employment_end: Option<NaiveDate>,
    pub pension_duties_start: Option<NaiveDate>,
    pub dp_start: Option<NaiveDate>,
    /// How often the PA is paid and on which day, for payday duties.
    pub pay_frequency: Option<PayFrequency>,
    pub payday: Option<Payday>,
    /// The payday is DP Hub's assumption (the end of the first pay period): none is held.
    pub payday_assumed: bool,
    /// When DP Hub began keeping these duties (the record was added): a duty that comes round
    /// again and was never ticked is overdue from its first date on or after this.
    pub tracked_from: Option<NaiveDate>,
    /// When the PA's time-limited permission to work ends (none if it is not time limited).
    pub right_to_work_ends: Option<NaiveDate>,
    /// How many years records are kept (none: [`DEFAULT_KEEP_RECORDS_YEARS`]).
    pub keep_records_years: Option<u32>,
}

/// Councils often ask for direct payment records to be kept for 6 years (domain.md §2).
pub const DEFAULT_KEEP_RECORDS_YEARS: u32 = 6;
/// HMRC asks for payroll records for 3 years after the tax year, so no shorter period is allowed;
/// 20 is far beyond any council's ask.
pub const KEEP_RECORDS_YEARS: std::ops::RangeInclusive<u32> = 3..=20;

impl Facts {
    pub fn get(&self, fact: Fact) -> Option<NaiveDate> {
        match fact {
            Fact::EmploymentStart => self.employment_start,
            Fact::FirstPayday => self.first_payday,
            Fact::EmploymentEnd => self.employment_end,
            Fact::PensionDutiesStart => self.pension_duties_start,
            Fact::DpStart => self.dp_start,
            Fact::RightToWorkEnds => self.right_to_work_ends,
        }
    }

    /// The fact in words, saying when the first payday is only assumed.
    fn describe(&self, fact: Fact) -> String {
        if fact == Fact::FirstPayday && self.payday_assumed {
            "the first payday (taken as the end of the first pay period, as no payday is set on the job terms)".to_string()
        } else {
            fact.label().to_string()
        }
    }
}

/// A due date and the rule that produced it, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Due {
    pub date: NaiveDate,
    /// "31 May 2027: P60 due by 31 May after the tax year ending 5 April 2027".
    pub because: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DueError {
    #[error(transparent)]
    BeyondKnownYears(#[from] BeyondKnownYears),
    #[error("{0} is not a real day of the year")]
    NoSuchDay(String),
}

/// The next time `rule` falls due on or after `today` (for one-off rules, the due date itself, even
/// if past, so an overdue item shows as overdue). None when a fact it needs is not known, or a
/// recurring duty has ended with the employment.
pub fn next_due(
    rule: DueRule,
    facts: &Facts,
    today: NaiveDate,
    holidays: &BankHolidays,
) -> Result<Option<Due>, DueError> {
    let Some(from) = facts.get(rule.fact()) else {
        return Ok(None);
    };
    let ended = facts.employment_end;
    Ok(match rule {
        DueRule::OnOrBefore {
            fact,
            opens_months_before,
        } => {
            let window = if opens_months_before == 0 {
                String::new()
            } else {
                format!(
                    ", and not more than {} before it (from {})",
                    span(0, opens_months_before),
                    long_date(from - Months::new(opens_months_before))
                )
            };
            Some(Due {
                date: from,
                because: format!(
                    "{}: on or before {}{window}",
                    long_date(from),
                    facts.describe(fact)
                ),
            })
        }
        DueRule::After {
            fact,
            weeks,
            months,
        } => {
            let date = from + Months::new(months) + Days::new(u64::from(weeks) * 7);
            Some(Due {
                date,
                because: format!(
                    "{}: {} after {} ({})",
                    long_date(date),
                    span(weeks, months),
                    facts.describe(fact),
                    long_date(from)
                ),
            })
        }
        DueRule::Every {
            fact,
            first_months,
            every_months,
        } => {
            let stops = ended.filter(|_| fact != Fact::DpStart);
            every(
                from,
                &facts.describe(fact),
                first_months,
                every_months,
                stops,
                today,
            )
        }
        DueRule::HmrcPayment { quarterly, .. } => {
            hmrc_payment(from, ended, quarterly, today, holidays)?
        }
        DueRule::Eps { .. } => eps(from, ended, today),
        DueRule::Payday { .. } => match (facts.pay_frequency, facts.payday) {
            (Some(frequency), Some(p)) => payday(p, frequency, ended, today.max(from), holidays)?,
            _ => None,
        },
        DueRule::AfterTaxYearEnd { month, day, .. } => {
            after_tax_year_end(from, ended, month, day, today)?
        }
        DueRule::KeepRecords { .. } => Some(keep_records(
            from,
            facts
                .keep_records_years
                .unwrap_or(DEFAULT_KEEP_RECORDS_YEARS),
            today,
        )),
    })
}

fn keep_records(from: NaiveDate, years: u32, today: NaiveDate) -> Due {
    let first_year = TaxYear::containing(from);
    let kept_from = |year: TaxYear| year.last_day() + Months::new(12 * years) + Days::new(1);
    let mut oldest = first_year;
    while kept_from(oldest) < today {
        oldest = oldest.next();
    }
    let date = kept_from(oldest);
    Due {
        date,
        because: format!(
            "{}: the records of the tax year {} to {} will have been kept {years} years, the keeping period set for this person; destroy that year's securely and keep the newer ones",
            long_date(date),
            long_date(oldest.last_day() - Months::new(12) + Days::new(1)),
            long_date(oldest.last_day()),
        ),
    }
}

fn every(
    from: NaiveDate,
    fact: &str,
    first_months: u32,
    every_months: u32,
    ended: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<Due> {
    for k in 0u32.. {
        let months = first_months + k * every_months.max(1);
        let date = from.checked_add_months(Months::new(months))?;
        if ended.is_some_and(|last| last < date) {
            return None;
        }
        if date >= today {
            let first = format!(
                "{} after {} ({})",
                span(0, first_months),
                fact,
                long_date(from)
            );
            let because = if k == 0 {
                format!("{}: {first}", long_date(date))
            } else {
                format!(
                    "{}: every {} after the first, which was {first}",
                    long_date(date),
                    span(0, every_months)
                )
            };
            return Some(Due { date, because });
        }
    }
    None
}

fn payday(
    payday: Payday,
    frequency: PayFrequency,
    ended: Option<NaiveDate>,
    today: NaiveDate,
    holidays: &BankHolidays,
) -> Result<Option<Due>, DueError> {
    let Some(date) = payday.on_or_after(frequency, today, holidays)? else {
        return Ok(None);
    };
    if ended.is_some_and(|last| last < date) {
        return Ok(None);
    }
    Ok(Some(Due {
        date,
        because: format!(
            "{}: a payday ({})",
            long_date(date),
            payday.phrase(frequency)
        ),
    }))
}

fn span(weeks: u32, months: u32) -> String {
    let plural = |n: u32, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match (weeks, months) {
        (0, m) if m % 12 == 0 && m > 0 => plural(m / 12, "year"),
        (0, m) => plural(m, "month"),
        (w, 0) => plural(w, "week"),
        (w, m) => format!("{} and {}", plural(m, "month"), plural(w, "week")),
    }
}

/// The first tax month end (the 5th) on or after `from`: the tax month with the first pay in it.
fn first_tax_month_end(from: NaiveDate) -> NaiveDate {
    let fifth = NaiveDate::from_ymd_opt(from.year(), from.month(), 5).expect("the 5th exists");
    if from.day() <= 5 {
        fifth
    } else {
        fifth + Months::new(1)
    }
}

fn hmrc_payment(
    from: NaiveDate,
    ended: Option<NaiveDate>,
    quarterly: bool,
    today: NaiveDate,
    holidays: &BankHolidays,
) -> Result<Option<Due>, DueError> {
    // Months long past can't be due on or after `today`: start near it (and so never ask about the
    // bank holidays of years before the data begins).
    let mut end = first_tax_month_end(from).max(first_tax_month_end(today - Months::new(4)));
    // Tax quarters end on 5 July, 5 October, 5 January and 5 April.
    while quarterly && end.month() % 3 != 1 {
        end = end + Months::new(1);
    }
    let (step, what) = if quarterly {
        (3, "quarter")
    } else {
        (1, "month")
    };
    loop {
        let start = end - Months::new(step) + Days::new(1);
        if ended.is_some_and(|last| last < start) {
            return Ok(None);
        }
        let nominal =
            NaiveDate::from_ymd_opt(end.year(), end.month(), 22).expect("the 22nd exists");
        let date = holidays.on_or_before(nominal)?;
        if date >= today {
            let moved = if date == nominal {
                String::new()
            } else {
                format!(
                    "; the 22nd is {}, so by the last working day before it",
                    if holidays.is_bank_holiday(nominal)? {
                        "a bank holiday"
                    } else {
                        "at the weekend"
                    }
                )
            };
            return Ok(Some(Due {
                date,
                because: format!(
                    "{}: pay HMRC for the tax {what} {} to {} by the 22nd of the next month{moved}",
                    long_date(date),
                    long_date(start),
                    long_date(end)
                ),
            }));
        }
        end = end + Months::new(step);
    }
}

fn eps(from: NaiveDate, ended: Option<NaiveDate>, today: NaiveDate) -> Option<Due> {
    let mut end = first_tax_month_end(from).max(first_tax_month_end(today - Months::new(2)));
    loop {
        let start = end - Months::new(1) + Days::new(1);
        if ended.is_some_and(|last| last < start) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(end.year(), end.month(), 19).expect("the 19th exists");
        if date >= today {
            return Some(Due {
                date,
                because: format!(
                    "{}: Employer Payment Summary for the tax month {} to {} by the 19th of the next month",
                    long_date(date),
                    long_date(start),
                    long_date(end)
                ),
            });
        }
        end = end + Months::new(1);
    }
}

fn after_tax_year_end(
    from: NaiveDate,
    ended: Option<NaiveDate>,
    month: u32,
    day: u32,
    today: NaiveDate,
) -> Result<Option<Due>, DueError> {
    let mut year = TaxYear::containing(from);
    loop {
        let year_end = year.last_day();
        if ended.is_some_and(|last| last < year_end) {
            return Ok(None);
        }
        let date = NaiveDate::from_ymd_opt(year_end.year(), month, day)
            .ok_or_else(|| DueError::NoSuchDay(format!("{day}/{month}")))?;
        if date >= today {
            return Ok(Some(Due {
                date,
                because: format!(
                    "{}: due by {} after the tax year ending {}",
                    long_date(date),
                    day_and_month(date),
                    long_date(year_end)
                ),
            }));
        }
        year = year.next();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn due(rule: DueRule, facts: &Facts, today: NaiveDate) -> Due {
        next_due(rule, facts, today, BankHolidays::embedded())
            .unwrap()
            .unwrap()
    }

    #[test]
    fn records_may_be_cleared_out_each_6_april_once_the_oldest_year_has_been_kept_long_enough() {
        let rule = DueRule::KeepRecords {
            fact: Fact::DpStart,
        };
        let mut facts = Facts {
            dp_start: Some(d(2026, 1, 5)),
            ..Facts::default()
        };
        // The tax year 6 April 2025 to 5 April 2026 is kept 6 years: until 5 April 2032.
        let first = due(rule, &facts, d(2026, 12, 6));
        assert_eq!(first.date, d(2032, 4, 6));
        assert!(
            first
                .because
                .contains("6 April 2025 to 5 April 2026 will have been kept 6 years"),
            "{}",
            first.because
        );
        assert_eq!(due(rule, &facts, d(2032, 4, 7)).date, d(2033, 4, 6));
        facts.keep_records_years = Some(3);
        assert_eq!(due(rule, &facts, d(2026, 12, 6)).date, d(2029, 4, 6));
        assert!(rule.is_recurring());
    }

    const P60: DueRule = DueRule::AfterTaxYearEnd {
        fact: Fact::EmploymentStart,
        month: 5,
        day: 31,
    };
    const HMRC: DueRule = DueRule::HmrcPayment {
        fact: Fact::FirstPayday,
        quarterly: false,
    };

    #[test]
    fn the_first_p60_follows_the_first_5_april_in_employment() {
        let facts = Facts {
            employment_start: Some(d(2027, 2, 10)),
            ..Facts::default()
        };
        let p60 = due(P60, &facts, d(2027, 2, 10));
        assert_eq!(p60.date, d(2027, 5, 31));
        assert_eq!(
            p60.because,
            "31 May 2027: due by 31 May after the tax year ending 5 April 2027"
        );
        // Someone who left before 5 April 2027 gets no P60 for that year (a P45 instead).
        let left = Facts {
            employment_end: Some(d(2027, 3, 31)),
            ..facts.clone()
        };
        assert_eq!(
            next_due(P60, &left, d(2027, 2, 10), BankHolidays::embedded()).unwrap(),
            None
        );
        // After 31 May the next one is a year on.
        assert_eq!(due(P60, &facts, d(2027, 6, 1)).date, d(2028, 5, 31));
    }

    #[test]
    fn hmrc_payment_moves_back_from_weekends_and_bank_holidays() {
        let facts = |payday| Facts {
            first_payday: Some(payday),
            ..Facts::default()
        };
        // 22 November 2026 is a Sunday: pay by Friday 20 November.
        let sunday = due(HMRC, &facts(d(2026, 10, 30)), d(2026, 11, 1));
        assert_eq!(sunday.date, d(2026, 11, 20));
        assert!(
            sunday.because.contains("6 October 2026 to 5 November 2026"),
            "{}",
            sunday.because
        );
        assert!(sunday.because.contains("at the weekend"));
        // 22 August 2026 is a Saturday: Friday 21 August.
        assert_eq!(
            due(HMRC, &facts(d(2026, 7, 31)), d(2026, 8, 1)).date,
            d(2026, 8, 21)
        );
        // A weekday 22nd stays: 22 December 2026 is a Tuesday.
        let weekday = due(HMRC, &facts(d(2026, 11, 27)), d(2026, 12, 1));
        assert_eq!(weekday.date, d(2026, 12, 22));
        assert!(!weekday.because.contains("working day"));
    }

    #[test]
    fn a_bank_holiday_22nd_is_paid_the_working_day_before() {
        let holidays = BankHolidays::from_toml(
            "first_year = 2026\nlast_year = 2026\ndates = [\"2026-06-22\"]\n",
        )
        .unwrap();
        let facts = Facts {
            first_payday: Some(d(2026, 5, 29)),
            ..Facts::default()
        };
        let paid = next_due(HMRC, &facts, d(2026, 6, 1), &holidays)
            .unwrap()
            .unwrap();
        assert_eq!(paid.date, d(2026, 6, 19));
        assert!(paid.because.contains("a bank holiday"), "{}", paid.because);
    }

    #[test]
    fn months_after_keep_to_month_ends() {
        let facts = Facts {
            pension_duties_start: Some(d(2026, 10, 31)),
            dp_start: Some(d(2026, 8, 30)),
            ..Facts::default()
        };
        let declaration = due(
            DueRule::After {
                fact: Fact::PensionDutiesStart,
                weeks: 0,
                months: 5,
            },
            &facts,
            d(2026, 11, 1),
        );
        assert_eq!(declaration.date, d(2027, 3, 31));
        assert_eq!(
            declaration.because,
            "31 March 2027: 5 months after the pension duties start date (31 October 2026)"
        );
        let re_enrol = due(
            DueRule::After {
                fact: Fact::PensionDutiesStart,
                weeks: 0,
                months: 36,
            },
            &facts,
            d(2026, 11, 1),
        );
        assert_eq!(re_enrol.date, d(2029, 10, 31));
        assert!(re_enrol.because.contains("3 years after"));
        // A direct payment starting 30 August is reviewed within 6 months: by 28 February.
        let review = due(
            DueRule::After {
                fact: Fact::DpStart,
                weeks: 0,
                months: 6,
            },
            &facts,
            d(2026, 9, 1),
        );
        assert_eq!(review.date, d(2027, 2, 28));
        let letter = due(
            DueRule::After {
                fact: Fact::PensionDutiesStart,
                weeks: 6,
                months: 0,
            },
            &facts,
            d(2026, 11, 1),
        );
        assert_eq!(letter.date, d(2026, 12, 12));
    }

    #[test]
    fn past_the_bank_holiday_data_the_error_says_so() {
        let facts = Facts {
            first_payday: Some(d(2028, 12, 29)),
            ..Facts::default()
        };
        let e = next_due(HMRC, &facts, d(2029, 1, 1), BankHolidays::embedded()).unwrap_err();
        assert!(e.to_string().contains("2025 to 2028"), "{e}");
    }

    #[test]
    fn unknown_facts_give_no_date_and_rules_read_from_text() {
        assert_eq!(
            next_due(
                HMRC,
                &Facts::default(),
                d(2026, 1, 1),
                BankHolidays::embedded()
            )
            .unwrap(),
            None
        );
        let rule: DueRule =
            toml::from_str("rule = \"after\"\nfact = \"pension_duties_start\"\nmonths = 5\n")
                .unwrap();
        assert_eq!(
            rule,
            DueRule::After {
                fact: Fact::PensionDutiesStart,
                weeks: 0,
                months: 5
            }
        );
        assert!(toml::from_str::<DueRule>("rule = \"whenever\"\nfact = \"dp_start\"\n").is_err());
        assert!(
            toml::from_str::<DueRule>("rule = \"after\"\nfact = \"dp_start\"\ndays = 3\n").is_err()
        );
    }
}
