-- The letters no action plan answers yet (an inspector's work): a letter's plans found by the
-- letter, rather than by reading every plan for each letter.
CREATE INDEX action_plans_by_review ON action_plans (review_id);
