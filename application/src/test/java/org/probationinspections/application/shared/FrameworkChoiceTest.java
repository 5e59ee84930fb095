package org.probationinspections.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.domain.framework.DomainDefinition;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.RatingBasis;
import org.probationinspections.domain.framework.StandardDefinition;

/** An inspection recorded or imported without a framework named gets the one of its fieldwork. */
class FrameworkChoiceTest {

  @ParameterizedTest(name = "fieldwork from {0} is rated under {1}")
  @CsvSource({
    "2023-03-20, hmip-probation-pdu-2021",
    "2023-09-30, hmip-probation-pdu-2021",
    "2023-10-01, hmip-probation-pdu-2023",
    "2025-02-03, hmip-probation-pdu-2023"
  })
  void fieldworkBeforeOctober2023_isRatedUnderThe2021Framework_fromThenUnderThe2023One(
      LocalDate fieldworkStarted, String framework) {
    assertEquals(new FrameworkId(framework), FrameworkChoice.forFieldwork(fieldworkStarted));
  }

  @Test
  void directory_takesTheFrameworkNamedElseChoosesByFieldwork() {
    Directory directory = new Directory(null, null, new TwoFrameworks());
    assertEquals(
        "hmip-probation-pdu-2021",
        directory.framework(null, LocalDate.of(2023, 9, 30)).id().value());
    assertEquals(
        "hmip-probation-pdu-2023",
        directory.framework(null, LocalDate.of(2023, 10, 1)).id().value());
    assertEquals(
        "hmip-probation-pdu-2021",
        directory
            .framework(new FrameworkId("hmip-probation-pdu-2021"), LocalDate.of(2024, 1, 8))
            .id()
            .value());
  }

  private static final class TwoFrameworks implements FrameworkCatalog {

    @Override
    public Optional<Framework> find(FrameworkId id) {
      return all().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Override
    public List<Framework> all() {
      return List.of(framework("hmip-probation-pdu-2021"), framework("hmip-probation-pdu-2023"));
    }

    private static Framework framework(String id) {
      return new Framework(
          new FrameworkId(id),
          id,
          org.probationinspections.domain.unit.UnitLevel.PDU,
          List.of(new DomainDefinition(1, "Organisational delivery")),
          List.of(
              new StandardDefinition("1.1", "Leadership", 1, RatingBasis.NEVER_RATED, List.of())),
          List.of(),
          Map.of(),
          List.of(),
          List.of());
    }
  }
}
