//! A year-long bank statement of 10,000 lines imported into a person's account on a database file:
//! read and previewed, planned (each line's fingerprint looked up), then added in one transaction
//! (goal ≤ 0.5 s for the import), and the same file again (every line skipped).
//! `cargo bench -p dphub-core --bench statement_import`

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use dphub_core::app::account::{self, StatementMapping};
use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType};
use dphub_core::app::Unlock;
use dphub_core::model::ids::PersonId;
use dphub_core::Database;

/// The bench's databases are protected by a passphrase, never the system keychain.
fn unlock() -> Unlock {
    Unlock::with_passphrase("bench passphrase, not a secret")
}

const LINES: usize = 10_000;
const ROUNDS: usize = 7;

fn statement() -> Vec<u8> {
    let start = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
    let mut csv = String::from("Number,Date,Account,Amount,Subcategory,Memo\n");
    for i in 0..LINES {
        let date = start + Days::new((i / 28) as u64);
        let (amount, memo) = if i % 28 == 0 {
            ("1069.60".to_string(), "HAMPSHIRE CC DP".to_string())
        } else {
            (
                format!("-{}.{:02}", 1 + i % 37, i % 100),
                format!("CARD PAYMENT SHOP {}", i % 500),
            )
        };
        csv.push_str(&format!(
            ",{},20-00-00 12345678,{amount},Card,{memo}\n",
            date.format("%d/%m/%Y")
        ));
    }
    csv.into_bytes()
}

fn person(db: &mut Database) -> PersonId {
    let mut draft = PersonDraft {
        full_name: "Bench Person".into(),
        date_of_birth: "1950-01-01".into(),
        council: "Hampshire County Council".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        ..PersonDraft::default()
    };
    draft.manager.managed_by = Some(ManagedBy::Themself);
    draft.dp.gross_amount = "1069.60".into();
    draft.dp.start_date = "2025-01-06".into();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    people::add_person(db, &draft, today).unwrap().person.id
}

fn report(label: &str, goal: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{label}, {} runs: median {:.0} ms, slowest {:.0} ms{goal}",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    );
}

fn main() {
    let bytes = statement();
    let dir = tempfile::tempdir().unwrap();
    let (mut preview, mut plan, mut import, mut again) = (vec![], vec![], vec![], vec![]);
    for round in 0..ROUNDS {
        let mut db = Database::open(
            &dir.path().join(format!("bench-{round}.sqlite3")),
            &unlock(),
        )
        .unwrap();
        let id = person(&mut db);

        let t = Instant::now();
        let seen = account::preview_statement(&db, id, &bytes).unwrap();
        preview.push(t.elapsed());
        let how = StatementMapping {
            mapping: seen.mapping,
            date_format: seen.date_format,
        };

        let t = Instant::now();
        black_box(account::plan_statement_import(&db, id, &bytes, &how).unwrap());
        plan.push(t.elapsed());

        let t = Instant::now();
        let done = account::import_statement(&mut db, id, &bytes, &how).unwrap();
        import.push(t.elapsed());
        assert_eq!(done.added.len(), LINES, "{:?}", done.plan.rejected.first());

        let t = Instant::now();
        let repeat = account::import_statement(&mut db, id, &bytes, &how).unwrap();
        again.push(t.elapsed());
        assert!(repeat.added.is_empty());
    }
    println!(
        "a statement of {LINES} lines ({} KB), on a database file",
        bytes.len() / 1024
    );
    report("preview (read, layout, date format)", "", preview);
    report("plan (read, fingerprints looked up, rules)", "", plan);
    report(
        "import (plan + every line added in one transaction)",
        " (goal ≤ 500 ms)",
        import,
    );
    report("the same file again (every line skipped)", "", again);
}
