-- Full-text search of recommendations, findings and actions (PostgreSQL: tsvector, GIN index).
-- search_entries holds one row a searchable text with what a result needs to be placed and
-- filtered, and the text's English words; triggers on the records' tables keep it equal to them,
-- whoever writes.
CREATE TABLE search_entries (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  region_id TEXT NOT NULL,
  pdu_id TEXT,
  text TEXT NOT NULL,
  words TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
  UNIQUE (kind, record_id, number, position)
);
CREATE INDEX search_entries_by_region ON search_entries (region_id, pdu_id);
CREATE INDEX search_entries_words ON search_entries USING GIN (words);

-- One function for the three tables. TG_ARGV[0] is the kind of text; TG_ARGV[1..3] name the
-- row's columns that hold its record id, number and position ('' where the kind has none: 0).
CREATE FUNCTION texts_searchable() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  changed JSONB;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    changed := to_jsonb(OLD);
    DELETE FROM search_entries
    WHERE kind = TG_ARGV[0] AND record_id = changed ->> TG_ARGV[1]
      AND number = coalesce((changed ->> TG_ARGV[2])::INTEGER, 0)
      AND position = coalesce((changed ->> TG_ARGV[3])::INTEGER, 0);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    changed := to_jsonb(NEW);
    INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
    SELECT kind, record_id, number, position, region_id, pdu_id, text
    FROM searchable_texts
    WHERE kind = TG_ARGV[0] AND record_id = changed ->> TG_ARGV[1]
      AND number = coalesce((changed ->> TG_ARGV[2])::INTEGER, 0)
      AND position = coalesce((changed ->> TG_ARGV[3])::INTEGER, 0);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER recommendations_searchable AFTER INSERT OR DELETE OR UPDATE OF text ON recommendations
  FOR EACH ROW EXECUTE FUNCTION texts_searchable('RECOMMENDATION', 'inspection_id', 'number', '');

CREATE TRIGGER findings_searchable AFTER INSERT OR DELETE OR UPDATE OF text ON findings
  FOR EACH ROW EXECUTE FUNCTION texts_searchable('FINDING', 'inspection_id', '', 'position');

CREATE TRIGGER actions_searchable AFTER INSERT OR DELETE OR UPDATE OF text ON actions
  FOR EACH ROW EXECUTE FUNCTION texts_searchable('ACTION', 'plan_id', 'item_number', 'position');

-- A PDU moved to another region, or an inspection to another PDU, takes its texts along.
CREATE FUNCTION pdus_region_searchable() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_entries SET region_id = NEW.region_id WHERE pdu_id = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER pdus_region_searchable AFTER UPDATE OF region_id ON pdus
  FOR EACH ROW EXECUTE FUNCTION pdus_region_searchable();

CREATE FUNCTION inspections_pdu_searchable() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_entries
  SET pdu_id = NEW.pdu_id, region_id = (SELECT region_id FROM pdus WHERE id = NEW.pdu_id)
  WHERE kind IN ('RECOMMENDATION', 'FINDING') AND record_id = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER inspections_pdu_searchable AFTER UPDATE OF pdu_id ON inspections
  FOR EACH ROW EXECUTE FUNCTION inspections_pdu_searchable();

-- What was stored before this migration.
INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
SELECT kind, record_id, number, position, region_id, pdu_id, text FROM searchable_texts;
