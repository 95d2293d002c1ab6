-- The history of a direct payment's terms: each change (an uplift, a new contribution, a new
-- payment period) with the date it takes effect. The terms already saved become the first entry,
-- in effect from the payment's start date. dp_terms keeps the latest entry's amounts, which the
-- person's form shows and edits.

CREATE TABLE dp_terms_change (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    effective_from TEXT NOT NULL,
    gross_amount   TEXT NOT NULL,
    period         TEXT NOT NULL,
    contribution   TEXT NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    UNIQUE (person_id, effective_from)
) STRICT;

INSERT INTO dp_terms_change (person_id, effective_from, gross_amount, period, contribution, reason, created_at)
SELECT person_id, start_date, gross_amount, period, contribution, 'The terms when the direct payment started',
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM dp_terms;
