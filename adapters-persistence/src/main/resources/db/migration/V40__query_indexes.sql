-- Indexes for the read-side queries (InspectionSummaries, ActionSummaries) at scale.
-- Overdue actions: scanned in target-month order and stopped at the page's limit; the status is
-- in the index so that closed actions are skipped without reading the table.
CREATE INDEX actions_by_target_and_place ON actions (target_month, plan_id, item_number, position, status);
-- The dashboard's list, ordered by region then PDU, and the latest inspection of each PDU.
CREATE INDEX inspections_by_pdu_fieldwork_and_id ON inspections (pdu_id, fieldwork_started, id);
-- The dashboard reads regions by name, then their PDUs by name (pdus_by_region), and stops at
-- the end of its page.
CREATE INDEX regions_by_name ON regions (name, id);
