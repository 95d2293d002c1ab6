//! People who hold a direct payment: who they are, who manages the money, and the payment's terms.

mod age;
mod draft;
mod figures;
mod kinds;
mod person;
mod reviews;
mod search;
mod terms_history;
mod validate;
mod view;

pub use age::age_on;
pub use draft::{DpTermsDraft, ManagerDraft, PersonDraft, DEFAULT_EXCESS_THRESHOLD_WEEKS};
pub use figures::{dp_figures, DpFigures};
pub use kinds::{AccountType, AuthorityBasis, ManagedBy, RecipientType};
pub use person::{DpTerms, Manager, Person, PersonDetails, PersonId, Representative};
pub use reviews::{default_review_dates, next_review};
pub(crate) use search::{fold, matches};
pub use terms_history::{terms_in_force, validate_terms_change, TermsChangeDraft, TermsEntry};
pub use validate::validate_person;
pub use view::{PersonSummary, PersonView};

#[cfg(test)]
mod validate_tests;
