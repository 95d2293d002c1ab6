use rusqlite_migration::{Migrations, M};

/// Every schema change, in order. Never edit one that has shipped: add the next.
const STEPS: [&str; 9] = [
    include_str!("../../migrations/0001_people.sql"),
    include_str!("../../migrations/0002_contacts.sql"),
    include_str!("../../migrations/0003_costs.sql"),
    include_str!("../../migrations/0004_checklists.sql"),
    include_str!("../../migrations/0005_signatures.sql"),
    include_str!("../../migrations/0006_terms_history.sql"),
    include_str!("../../migrations/0007_account.sql"),
    include_str!("../../migrations/0008_duties_from.sql"),
    include_str!("../../migrations/0009_import_rules.sql"),
];

/// The schema version this DP Hub brings a database up to (SQLite's user_version after every step).
pub const LATEST: i64 = STEPS.len() as i64;

pub fn all() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect())
}
