package org.probationinspections.domain.framework;

/** What a decision rule imposes on the judged standard when its condition holds. */
public enum RuleEffect {
  /** The judgement may be no better than the rule's rating. */
  AT_MOST,
  /** The judgement must be exactly the rule's rating. */
  EXACTLY
}
