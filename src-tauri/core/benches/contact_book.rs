//! The contact book's speed, printed as figures (never asserted): search as you type over 100,000
//! synthetic contacts with the FTS5 index, beside the same queries done as a `LIKE '%…%'` scan; and
//! importing 10,000 vCards. Search is timed on the encrypted database file (SQLCipher) beside the
//! same contacts in a plain, unencrypted database in memory, to show what encryption costs.
//! Run with `cargo bench -p dphub-core --bench contact_book`.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dphub_core::app::contacts;
use dphub_core::app::contacts::interchange::{read_vcards, write_vcards, ImportFormat};
use dphub_core::app::contacts::{
    run_import, validate_contact, ContactDetails, ContactDraft, ContactQuery, ContactStatus,
    DayPart, DbsDraft, DbsLevel, DuplicatePolicy, ImportRequest, Skill, Slot, TrainingDraft,
    Weekday,
};
use dphub_core::app::Unlock;
use dphub_core::Database;

const CONTACTS: usize = 100_000;
const ROUNDS: usize = 30;
const VCARDS: usize = 10_000;

/// The bench's databases are protected by a passphrase, never the system keychain.
fn unlock() -> Unlock {
    Unlock::with_passphrase("bench passphrase, not a secret")
}

const FIRST: &[&str] = &[
    "Amir",
    "Bea",
    "Chidi",
    "Dorota",
    "Eilidh",
    "Fatima",
    "Gareth",
    "Hana",
    "Ioana",
    "Jamal",
    "Kasia",
    "Liam",
    "Maria",
    "Nadia",
    "Oisín",
    "Priya",
    "Rhys",
    "Siobhán",
    "Tomasz",
    "Zoë",
    "Margaret",
    "Sarah",
    "Aled",
    "Bronwen",
    "Ciarán",
    "Deepa",
    "Emeka",
    "Femi",
    "Grażyna",
    "Hamza",
    "Ifeoma",
    "Joanna",
    "Kwame",
    "Leila",
    "Mihai",
    "Niamh",
    "Olumide",
    "Paweł",
    "Ruth",
    "Sunita",
    "Tariq",
    "Ulla",
    "Vikram",
    "Wiktoria",
    "Yusuf",
    "Zofia",
    "Agnieszka",
    "Bogdan",
    "Chloe",
    "Darius",
    "Elif",
    "Gemma",
    "Ayşe",
    "Björn",
    "Catrin",
    "Dafydd",
    "Eoin",
    "Florin",
    "Gwen",
    "Huw",
];
/// Syllables that make about 28,000 different surnames, as varied as a real register's.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "sen", "tor", "vel", "bri", "dan", "fen", "gor", "hal", "jin", "kel",
    "mar", "nor", "pol", "quin", "ros", "sta", "tam", "ul", "vin", "wes", "yar", "zel", "ob",
    "ing", "ley", "ton",
];
const AREAS: &[&str] = &[
    "Winchester",
    "Alresford",
    "Basingstoke",
    "Andover",
    "Romsey",
    "Eastleigh",
    "Petersfield",
    "Alton",
    "SO23",
    "SO24",
    "SO50",
    "RG21",
    "SP10",
    "GU34",
    "GU32",
    "SO51",
];
/// Words that carers' notes really use, mixed with made-up ones for a realistic vocabulary.
const WORDS: &[&str] = &[
    "reliable",
    "experienced",
    "kind",
    "prefers",
    "mornings",
    "weekends",
    "car",
    "dog",
    "allergy",
    "qualified",
    "nvq",
    "level",
    "three",
    "former",
    "nurse",
    "student",
    "retired",
    "carer",
    "hoist",
    "stoma",
    "epilepsy",
    "peg",
    "feeding",
    "bilingual",
    "welsh",
    "polish",
    "urdu",
    "punjabi",
];

/// A small, fixed pseudo-random sequence, so every run builds the same contact book.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next() % from.len()]
    }
}

fn surname(rng: &mut Lcg) -> String {
    let parts = 2 + rng.next() % 2;
    let word: String = (0..parts).map(|_| rng.pick(SYLLABLES)).collect();
    let mut letters = word.chars();
    letters
        .next()
        .map(|c| c.to_uppercase().chain(letters).collect())
        .unwrap_or_default()
}

/// A note of a few words: mostly from a wide made-up vocabulary, sometimes a common real word.
fn note(rng: &mut Lcg) -> String {
    (0..6)
        .map(|_| {
            if rng.next().is_multiple_of(8) {
                rng.pick(WORDS).to_string()
            } else {
                format!("{}{}", rng.pick(SYLLABLES), rng.pick(SYLLABLES))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn synthetic(rng: &mut Lcg, i: usize, today: NaiveDate) -> ContactDetails {
    let skills = Skill::ALL
        .iter()
        .copied()
        .filter(|_| rng.next().is_multiple_of(4))
        .collect();
    let availability = Slot::all()
        .filter(|_| rng.next().is_multiple_of(5))
        .collect();
    let draft = ContactDraft {
        full_name: format!("{} {}", rng.pick(FIRST), surname(rng)),
        phones: vec![format!("07700 {:06}", i)],
        email: format!("pa{i}@example.org"),
        areas: format!("{}, {}", rng.pick(AREAS), rng.pick(AREAS)),
        skills,
        tags: rng.pick(WORDS).to_string(),
        availability,
        notes: note(rng),
        hourly_rate: format!("{}.{:02}", 12 + rng.next() % 6, rng.next() % 100),
        dbs: if rng.next().is_multiple_of(3) {
            DbsDraft::default()
        } else {
            DbsDraft {
                level: Some(DbsLevel::Enhanced),
                issue_date: format!("{}-0{}-15", 2019 + rng.next() % 7, 1 + rng.next() % 9),
                update_service: rng.next().is_multiple_of(4),
                ..DbsDraft::default()
            }
        },
        training: vec![TrainingDraft {
            course: "Moving and handling".into(),
            completed_on: "2024-05-01".into(),
            expires_on: format!("202{}-0{}-01", 5 + rng.next() % 3, 1 + rng.next() % 9),
        }],
        status: Some(ContactStatus::LookingForWork),
        ..ContactDraft::default()
    };
    validate_contact(&draft, today).expect("synthetic contacts are valid")
}

/// Mixed queries as someone types them: short prefixes, with and without filters.
fn queries() -> Vec<ContactQuery> {
    let q = |text: &str| ContactQuery {
        text: text.into(),
        ..ContactQuery::default()
    };
    let tue_evening = Slot {
        day: Weekday::Tuesday,
        part: DayPart::Evening,
    };
    vec![
        q("zo"),
        q("zoë kal"),
        q("siob"),
        q("marton"),
        ContactQuery {
            skill: Some(Skill::Dementia),
            ..q("mar")
        },
        ContactQuery {
            free_in: Some(tue_evening),
            ..q("kel")
        },
        ContactQuery {
            area: "SO23".into(),
            ..q("pat")
        },
        ContactQuery {
            dbs_in_date: true,
            ..q("nurse")
        },
        ContactQuery {
            training_in_date: true,
            skill: Some(Skill::Driving),
            ..q("jo")
        },
        ContactQuery {
            area: "Winchester".into(),
            free_in: Some(tue_evening),
            dbs_in_date: true,
            ..q("hal")
        },
        q("retired hoist"),
        ContactQuery {
            skill: Some(Skill::PersonalCare),
            ..q("polish")
        },
        q("velros"),
        ContactQuery {
            status: Some(ContactStatus::LookingForWork),
            ..q("gw")
        },
    ]
}

fn mean_of(rounds: usize, run: impl Fn() -> u32) -> Duration {
    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(run());
    }
    start.elapsed() / rounds as u32
}

/// "\"zo\" skill=dementia free=tue evening …", for the per-query lines.
fn describe(q: &ContactQuery) -> String {
    let mut parts = vec![format!("{:?}", q.text)];
    parts.extend(q.skill.map(|s| format!("skill={}", s.code())));
    if !q.area.is_empty() {
        parts.push(format!("area={}", q.area));
    }
    parts.extend(q.free_in.map(|s| format!("free={}", s.label())));
    parts.extend(q.status.map(|s| format!("status={}", s.code())));
    if q.dbs_in_date {
        parts.push("dbs-in-date".into());
    }
    if q.training_in_date {
        parts.push("training-in-date".into());
    }
    parts.join(" ")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn time_queries(
    label: &str,
    run: impl Fn(&ContactQuery) -> u32,
    queries: &[ContactQuery],
    rounds: usize,
) -> Duration {
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..rounds {
        for q in queries {
            let start = Instant::now();
            found += run(q);
            times.push(start.elapsed());
        }
    }
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    println!(
        "{label:<28} {:>6} queries  mean {:>8.3} ms  p50 {:>8.3} ms  p95 {:>8.3} ms  max {:>8.3} ms  ({} matches in all)",
        times.len(),
        ms(mean),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap()),
        found
    );
    percentile(&times, 0.95)
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg(2026);
    let contacts: Vec<ContactDetails> = (0..CONTACTS)
        .map(|i| synthetic(&mut rng, i, today))
        .collect();
    let mode = std::env::var("DPHUB_BENCH").unwrap_or_default();
    // `DPHUB_BENCH=query:NxT` runs the Nth query T times (default 1,000) on a saved copy (`/tmp/dphub-bench`), to
    // count its instructions with `perf stat`, which a busy machine does not skew as it does time.
    if let Some(n) = mode.strip_prefix("query:") {
        let (n, times) = n.split_once('x').unwrap_or((n, "1000"));
        return profile_query(&contacts, today, n.parse().unwrap(), times.parse().unwrap());
    }
    // `DPHUB_BENCH=import` times the import alone (for profiling it).
    if mode != "import" {
        search(&contacts, today, dir.path());
    }
    import(&contacts, today, dir.path());
}

fn profile_query(contacts: &[ContactDetails], today: NaiveDate, n: usize, times: usize) {
    let path = std::env::temp_dir().join("dphub-bench/bench.sqlite3");
    let store = if path.exists() {
        Database::open(&path, &unlock()).unwrap()
    } else {
        saved(contacts, &path)
    };
    let q = &queries()[n];
    for _ in 0..times {
        std::hint::black_box(contacts::search_contacts(&store, q, today).unwrap());
    }
    println!("{} × {times}", describe(q));
}

fn saved(contacts: &[ContactDetails], path: &std::path::Path) -> Database {
    let mut store = Database::open(path, &unlock()).unwrap();
    contacts::save_checked_contacts(&mut store, contacts).unwrap();
    store
}

fn search(contacts: &[ContactDetails], today: NaiveDate, dir: &std::path::Path) {
    let start = Instant::now();
    let mut store = saved(contacts, &dir.join("bench.sqlite3"));
    println!(
        "Saved {CONTACTS} synthetic contacts (encrypted file) and tidied the index in {:.2} s",
        start.elapsed().as_secs_f64()
    );
    let mut plain = Database::open_in_memory().unwrap();
    contacts::save_checked_contacts(&mut plain, contacts).unwrap();

    let queries = queries();
    println!(
        "Each query's mean over {ROUNDS} rounds (index plain / index encrypted / scan encrypted), and its matches:"
    );
    for q in &queries {
        let plain_index = mean_of(ROUNDS, || {
            contacts::search_contacts(&plain, q, today).unwrap().total
        });
        let index = mean_of(ROUNDS, || {
            contacts::search_contacts(&store, q, today).unwrap().total
        });
        let scan = mean_of(1, || {
            contacts::search_contacts_by_scan(&store, q, today)
                .unwrap()
                .total
        });
        let found = contacts::search_contacts(&store, q, today).unwrap().total;
        println!(
            "  {:<70} {:>8.3} ms / {:>8.3} ms / {:>8.1} ms  {found:>6} found",
            describe(q),
            ms(plain_index),
            ms(index),
            ms(scan)
        );
    }
    let plain_indexed = time_queries(
        "index, plain (in memory)",
        |q| contacts::search_contacts(&plain, q, today).unwrap().total,
        &queries,
        ROUNDS,
    );
    let indexed = time_queries(
        "index, encrypted file",
        |q| contacts::search_contacts(&store, q, today).unwrap().total,
        &queries,
        ROUNDS,
    );
    let scanned = time_queries(
        "LIKE scan, encrypted file",
        |q| {
            contacts::search_contacts_by_scan(&store, q, today)
                .unwrap()
                .total
        },
        &queries,
        3,
    );
    println!(
        "p95: index encrypted {:.3} ms (goal ≤ 2 ms; plain {:.3} ms), scan {:.3} ms: the index is {:.0}× faster (goal ≥ 20×)",
        ms(indexed),
        ms(plain_indexed),
        ms(scanned),
        scanned.as_secs_f64() / indexed.as_secs_f64()
    );
    drop(plain);
    after_a_change(&mut store, &contacts[0], &queries, today);
}

/// The first search with a date filter after the contact book changes re-reads which contacts
/// are in date (kept in memory until then): what it costs, once per change.
fn after_a_change(
    store: &mut Database,
    c: &ContactDetails,
    queries: &[ContactQuery],
    today: NaiveDate,
) {
    let q = queries
        .iter()
        .find(|q| q.dbs_in_date)
        .expect("a query with the DBS filter");
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        contacts::save_checked_contacts(store, std::slice::from_ref(c)).unwrap();
        let start = Instant::now();
        std::hint::black_box(contacts::search_contacts(store, q, today).unwrap());
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "First search with a date filter after a change ({}): median {:.3} ms (once per change, then as above)",
        describe(q),
        ms(times[times.len() / 2])
    );
}

fn import(contacts: &[ContactDetails], today: NaiveDate, dir: &std::path::Path) {
    let cards = write_vcards(&contacts[..VCARDS]);
    let mut fresh = Database::open(&dir.join("import.sqlite3"), &unlock()).unwrap();
    let request = ImportRequest {
        format: ImportFormat::VCard,
        bytes: cards.into_bytes(),
        mapping: vec![],
        duplicates: DuplicatePolicy::Skip,
    };
    let start = Instant::now();
    let records = read_vcards(&request.bytes).unwrap();
    let read = start.elapsed();
    let checked = records
        .into_iter()
        .filter_map(|r| validate_contact(&r.ok()?.draft, today).ok())
        .count();
    println!(
        "  reading {VCARDS} vCards: {:.3} s; reading and checking {checked}: {:.3} s",
        read.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let outcome = run_import(&mut fresh, &request, today).unwrap();
    println!(
        "Imported {} of {VCARDS} vCards ({:.1} MB) in {:.3} s (goal ≤ 1 s), checks and duplicate search included",
        outcome.added,
        request.bytes.len() as f64 / 1e6,
        start.elapsed().as_secs_f64()
    );
}
