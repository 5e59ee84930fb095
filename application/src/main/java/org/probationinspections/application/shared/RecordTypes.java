package org.probationinspections.application.shared;

import java.util.Set;

/** The names of the record types in the audit trail, one per kind of record a use case changes. */
public final class RecordTypes {

  public static final String REGION = "region";
  public static final String PDU = "pdu";
  public static final String INSPECTION = "inspection";
  public static final String REVIEW = "review";
  public static final String ACTION_PLAN = "action-plan";
  public static final String USER = "user";
  public static final String API_TOKEN = "api-token";
  public static final String THEME_OVERRIDE = "theme-override";
  public static final String CONSOLIDATION_DECISION = "consolidation-decision";
  public static final String FLAG = "flag";

  /**
   * The score and overall rating the product states of an inspection, recorded when rules that
   * changed state them differently; its id is the inspection's.
   */
  public static final String RATING = "rating";

  /** The record types whose entries carry an interchange document. */
  public static final Set<String> DOCUMENTED = Set.of(INSPECTION, REVIEW, ACTION_PLAN);

  private RecordTypes() {}
}
