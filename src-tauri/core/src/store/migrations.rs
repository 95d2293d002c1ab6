use rusqlite_migration::{Migrations, M};

/// Every schema change, in order. Never edit one that has shipped: add the next.
pub fn all() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_people.sql")),
        M::up(include_str!("../../migrations/0002_contacts.sql")),
        M::up(include_str!("../../migrations/0003_costs.sql")),
        M::up(include_str!("../../migrations/0004_checklists.sql")),
        M::up(include_str!("../../migrations/0005_signatures.sql")),
        // 0006 and 0007 are the DP account's (terms history, ledger).
        M::up(include_str!("../../migrations/0008_duties_from.sql")),
    ])
}
