-- Signatures made on screen: one a party (its role as the document prints it) of one kind of
-- document for one person and, for a PA's documents, one employment (NULL otherwise). The strokes
-- are JSON: a list of strokes, each a list of [x, y] points on a 1000 x 300 grid.

CREATE TABLE signature (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    employment_id INTEGER REFERENCES employment(id) ON DELETE CASCADE,
    document_kind TEXT NOT NULL,
    role          TEXT NOT NULL,
    signed_by     TEXT NOT NULL CHECK (signed_by <> ''),
    signed_on     TEXT NOT NULL,
    strokes       TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX signature_key
    ON signature (person_id, ifnull(employment_id, 0), document_kind, role);
