package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.DocumentKind;

/** The order an import stores files in, and the kind of a JSON document by its fields. */
class DocumentKindOrderTest {

  private static final String REPORT =
      "An inspection of probation services in:\nCheshire West PDU\n\nRatings\n\tScore\t7/24\n";
  private static final String LETTER =
      "Regional observations\n\nAnnexe one \u2013 Recommendations\n";
  private static final String PLAN = "Action plan submitted in June\nRec no\tResponse\n";

  @Test
  void givenEachKind_whenRanking_thenReportsThenLettersThenPlans() {
    assertEquals(0, DocumentKind.importRank(bytes(REPORT)));
    assertEquals(1, DocumentKind.importRank(bytes(LETTER)));
    assertEquals(2, DocumentKind.importRank(bytes(PLAN)));
  }

  @Test
  void givenTextOfNoKnownKind_whenRanking_thenFirst() {
    assertEquals(0, DocumentKind.importRank(bytes("minutes of a meeting")));
    assertEquals(0, DocumentKind.importRank(new byte[0]));
  }

  @Test
  void givenJsonFields_whenGuessingTheKind_thenByTheFieldsEachKindHas() {
    assertEquals(Optional.of(DocumentKind.ACTION_PLAN), kindOf("region", "items", "pdus"));
    assertEquals(Optional.of(DocumentKind.REGIONAL_LETTER), kindOf("region", "observations"));
    assertEquals(Optional.of(DocumentKind.REGIONAL_LETTER), kindOf("inspectionIds"));
    assertEquals(Optional.of(DocumentKind.PDU_REPORT), kindOf("pdu", "ratings"));
    assertEquals(Optional.empty(), kindOf("name"));
  }

  private static Optional<DocumentKind> kindOf(String... fields) {
    return DocumentKind.ofJson(Set.of(fields)::contains);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
