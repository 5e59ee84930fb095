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

CREATE FUNCTION recommendations_searchable() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM search_entries
    WHERE kind = 'RECOMMENDATION' AND record_id = OLD.inspection_id AND number = OLD.number
      AND position = 0;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
    SELECT 'RECOMMENDATION', NEW.inspection_id, NEW.number, 0, p.region_id, p.id, NEW.text
    FROM inspections i JOIN pdus p ON p.id = i.pdu_id
    WHERE i.id = NEW.inspection_id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER recommendations_searchable AFTER INSERT OR DELETE OR UPDATE OF text ON recommendations
  FOR EACH ROW EXECUTE FUNCTION recommendations_searchable();

CREATE FUNCTION findings_searchable() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM search_entries
    WHERE kind = 'FINDING' AND record_id = OLD.inspection_id AND number = 0
      AND position = OLD.position;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
    SELECT 'FINDING', NEW.inspection_id, 0, NEW.position, p.region_id, p.id, NEW.text
    FROM inspections i JOIN pdus p ON p.id = i.pdu_id
    WHERE i.id = NEW.inspection_id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER findings_searchable AFTER INSERT OR DELETE OR UPDATE OF text ON findings
  FOR EACH ROW EXECUTE FUNCTION findings_searchable();

CREATE FUNCTION actions_searchable() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM search_entries
    WHERE kind = 'ACTION' AND record_id = OLD.plan_id AND number = OLD.item_number
      AND position = OLD.position;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
    SELECT 'ACTION', NEW.plan_id, NEW.item_number, NEW.position, ap.region_id, NULL, NEW.text
    FROM action_plans ap
    WHERE ap.id = NEW.plan_id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER actions_searchable AFTER INSERT OR DELETE OR UPDATE OF text ON actions
  FOR EACH ROW EXECUTE FUNCTION actions_searchable();

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
SELECT 'RECOMMENDATION', r.inspection_id, r.number, 0, p.region_id, p.id, r.text
FROM recommendations r JOIN inspections i ON i.id = r.inspection_id JOIN pdus p ON p.id = i.pdu_id;

INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
SELECT 'FINDING', f.inspection_id, 0, f.position, p.region_id, p.id, f.text
FROM findings f JOIN inspections i ON i.id = f.inspection_id JOIN pdus p ON p.id = i.pdu_id;

INSERT INTO search_entries (kind, record_id, number, position, region_id, pdu_id, text)
SELECT 'ACTION', a.plan_id, a.item_number, a.position, ap.region_id, NULL, a.text
FROM actions a JOIN action_plans ap ON ap.id = a.plan_id;
