package org.probationinspections.domain.inspection;

/** Who a recommendation is made to. */
public enum AddresseeLevel {
  PDU,
  REGION,
  NATIONAL
}
