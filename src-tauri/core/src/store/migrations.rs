use rusqlite_migration::{Migrations, M};

/// Every schema change, in order. Never edit one that has shipped: add the next.
pub fn all() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_people.sql")),
        M::up(include_str!("../../migrations/0002_contacts.sql")),
        M::up(include_str!("../../migrations/0003_costs.sql")),
        M::up(include_str!("../../migrations/0004_checklists.sql")),
        M::up(include_str!("../../migrations/0005_signatures.sql")),
        M::up(include_str!("../../migrations/0006_terms_history.sql")),
        M::up(include_str!("../../migrations/0007_account.sql")),
        M::up(include_str!("../../migrations/0008_duties_from.sql")),
        M::up(include_str!("../../migrations/0009_import_rules.sql")),
    ])
}
