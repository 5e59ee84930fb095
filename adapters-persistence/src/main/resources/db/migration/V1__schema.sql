-- The schema for SQLite and PostgreSQL alike. The few differences are Flyway placeholders,
-- whose values live in org.probationinspections.persistence.jdbc.Dialect:
--   ${date_type}      a calendar date (SQLite: ISO text; PostgreSQL: DATE)
--   ${timestamp_type} an instant (SQLite: ISO-8601 text; PostgreSQL: TIMESTAMP WITH TIME ZONE)
--   ${sorted_text}    text that is sorted on, compared code point by code point as Java does
-- Months (targets, publication) are 'YYYY-MM' text in both, which sorts by time.
-- Children have composite keys (parent, position), so no identity columns are needed.

CREATE TABLE regions (
  id ${sorted_text} PRIMARY KEY,
  name ${sorted_text} NOT NULL,
  name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE pdus (
  id ${sorted_text} PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions (id),
  name ${sorted_text} NOT NULL
);
CREATE INDEX pdus_by_region ON pdus (region_id, name);

-- Position 0 is the canonical name, 1.. the aliases; the keys are UnitName.key and orderFreeKey.
CREATE TABLE pdu_names (
  pdu_id TEXT NOT NULL REFERENCES pdus (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  order_free_key TEXT NOT NULL,
  PRIMARY KEY (pdu_id, position)
);
CREATE INDEX pdu_names_by_key ON pdu_names (name_key);
CREATE INDEX pdu_names_by_order_free_key ON pdu_names (order_free_key);

CREATE TABLE inspections (
  id ${sorted_text} PRIMARY KEY,
  pdu_id TEXT NOT NULL REFERENCES pdus (id),
  framework_id TEXT NOT NULL,
  fieldwork_started ${date_type} NOT NULL,
  published_month TEXT,
  lead_inspector TEXT,
  cases_inspected INTEGER CHECK (cases_inspected > 0),
  published_score INTEGER,
  published_maximum INTEGER,
  published_overall TEXT,
  version BIGINT NOT NULL CHECK (version > 0)
);
CREATE INDEX inspections_by_pdu_and_fieldwork ON inspections (pdu_id, fieldwork_started);
CREATE INDEX inspections_by_fieldwork ON inspections (fieldwork_started, id);

CREATE TABLE standard_results (
  inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  rating TEXT NOT NULL,
  source TEXT NOT NULL,
  published_rating TEXT,
  PRIMARY KEY (inspection_id, position),
  UNIQUE (inspection_id, code)
);

CREATE TABLE key_question_results (
  inspection_id TEXT NOT NULL,
  standard_code TEXT NOT NULL,
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  percent_yes INTEGER NOT NULL CHECK (percent_yes BETWEEN 0 AND 100),
  PRIMARY KEY (inspection_id, standard_code, position),
  FOREIGN KEY (inspection_id, standard_code)
    REFERENCES standard_results (inspection_id, code) ON DELETE CASCADE
);

CREATE TABLE findings (
  inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  standard_code TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (inspection_id, position)
);

-- The primary key doubles as the index of recommendations by inspection.
CREATE TABLE recommendations (
  inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number > 0),
  addressee_level TEXT NOT NULL,
  addressee_name TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (inspection_id, number)
);

CREATE TABLE inspection_notes (
  inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (inspection_id, position)
);

CREATE TABLE reviews (
  id ${sorted_text} PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions (id),
  review_date ${date_type} NOT NULL,
  version BIGINT NOT NULL CHECK (version > 0)
);
CREATE INDEX reviews_by_region_and_date ON reviews (region_id, review_date);

CREATE TABLE review_inspections (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  inspection_id TEXT NOT NULL REFERENCES inspections (id),
  PRIMARY KEY (review_id, position),
  UNIQUE (review_id, inspection_id)
);
CREATE INDEX review_inspections_by_inspection ON review_inspections (inspection_id);

CREATE TABLE observations (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  theme TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (review_id, position)
);

CREATE TABLE review_notes (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (review_id, position)
);

CREATE TABLE action_plans (
  id ${sorted_text} PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions (id),
  review_id TEXT REFERENCES reviews (id),
  submitted ${date_type} NOT NULL,
  summary_agreed INTEGER,
  summary_partly_agreed INTEGER,
  summary_not_agreed INTEGER,
  summary_total INTEGER,
  version BIGINT NOT NULL CHECK (version > 0)
);
CREATE INDEX action_plans_by_region_and_submitted ON action_plans (region_id, submitted);
CREATE INDEX action_plans_by_submitted ON action_plans (submitted, id);

CREATE TABLE action_plan_notes (
  plan_id TEXT NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (plan_id, position)
);

CREATE TABLE action_plan_items (
  plan_id TEXT NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number > 0),
  response TEXT NOT NULL,
  reason TEXT,
  explanation TEXT NOT NULL,
  PRIMARY KEY (plan_id, number)
);

-- A recommendation is named by its inspection and number; it is not a foreign key to
-- recommendations, because saving an inspection replaces its recommendation rows.
CREATE TABLE item_answers (
  plan_id TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  inspection_id TEXT NOT NULL REFERENCES inspections (id),
  recommendation_number INTEGER NOT NULL CHECK (recommendation_number > 0),
  PRIMARY KEY (plan_id, item_number, position),
  FOREIGN KEY (plan_id, item_number)
    REFERENCES action_plan_items (plan_id, number) ON DELETE CASCADE
);
CREATE INDEX item_answers_by_recommendation ON item_answers (inspection_id, recommendation_number);

-- The primary key doubles as the index of actions by plan and item.
CREATE TABLE actions (
  plan_id TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  target_month TEXT,
  status TEXT NOT NULL,
  PRIMARY KEY (plan_id, item_number, position),
  FOREIGN KEY (plan_id, item_number)
    REFERENCES action_plan_items (plan_id, number) ON DELETE CASCADE
);
CREATE INDEX actions_by_target_month ON actions (target_month, status);

CREATE TABLE action_owners (
  plan_id TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  action_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  owner TEXT NOT NULL,
  PRIMARY KEY (plan_id, item_number, action_position, position),
  FOREIGN KEY (plan_id, item_number, action_position)
    REFERENCES actions (plan_id, item_number, position) ON DELETE CASCADE
);

CREATE TABLE progress_updates (
  plan_id TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  action_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  reported_on ${date_type} NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  PRIMARY KEY (plan_id, item_number, action_position, position),
  FOREIGN KEY (plan_id, item_number, action_position)
    REFERENCES actions (plan_id, item_number, position) ON DELETE CASCADE
);

CREATE TABLE target_revisions (
  plan_id TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  action_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  from_month TEXT,
  to_month TEXT NOT NULL,
  reason TEXT NOT NULL,
  revised_by TEXT NOT NULL,
  revised_on ${date_type} NOT NULL,
  PRIMARY KEY (plan_id, item_number, action_position, position),
  FOREIGN KEY (plan_id, item_number, action_position)
    REFERENCES actions (plan_id, item_number, position) ON DELETE CASCADE
);

CREATE TABLE imported_documents (
  fingerprint TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  imported_at ${timestamp_type} NOT NULL
);
