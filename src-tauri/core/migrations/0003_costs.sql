-- Costs: each person's costing settings, the costing facts of each employment, and the support plan.
-- Settings and terms are JSON written by the core (money as exact strings).

CREATE TABLE cost_settings (
    person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    settings TEXT NOT NULL
);

CREATE TABLE employment_cost_terms (
    employment_id INTEGER PRIMARY KEY REFERENCES employment(id) ON DELETE CASCADE,
    terms TEXT NOT NULL
);

CREATE TABLE plan_line (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    line TEXT NOT NULL
);
CREATE INDEX plan_line_person ON plan_line (person_id);
