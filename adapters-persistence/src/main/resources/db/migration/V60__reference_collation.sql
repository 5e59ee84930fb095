-- On PostgreSQL the ids are TEXT COLLATE "C" (the sorted_text placeholder), but the columns that
-- refer to them were plain TEXT, in the database's default collation. A join of the two compares
-- under "C", and an index on the referring column, in the default collation, cannot serve that
-- comparison: the dashboard's page (regions, then their PDUs, then each PDU's latest inspection, in
-- name order) was planned as hash joins of every region, PDU and inspection and a sort, 25 ms at
-- scale 100, instead of walking the name indexes and stopping at the page's end, 1 ms; a PDU's
-- aliases were read by scanning every PDU name. The referring columns of those joins get the ids'
-- collation here, and their indexes are rebuilt with it. A comparison with a bound value still
-- uses them (the column's collation wins over the value's default one).
-- SQLite has one collation for both sides and no ALTER COLUMN: there each line below is a comment
-- (the postgresql_only placeholder is "-- " on SQLite and empty on PostgreSQL).
${postgresql_only}ALTER TABLE pdus ALTER COLUMN region_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE pdu_names ALTER COLUMN pdu_id TYPE TEXT COLLATE "C";
${postgresql_only}ALTER TABLE inspections ALTER COLUMN pdu_id TYPE TEXT COLLATE "C";
