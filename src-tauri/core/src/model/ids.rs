//! The numbers records are known by. Each kind of record has its own type, so a person's number
//! cannot be passed where a PA's is meant; on the wire and in the UI each is a plain number.

/// Declares a record number: a newtype over the database's `i64` row id.
macro_rules! record_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        // A newtype struct is its number in JSON, as the UI and the CLI's --json expect.
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, ts_rs::TS,
        )]
        #[ts(export)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim().parse().map($name)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }
    };
}

record_id!(
    /// A person who holds a direct payment.
    PersonId
);
record_id!(
    /// A PA in the contact book.
    ContactId
);
record_id!(
    /// A person employing a PA.
    EmploymentId
);
record_id!(
    /// A line of a person's support plan.
    PlanLineId
);
record_id!(
    /// A payment in or out of a person's direct payment account.
    EntryId
);
record_id!(
    /// A remembered rule that files statement lines as they are imported.
    ImportRuleId
);
record_id!(
    /// Money a person's direct payment owes (a bill, wages or tax not yet paid).
    OwedId
);
record_id!(
    /// A receipt, invoice or statement kept with an account entry.
    ReceiptId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_number_is_a_plain_number_in_json_and_on_the_command_line() {
        assert_eq!(serde_json::to_string(&PersonId(7)).unwrap(), "7");
        assert_eq!(
            serde_json::from_str::<ContactId>("12").unwrap(),
            ContactId(12)
        );
        assert_eq!(" 3 ".parse::<EmploymentId>(), Ok(EmploymentId(3)));
        assert!("three".parse::<PlanLineId>().is_err());
        assert_eq!(PersonId(7).to_string(), "7");
    }
}
