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

    /// Adds every problem of `other`, each field after `prefix` ("3." for row 3 of an import).
    pub fn absorb(&mut self, other: &Problems, prefix: &str) {
        for p in &other.0 {
            self.add(format!("{prefix}{}", p.field), p.message.clone());
        }
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

    /// `Ok(value)` when nothing was found, otherwise these problems. `value` reads the fields that
    /// were checked (`field?`): each is there when no problem was found, and if one is not — a
    /// check that forgot to report its problem — the form is refused with a general problem
    /// instead of the program stopping.
    pub fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, Problems> {
        if !self.is_empty() {
            return Err(self);
        }
        value().ok_or_else(|| {
            let mut p = Problems::default();
            p.add(
                "",
                "Something in the form could not be read: check every answer",
            );
            p
        })
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

#[cfg(test)]
mod tests {
    use super::Problems;

    #[test]
    fn finish_answers_the_value_when_every_field_was_read() {
        let (a, b) = (Some(1), Some("x"));
        assert_eq!(Problems::default().finish(|| Some((a?, b?))), Ok((1, "x")));
    }

    #[test]
    fn finish_refuses_with_the_problems_found() {
        let mut p = Problems::default();
        p.add("age", "Enter the age");
        let age: Option<u8> = None;
        let err = p.finish(|| age).unwrap_err();
        assert_eq!(err.list()[0].field, "age");
    }

    #[test]
    fn a_field_left_unread_without_a_problem_is_refused_not_a_panic() {
        let age: Option<u8> = None;
        let err = Problems::default().finish(|| age).unwrap_err();
        assert!(err.list()[0].message.contains("could not be read"));
    }
}
