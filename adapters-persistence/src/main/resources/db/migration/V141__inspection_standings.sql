-- What the rules make of each inspection (its score, maximum and overall rating), stored so that
-- the league is ranked and paged by the database instead of by assessing every PDU's latest
-- inspection on each request. The rules stay in the domain: the application computes a standing
-- and stores it with the fingerprint of the framework's rules it was computed under
-- (standing_rules); saving an inspection clears the fingerprint, and so does nothing here, so a
-- standing not computed under the rules in force is computed again before the league is read.
ALTER TABLE inspections ADD COLUMN standing_score INTEGER;
ALTER TABLE inspections ADD COLUMN standing_maximum INTEGER;
ALTER TABLE inspections ADD COLUMN standing_overall TEXT;
ALTER TABLE inspections ADD COLUMN standing_rules TEXT;
CREATE INDEX inspections_by_framework_and_rules ON inspections (framework_id, standing_rules);
