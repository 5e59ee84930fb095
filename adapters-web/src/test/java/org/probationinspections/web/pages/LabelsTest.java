package org.probationinspections.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.probationinspections.domain.inspection.AddresseeLevel;

/** The words pages show: a count agrees with its noun, an addressee's level reads as written. */
class LabelsTest {

  @Test
  void oneItem_isSingular_andOtherCountsPlural() {
    assertEquals("1 item", Labels.count(1, "item", "items"));
    assertEquals("0 items", Labels.count(0, "item", "items"));
    assertEquals("31 items", Labels.count(31, "item", "items"));
  }

  @Test
  void levels_readAsTheInspectorateWritesThem_notAsEnumNames() {
    assertEquals("PDU", Labels.level(AddresseeLevel.PDU));
    assertEquals("region", Labels.level(AddresseeLevel.REGION));
    assertEquals("national service", Labels.level(AddresseeLevel.NATIONAL));
  }
}
