-- An audit entry of an inspection, a review or a plan holds its interchange document's values
-- (V50). Those values are always the entry's after values, and were written twice: in after_json
-- and again in document_json, which doubled the size of the audit trail (about 29 KB a report).
-- From here an entry whose document values are its after values says so in document_is_after and
-- leaves document_json empty; document_json keeps only values that differ from after_json.
ALTER TABLE audit_entries ADD COLUMN document_is_after INTEGER NOT NULL DEFAULT 0;
UPDATE audit_entries SET document_is_after = 1, document_json = NULL
  WHERE document_json IS NOT NULL AND document_json = after_json;
