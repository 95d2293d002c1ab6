//! Checklists of an employer's duties. So far: due dates worked out from the facts, with the rule
//! that gave each date, and the working days they move to (England and Wales bank holidays).

mod due;
mod working_days;

pub use due::{next_due, Due, DueError, DueRule, Fact, Facts};
pub use working_days::{BankHolidays, BeyondKnownYears};
