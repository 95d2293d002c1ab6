//! The checklist files shipped with DP Hub are valid, and a bad file is refused naming file and line.

use dphub_core::app::checklists::{embedded_files, parse_all, templates, AppliesTo, Template};

#[test]
fn every_embedded_checklist_file_is_valid() {
    let files = embedded_files();
    assert_eq!(files.len(), 8);
    let parsed = parse_all(files).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = parsed.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "becoming-an-employer",
            "recruiting-a-pa",
            "before-first-day",
            "every-payday",
            "monthly-quarterly",
            "yearly",
            "pension",
            "pa-leaving"
        ]
    );
    assert_eq!(templates().len(), 8);
    for t in &parsed {
        for item in &t.items {
            for (field, text) in [
                ("text", &item.text),
                ("why", &item.why),
                ("source", &item.source),
            ] {
                assert!(
                    !text.trim().is_empty(),
                    "{}/{}: empty {field}",
                    t.id,
                    item.id
                );
                assert!(
                    !text.contains("http") && !text.contains("www."),
                    "{}/{}: {field} has a link",
                    t.id,
                    item.id
                );
            }
        }
    }
    let leaving = parsed.iter().find(|t| t.id == "pa-leaving").unwrap();
    assert!(leaving.when_ended);
    assert_eq!(leaving.applies_to, AppliesTo::Employment);
    let pension = parsed.iter().find(|t| t.id == "pension").unwrap();
    assert_eq!(
        pension.item("declaration").unwrap().applies_to,
        AppliesTo::Person
    );
    assert_eq!(
        pension.item("letter-to-pa").unwrap().applies_to,
        AppliesTo::Employment
    );
}

const FILE: &str = r#"id = "test"
title = "Test"
summary = "A test"
applies_to = "person"

[[items]]
id = "one"
section = "First"
text = "Do one"
why = "Because"
source = "HMRC: PAYE for employers"
due = { rule = "after", fact = "dp_start", months = 6 }
"#;

#[test]
fn an_unknown_rule_is_refused_with_the_file_and_line() {
    let bad = FILE.replace("rule = \"after\"", "rule = \"every_so_often\"");
    let e = Template::parse("bad-rule.toml", &bad).unwrap_err();
    let message = e.to_string();
    assert!(message.starts_with("bad-rule.toml, line 12: "), "{message}");
    assert!(message.contains("every_so_often"), "{message}");
}

#[test]
fn an_unknown_field_is_refused_with_the_file_and_line() {
    let bad = FILE.replace("section = \"First\"", "section = \"First\"\nowner = \"me\"");
    let e = Template::parse("bad-field.toml", &bad).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("bad-field.toml", 9), "{e}");
    assert!(e.message.contains("owner"), "{e}");
    // An unknown field inside a rule, too.
    let bad = FILE.replace("months = 6", "months = 6, days = 2");
    let e = Template::parse("bad-rule-field.toml", &bad).unwrap_err();
    assert_eq!(e.line, 12, "{e}");
    assert!(e.message.contains("days"), "{e}");
}

#[test]
fn an_unknown_fact_and_a_syntax_error_are_refused() {
    let e = Template::parse("f.toml", &FILE.replace("dp_start", "birthday")).unwrap_err();
    assert_eq!(e.line, 12, "{e}");
    let e = Template::parse(
        "s.toml",
        &FILE.replace("text = \"Do one\"", "text = \"Do one"),
    )
    .unwrap_err();
    assert_eq!(e.line, 9, "{e}");
}

#[test]
fn a_duplicate_id_is_refused() {
    let item = &FILE[FILE.find("[[items]]").unwrap()..];
    let twice = format!("{FILE}\n{item}");
    let e = Template::parse("twice.toml", &twice).unwrap_err();
    assert!(e.to_string().starts_with("twice.toml, line 15: "), "{e}");
    assert!(e.message.contains("used twice"), "{e}");
    // The same item id in two files.
    let other = FILE.replace("id = \"test\"", "id = \"other\"");
    let e = parse_all(&[("a.toml", FILE), ("b.toml", &other)]).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("b.toml", 7), "{e}");
    assert!(e.message.contains("also used in a.toml"), "{e}");
}

#[test]
fn an_employment_item_on_an_employers_checklist_is_refused() {
    let bad = FILE.replace(
        "section = \"First\"",
        "section = \"First\"\napplies_to = \"employment\"",
    );
    let e = Template::parse("x.toml", &bad).unwrap_err();
    assert_eq!(e.line, 9, "{e}");
}
