-- Remembered rules that file bank-statement lines as they are imported: a line whose description or
-- reference contains `contains` (any case) gets the category, and the payee and employment named.
CREATE TABLE account_import_rule (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    contains      TEXT NOT NULL CHECK (length(trim(contains)) > 0),
    category      TEXT NOT NULL,
    counterparty  TEXT,
    employment_id INTEGER REFERENCES employment(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX account_import_rule_person ON account_import_rule (person_id);
