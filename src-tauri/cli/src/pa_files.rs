//! `dphub pa import` and `dphub pa export`: PAs in and out of vCard and CSV files.

use std::path::Path;

use dphub_core::app::contacts::interchange::{ContactField, CsvPreview, ImportFormat};
use dphub_core::app::contacts::{self, DuplicatePolicy, ImportRequest};
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError, Database};

use crate::args::{parse_code, problem};
use crate::pa_args::{ExportArgs, ImportArgs};
use crate::printer::Printer;

pub fn import(args: &ImportArgs, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
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

pub fn export(args: &ExportArgs, store: &Database, out: &Printer) -> Result<(), CoreError> {
    let query = args
        .filters
        .query(args.search.as_deref().unwrap_or(""), 0)?;
    let format = file_format(args.format.as_deref(), &args.file)?;
    if args.file.as_os_str() == "-" {
        let (text, _) = contacts::export_contacts(store, &query, format, today())?;
        crate::printer::write_out(format_args!("{text}"));
        return Ok(());
    }
    let count = contacts::export_contacts_to_file(store, &query, format, &args.file, today())?;
    let noun = if count == 1 { "contact" } else { "contacts" };
    out.done(&format!("Saved {count} {noun} to {}", args.file.display()));
    Ok(())
}

/// The format given (vcard, vcf or csv), else the one the file name ends with.
fn file_format(given: Option<&str>, path: &Path) -> Result<ImportFormat, Problems> {
    if let Some(text) = given {
        let text = if text.trim().eq_ignore_ascii_case("vcf") {
            "vcard"
        } else {
            text
        };
        return parse_code(&text.to_lowercase()).map_err(|m| problem("format", &m));
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase);
    match extension.as_deref() {
        Some("vcf" | "vcard") => Ok(ImportFormat::VCard),
        Some("csv") => Ok(ImportFormat::Csv),
        _ => Err(problem(
            "format",
            &format!(
                "Cannot tell the format from the name {:?}: give --format csv or --format vcard",
                path.display().to_string()
            ),
        )),
    }
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
