//! What the CLI tests share: a temporary database, running `dphub` on it, and reading its JSON.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn db() -> Db {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("people.sqlite3");
    Db { dir, path }
}

impl Db {
    /// A file beside the database.
    #[allow(dead_code)] // not every test file writes files
    pub fn file(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

/// The passphrase every test database is protected by.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// The `dphub` binary with the tests' environment: the test passphrase, the system keychain
/// turned off (so no test reads or writes a real keychain), and no database from the environment.
pub fn dphub_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dphub"));
    command
        .env("DPHUB_PASSPHRASE", PASSPHRASE)
        .env("DPHUB_KEYCHAIN", "off")
        .env_remove("DPHUB_NEW_PASSPHRASE")
        .env_remove("DPHUB_DB");
    command
}

pub fn dphub(db: &Path, args: &[&str]) -> Output {
    dphub_command()
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("dphub runs")
}

pub fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}
