//! `dphub template`: checking a council's template file and showing the built-in ones.

#[test]
fn the_command_line_checks_a_template_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("particulars.md");
    std::fs::write(&file, "# T\n\nHi {{ pa.full_name }}\n{{ pa.age }}\n").unwrap();
    let run = |args: &[&str]| crate::common::dphub_command().args(args).output().unwrap();
    let out = run(&["template", "check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("line 4: unknown placeholder \"pa.age\""),
        "{err}"
    );

    std::fs::write(&file, "# T\n\n{% for d in weeks %}\n{{ d.number }}\n").unwrap();
    let out = run(&[
        "template",
        "check",
        file.to_str().unwrap(),
        "--kind",
        "timesheet",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("line "));

    let builtin = run(&["template", "show", "particulars"]);
    assert!(builtin.status.success());
    std::fs::write(&file, &builtin.stdout).unwrap();
    let out = run(&["template", "check", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
