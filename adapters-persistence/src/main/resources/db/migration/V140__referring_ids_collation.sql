-- Migration 60 gave the ids' collation ("C" on PostgreSQL) to the columns that refer to regions,
-- PDUs and inspections from the unit tables; every other column that holds a record's id stayed in
-- the database's default collation. A join of such a column to an id compares under "C", which the
-- column's own index cannot serve, so PostgreSQL read the whole child table for each parent row: at
-- a hundred times national size, counting the dashboard's charts (each inspection's ratings read
-- from standard_results by inspection id) scanned 100,000 rows ten thousand times, over a minute,
-- against 85 ms with the index. Each referring column gets the ids' collation here; a change of
-- collation alone rewrites no row, only the column's indexes.
-- SQLite has one collation for both sides: there each line below is a comment (postgresql_only).
-- The view of searchable texts (V89) names some of these columns: it is dropped, and made again
-- as it was at the end.
${postgresql_only}DROP VIEW searchable_texts;
${postgresql_only}ALTER TABLE standard_results ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE key_question_results ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE findings ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE recommendations ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE inspection_notes ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE reviews ALTER COLUMN region_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE review_inspections ALTER COLUMN review_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE review_inspections ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE observations ALTER COLUMN review_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE review_notes ALTER COLUMN review_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE action_plans ALTER COLUMN region_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE action_plans ALTER COLUMN review_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE action_plans ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE action_plan_notes ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE action_plan_items ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE item_answers ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE item_answers ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE actions ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE action_owners ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE progress_updates ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE target_revisions ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE item_follow_ups ALTER COLUMN plan_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE user_regions ALTER COLUMN region_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE user_regions ALTER COLUMN user_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE api_tokens ALTER COLUMN user_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE theme_overrides ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE theme_override_themes ALTER COLUMN inspection_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE consolidation_decisions ALTER COLUMN review_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE audit_entries ALTER COLUMN record_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE imported_documents ALTER COLUMN record_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE import_flags ALTER COLUMN record_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE search_entries ALTER COLUMN record_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE search_entries ALTER COLUMN region_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE search_entries ALTER COLUMN pdu_id TYPE TEXT COLLATE "C";
-- A change of type forgets the column's statistics: gathered again, so that the plans made next
-- know how the ids are spread.
${postgresql_only}ANALYZE;
${postgresql_only}CREATE VIEW searchable_texts AS
${postgresql_only}SELECT 'RECOMMENDATION' AS kind, r.inspection_id AS record_id, r.number AS number,
${postgresql_only}  0 AS position, p.region_id AS region_id, p.id AS pdu_id, r.text AS text
${postgresql_only}FROM recommendations r JOIN inspections i ON i.id = r.inspection_id
${postgresql_only}  JOIN pdus p ON p.id = i.pdu_id
${postgresql_only}UNION ALL
${postgresql_only}SELECT 'FINDING', f.inspection_id, 0, f.position, p.region_id, p.id, f.text
${postgresql_only}FROM findings f JOIN inspections i ON i.id = f.inspection_id JOIN pdus p ON p.id = i.pdu_id
${postgresql_only}UNION ALL
${postgresql_only}SELECT 'ACTION', a.plan_id, a.item_number, a.position, ap.region_id, NULL, a.text
${postgresql_only}FROM actions a JOIN action_plans ap ON ap.id = a.plan_id;
