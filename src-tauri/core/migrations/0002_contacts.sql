-- The PA contact book and employments.
-- A contact's checked details are kept whole as JSON in `contact_details`; the narrow `contact` rows
-- hold copies of what search, filters, duplicate checks and alerts read, written from the same
-- details in the same transaction (narrow rows keep a large contact book's filters in memory).

CREATE TABLE contact (
    id                      INTEGER PRIMARY KEY,
    full_name               TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    sort_name               TEXT NOT NULL,
    email_key               TEXT,
    first_phone             TEXT,
    skills                  INTEGER NOT NULL DEFAULT 0,  -- a bit per skill
    availability            INTEGER NOT NULL DEFAULT 0,  -- a bit per cell of the week grid
    status                  TEXT NOT NULL,
    dbs_issue_date          TEXT,
    dbs_update_service      INTEGER NOT NULL DEFAULT 0,
    earliest_training_expiry TEXT,
    last_contacted_on       TEXT,
    archived_at             TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
) STRICT;

CREATE TABLE contact_details (
    contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
    details    TEXT NOT NULL
) STRICT;

CREATE INDEX contact_sort_name ON contact (sort_name);
CREATE INDEX contact_email_key ON contact (email_key) WHERE email_key IS NOT NULL;

-- Every phone number's digits ("07700900982"; +44 becomes 0), for duplicate warnings.
CREATE TABLE contact_phone (
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    digits     TEXT NOT NULL,
    PRIMARY KEY (contact_id, digits)
) STRICT;

CREATE INDEX contact_phone_digits ON contact_phone (digits);

-- Search as you type: words from each column, folded (lower case, accents removed) before they are
-- stored, with 2- and 3-letter prefixes indexed. `facets` holds filter words ("skilldementia",
-- "freetueevening", "archived") so those filters are answered by the index too; it does not count
-- towards relevance. Contentless: the words live only in the index.
CREATE VIRTUAL TABLE contact_fts USING fts5 (
    name, notes, skills, tags, areas, facets,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Relevance: a match in the name counts most, then skills, tags and areas, then notes.
INSERT INTO contact_fts (contact_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 3.0, 3.0, 3.0, 0.0)');

CREATE TABLE employment (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    contact_id  INTEGER NOT NULL REFERENCES contact(id),
    terms       TEXT NOT NULL,      -- the checked job terms as JSON
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    end_reason  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX employment_person ON employment (person_id);
CREATE INDEX employment_contact ON employment (contact_id);
