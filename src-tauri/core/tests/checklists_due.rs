//! Due-date rules, each with its edge cases, through the public API.

use chrono::NaiveDate;
use dphub_core::app::checklists::{next_due, BankHolidays, Due, DueRule, Fact, Facts};
use dphub_core::app::employment::{MonthlyPayday, PayFrequency, Payday};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn due(rule: DueRule, facts: &Facts, today: NaiveDate) -> Due {
    next_due(rule, facts, today, BankHolidays::embedded())
        .unwrap()
        .expect("a due date")
}

fn rule(text: &str) -> DueRule {
    toml::from_str(text).unwrap()
}

#[test]
fn an_employment_starting_10_february_has_its_first_p60_by_31_may_that_year() {
    let facts = Facts {
        employment_start: Some(d(2027, 2, 10)),
        ..Facts::default()
    };
    let p60 =
        rule("rule = \"after_tax_year_end\"\nfact = \"employment_start\"\nmonth = 5\nday = 31");
    let first = due(p60, &facts, d(2027, 2, 10));
    assert_eq!(first.date, d(2027, 5, 31));
    assert_eq!(
        first.because,
        "31 May 2027: due by 31 May after the tax year ending 5 April 2027"
    );
    // Not employed on 5 April 2027: no P60 for that year.
    let left = Facts {
        employment_end: Some(d(2027, 4, 4)),
        ..facts
    };
    assert_eq!(
        next_due(p60, &left, d(2027, 2, 10), BankHolidays::embedded()).unwrap(),
        None
    );
}

#[test]
fn hmrc_payment_on_a_saturday_a_sunday_and_a_bank_holiday() {
    let hmrc = DueRule::HmrcPayment {
        fact: Fact::FirstPayday,
        quarterly: false,
    };
    let facts = Facts {
        first_payday: Some(d(2026, 1, 30)),
        ..Facts::default()
    };
    // 22 August 2026 is a Saturday, 22 November 2026 a Sunday: the Friday before.
    assert_eq!(due(hmrc, &facts, d(2026, 8, 1)).date, d(2026, 8, 21));
    let sunday = due(hmrc, &facts, d(2026, 11, 1));
    assert_eq!(sunday.date, d(2026, 11, 20));
    assert!(
        sunday.because.contains("the 22nd is at the weekend"),
        "{}",
        sunday.because
    );
    // A weekday 22nd: 22 September 2026 is a Tuesday.
    assert_eq!(due(hmrc, &facts, d(2026, 9, 1)).date, d(2026, 9, 22));
    // No 22nd in 2025–2028 is a bank holiday, so a file with one stands in for the future.
    let holidays =
        BankHolidays::from_toml("first_year = 2027\nlast_year = 2027\ndates = [\"2027-03-22\"]\n")
            .unwrap();
    let facts = Facts {
        first_payday: Some(d(2027, 1, 29)),
        ..Facts::default()
    };
    let holiday = next_due(hmrc, &facts, d(2027, 3, 1), &holidays)
        .unwrap()
        .unwrap();
    assert_eq!(
        holiday.date,
        d(2027, 3, 19),
        "Monday the 22nd off: Friday the 19th"
    );
    assert!(
        holiday.because.contains("a bank holiday"),
        "{}",
        holiday.because
    );
}

#[test]
fn a_long_standing_employment_is_due_this_month_without_older_bank_holidays() {
    let facts = Facts {
        first_payday: Some(d(2010, 4, 30)),
        ..Facts::default()
    };
    let monthly = rule("rule = \"hmrc_payment\"\nfact = \"first_payday\"");
    assert_eq!(due(monthly, &facts, d(2026, 11, 21)).date, d(2026, 12, 22));
    assert_eq!(due(monthly, &facts, d(2026, 11, 20)).date, d(2026, 11, 20));
    let quarterly = rule("rule = \"hmrc_payment\"\nfact = \"first_payday\"\nquarterly = true");
    assert_eq!(due(quarterly, &facts, d(2026, 11, 21)).date, d(2027, 1, 22));
    let eps = rule("rule = \"eps\"\nfact = \"first_payday\"");
    assert_eq!(due(eps, &facts, d(2026, 11, 20)).date, d(2026, 12, 19));
}

#[test]
fn quarterly_hmrc_payment_follows_the_tax_quarter() {
    let quarterly = rule("rule = \"hmrc_payment\"\nfact = \"first_payday\"\nquarterly = true");
    let facts = Facts {
        first_payday: Some(d(2026, 5, 29)),
        ..Facts::default()
    };
    let q = due(quarterly, &facts, d(2026, 6, 1));
    assert_eq!(q.date, d(2026, 7, 22));
    assert!(
        q.because
            .contains("tax quarter 6 April 2026 to 5 July 2026"),
        "{}",
        q.because
    );
    // The next quarter: 22 October 2026 is a Thursday.
    assert_eq!(due(quarterly, &facts, d(2026, 7, 23)).date, d(2026, 10, 22));
}

#[test]
fn pension_declaration_5_months_after_31_october_is_31_march() {
    let facts = Facts {
        pension_duties_start: Some(d(2026, 10, 31)),
        ..Facts::default()
    };
    let declaration = rule("rule = \"after\"\nfact = \"pension_duties_start\"\nmonths = 5");
    let due_on = due(declaration, &facts, d(2026, 11, 1));
    assert_eq!(due_on.date, d(2027, 3, 31));
    assert_eq!(
        due_on.because,
        "31 March 2027: 5 months after the pension duties start date (31 October 2026)"
    );
}

#[test]
fn re_enrolment_every_3_years() {
    let facts = Facts {
        pension_duties_start: Some(d(2026, 10, 31)),
        ..Facts::default()
    };
    let re_enrol = rule(
        "rule = \"every\"\nfact = \"pension_duties_start\"\nfirst_months = 36\nevery_months = 36",
    );
    let first = due(re_enrol, &facts, d(2026, 11, 1));
    assert_eq!(first.date, d(2029, 10, 31));
    assert!(first.because.contains("3 years after"), "{}", first.because);
    let second = due(re_enrol, &facts, d(2029, 11, 1));
    assert_eq!(second.date, d(2032, 10, 31));
    assert!(
        second.because.contains("every 3 years after the first"),
        "{}",
        second.because
    );
}

#[test]
fn a_dp_starting_30_august_is_reviewed_within_6_months_then_yearly() {
    let facts = Facts {
        dp_start: Some(d(2026, 8, 30)),
        ..Facts::default()
    };
    let review = rule("rule = \"every\"\nfact = \"dp_start\"\nfirst_months = 6\nevery_months = 12");
    let first = due(review, &facts, d(2026, 9, 1));
    assert_eq!(first.date, d(2027, 2, 28), "the end of February");
    assert_eq!(
        first.because,
        "28 February 2027: 6 months after the direct payment's start (30 August 2026)"
    );
    // Then a year on, counted from the start: 29 February in a leap year.
    assert_eq!(due(review, &facts, d(2027, 3, 1)).date, d(2028, 2, 29));
    // Employments ending do not stop the council's reviews.
    let ended = Facts {
        employment_end: Some(d(2027, 1, 1)),
        ..facts
    };
    assert_eq!(due(review, &ended, d(2027, 3, 1)).date, d(2028, 2, 29));
}

#[test]
fn a_date_past_the_bank_holiday_data_is_a_clear_message() {
    let hmrc = rule("rule = \"hmrc_payment\"\nfact = \"first_payday\"");
    let facts = Facts {
        first_payday: Some(d(2028, 11, 30)),
        ..Facts::default()
    };
    let e = next_due(hmrc, &facts, d(2029, 1, 1), BankHolidays::embedded()).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("DP Hub knows the bank holidays of 2025 to 2028 only"),
        "{e}"
    );
    // Rules that don't move off non-working days still work then.
    let eps = rule("rule = \"eps\"\nfact = \"first_payday\"");
    assert_eq!(due(eps, &facts, d(2029, 1, 1)).date, d(2029, 1, 19));
}

#[test]
fn eps_by_the_19th_and_paydays_at_the_pay_frequency() {
    let facts = Facts {
        first_payday: Some(d(2026, 11, 27)),
        pay_frequency: Some(PayFrequency::FourWeekly),
        ..Facts::default()
    };
    let eps = due(
        rule("rule = \"eps\"\nfact = \"first_payday\""),
        &facts,
        d(2026, 12, 1),
    );
    assert_eq!(eps.date, d(2026, 12, 19));
    assert!(
        eps.because.contains("6 November 2026 to 5 December 2026"),
        "{}",
        eps.because
    );
    let payday = rule("rule = \"payday\"\nfact = \"first_payday\"");
    let facts = Facts {
        payday: Some(Payday::FromFirst {
            first: d(2026, 11, 27),
        }),
        ..facts
    };
    assert_eq!(due(payday, &facts, d(2026, 11, 27)).date, d(2026, 11, 27));
    assert_eq!(due(payday, &facts, d(2026, 11, 28)).date, d(2026, 12, 25));
    let monthly = Facts {
        first_payday: Some(d(2026, 1, 31)),
        pay_frequency: Some(PayFrequency::Monthly),
        payday: Some(Payday::Monthly {
            day: MonthlyPayday::DayOfMonth { day: 31 },
            before_closed_days: false,
        }),
        ..Facts::default()
    };
    assert_eq!(due(payday, &monthly, d(2026, 2, 1)).date, d(2026, 2, 28));
    // Moved before the weekend when the employer chose so: 28 February 2026 is a Saturday.
    let moved = Facts {
        payday: Some(Payday::Monthly {
            day: MonthlyPayday::DayOfMonth { day: 31 },
            before_closed_days: true,
        }),
        ..monthly.clone()
    };
    let friday = due(payday, &moved, d(2026, 2, 1));
    assert_eq!(friday.date, d(2026, 2, 27));
    assert_eq!(
        friday.because,
        "27 February 2026: a payday (the 31st of each month, or the working day before when that is a weekend or bank holiday)"
    );
    // No pay frequency known: no payday.
    let unknown = Facts {
        pay_frequency: None,
        ..facts
    };
    assert_eq!(
        next_due(payday, &unknown, d(2026, 12, 1), BankHolidays::embedded()).unwrap(),
        None
    );
}

#[test]
fn registering_with_hmrc_opens_2_months_before_the_first_payday() {
    let facts = Facts {
        first_payday: Some(d(2026, 9, 30)),
        ..Facts::default()
    };
    let register =
        rule("rule = \"on_or_before\"\nfact = \"first_payday\"\nopens_months_before = 2");
    let due_on = due(register, &facts, d(2026, 6, 1));
    assert_eq!(due_on.date, d(2026, 9, 30));
    assert!(
        due_on
            .because
            .ends_with("and not more than 2 months before it (from 30 July 2026)"),
        "{}",
        due_on.because
    );
    // The date is said once, at the start, not again inside the rule.
    assert!(due_on
        .because
        .starts_with("30 September 2026: on or before "));
    assert_eq!(due_on.because.matches("30 September 2026").count(), 1);
}
