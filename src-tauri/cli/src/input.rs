//! Reading what was typed on the command line: codes, text flags and files, and reporting what
//! could not be read together with the form's own problems.

use std::path::Path;

use dphub_core::model::choice::Coded;
use dphub_core::model::validation::Problems;
use dphub_core::CoreError;

/// One problem with one field.
pub fn problem(field: &str, message: &str) -> Problems {
    let mut p = Problems::default();
    p.add(field, message);
    p
}

/// Reads a code such as "four-weekly" or "four_weekly", or explains the choices.
pub fn parse_code<T: Coded>(text: &str) -> Result<T, String> {
    let text = text.trim();
    T::from_code(&text.replace('-', "_")).ok_or_else(|| {
        let choices: Vec<String> = T::all()
            .iter()
            .map(|v| v.code().replace('_', "-"))
            .collect();
        format!("{text:?} is not one of: {}", choices.join(", "))
    })
}

/// Reads a code such as "four-weekly" or "four_weekly" into `target`, or explains the choices.
/// A flag not given leaves `target` alone; an empty one clears it.
pub fn set_code<T: Coded>(
    p: &mut Problems,
    field: &str,
    given: &Option<String>,
    target: &mut Option<T>,
) {
    let Some(text) = given.as_deref().map(str::trim) else {
        return;
    };
    if text.is_empty() {
        *target = None;
        return;
    }
    match parse_code(text) {
        Ok(value) => *target = Some(value),
        Err(message) => p.add(field, message),
    }
}

/// Writes a text flag into a form field; a flag not given leaves the field as it was.
pub fn set_text(target: &mut String, given: &Option<String>) {
    if let Some(text) = given {
        target.clone_from(text);
    }
}

/// The text of a file named by a flag, or a problem with that flag.
pub fn read_text(field: &str, path: &Path) -> Result<String, CoreError> {
    std::fs::read_to_string(path)
        .map_err(|e| problem(field, &format!("Could not read {}: {e}", path.display())).into())
}

/// `Ok` when every flag was read; otherwise the flags' problems and then the form's own problems
/// (from `check_form`) for fields the flags did not already explain, so one run shows everything
/// to correct.
pub fn report_with_form_problems<T>(
    mut flag_problems: Problems,
    check_form: impl FnOnce() -> Result<T, Problems>,
) -> Result<(), CoreError> {
    if flag_problems.is_empty() {
        return Ok(());
    }
    if let Err(form_problems) = check_form() {
        let flagged: Vec<String> = flag_problems
            .list()
            .iter()
            .map(|p| p.field.clone())
            .collect();
        for p in form_problems
            .list()
            .iter()
            .filter(|p| !flagged.contains(&p.field))
        {
            flag_problems.add(p.field.clone(), p.message.clone());
        }
    }
    Err(flag_problems.into())
}
