-- The inspectorate's follow-up judgements of action-plan items, beside the status the inspected
-- body reports of each action. The latest judgement that closes an item closes it.
CREATE TABLE item_follow_ups (
  plan_id TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  judgement TEXT NOT NULL,
  judged_on ${date_type} NOT NULL,
  judged_by TEXT NOT NULL,
  note TEXT NOT NULL,
  closes BOOLEAN NOT NULL,
  PRIMARY KEY (plan_id, item_number, position),
  FOREIGN KEY (plan_id, item_number)
    REFERENCES action_plan_items (plan_id, number) ON DELETE CASCADE
);
