-- Units inspected at three levels (UnitLevel): a PDU, a region's probation service (inspected in
-- its own right since October 2023) and the national service. Every unit stored so far is a PDU.
ALTER TABLE pdus ADD COLUMN level TEXT NOT NULL DEFAULT 'PDU';
CREATE INDEX pdus_by_level ON pdus (level, region_id);

-- The judgement in words of an inspection that gives one instead of a rating (a dynamic
-- inspection), or beside it.
ALTER TABLE inspections ADD COLUMN judgement TEXT;

-- The inspection an action plan answers, when it answers an inspection (of a region, say) rather
-- than a regional letter.
ALTER TABLE action_plans ADD COLUMN inspection_id TEXT REFERENCES inspections (id);
CREATE INDEX action_plans_by_inspection ON action_plans (inspection_id);
