//! Record numbers read from and written to the database as its integer row ids.

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::model::ids::{
    ContactId, EmploymentId, EntryId, ImportRuleId, OwedId, PersonId, PlanLineId, ReceiptId,
};

macro_rules! sql_id {
    ($($name:ident),*) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($name)
            }
        }
    )*};
}

sql_id!(
    PersonId,
    ContactId,
    EmploymentId,
    PlanLineId,
    EntryId,
    OwedId,
    ReceiptId,
    ImportRuleId
);
