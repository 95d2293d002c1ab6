//! The crash harness: a write-heavy `dphub` workload on one database file, killed with SIGKILL at
//! random moments, and after every kill three checks:
//!
//! - the database opens and SQLite's integrity check says ok (`dphub db check`);
//! - no acknowledged write is lost: every person, PA and employment whose id `dphub` printed is
//!   still there, and every import that printed its counts is all there;
//! - no import is partial: of the contacts in one CSV file (a few hundred rows, imported in one
//!   transaction) there are either none or all.
//!
//! It prints its figures and fails if any check failed. A plain `cargo test` runs a short version
//! (25 kills); the full run is
//! `DPHUB_CRASH_KILLS=1000 cargo test -p dphub-cli --test crash`, and
//! `DPHUB_CRASH_SEED=N` repeats a run's choices (the timing of the processes still varies).
//!
//! Why a test with `harness = false`: Cargo builds the `dphub` binary first and gives its path
//! (`CARGO_BIN_EXE_dphub`), plain `cargo test` runs the short version with no extra step, and a
//! `main` of its own prints figures instead of test results. It uses no dependency the CLI does
//! not already have. This proves safety against the process dying at any moment (a crash, a
//! kill, the window closed mid-write); a power cut, which loses what the operating system had not
//! yet written to the disk, is not simulated.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// The harness's databases are encrypted with this passphrase; the system keychain is never used.
const PASSPHRASE: &str = "crash harness passphrase, not a secret";

/// SplitMix64: a small, well-known generator, enough to choose operations and moments.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A fraction in `0.0..1.0`.
    fn fraction(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Op {
    AddPerson,
    AddPa,
    Employ,
    Import,
}

/// What has been acknowledged: the ids `dphub` printed, and the imports that printed their counts.
#[derive(Default)]
struct Acknowledged {
    people: BTreeSet<u64>,
    pas: BTreeMap<u64, String>,
    employments: BTreeSet<u64>,
    /// Each import's token (in every name it added) and its number of rows.
    imports: BTreeMap<String, usize>,
}

#[derive(Default)]
struct Figures {
    runs: u64,
    kills: u64,
    integrity_failures: u64,
    lost_writes: u64,
    partial_imports: u64,
    /// `dphub` ending with an error when it was not killed: never expected.
    command_failures: u64,
}

struct Harness {
    dphub: PathBuf,
    db: PathBuf,
    dir: PathBuf,
    rng: Rng,
    ack: Acknowledged,
    /// Every import started: token and rows (killed ones may have written nothing).
    imports: BTreeMap<String, usize>,
    figures: Figures,
    /// How long each kind of command usually takes, to choose a moment inside it.
    typical: BTreeMap<Op, Duration>,
    /// How long opening the encrypted database takes (the key is stretched first); kills aim
    /// after it, where the writing happens.
    opening: Duration,
    serial: u64,
}

/// How a command ended: its standard output (what it managed to print) and whether it was killed.
struct Ended {
    stdout: String,
    stderr: String,
    killed: bool,
    success: bool,
}

impl Harness {
    fn dphub(&self, args: &[&str]) -> std::process::Output {
        Command::new(&self.dphub)
            .args(args)
            .arg("--db")
            .arg(&self.db)
            .env_remove("DPHUB_DB")
            .env("DPHUB_PASSPHRASE", PASSPHRASE)
            .env("DPHUB_KEYCHAIN", "off")
            .output()
            .expect("dphub runs")
    }

    /// Runs one write, killing it after `kill_after` if it is still running then.
    fn run_write(&mut self, op: Op, args: &[String], kill_after: Option<Duration>) -> Ended {
        self.figures.runs += 1;
        let started = Instant::now();
        let mut child = Command::new(&self.dphub)
            .args(args)
            .arg("--db")
            .arg(&self.db)
            .env_remove("DPHUB_DB")
            .env("DPHUB_PASSPHRASE", PASSPHRASE)
            .env("DPHUB_KEYCHAIN", "off")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("dphub starts");
        let mut killed = false;
        if let Some(delay) = kill_after {
            std::thread::sleep(delay);
            if child.try_wait().expect("wait").is_none() {
                child.kill().expect("SIGKILL");
                killed = true;
            }
        }
        let status = child.wait().expect("wait");
        let mut stdout = String::new();
        let mut stderr = String::new();
        if let Some(mut out) = child.stdout.take() {
            let _ = out.read_to_string(&mut stdout);
        }
        if let Some(mut err) = child.stderr.take() {
            let _ = err.read_to_string(&mut stderr);
        }
        if !killed && status.success() {
            let took = started.elapsed();
            let typical = self.typical.entry(op).or_insert(took);
            *typical = (*typical * 7 + took) / 8;
        }
        Ended {
            stdout,
            stderr,
            killed,
            success: status.success(),
        }
    }

    fn next_serial(&mut self) -> u64 {
        self.serial += 1;
        self.serial
    }

    fn choose_op(&mut self) -> Op {
        let roll = self.rng.below(100);
        if self.ack.people.is_empty() || roll < 25 {
            Op::AddPerson
        } else if self.ack.pas.is_empty() || roll < 55 {
            Op::AddPa
        } else if roll < 80 {
            Op::Employ
        } else {
            Op::Import
        }
    }

    fn pick<T: Copy>(&mut self, set: impl ExactSizeIterator<Item = T>) -> T {
        let mut set = set;
        let n = set.len() as u64;
        let at = self.rng.below(n) as usize;
        set.nth(at).expect("not empty")
    }

    /// One write, perhaps killed; returns whether it was killed, and the import's token if it
    /// was an import.
    fn step(&mut self) -> (bool, Option<String>) {
        let op = self.choose_op();
        let n = self.next_serial();
        let mut import = None;
        let args: Vec<String> = match op {
            Op::AddPerson => strings(&[
                "person",
                "add",
                "--full-name",
                &format!("Crash Person {n}"),
                "--dob",
                "12/3/1948",
                "--council",
                "Hampshire County Council",
                "--type",
                "adult-service-user",
                "--managed-by",
                "themself",
                "--gross",
                "1250.00",
                "--start",
                "2026-01-05",
            ]),
            Op::AddPa => strings(&[
                "pa",
                "add",
                "--name",
                &format!("Solo{n}x Crash"),
                "--rate",
                "13.50",
                "--skill",
                "personal-care",
                "--available",
                "mon:evening",
            ]),
            Op::Employ => {
                let person = self.pick(self.ack.people.clone().into_iter());
                let pa = self.pick(self.ack.pas.keys().copied().collect::<Vec<_>>().into_iter());
                strings(&[
                    "employ",
                    "add",
                    "--person",
                    &person.to_string(),
                    "--pa",
                    &pa.to_string(),
                    "--start",
                    "2026-02-02",
                    "--rate",
                    "13.50",
                    "--hours",
                    "16",
                    "--pattern",
                    "Monday to Thursday, 8am to noon",
                    "--pay-frequency",
                    "four-weekly",
                    "--first-payday",
                    "2026-02-06",
                ])
            }
            Op::Import => {
                let rows = 200 + self.rng.below(201) as usize;
                let token = format!("bt{n}x");
                let file = self.dir.join(format!("{token}.csv"));
                let mut csv = String::from("Name,Phone,Notes\n");
                for row in 1..=rows {
                    csv.push_str(&format!("{token} Row{row},,Imported in one go\n"));
                }
                std::fs::write(&file, csv).expect("write the CSV file");
                self.imports.insert(token.clone(), rows);
                import = Some((token, rows));
                strings(&["pa", "import", &file.to_string_lossy(), "--yes"])
            }
        };
        // Six times in ten, a kill at a moment inside the command's usual run time, mostly after
        // the database is open.
        let kill_after = (self.rng.below(10) < 6).then(|| {
            let typical = self
                .typical
                .get(&op)
                .copied()
                .unwrap_or(self.opening + Duration::from_millis(40));
            let earliest = self.opening.mul_f64(0.9);
            earliest
                + typical
                    .mul_f64(1.1)
                    .saturating_sub(earliest)
                    .mul_f64(self.rng.fraction())
        });
        let ended = self.run_write(op, &args, kill_after);
        if !ended.killed && !ended.success {
            self.figures.command_failures += 1;
            eprintln!("dphub {} failed: {}", args.join(" "), ended.stderr.trim());
        }
        // Acknowledged: the line saying what was saved was printed (even if killed just after).
        let first = ended.stdout.lines().next().unwrap_or_default().to_string();
        match op {
            Op::AddPerson => {
                if let Some(id) = id_in(&first, "(person ") {
                    self.ack.people.insert(id);
                }
            }
            Op::AddPa => {
                if let Some(id) = id_in(&first, "(PA ") {
                    self.ack.pas.insert(id, format!("Solo{n}x Crash"));
                }
            }
            Op::Employ => {
                if let Some(id) = id_in(&first, "employment ") {
                    self.ack.employments.insert(id);
                }
            }
            Op::Import => {
                let (token, rows) = import.clone().expect("an import");
                if ended.stdout.contains("Rejected") {
                    self.ack.imports.insert(token, rows);
                }
            }
        }
        (ended.killed, import.map(|(token, _)| token))
    }

    /// The checks after a kill; `everything` also reads the whole contact book.
    fn check(&mut self, killed_import: Option<&str>, everything: bool) {
        let check = self.dphub(&["db", "check"]);
        if !check.status.success() || String::from_utf8_lossy(&check.stdout) != "ok\n" {
            self.figures.integrity_failures += 1;
            eprintln!(
                "integrity: {}{}",
                String::from_utf8_lossy(&check.stdout),
                String::from_utf8_lossy(&check.stderr)
            );
            return;
        }
        let people = ids_of(&self.dphub(&["person", "list", "--json"]));
        let lost_people = self.ack.people.difference(&people).count();
        let employments = ids_of(&self.dphub(&["employ", "list", "--json"]));
        let lost_jobs = self.ack.employments.difference(&employments).count();
        if lost_people + lost_jobs > 0 {
            eprintln!("lost: {lost_people} people, {lost_jobs} employments");
        }
        self.figures.lost_writes += (lost_people + lost_jobs) as u64;
        if let Some(token) = killed_import {
            let found = self.dphub(&["pa", "search", token, "--json", "--limit", "1"]);
            let found: serde_json::Value =
                serde_json::from_slice(&found.stdout).unwrap_or_default();
            let found = found["total"].as_u64().unwrap_or(u64::MAX) as usize;
            let rows = self.imports[token];
            if found != 0 && found != rows {
                self.figures.partial_imports += 1;
                eprintln!("partial import {token}: {found} of {rows}");
            }
        }
        if everything {
            self.check_contacts();
        }
    }

    /// Every acknowledged PA is there, every import is all or nothing, acknowledged ones all.
    fn check_contacts(&mut self) {
        let export = self.dphub(&["pa", "export", "-", "--format", "csv"]);
        let text = String::from_utf8_lossy(&export.stdout);
        let names: Vec<&str> = text
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap_or_default())
            .collect();
        let names_set: BTreeSet<&str> = names.iter().copied().collect();
        let lost_pas = self
            .ack
            .pas
            .values()
            .filter(|n| !names_set.contains(n.as_str()))
            .count();
        let mut per_import: BTreeMap<&str, usize> = BTreeMap::new();
        for name in &names {
            if let Some((token, _)) = name.split_once(' ').filter(|(t, _)| t.starts_with("bt")) {
                *per_import.entry(token).or_default() += 1;
            }
        }
        let mut partial = 0;
        let mut lost_imports = 0;
        for (token, &rows) in &self.imports {
            let found = per_import.get(token.as_str()).copied().unwrap_or(0);
            if found != 0 && found != rows {
                partial += 1;
                eprintln!("partial import {token}: {found} of {rows}");
            }
            if self.ack.imports.contains_key(token) && found != rows {
                lost_imports += 1;
                eprintln!("acknowledged import {token} has {found} of {rows}");
            }
        }
        if lost_pas > 0 {
            eprintln!("lost: {lost_pas} PAs");
        }
        self.figures.lost_writes += (lost_pas + lost_imports) as u64;
        self.figures.partial_imports += partial;
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The number after `marker` in `line` ("Added Ann (person 3)." → 3).
fn id_in(line: &str, marker: &str) -> Option<u64> {
    let at = line.find(marker)? + marker.len();
    let digits: String = line[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The `"id"` of every record in a JSON list (none if the list could not be read).
fn ids_of(output: &std::process::Output) -> BTreeSet<u64> {
    let list: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap_or_default();
    list.iter()
        .filter_map(|record| record.get("id").and_then(serde_json::Value::as_u64))
        .collect()
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn main() -> ExitCode {
    let kills_wanted = env_number("DPHUB_CRASH_KILLS").unwrap_or(25);
    let seed = env_number("DPHUB_CRASH_SEED").unwrap_or_else(|| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        now.as_nanos() as u64 ^ u64::from(std::process::id())
    });
    println!("crash harness: seed {seed} (DPHUB_CRASH_SEED={seed} repeats its choices), {kills_wanted} kills");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = Harness {
        dphub: PathBuf::from(env!("CARGO_BIN_EXE_dphub")),
        db: dir.path().join("crash.sqlite3"),
        dir: dir.path().to_path_buf(),
        rng: Rng(seed),
        ack: Acknowledged::default(),
        imports: BTreeMap::new(),
        figures: Figures::default(),
        typical: BTreeMap::new(),
        opening: Duration::ZERO,
        serial: 0,
    };
    harness.opening = (0..3)
        .map(|_| {
            let started = Instant::now();
            let out = harness.dphub(&["person", "list"]);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            started.elapsed()
        })
        .min()
        .unwrap_or_default();
    println!(
        "opening the database takes {} ms",
        harness.opening.as_millis()
    );
    let started = Instant::now();
    // A full check of the contact book every so often, and at the end; the lighter checks after
    // every kill.
    let full_every = 50;
    while harness.figures.kills < kills_wanted {
        if let (true, import) = harness.step() {
            harness.figures.kills += 1;
            let everything = harness.figures.kills.is_multiple_of(full_every);
            harness.check(import.as_deref(), everything);
        }
    }
    harness.check(None, true);
    let f = &harness.figures;
    let contacts = harness.imports.len();
    println!("runs {}", f.runs);
    println!("kills {}", f.kills);
    println!("integrity failures {}", f.integrity_failures);
    println!("lost writes {}", f.lost_writes);
    println!("partial imports {}", f.partial_imports);
    println!("command failures {}", f.command_failures);
    println!(
        "acknowledged: {} people, {} PAs, {} employments, {} of {} imports started; {:.0} s",
        harness.ack.people.len(),
        harness.ack.pas.len(),
        harness.ack.employments.len(),
        harness.ack.imports.len(),
        contacts,
        started.elapsed().as_secs_f64()
    );
    let failed = f.integrity_failures + f.lost_writes + f.partial_imports + f.command_failures > 0;
    if failed {
        let kept = dir.keep();
        println!("FAILED: the database is kept in {}", kept.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
