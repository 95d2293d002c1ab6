//! What the command line writes when its reader goes away early, as `dphub … | head -1` does.

use std::process::Stdio;

use crate::common::db;

/// Runs `dphub` with standard output a pipe whose reading end is already closed.
fn run_into_closed_pipe(args: &[&str]) -> std::process::Output {
    let mut child = crate::common::dphub_command()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dphub runs");
    drop(child.stdout.take());
    child.wait_with_output().expect("dphub ends")
}

#[test]
fn a_closed_pipe_ends_the_program_quietly() {
    let db = db();
    let db_path = db.path.to_str().unwrap();
    for args in [
        vec!["nic", "--gross", "385.04", "--json"],
        vec!["template", "show", "particulars"],
        vec!["person", "list", "--json", "--db", db_path],
        vec!["person", "blank", "--db", db_path],
    ] {
        let out = run_into_closed_pipe(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} wrote to stderr: {stderr}");
    }
}
