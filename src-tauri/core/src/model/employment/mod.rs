//! Employments: the PAs a person employs, on what terms, and when they left.

mod draft;
mod kinds;
mod notice;
mod options;
mod payday;
mod record;
mod validate;
mod view;

pub use draft::{EmploymentDraft, EmploymentEndDraft};
pub use kinds::{HolidayArrangement, HoursKind, PayFrequency, SickPay};
pub use notice::{describe_notice, statutory_employer_notice_weeks, STATUTORY_NOTICE_HINT};
pub use options::{employment_form_options, EmploymentFormOptions};
pub use payday::{
    assumed_first_payday, assumed_payday, period_days, MonthlyPayday, MonthlyPaydayKind, Payday,
};
pub use record::{Employment, EmploymentEnd, EmploymentId, JobTerms};
pub use validate::{validate_end, validate_terms};
pub use view::{describe_payday, EmploymentSummary, EmploymentView};
