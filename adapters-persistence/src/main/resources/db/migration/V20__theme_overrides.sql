-- Themes a person chose for a recommendation, replacing what the taxonomy's rules found.
-- A recommendation is named by its inspection and number (as item_answers does); no foreign key
-- to recommendations, because saving an inspection replaces its recommendation rows.
CREATE TABLE theme_overrides (
  inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  recommendation_number INTEGER NOT NULL CHECK (recommendation_number > 0),
  set_by TEXT NOT NULL,
  note TEXT NOT NULL,
  set_at ${timestamp_type} NOT NULL,
  PRIMARY KEY (inspection_id, recommendation_number)
);

CREATE TABLE theme_override_themes (
  inspection_id TEXT NOT NULL,
  recommendation_number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  theme_id TEXT NOT NULL,
  PRIMARY KEY (inspection_id, recommendation_number, position),
  FOREIGN KEY (inspection_id, recommendation_number)
    REFERENCES theme_overrides (inspection_id, recommendation_number) ON DELETE CASCADE
);
