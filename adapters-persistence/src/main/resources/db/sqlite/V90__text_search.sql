-- Full-text search of recommendations, findings and actions (SQLite: FTS5).
-- search_entries holds one row a searchable text with what a result needs to be placed and
-- filtered; triggers on the records' tables keep it equal to them, whoever writes. The FTS5 index
-- reads its text from search_entries (external content) and is kept by triggers on it.
CREATE TABLE search_entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  region_id TEXT NOT NULL,
  pdu_id TEXT,
  text TEXT NOT NULL,
  UNIQUE (kind, record_id, number, position)
);
CREATE INDEX search_entries_by_region ON search_entries (region_id, pdu_id);

CREATE VIRTUAL TABLE search_index USING fts5(
  text,
  content = 'search_entries',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_entries_indexed AFTER INSERT ON search_entries BEGIN
  INSERT INTO search_index (rowid, text) VALUES (NEW.id, NEW.text);
END;

CREATE TRIGGER search_entries_unindexed AFTER DELETE ON search_entries BEGIN
  INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;

CREATE TRIGGER search_entries_reindexed AFTER UPDATE OF text ON search_entries BEGIN
  INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', OLD.id, OLD.text);
  INSERT INTO search_index (rowid, text) VALUES (NEW.id, NEW.text);
END;

-- Recommendations: numbered within their inspection; placed by the inspection's PDU.
CREATE TRIGGER recommendations_searchable AFTER INSERT ON recommendations BEGIN
  INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
  SELECT kind, record_id, number, position, region_id, pdu_id, text
  FROM searchable_texts
  WHERE kind = 'RECOMMENDATION' AND record_id = NEW.inspection_id AND number = NEW.number
    AND position = 0;
END;

CREATE TRIGGER recommendations_unsearchable AFTER DELETE ON recommendations BEGIN
  DELETE FROM search_entries
  WHERE kind = 'RECOMMENDATION' AND record_id = OLD.inspection_id AND number = OLD.number
    AND position = 0;
END;

CREATE TRIGGER recommendations_searchable_again AFTER UPDATE OF text ON recommendations BEGIN
  UPDATE search_entries SET text = NEW.text
  WHERE kind = 'RECOMMENDATION' AND record_id = NEW.inspection_id AND number = NEW.number
    AND position = 0;
END;

-- Findings: by position within their inspection.
CREATE TRIGGER findings_searchable AFTER INSERT ON findings BEGIN
  INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
  SELECT kind, record_id, number, position, region_id, pdu_id, text
  FROM searchable_texts
  WHERE kind = 'FINDING' AND record_id = NEW.inspection_id AND number = 0
    AND position = NEW.position;
END;

CREATE TRIGGER findings_unsearchable AFTER DELETE ON findings BEGIN
  DELETE FROM search_entries
  WHERE kind = 'FINDING' AND record_id = OLD.inspection_id AND number = 0
    AND position = OLD.position;
END;

CREATE TRIGGER findings_searchable_again AFTER UPDATE OF text ON findings BEGIN
  UPDATE search_entries SET text = NEW.text
  WHERE kind = 'FINDING' AND record_id = NEW.inspection_id AND number = 0
    AND position = NEW.position;
END;

-- Actions: by item and position within their plan; placed by the plan's region.
CREATE TRIGGER actions_searchable AFTER INSERT ON actions BEGIN
  INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
  SELECT kind, record_id, number, position, region_id, pdu_id, text
  FROM searchable_texts
  WHERE kind = 'ACTION' AND record_id = NEW.plan_id AND number = NEW.item_number
    AND position = NEW.position;
END;

CREATE TRIGGER actions_unsearchable AFTER DELETE ON actions BEGIN
  DELETE FROM search_entries
  WHERE kind = 'ACTION' AND record_id = OLD.plan_id AND number = OLD.item_number
    AND position = OLD.position;
END;

CREATE TRIGGER actions_searchable_again AFTER UPDATE OF text ON actions BEGIN
  UPDATE search_entries SET text = NEW.text
  WHERE kind = 'ACTION' AND record_id = NEW.plan_id AND number = NEW.item_number
    AND position = NEW.position;
END;

-- What was stored before this migration.
INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
SELECT kind, record_id, number, position, region_id, pdu_id, text FROM searchable_texts;

-- A PDU moved to another region, or an inspection to another PDU, takes its texts along.
CREATE TRIGGER pdus_region_searchable AFTER UPDATE OF region_id ON pdus BEGIN
  UPDATE search_entries SET region_id = NEW.region_id WHERE pdu_id = NEW.id;
END;

CREATE TRIGGER inspections_pdu_searchable AFTER UPDATE OF pdu_id ON inspections BEGIN
  UPDATE search_entries
  SET pdu_id = NEW.pdu_id, region_id = (SELECT region_id FROM pdus WHERE id = NEW.pdu_id)
  WHERE kind IN ('RECOMMENDATION', 'FINDING') AND record_id = NEW.id;
END;
