package org.probationinspections.domain.unit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PduTest {

  private final Pdu knowsley =
      new Pdu(PduId.newId(), RegionId.newId(), "Knowsley and St Helens", List.of());

  @Test
  void isNamed_ignoresAmpersandSuffixAndCase() {
    assertTrue(knowsley.isNamed("Knowsley & St Helens PDU"));
    assertTrue(knowsley.isNamed("KNOWSLEY AND ST HELENS"));
    assertFalse(knowsley.isNamed("Knowsley"));
  }

  @Test
  void isNamed_acceptsTheSameUnitsInAnotherOrder() {
    Pdu gateshead =
        new Pdu(PduId.newId(), RegionId.newId(), "Gateshead and South Tyneside", List.of());
    assertTrue(gateshead.isNamed("South Tyneside and Gateshead"));
  }

  @Test
  void isNamed_knowsAliases() {
    Pdu blackburn =
        new Pdu(PduId.newId(), RegionId.newId(), "Blackburn with Darwen", List.of())
            .withAlias("Blackburn");
    assertTrue(blackburn.isNamed("Blackburn PDU"));
    assertTrue(blackburn.isNamed("Blackburn with Darwen"));
  }
}
