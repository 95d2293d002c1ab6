//! Problems found in what someone typed, each tied to the form field it belongs to, so the UI can
//! show the GOV.UK error summary and a message beside each field.

use serde::Serialize;
use ts_rs::TS;

/// One problem with one field. `field` is the field's path in the draft, such as `"dp.start_date"`
/// or `"dp.review_dates.1"`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

/// Every problem found in one form. Never empty when returned as an error.
#[derive(Clone, Debug, Default, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.summary())]
pub struct Problems(Vec<FieldProblem>);

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldProblem {
            field: field.into(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn list(&self) -> &[FieldProblem] {
        &self.0
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|p| p.field == field)
    }

    /// Records the error of `result` against `field`, handing back the value when there was none.
    pub fn check<T, E: std::fmt::Display>(
        &mut self,
        field: &str,
        result: Result<T, E>,
    ) -> Option<T> {
        result.map_err(|e| self.add(field, e.to_string())).ok()
    }

    /// `Ok(value)` when nothing was found, otherwise these problems.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, Problems> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }

    fn summary(&self) -> String {
        match self.0.as_slice() {
            [] => "No problems".to_string(),
            [one] => one.message.clone(),
            many => format!(
                "There are {} problems: {}",
                many.len(),
                many.iter()
                    .map(|p| p.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        }
    }
}
