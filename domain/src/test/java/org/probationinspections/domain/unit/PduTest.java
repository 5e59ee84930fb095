package org.probationinspections.domain.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;

class PduTest {

  private final Pdu knowsley =
      new Pdu(PduId.newId(), RegionId.newId(), "Knowsley and St Helens", List.of());

  @Test
  void aNameOfAnotherPdu_isRefused_andItsOwnNamesAreNot() {
    Pdu renamed = knowsley.withAlias("St Helens");
    Pdu other = new Pdu(PduId.newId(), knowsley.regionId(), "St Helens", List.of());
    Function<String, Optional<Pdu>> stored =
        name -> Stream.of(knowsley, other).filter(p -> p.isNamed(name)).findFirst();

    renamed.refuseNamesTaken(name -> Optional.of(knowsley).filter(p -> p.isNamed(name)));
    ConflictException refusal =
        assertThrows(ConflictException.class, () -> renamed.refuseNamesTaken(stored));
    assertEquals("the name St Helens already belongs to PDU St Helens", refusal.getMessage());
  }

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
