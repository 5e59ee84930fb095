-- What an import guessed, repaired or left unknown, on the record it went into (an inspection, a
-- regional letter or an action plan: record_type and record_id), with the file and line it comes
-- from and the reason in plain words. A flag stays open until a person confirms or corrects it.
CREATE TABLE import_flags (
  id TEXT PRIMARY KEY,
  record_type TEXT NOT NULL CHECK (record_type IN ('INSPECTION', 'REVIEW', 'ACTION_PLAN')),
  record_id TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL CHECK (line > 0),
  reason TEXT NOT NULL,
  raised_at ${timestamp_type} NOT NULL,
  resolution TEXT CHECK (resolution IN ('CONFIRMED', 'CORRECTED')),
  resolution_note TEXT,
  resolved_by TEXT,
  resolved_at ${timestamp_type},
  CHECK ((resolution IS NULL) = (resolved_at IS NULL))
);

CREATE INDEX import_flags_by_record ON import_flags (record_type, record_id);

CREATE INDEX import_flags_open ON import_flags (resolution, raised_at);
