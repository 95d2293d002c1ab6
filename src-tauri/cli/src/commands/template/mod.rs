//! `dphub template …`: check a council's own document template, or see a built-in one and the
//! placeholders a kind of document provides. Needs no database.

mod args;

pub use args::TemplateCommand;

use std::path::Path;
use std::process::ExitCode;

use dphub_core::app::documents::{
    builtin_template, check_template, known_placeholders, DocumentKind,
};
use serde_json::json;

fn kind_from(text: &str) -> Result<DocumentKind, String> {
    let code = text.trim().to_lowercase().replace('-', "_");
    DocumentKind::from_code(&code).ok_or_else(|| {
        let all: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.code()).collect();
        format!(
            "\"{text}\" is not a kind of document: use one of {}",
            all.join(", ")
        )
    })
}

fn kind_of_file(file: &Path, given: Option<&str>) -> Result<DocumentKind, String> {
    match given {
        Some(kind) => kind_from(kind),
        None => {
            let stem = file
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            kind_from(stem).map_err(|e| format!("{e} (or give --kind)"))
        }
    }
}

fn refuse(message: &str, json: bool, code: u8) -> ExitCode {
    if json {
        eprintln!("{}", json!({ "kind": "validation", "message": message }));
    } else {
        eprintln!("{message}");
    }
    ExitCode::from(code)
}

pub fn run(command: &TemplateCommand, json: bool) -> ExitCode {
    match command {
        TemplateCommand::Check { file, kind } => check(file, kind.as_deref(), json),
        TemplateCommand::Show { kind } => match kind_from(kind) {
            Ok(kind) => {
                crate::printer::write_out(format_args!("{}", builtin_template(kind)));
                ExitCode::SUCCESS
            }
            Err(e) => refuse(&e, json, 2),
        },
        TemplateCommand::Placeholders { kind } => match kind_from(kind) {
            Ok(kind) => {
                let names: Vec<String> = known_placeholders(kind).into_iter().collect();
                if json {
                    say!("{}", json!({ "kind": kind.code(), "placeholders": names }));
                } else {
                    names.iter().for_each(|n| say!("{n}"));
                }
                ExitCode::SUCCESS
            }
            Err(e) => refuse(&e, json, 2),
        },
    }
}

fn check(file: &Path, kind: Option<&str>, json: bool) -> ExitCode {
    let kind = match kind_of_file(file, kind) {
        Ok(kind) => kind,
        Err(e) => return refuse(&e, json, 2),
    };
    let source = match std::fs::read_to_string(file) {
        Ok(source) => source,
        Err(e) => {
            return refuse(
                &format!("Error: could not read {}: {e}", file.display()),
                json,
                1,
            )
        }
    };
    match check_template(kind, &source) {
        Ok(()) => {
            if json {
                say!("{}", json!({ "ok": true, "kind": kind.code() }));
            } else {
                say!("The template can be used for: {}", kind.label());
            }
            ExitCode::SUCCESS
        }
        Err(p) => {
            if json {
                eprintln!(
                    "{}",
                    json!({ "kind": "template", "line": p.line, "message": p.message })
                );
            } else {
                eprintln!("line {}: {}", p.line, p.message);
            }
            ExitCode::from(2)
        }
    }
}
