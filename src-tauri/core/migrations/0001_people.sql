-- People who hold a direct payment, who manages it, and its terms.
-- Money is stored as exact decimal text ("1250.00"), never REAL; dates as ISO text ("2026-01-05").

CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    full_name         TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    preferred_name    TEXT,
    date_of_birth     TEXT NOT NULL,
    address           TEXT NOT NULL DEFAULT '',
    postcode          TEXT,
    phone             TEXT,
    email             TEXT,
    council           TEXT NOT NULL,
    council_reference TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    recipient_type    TEXT NOT NULL,
    archived_at       TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

CREATE TABLE dp_manager (
    person_id       INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    managed_by      TEXT NOT NULL,
    authority_basis TEXT,
    name            TEXT,
    relationship    TEXT,
    phone           TEXT,
    email           TEXT,
    address         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE dp_terms (
    person_id              INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    gross_amount           TEXT NOT NULL,
    period                 TEXT NOT NULL,
    contribution           TEXT NOT NULL,
    first_payment_date     TEXT,
    account_type           TEXT,
    excess_threshold_weeks INTEGER NOT NULL CHECK (excess_threshold_weeks BETWEEN 1 AND 52),
    start_date             TEXT NOT NULL,
    end_date               TEXT
) STRICT;

CREATE TABLE dp_review (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    due_date  TEXT NOT NULL,
    PRIMARY KEY (person_id, due_date)
) STRICT;

-- Small app-wide settings, such as the current person.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
