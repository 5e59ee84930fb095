package org.probationinspections.domain.unit;

/**
 * What an inspected unit is: a Probation Delivery Unit, a region's probation service (inspected in
 * its own right since October 2023), or the national service. Each framework says which level it
 * inspects; lists of PDUs, the league and the heatmaps hold PDUs only, and show the others beside
 * them.
 */
public enum UnitLevel {
  PDU("PDU"),
  REGION("region"),
  NATIONAL("national service");

  private final String words;

  UnitLevel(String words) {
    this.words = words;
  }

  /** The level in a person's words. */
  public String words() {
    return words;
  }
}
