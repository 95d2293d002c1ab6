-- The direct payment account: every payment in and out, receipts kept with them, money owed, the
-- statements it was reconciled with, and an audit trail of every change. Money is exact decimal
-- text ("1250.00"), dates ISO text. Nothing is deleted: an entry that is removed gets deleted_at.

CREATE TABLE account_entry (
    id                 INTEGER PRIMARY KEY,
    person_id          INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    entry_date         TEXT NOT NULL,
    direction          TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    amount             TEXT NOT NULL,
    category           TEXT NOT NULL,
    counterparty       TEXT,
    employment_id      INTEGER REFERENCES employment(id),
    plan_line_id       INTEGER REFERENCES plan_line(id) ON DELETE SET NULL,
    reference          TEXT,
    note               TEXT NOT NULL DEFAULT '',
    -- For a bank-statement import: date + amount + description, to skip a line seen before.
    import_fingerprint TEXT,
    -- The statement date that reconciled this entry.
    reconciled_on      TEXT,
    deleted_at         TEXT,
    deleted_reason     TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX account_entry_person_date ON account_entry (person_id, entry_date);
CREATE INDEX account_entry_fingerprint ON account_entry (person_id, import_fingerprint)
    WHERE import_fingerprint IS NOT NULL;

CREATE TABLE account_receipt (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES account_entry(id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL
) STRICT;
CREATE INDEX account_receipt_entry ON account_receipt (entry_id);

CREATE TABLE account_owed (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    what          TEXT NOT NULL,
    amount        TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    category      TEXT,
    payee         TEXT,
    settled_by    INTEGER REFERENCES account_entry(id),
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX account_owed_person ON account_owed (person_id);

CREATE TABLE account_reconciliation (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    statement_date    TEXT NOT NULL,
    statement_balance TEXT NOT NULL,
    entries_marked    INTEGER NOT NULL,
    recorded_at       TEXT NOT NULL
) STRICT;

-- What changed, when: one row per changed field (or one for an addition, removal or settlement).
CREATE TABLE account_audit (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    record    TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    field     TEXT,
    old_value TEXT,
    new_value TEXT,
    at        TEXT NOT NULL
) STRICT;
CREATE INDEX account_audit_person ON account_audit (person_id, id);
