//! `dphub account import` and `dphub account rule`: a statement read with DP Hub's guess at its
//! columns (or the --map given), shown, and added with --yes.

use std::path::Path;

use dphub_core::app::account::{self, StatementImportPlan, StatementMapping};
use dphub_core::app::people::PersonId;
use dphub_core::model::input::long_date;
use dphub_core::model::statement::{DateFormat, ImportRule, ImportRuleDraft, StatementField};
use dphub_core::model::validation::Problems;
use dphub_core::{CoreError, Database};
use serde_json::json;

use super::args::RuleCommand;
use crate::input::{parse_code, problem};
use crate::printer::{line, Printer};

pub fn run(
    db: &mut Database,
    out: &Printer,
    file: &Path,
    person: PersonId,
    map: &[String],
    date_format: Option<&str>,
    yes: bool,
) -> Result<(), CoreError> {
    let bytes = std::fs::read(file)
        .map_err(|e| problem("file", &format!("Could not read {}: {e}", file.display())))?;
    let preview = account::preview_statement(db, person, &bytes)?;
    let mut how = StatementMapping {
        mapping: preview.mapping.clone(),
        date_format: preview.date_format,
    };
    let mut p = Problems::default();
    for given in map {
        apply_map(&mut p, &preview.headers, &mut how.mapping, given);
    }
    if let Some(format) = date_format {
        match DateFormat::from_code(format.trim()) {
            Some(f) => how.date_format = f,
            None => p.add(
                "date_format",
                format!(
                    "{format:?} is not one of: {}",
                    DateFormat::ALL
                        .iter()
                        .map(|f| f.code())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        }
    }
    if !p.is_empty() {
        return Err(p.into());
    }
    if yes {
        let done = account::import_statement(db, person, &bytes, &how)?;
        if out.json() {
            out.json_value(&json!({ "mapping": how, "layout": preview.layout, "imported": done }));
            return Ok(());
        }
        print_plan(&preview.layout, &how, &done.plan);
        say!("Added {} entries.", done.added.len());
    } else {
        let plan = account::plan_statement_import(db, person, &bytes, &how)?;
        if out.json() {
            out.json_value(&json!({ "mapping": how, "layout": preview.layout, "plan": plan }));
            return Ok(());
        }
        print_plan(&preview.layout, &how, &plan);
        say!("Nothing was saved: run again with --yes to add them.");
    }
    Ok(())
}

/// Applies one "Header=field" to the mapping.
fn apply_map(
    p: &mut Problems,
    headers: &[String],
    mapping: &mut Vec<Option<StatementField>>,
    given: &str,
) {
    let Some((header, field)) = given.split_once('=') else {
        p.add(
            "map",
            format!("{given:?} is not Header=field, like \"Paid out=paid-out\""),
        );
        return;
    };
    let Some(column) = headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(header.trim()))
    else {
        p.add(
            "map",
            format!(
                "No column is headed {:?}: the headers are {}",
                header.trim(),
                headers.join(", ")
            ),
        );
        return;
    };
    let field = match field.trim() {
        "ignore" | "none" | "" => None,
        code => match parse_code::<StatementField>(code) {
            Ok(f) => Some(f),
            Err(e) => {
                p.add("map", format!("{e}, or ignore"));
                return;
            }
        },
    };
    if let Some(f) = field {
        for other in mapping.iter_mut().filter(|m| **m == Some(f)) {
            *other = None;
        }
    }
    mapping.resize(headers.len(), None);
    mapping[column] = field;
}

fn print_plan(layout: &Option<String>, how: &StatementMapping, plan: &StatementImportPlan) {
    if let Some(layout) = layout {
        line(
            "Layout",
            &format!("{layout} (recognised from its header row)"),
        );
    }
    line("Dates", how.date_format.label());
    for l in &plan.to_add {
        say!(
            "  line {:>4}  {}  {:<3} {:>11}  {:<28} {}",
            l.line,
            long_date(l.date),
            l.direction.code(),
            l.amount.display(),
            l.description,
            l.filing.category.label()
        );
    }
    line("New lines", &plan.to_add.len().to_string());
    line("Already in DP Hub", &plan.already_imported.to_string());
    for r in &plan.rejected {
        say!("  Not added: line {}: {}", r.line, r.reason);
    }
    for m in &plan.balance_mismatches {
        say!(
            "  The statement's balance on line {} is {}, but its amounts make it {}",
            m.line,
            m.stated.display(),
            m.expected.display()
        );
    }
    if let Some(check) = &plan.closing_check {
        line("Balance check", &check.text);
    }
}

pub fn rule(db: &mut Database, out: &Printer, command: &RuleCommand) -> Result<(), CoreError> {
    match command {
        RuleCommand::Add {
            person,
            contains,
            category,
            payee,
            employment,
        } => {
            let draft = ImportRuleDraft {
                contains: contains.clone(),
                category: category.clone(),
                counterparty: payee.clone().unwrap_or_default(),
                employment_id: *employment,
            };
            rules(out, &account::add_import_rule(db, *person, &draft)?);
        }
        RuleCommand::List { person } => rules(out, &account::import_rules(db, *person)?),
        RuleCommand::Delete { person, id } => {
            rules(out, &account::delete_import_rule(db, *person, *id)?)
        }
    }
    Ok(())
}

fn rules(out: &Printer, rules: &[ImportRule]) {
    if out.json() {
        return out.json_value(rules);
    }
    if rules.is_empty() {
        say!("No rules yet: statement lines are filed as other money in or out.");
    }
    for r in rules {
        let d = &r.details;
        say!(
            "Rule {}: contains {:?} → {}{}",
            r.id,
            d.contains,
            d.category.label(),
            d.counterparty
                .as_deref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default()
        );
    }
}
