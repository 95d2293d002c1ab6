//! What a payment in or out of the account was for.

use crate::model::fields::optional;

crate::coded_enum! {
    /// Money into or out of the account.
    pub enum Direction {
        In => ("in", "Money in", None),
        Out => ("out", "Money out", None),
    }
}

crate::coded_enum! {
    /// What a payment was for. Codes are what the command line and an import take.
    pub enum Category {
        CouncilPayment => ("council-payment", "Council payment", Some("The direct payment paid in by the council")),
        Contribution => ("contribution", "Contribution", Some("The person's own contribution, paid into the account")),
        Refund => ("refund", "Refund", None),
        Interest => ("interest", "Interest", None),
        OtherIn => ("other-in", "Other money in", None),
        PaWages => ("pa-wages", "PA wages", None),
        Hmrc => ("hmrc", "HMRC (tax and National Insurance)", None),
        Pension => ("pension", "Workplace pension", None),
        Agency => ("agency", "Care agency", None),
        Respite => ("respite", "Respite", None),
        DayServices => ("day-services", "Day services", None),
        Insurance => ("insurance", "Employer's insurance", None),
        PayrollService => ("payroll-service", "Payroll service", None),
        Equipment => ("equipment", "Equipment", None),
        Travel => ("travel", "Travel", None),
        Activities => ("activities", "Activities", None),
        OtherOut => ("other-out", "Other money out", None),
    }
}

impl Category {
    pub fn direction(self) -> Direction {
        match self {
            Category::CouncilPayment
            | Category::Contribution
            | Category::Refund
            | Category::Interest
            | Category::OtherIn => Direction::In,
            _ => Direction::Out,
        }
    }

    /// The codes of one direction, for a message listing the choices.
    pub fn codes(direction: Option<Direction>) -> String {
        Category::ALL
            .iter()
            .filter(|c| direction.is_none_or(|d| c.direction() == d))
            .map(|c| c.code())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Reads a category as typed ("pa-wages", "PA_wages"); the message lists the choices.
pub fn parse_category(text: &str, direction: Option<Direction>) -> Result<Category, String> {
    let Some(typed) = optional(text) else {
        return Err(format!(
            "Choose what the payment was for: {}",
            Category::codes(direction)
        ));
    };
    Category::from_code(&typed.to_lowercase().replace('_', "-")).ok_or_else(|| {
        format!(
            "\"{typed}\" is not a category: choose one of {}",
            Category::codes(direction)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_read_as_typed_and_know_their_direction() {
        assert_eq!(parse_category(" PA_wages ", None), Ok(Category::PaWages));
        assert_eq!(Category::PaWages.direction(), Direction::Out);
        assert_eq!(Category::CouncilPayment.direction(), Direction::In);
        let wrong = parse_category("groceries", Some(Direction::In)).unwrap_err();
        assert!(wrong.contains("council-payment, contribution, refund, interest, other-in"));
        assert!(!wrong.contains("pa-wages"));
        assert_eq!(Category::ALL.len(), 17);
    }
}
