//! An adviser's install: 200 people, each with a PA and three years of weekly account activity
//! (council payments every 4 weeks, wages, HMRC and pension), on a database file. Times opening
//! "what needs doing" across everyone (goal ≤ 100 ms), and, beside it, without the account checks
//! (the people's checklists, PAs and reviews only), to show what the account adds.
//! `cargo bench -p dphub-core --bench what_needs_doing`

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use dphub_core::app::account::{self, EntryDraft};
use dphub_core::app::checklists::{what_needs_doing, DueKind};
use dphub_core::app::contacts::{self, ContactDraft, ContactStatus};
use dphub_core::app::employment::{self, EmploymentDraft};
use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType};
use dphub_core::app::Unlock;
use dphub_core::Database;

/// The bench's databases are protected by a passphrase, never the system keychain.
fn unlock() -> Unlock {
    Unlock::with_passphrase("bench passphrase, not a secret")
}

const PEOPLE: usize = 200;
const WEEKS: u64 = 156;
const ROUNDS: usize = 20;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn entry(date: NaiveDate, amount: &str, category: &str) -> EntryDraft {
    EntryDraft {
        date: date.to_string(),
        amount: amount.into(),
        category: category.into(),
        ..EntryDraft::default()
    }
}

fn fill(db: &mut Database, today: NaiveDate) -> usize {
    let start = d(2023, 12, 4);
    let mut entries = 0;
    for n in 0..PEOPLE {
        let mut draft = PersonDraft {
            full_name: format!("Person {n}"),
            date_of_birth: "1950-01-01".into(),
            council: "Hampshire County Council".into(),
            recipient_type: Some(RecipientType::AdultServiceUser),
            ..PersonDraft::default()
        };
        draft.manager.managed_by = Some(ManagedBy::Themself);
        draft.dp.gross_amount = "1069.60".into();
        draft.dp.start_date = start.to_string();
        let person = people::add_person(db, &draft, start).unwrap().person.id;
        let pa = contacts::add_contact(
            db,
            &ContactDraft {
                full_name: format!("PA {n}"),
                phones: vec!["07700 900982".into()],
                status: Some(ContactStatus::WorkingForUs),
                ..ContactDraft::default()
            },
            start,
        )
        .unwrap()
        .contact
        .id;
        let job = EmploymentDraft {
            person_id: Some(person),
            contact_id: Some(pa),
            start_date: start.to_string(),
            hours_per_week: "16".into(),
            working_pattern: "Monday to Thursday".into(),
            hourly_rate: "13.50".into(),
            ..EmploymentDraft::default()
        };
        employment::add_employment(db, &job, start).unwrap();
        let mut drafts = Vec::new();
        for week in 0..WEEKS {
            let day = start + Days::new(week * 7);
            if week % 4 == 0 && !(n % 10 == 0 && week == WEEKS - 8) {
                drafts.push(entry(day, "1069.60", "council-payment"));
            }
            drafts.push(entry(day, "216.00", "pa-wages"));
            if week % 4 == 1 {
                drafts.push(entry(day, "25.00", "hmrc"));
                drafts.push(entry(day, "8.64", "pension"));
            }
        }
        entries += drafts.len();
        account::add_entries(db, person, &drafts).unwrap();
    }
    black_box(today);
    entries
}

fn time(label: &str, goal: &str, mut run: impl FnMut() -> usize) {
    let items = run();
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let t = Instant::now();
            black_box(run());
            t.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{label}: {items} items, {ROUNDS} runs: median {:.1} ms, p95 {:.1} ms{goal}",
        ms(times[ROUNDS / 2]),
        ms(times[ROUNDS * 95 / 100])
    );
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Database::open(&dir.path().join("adviser.sqlite3"), &unlock()).unwrap();
    let today = d(2026, 11, 30);
    let built = Instant::now();
    let entries = fill(&mut db, today);
    println!(
        "{PEOPLE} people, {entries} payments over {WEEKS} weeks, built in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    time(
        "what needs doing, 30 days, everyone",
        " (goal ≤ 100 ms)",
        || what_needs_doing(&db, today, 30, None).unwrap().len(),
    );
    let people: Vec<_> = people::list_people(&db, "", false).unwrap();
    time("the account's checks alone, everyone", "", || {
        people
            .iter()
            .map(|p| {
                account::alerts(&db, p.id, today, today + Days::new(30))
                    .unwrap()
                    .len()
            })
            .sum()
    });
    time("loading every account", "", || {
        people
            .iter()
            .map(|p| account::account_book(&db, p.id).unwrap().entries.len())
            .sum()
    });
    let items = what_needs_doing(&db, today, 30, None).unwrap();
    println!(
        "items: {} from the accounts, {} others",
        items.iter().filter(|i| i.kind == DueKind::Account).count(),
        items.iter().filter(|i| i.kind != DueKind::Account).count()
    );
}
