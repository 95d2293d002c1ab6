//! Ten years of a busy direct payment account for one person: about 6,000 payments, 260 expected
//! council payments (every 2 weeks) and a change of terms each April. Times the balance, the
//! excess (explained) for every week and the weekly chart series (goal ≤ 5 ms together), and, beside
//! it, loading the account from the database and matching expected payments.
//! `cargo bench -p dphub-core --bench account`

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Datelike, Days, NaiveDate};
use dphub_core::app::account::{self, AccountBook, EntryDraft, OwedDraft, PaymentStatus};
use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType, TermsChangeDraft};
use dphub_core::model::period::PaymentPeriod;
use dphub_core::Database;

const ROUNDS: usize = 200;
/// The yearly uplift of the gross payment every 2 weeks, each 6 April.
const UPLIFT: i32 = 10;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn entry(date: NaiveDate, amount: String, category: &str, who: &str) -> EntryDraft {
    EntryDraft {
        date: date.to_string(),
        amount,
        category: category.into(),
        counterparty: who.into(),
        ..EntryDraft::default()
    }
}

/// The person, their yearly uplifts, ten years of payments and some money owed.
fn ten_years(db: &mut Database) -> (dphub_core::model::ids::PersonId, NaiveDate) {
    let start = d(2016, 1, 4);
    let mut draft = PersonDraft {
        full_name: "Bench Person".into(),
        date_of_birth: "1950-01-01".into(),
        council: "Hampshire County Council".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        ..PersonDraft::default()
    };
    draft.manager.managed_by = Some(ManagedBy::Themself);
    draft.dp.gross_amount = "940.00".into();
    draft.dp.contribution = "60.00".into();
    draft.dp.period = Some(PaymentPeriod::TwoWeekly);
    draft.dp.start_date = start.to_string();
    draft.dp.first_payment_date = start.to_string();
    let today = d(2026, 12, 1);
    let id = people::add_person(db, &draft, today).unwrap().person.id;
    for year in 2016..2026i32 {
        let uplift = TermsChangeDraft {
            effective_from: d(year, 4, 6).to_string(),
            gross_amount: format!("{}.00", 940 + (year - 2015) * UPLIFT),
            ..TermsChangeDraft::default()
        };
        people::add_terms_change(db, id, &uplift).unwrap();
    }
    let mut drafts = Vec::new();
    let mut week = start;
    let end = start + Days::new(7 * 520);
    let mut n = 0u32;
    while week < end {
        // The council pays the gross in force less the £60.00 contribution.
        let uplifts = (2016..=week.year()).filter(|y| d(*y, 4, 6) <= week).count() as i32;
        if n.is_multiple_of(2) {
            drafts.push(entry(
                week,
                format!("{}.00", 880 + uplifts * UPLIFT),
                "council-payment",
                "Council",
            ));
            drafts.push(entry(
                week + Days::new(1),
                "60.00".into(),
                "contribution",
                "Own money",
            ));
        }
        for (day, pa, pay) in [(4, "Ann", 150), (4, "Bea", 120), (4, "Cal", 60)] {
            drafts.push(entry(
                week + Days::new(day),
                format!("{pay}.{:02}", n % 100),
                "pa-wages",
                pa,
            ));
        }
        for (day, category, amount) in [
            (2, "agency", "25.50"),
            (3, "travel", "12.40"),
            (5, "activities", "18.00"),
            (6, "day-services", "45.00"),
            (1, "equipment", "3.99"),
            (5, "respite", "5.00"),
            (6, "other-out", "2.50"),
        ] {
            drafts.push(entry(
                week + Days::new(day),
                amount.into(),
                category,
                "Supplier",
            ));
        }
        if week.day() <= 7 {
            drafts.push(entry(week + Days::new(2), "96.20".into(), "hmrc", "HMRC"));
            drafts.push(entry(
                week + Days::new(2),
                "41.10".into(),
                "pension",
                "NEST",
            ));
            drafts.push(entry(
                week + Days::new(3),
                "15.00".into(),
                "payroll-service",
                "Payroll Co",
            ));
        }
        week = week + Days::new(7);
        n += 1;
    }
    account::add_entries(db, id, &drafts).unwrap();
    for i in 0..20 {
        let owed = OwedDraft {
            what: format!("Invoice {i}"),
            amount: "120.00".into(),
            due_date: (start + Days::new(180 * i)).to_string(),
            category: "agency".into(),
            ..OwedDraft::default()
        };
        account::add_owed(db, id, &owed).unwrap();
    }
    (id, end)
}

/// The balance and the excess for every week, and the chart series.
fn every_week(book: &AccountBook, end: NaiveDate) -> usize {
    let mut n = 0;
    let mut week = book.terms.start;
    while week <= end {
        black_box(book.balance_on(week));
        black_box(book.excess_on(week));
        week = week + Days::new(7);
        n += 1;
    }
    black_box(book.chart(end));
    n
}

fn time(label: &str, goal: &str, mut run: impl FnMut()) {
    for _ in 0..10 {
        run();
    }
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{label}, {ROUNDS} runs: median {:.2} ms, p95 {:.2} ms{goal}",
        ms(times[ROUNDS / 2]),
        ms(times[ROUNDS * 95 / 100])
    );
}

fn main() {
    let mut db = Database::open_in_memory().unwrap();
    let built = Instant::now();
    let (id, end) = ten_years(&mut db);
    let book = account::account_book(&db, id).unwrap();
    let expected = book.expected(end);
    println!(
        "ten years: {} payments, {} expected council payments, {} terms, built in {:.0} ms",
        book.entries.len(),
        expected.lines.len(),
        book.terms.history.len(),
        built.elapsed().as_secs_f64() * 1e3
    );
    let received = expected
        .lines
        .iter()
        .filter(|l| l.status == PaymentStatus::Received)
        .count();
    println!(
        "expected: {received} received, {} otherwise, {} extra; contributions: {}",
        expected.lines.len() - received,
        expected.extra.len(),
        expected.contributions.how
    );
    let summary = book.summary(book.terms.start, end);
    println!(
        "in {} ({} categories), out {} ({} categories)",
        summary.total_in,
        summary.money_in.len(),
        summary.total_out,
        summary.money_out.len()
    );
    for line in summary.money_in.iter().chain(&summary.money_out) {
        println!("  {} {} ×{}", line.label, line.total, line.count);
    }
    let weeks = every_week(&book, end);
    let last = book.excess_on(end).unwrap();
    println!(
        "{weeks} weeks; on {end}: balance {}, allowed {}, excess {}",
        last.balance.amount,
        last.allowed.amount,
        last.excess
            .map_or("none".to_string(), |e| e.amount.to_string())
    );
    time(
        "balance + excess (explained) for every week + chart series",
        " (goal ≤ 5 ms)",
        || {
            black_box(every_week(black_box(&book), end));
        },
    );
    time("expected against received, 260 payments", "", || {
        black_box(book.expected(black_box(end)));
    });
    time("loading the account from the database", "", || {
        black_box(account::account_book(&db, id).unwrap());
    });
}
