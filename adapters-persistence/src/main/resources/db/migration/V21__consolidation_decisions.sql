-- A person's decision on a suggested group of a regional review's recommendations. The group is
-- named by its members (group_key: "inspection#number,..." in a fixed order), so a decision
-- still applies when the suggestions are computed again.
CREATE TABLE consolidation_decisions (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  group_key ${sorted_text} NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('ACCEPTED', 'REJECTED')),
  decided_by TEXT NOT NULL,
  note TEXT NOT NULL,
  decided_at ${timestamp_type} NOT NULL,
  PRIMARY KEY (review_id, group_key)
);
