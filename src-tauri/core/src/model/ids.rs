//! The numbers records are known by. Each kind of record has its own type, so a person's number
//! cannot be passed where a PA's is meant; on the wire and in the UI each is a plain number.

/// Declares a record number: a newtype over the database's `i64` row id.
macro_rules! record_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, ts_rs::TS,
        )]
        #[serde(transparent)]
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
