package org.probationinspections.domain.plan;

/** Why a recommendation is not, or only partly, agreed. */
public enum Reason {
  COMMISSIONING,
  POLICY,
  OPERATIONAL,
  AFFORDABILITY
}
