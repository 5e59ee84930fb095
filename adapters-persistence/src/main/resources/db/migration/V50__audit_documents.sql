-- The interchange document's change with each audit entry of an inspection, a review or an
-- action plan (the whole document when created, the changed top-level fields otherwise), so that
-- a record can be rebuilt as it stood on any date. Entries written before this column have none.
ALTER TABLE audit_entries ADD COLUMN document_json TEXT;
CREATE INDEX audit_entries_by_time ON audit_entries (record_type, changed_at);
