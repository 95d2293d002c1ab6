//! Which file format: vCard or CSV, as given or from the file's name.

use std::path::Path;

use dphub_core::app::contacts::interchange::ImportFormat;
use dphub_core::model::validation::Problems;

use crate::input::{parse_code, problem};

/// The format given (vcard, vcf or csv), else the one the file name ends with.
pub fn file_format(given: Option<&str>, path: &Path) -> Result<ImportFormat, Problems> {
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
