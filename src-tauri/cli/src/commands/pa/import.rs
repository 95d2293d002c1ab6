//! `dphub pa import`: PAs from a vCard or CSV file, shown first and imported with --yes.

use dphub_core::app::contacts::interchange::{ContactField, CsvPreview, ImportFormat};
use dphub_core::app::contacts::{self, DuplicatePolicy, ImportRequest};
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError, Database};

use super::args::ImportArgs;
use super::file_format::file_format;
use crate::input::{parse_code, problem};
use crate::printer::Printer;

pub fn run(args: &ImportArgs, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
    let format = file_format(args.format.as_deref(), &args.file)?;
    let bytes = std::fs::read(&args.file).map_err(|e| {
        problem(
            "file",
            &format!("Could not read {}: {e}", args.file.display()),
        )
    })?;
    let (mapping, columns) = match format {
        ImportFormat::Csv => {
            let preview = contacts::preview_csv(&bytes)?;
            let mapping = csv_mapping(&preview, &args.map)?;
            let columns = preview.headers.into_iter().zip(mapping.clone()).collect();
            (mapping, columns)
        }
        ImportFormat::VCard if !args.map.is_empty() => {
            return Err(problem("map", "--map is only for CSV files").into());
        }
        ImportFormat::VCard => (vec![], vec![]),
    };
    let request = ImportRequest {
        format,
        bytes,
        mapping,
        duplicates: if args.merge {
            DuplicatePolicy::Merge
        } else {
            DuplicatePolicy::Skip
        },
    };
    if args.yes {
        let outcome = contacts::run_import(store, &request, today())?;
        out.import_outcome(&outcome, &args.file);
    } else {
        let preview = contacts::preview_import(store, &request, today())?;
        out.import_preview(&preview, &columns);
    }
    Ok(())
}

/// Where each column goes: the suggestion from its header, unless a --map "Header=field" says
/// otherwise ("Header=" leaves it out).
fn csv_mapping(
    preview: &CsvPreview,
    maps: &[String],
) -> Result<Vec<Option<ContactField>>, Problems> {
    let mut mapping = preview.suggested_mapping.clone();
    mapping.resize(preview.headers.len(), None);
    let mut p = Problems::default();
    for text in maps {
        let Some((header, field)) = text.rsplit_once('=') else {
            p.add(
                "map",
                format!("{text:?} is not HEADER=FIELD, like \"Mobile=phone\""),
            );
            continue;
        };
        let header = header.trim();
        let column = column_of(&preview.headers, header);
        let Some(column) = column else {
            p.add(
                "map",
                format!(
                    "The file has no column {header:?}; its columns are: {}",
                    preview.headers.join(", ")
                ),
            );
            continue;
        };
        let field = field.trim();
        if field.is_empty() {
            mapping[column] = None;
            continue;
        }
        match parse_code(field) {
            Ok(field) => mapping[column] = Some(field),
            Err(message) => p.add("map", message),
        }
    }
    let is_name = |f: &Option<ContactField>| {
        matches!(
            f,
            Some(ContactField::FullName | ContactField::GivenName | ContactField::FamilyName)
        )
    };
    if p.is_empty() && !mapping.iter().any(is_name) {
        p.add(
            "map",
            format!(
                "No column holds the name: say which with --map \"HEADER=full-name\" (or given-name and family-name); the columns are: {}",
                preview.headers.join(", ")
            ),
        );
    }
    p.into_result(|| mapping)
}

/// The column with this header: exactly, else ignoring case and spaces around it.
fn column_of(headers: &[String], header: &str) -> Option<usize> {
    headers.iter().position(|h| h == header).or_else(|| {
        headers
            .iter()
            .position(|h| h.trim().to_lowercase() == header.to_lowercase())
    })
}
