-- Checklists: only what the user did is stored. The items and their due dates are worked out from the
-- checklist files and the facts each time they are read, so a changed start date moves them.
-- employment_id is NULL for an item the employer does once (a person's checklist, or a shared item).

CREATE TABLE checklist_item (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    employment_id INTEGER REFERENCES employment(id) ON DELETE CASCADE,
    checklist     TEXT NOT NULL,
    item          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('to_do', 'done', 'not_applicable')),
    done_on       TEXT,
    done_by       TEXT,
    -- For a duty that comes round again: the occurrence (due date) this tick was for.
    occurrence    TEXT,
    reason        TEXT,
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    CHECK (status <> 'done' OR (done_on IS NOT NULL AND done_by IS NOT NULL)),
    CHECK (status <> 'not_applicable' OR reason IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX checklist_item_key
    ON checklist_item (person_id, ifnull(employment_id, 0), checklist, item);
