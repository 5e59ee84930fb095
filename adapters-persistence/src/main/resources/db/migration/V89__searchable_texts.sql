-- Every searchable text as it is now, with where it belongs: what the full-text search of each
-- database (V90) copies, in its back-fill and in the triggers that copy a changed row's text.
CREATE VIEW searchable_texts AS
SELECT 'RECOMMENDATION' AS kind, r.inspection_id AS record_id, r.number AS number, 0 AS position,
  p.region_id AS region_id, p.id AS pdu_id, r.text AS text
FROM recommendations r JOIN inspections i ON i.id = r.inspection_id JOIN pdus p ON p.id = i.pdu_id
UNION ALL
SELECT 'FINDING', f.inspection_id, 0, f.position, p.region_id, p.id, f.text
FROM findings f JOIN inspections i ON i.id = f.inspection_id JOIN pdus p ON p.id = i.pdu_id
UNION ALL
SELECT 'ACTION', a.plan_id, a.item_number, a.position, ap.region_id, NULL, a.text
FROM actions a JOIN action_plans ap ON ap.id = a.plan_id;
