package org.probationinspections.domain.account;

/** What a person may do; each role grants a fixed set (see {@link Role}). */
public enum Permission {
  /** Read inspections, letters, plans and the dashboards. */
  READ,
  /** Regions, PDUs, inspections, ratings, recommendations, regional letters, imports. */
  EDIT_INSPECTIONS,
  /** Draft plans, respond to recommendations, add actions, report progress, move targets. */
  EDIT_PLANS,
  /** The inspectorate's follow-up judgement of a plan item, which alone closes it. */
  JUDGE_FOLLOW_UP,
  /** Read the audit trail. */
  READ_AUDIT,
  /** Add, disable and reset users; issue and revoke API tokens. */
  MANAGE_USERS
}
