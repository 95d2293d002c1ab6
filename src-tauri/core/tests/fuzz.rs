//! Fuzzing on stable Rust: every reader of a file from outside DP Hub is given arbitrary bytes and
//! must not panic (a bad file is an error the screen can show, never a crash).
//!
//! Each reader is one line in [`READERS`]: a name, the function that reads bytes, and a few words
//! of its format for the generator to put together. Backups are read as a file (arbitrary bytes
//! into the unsealing), as contents (arbitrary bytes sealed, so they reach the description and the
//! database loading), and as real backups changed here and there. Handover bundles are read twice
//! over: sealed files given arbitrary bytes, and a real bundle's contents changed (values
//! replaced, bytes flipped or cut) then read and imported (`fuzz_handover_mutated_valid_bundles`).
//!
//! `cargo test` runs a bounded number of cases; a long run sets `DPHUB_FUZZ_CASES`:
//! `DPHUB_FUZZ_CASES=100000 cargo test -p dphub-core --test integration fuzz`.

use dphub_core::app::backup;
use dphub_core::app::contacts::interchange::{csv_preview, read_csv, read_vcards, ContactField};
use dphub_core::app::documents::{check_template, DocumentKind};
use dphub_core::app::sealed::{seal, unseal, SealedKind, Stretch};
use dphub_core::app::Passphrase;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// How many inputs each generator gives each reader: `DPHUB_FUZZ_CASES`, else a number small
/// enough for every `cargo test`.
pub fn cases() -> u32 {
    std::env::var("DPHUB_FUZZ_CASES")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(256)
}

/// A reader of outside bytes: what it is called, how it reads, and words of its format.
struct Reader {
    name: &'static str,
    read: fn(&[u8]),
    words: &'static [&'static str],
}

/// One test per reader of files from outside: its test's name, what it is called, how it reads,
/// and the words of its format. A new reader is one more line.
macro_rules! fuzz_readers {
    ($($test:ident: $name:literal, $read:expr, $words:expr;)*) => {$(
        #[test]
        fn $test() {
            fuzz(&Reader { name: $name, read: $read, words: $words });
        }
    )*};
}

fuzz_readers! {
    fuzz_vcard: "vCard", |b| drop(read_vcards(b)), VCARD_WORDS;
    fuzz_contacts_csv_preview: "contacts CSV preview", |b| drop(csv_preview(b)), CSV_WORDS;
    fuzz_contacts_csv: "contacts CSV", read_contacts_csv, CSV_WORDS;
    fuzz_document_template: "document template", check_every_template, TEMPLATE_WORDS;
    fuzz_statement: "bank statement CSV", read_every_way, STATEMENT_WORDS;
    fuzz_handover_sealed: "handover bundle (sealed)", open_handover, HANDOVER_SEALED_WORDS;
    fuzz_handover_contents: "handover bundle (contents)", read_handover_contents, HANDOVER_WORDS;
    fuzz_backup_file: "backup file", verify_backup, BACKUP_FILE_WORDS;
    fuzz_backup_contents: "backup contents", verify_sealed_contents, BACKUP_CONTENTS_WORDS;
}

/// The passphrase of the fuzzed backups.
fn backup_pass() -> Passphrase {
    Passphrase::new("fuzzing the backups")
}

/// As "Restore from a backup…" reads a file: unsealed, then checked.
fn verify_backup(bytes: &[u8]) {
    let _ = backup::verify(bytes, &backup_pass());
}

/// What is inside a backup's encryption, sealed as a backup is, then checked: the description
/// line and the database behind it are read as the restore reads them.
fn verify_sealed_contents(contents: &[u8]) {
    let sealed = seal(
        SealedKind::Backup,
        contents,
        &backup_pass(),
        Stretch::FOR_TESTS,
    )
    .expect("sealing works");
    let _ = backup::verify(&sealed, &backup_pass());
}

const BACKUP_FILE_WORDS: &[&str] = &[
    "age-encryption.org/v1\n",
    "-> scrypt ",
    "-> X25519 ",
    "18",
    "10",
    "--- ",
    "\n",
    " ",
    "AAAA",
    "YWdl",
    "+/=",
];

const BACKUP_CONTENTS_WORDS: &[&str] = &[
    "{\"made_at\":\"2026-12-01T09:30:00\",",
    "\"schema_version\":9,",
    "\"schema_version\":999,",
    "\"counts\":{\"people\":1,\"pas\":0,\"employments\":0,\"account_entries\":0,\"receipts\":0,\"signatures\":0,\"checklist_items\":0}}",
    "}",
    "\n",
    "SQLite format 3\0",
    "\x10\0\x01\x01\0\x40\x20\x20",
    "\0\0\0\x02",
];

/// A real backup (a person, a PA) and its contents, made once.
fn real_backup() -> &'static (Vec<u8>, Vec<u8>) {
    static REAL: std::sync::OnceLock<(Vec<u8>, Vec<u8>)> = std::sync::OnceLock::new();
    REAL.get_or_init(|| {
        use chrono::NaiveDate;
        use dphub_core::app::contacts::{self, ContactDraft, ContactStatus};
        let mut db = dphub_core::Database::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        dphub_core::app::people::add_person(
            &mut db,
            &crate::document_scene::person_draft("Ada Byron"),
            today,
        )
        .unwrap();
        let pa = ContactDraft {
            full_name: "Ann Lee".into(),
            status: Some(ContactStatus::LookingForWork),
            ..ContactDraft::default()
        };
        contacts::add_contact(&mut db, &pa, today).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("real.dphub-backup");
        let made = today.and_hms_opt(9, 0, 0).unwrap();
        backup::create(&db, &file, &backup_pass(), Stretch::FOR_TESTS, made).unwrap();
        let sealed = std::fs::read(&file).unwrap();
        let contents = unseal(SealedKind::Backup, &sealed, &backup_pass()).unwrap();
        (sealed, contents)
    })
}

/// Changes to bytes: (where, as a fraction of the length; what; how).
fn mutations() -> impl Strategy<Value = Vec<(f64, u8, u8)>> {
    prop::collection::vec((0.0..1.0f64, any::<u8>(), 0..4u8), 1..12)
}

fn mutate(bytes: &[u8], changes: &[(f64, u8, u8)]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, byte, how) in changes {
        let i = ((out.len() as f64) * at) as usize;
        match how {
            0 if i < out.len() => out[i] = byte,
            1 if i < out.len() => out[i] ^= 1 << (byte % 8),
            2 => out.insert(i.min(out.len()), byte),
            _ => out.truncate(i),
        }
    }
    out
}

/// Real backups changed here and there (the sealed file, and its contents sealed again, so the
/// changes reach the description and the database pages): checking them must not panic.
#[test]
fn fuzz_mutated_real_backups() {
    let (sealed, contents) = real_backup();
    assert!(backup::verify(sealed, &backup_pass()).is_ok());
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    };
    let started = std::time::Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&(mutations(), any::<bool>()), |(changes, inside)| {
        std::panic::catch_unwind(|| {
            if inside {
                verify_sealed_contents(&mutate(contents, &changes));
            } else {
                verify_backup(&mutate(sealed, &changes));
            }
        })
        .map_err(|_| {
            TestCaseError::fail(format!(
                "panicked on changes {changes:?} (inside: {inside})"
            ))
        })
    });
    eprintln!(
        "fuzz mutated backups: {} cases in {:.1} s",
        cases(),
        started.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("mutated backups: {e}");
    }
}

/// As a bundle is opened: unsealed with a passphrase, then read.
fn open_handover(bytes: &[u8]) {
    use dphub_core::app::sealed::{unseal, SealedKind};
    let pass = dphub_core::app::Passphrase::new("four words you remember");
    if let Ok(json) = unseal(SealedKind::Handover, bytes, &pass) {
        let _ = dphub_core::app::handover::parse_bundle(&json, i64::MAX);
    }
}

/// A bundle's contents after unsealing: read, and when that works, previewed and imported.
fn read_handover_contents(bytes: &[u8]) {
    use dphub_core::app::handover::{import_bundle, parse_bundle, HandoverChoices, MatchedPas};
    if let Ok(bundle) = parse_bundle(bytes, i64::MAX) {
        let mut db = dphub_core::Database::open_in_memory().unwrap();
        let choices = HandoverChoices {
            matched_pas: MatchedPas::AddNew,
            as_separate_person: true,
        };
        let _ = import_bundle(&mut db, &bundle, &choices);
    }
}

/// Words of an age file; no scrypt work factor, so no input asks for gigabytes of memory.
const HANDOVER_SEALED_WORDS: &[&str] = &[
    "age-encryption.org/v1\n",
    "-> scrypt ",
    "-> X25519 ",
    "-> ssh-ed25519 ",
    "\n--- ",
    "AAAAAAAAAAAAAAAAAAAAAA",
    "\n",
    " ",
    "DP Hub handover bundle 1\n",
    "DP Hub backup 1\n",
];

const HANDOVER_WORDS: &[&str] = &[
    "{\"format\":1,\"schema_version\":9,\"made_by\":\"DP Hub\",\"made_at\":\"\",\"person_id\":1,",
    "\"contacts\":[",
    "{\"id\":1,\"details\":\"{\\\"v\\\":1,\\\"full_name\\\":\\\"Ann\\\"}\",\"archived\":false}",
    "\"tables\":[",
    "{\"name\":\"person\",\"columns\":[\"id\",\"full_name\",\"date_of_birth\",\"council\"],\"rows\":[[1,\"Zoë\",\"1948-03-12\",\"Leeds\"]]}",
    "{\"name\":\"employment\",\"columns\":[\"id\",\"person_id\",\"contact_id\"],\"rows\":[[1,1,1]]}",
    "{\"name\":\"account_receipt\",\"columns\":[\"id\",\"entry_id\",\"content\",\"sha256\",\"size\"],\"rows\":[[1,1,{\"base64\":\"AA==\"},\"x\",1]]}",
    "\"settings\":[{\"name\":\"return_every\",\"value\":\"yearly\"}]",
    "]",
    "}",
    ",",
    "null",
    "-1",
    "9223372036854775807",
    "\"\"",
    "{\"base64\":\"!!\"}",
];

/// As the statement import reads a file: previewed, then read with the guessed mapping and with
/// every field in column order, in each date format.
fn read_every_way(bytes: &[u8]) {
    use dphub_core::model::statement::{
        read_statement, statement_preview, DateFormat, StatementField,
    };
    let every: Vec<Option<StatementField>> =
        StatementField::ALL.iter().copied().map(Some).collect();
    if let Ok(preview) = statement_preview(bytes) {
        for format in DateFormat::ALL {
            let _ = read_statement(bytes, &preview.mapping, *format);
        }
    }
    let _ = read_statement(bytes, &every, DateFormat::DayMonthYear);
}

const STATEMENT_WORDS: &[&str] = &[
    "Date,Description,Amount,Balance\n",
    "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance\n",
    "\"Date\",\"Transaction type\",\"Description\",\"Paid out\",\"Paid in\",\"Balance\"\n",
    "Account Name:,x\n",
    "05/01/2026",
    "05 Jan 2026",
    "2026-01-05T10:00:00Z",
    "31/02/2026",
    "£1,069.60",
    "-8.645",
    "(12.50)",
    "12.50 DR",
    "CR",
    "−",
    ",",
    ";",
    "\t",
    "\"",
    "\n",
    "\r\n",
    "\u{feff}",
];

fn read_contacts_csv(bytes: &[u8]) {
    // Every field, in the order a file's columns would be mapped.
    let mapping: Vec<Option<ContactField>> = ContactField::ALL.iter().copied().map(Some).collect();
    if let Ok(preview) = csv_preview(bytes) {
        let _ = read_csv(bytes, &preview.suggested_mapping);
        let width = preview.headers.len().min(mapping.len());
        let _ = read_csv(bytes, &mapping[..width]);
    }
    let _ = read_csv(bytes, &mapping[..1]);
}

/// As `dphub template check` and the Documents screen load a template: text, checked for a kind.
fn check_every_template(bytes: &[u8]) {
    let source = String::from_utf8_lossy(bytes);
    for kind in DocumentKind::ALL {
        let _ = check_template(*kind, &source);
    }
}

const VCARD_WORDS: &[&str] = &[
    "BEGIN:VCARD\r\n",
    "END:VCARD\r\n",
    "VERSION:2.1\r\n",
    "VERSION:3.0\r\n",
    "VERSION:4.0\r\n",
    "FN:",
    "N:",
    "TEL;TYPE=CELL:",
    "EMAIL:",
    "ADR:",
    "BDAY:",
    "NOTE:",
    "CATEGORIES:",
    "PHOTO;ENCODING=b:",
    "item1.",
    "X-DPHUB-DBS:",
    "X-DPHUB-TRAINING:",
    "X-DPHUB-AVAILABILITY:mon:",
    ";ENCODING=QUOTED-PRINTABLE:",
    ";CHARSET=UTF-8",
    "=C3=",
    "=\r\n",
    ":",
    ";",
    ",",
    "\\",
    "\\n",
    "\r\n ",
    "\n",
    "Zoë",
    "19900203",
    "--0412",
];

const CSV_WORDS: &[&str] = &[
    "Name,Phone,Email,Notes\n",
    "Full name;Skills;Tags\n",
    "First\tLast\tMobile\n",
    ",",
    ";",
    "\t",
    "\"",
    "\"\"",
    "'",
    "'=",
    "'+44 7700 900123",
    "=HYPERLINK(\"x\")",
    "-5",
    "@home",
    "\r\n",
    "\n",
    "\r",
    " ",
    "Zoë",
    "\u{FEFF}",
    "\u{FF}\u{FE}",
    "personal_care",
    "yes",
    "2026-02-30",
    "13.50",
];

const TEMPLATE_WORDS: &[&str] = &[
    "{{ ",
    " }}",
    "{% ",
    " %}",
    "{#",
    "#}",
    "if ",
    "elif ",
    "else",
    "endif",
    "for x in ",
    "endfor",
    "include \"partials/",
    "\"",
    "person.full_name",
    "pa.full_name",
    "job.duties",
    "payment.reviews",
    "employer",
    "representative",
    "x",
    " | join(\", \")",
    " | safe",
    " | capitalize",
    "loop.index",
    "range(3)",
    "# ",
    "## ",
    "- [ ] ",
    "| a | b |\n|---|---|\n",
    "**",
    "_",
    "\n",
    "\n\n",
    "  ",
    "<b>",
    "&amp;",
    "[link](x)",
    "![i](x)",
    "```",
    "> ",
    "1. ",
    "\\",
    "Zoë",
    "\u{0}",
];

/// Arbitrary bytes, bytes near the format (its words with odd bytes between), and a valid-looking
/// start with arbitrary bytes after it.
fn inputs(words: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    let word = prop::sample::select(words).prop_map(|w| w.as_bytes().to_vec());
    let byte = any::<u8>().prop_map(|b| vec![b]);
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2000),
        prop::collection::vec(prop_oneof![4 => word.clone(), 1 => byte], 0..120)
            .prop_map(|parts| parts.concat()),
        (
            prop::collection::vec(word, 1..40),
            prop::collection::vec(any::<u8>(), 0..200)
        )
            .prop_map(|(parts, tail)| [parts.concat(), tail].concat()),
    ]
}

fn fuzz(reader: &Reader) {
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    };
    let started = std::time::Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&inputs(reader.words), |bytes| {
        std::panic::catch_unwind(|| (reader.read)(&bytes)).map_err(|_| {
            TestCaseError::fail(format!("panicked on {:?}", String::from_utf8_lossy(&bytes)))
        })
    });
    // Figures for a long run; nothing is asserted about time.
    eprintln!(
        "fuzz {}: {} cases in {:.1} s",
        reader.name,
        cases(),
        started.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("the {} reader: {e}", reader.name);
    }
}

/// A real bundle's contents, changed: a few of its values replaced (ids, references, dates,
/// receipts' bytes, column and table names), or its bytes flipped and cut, then read and
/// imported into an empty database. Nothing may panic.
#[test]
fn fuzz_handover_mutated_valid_bundles() {
    use dphub_core::app::handover::{
        handover_bytes, import_bundle, parse_bundle, HandoverChoices, MatchedPas,
    };
    use dphub_core::app::sealed::Stretch;
    let scene = crate::handover::scene();
    let pass = dphub_core::app::Passphrase::new("four words you remember");
    let (bundle, _) = handover_bytes(&scene.db, scene.margaret, &pass, Stretch::FOR_TESTS).unwrap();
    let valid = serde_json::to_value(&bundle).unwrap();
    let mut leaves = vec![];
    collect_paths(&valid, &mut vec![], &mut leaves);
    let replacement = prop_oneof![
        Just(serde_json::Value::Null),
        any::<i64>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::from(0)),
        Just(serde_json::Value::from(1)),
        Just(serde_json::Value::from("")),
        Just(serde_json::Value::from("2027-02-30")),
        Just(serde_json::Value::from("person")),
        Just(serde_json::Value::from("id")),
        Just(serde_json::json!({"base64": "AAAA"})),
        Just(serde_json::json!([])),
        Just(serde_json::json!([[]])),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    let changes = prop::collection::vec((0..leaves.len(), replacement), 1..4);
    let flips = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..3);
    let cut = prop::option::of(any::<prop::sample::Index>());
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    };
    let choices = HandoverChoices {
        matched_pas: MatchedPas::AddNew,
        as_separate_person: true,
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&(changes, flips, cut), |(changes, flips, cut)| {
        let mut v = valid.clone();
        for (leaf, value) in changes {
            if let Some(slot) = v.pointer_mut(&leaves[leaf]) {
                *slot = value;
            }
        }
        let mut bytes = serde_json::to_vec(&v).unwrap();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Some(at) = cut {
            bytes.truncate(at.index(bytes.len()));
        }
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if let Ok(bundle) = parse_bundle(&bytes, i64::MAX) {
                let mut db = dphub_core::Database::open_in_memory().unwrap();
                if let Ok(done) = import_bundle(&mut db, &bundle, &choices) {
                    let _ = dphub_core::app::people::view_person(
                        &db,
                        done.person_id,
                        chrono::NaiveDate::from_ymd_opt(2027, 4, 15).unwrap(),
                    );
                }
            }
        }))
        .map_err(|_| {
            TestCaseError::fail(format!("panicked on {}", String::from_utf8_lossy(&bytes)))
        })
    });
    if let Err(e) = result {
        panic!("the handover bundle reader: {e}");
    }
}

/// JSON pointers to every value of `v` (objects' and arrays' members, and the leaves).
fn collect_paths(v: &serde_json::Value, at: &mut Vec<String>, out: &mut Vec<String>) {
    let pointer = |at: &[String]| at.iter().map(|p| format!("/{p}")).collect::<String>();
    out.push(pointer(at));
    match v {
        serde_json::Value::Object(map) => {
            for (k, child) in map {
                at.push(k.replace('~', "~0").replace('/', "~1"));
                collect_paths(child, at, out);
                at.pop();
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                collect_paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}
