//! Flags that could not be read (unknown codes, a day that is not a day) are reported together with
//! every other problem in the form, so one run shows everything to correct.

use dphub_core::model::validation::Problems;
use dphub_core::CoreError;

/// `Ok` when every flag was read; otherwise the flags' problems and then the form's own problems
/// (from `check_form`) for fields the flags did not already explain.
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
