package org.probationinspections.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase.OutcomeRow;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.web.PublishedOutcomesFile;

/** The published record's two shapes, read into rows, and what is refused with its place. */
class PublishedOutcomesFileTest {

  private static final String HEADER =
      "pdu,region,published,publishedNote,programme,overallRating,standardRatings,score,"
          + "recommendations,source\n";

  @Test
  void aCsvRow_withQuotedCommasAndALineBreak_isOneOutcome_namedByItsLine() {
    String csv =
        HEADER
            + "\"Hammersmith, Fulham, Kensington, Chelsea and Westminster\",London,2022-10-18,"
            + "\"said on the\nnext line\",PDU inspections 2021-2023,INADEQUATE,"
            + "\"Leadership: INADEQUATE; Court work: INADEQUATE\",0,,https://example.org/hf\r\n"
            + "Gwent,Wales,2022-02,,PDU inspections 2021-2023,REQUIRES_IMPROVEMENT,,,10,"
            + "https://example.org/gwent\n";
    List<OutcomeRow> rows = read("outcomes.csv", csv);
    assertEquals(2, rows.size());
    OutcomeRow first = rows.get(0);
    assertEquals("line 2", first.place());
    assertEquals("Hammersmith, Fulham, Kensington, Chelsea and Westminster", first.pdu());
    assertEquals("said on the\nnext line", first.publishedNote());
    assertEquals(
        Map.of("Leadership", "INADEQUATE", "Court work", "INADEQUATE"), first.standardRatings());
    assertEquals(Optional.of(0), first.score());
    assertEquals(Optional.empty(), first.recommendations());
    assertEquals("line 4", rows.get(1).place(), "the quoted line break counts");
    assertEquals(Optional.of(10), rows.get(1).recommendations());
  }

  @Test
  void theJson_isReadByItsInspectionsList_nullsAsBlanks() {
    String json =
        "{\"about\": \"…\", \"inspections\": [{\"pdu\": \"West Sussex\", \"region\": \"Kent,"
            + " Surrey and Sussex\", \"published\": null, \"publishedNote\": \"late 2023\","
            + " \"programme\": \"PDU inspections from October 2023\", \"overallRating\":"
            + " \"INADEQUATE\", \"standardRatings\": {\"Assessment\": \"INADEQUATE\"}, \"score\":"
            + " null, \"recommendations\": null, \"source\": \"https://example.org/ws\"}]}";
    assertTrue(PublishedOutcomesFile.isPublishedRecord("published-outcomes.json", bytes(json)));
    OutcomeRow row = read("published-outcomes.json", json).get(0);
    assertEquals("outcome 1", row.place());
    assertEquals("", row.published());
    assertEquals(Map.of("Assessment", "INADEQUATE"), row.standardRatings());
    assertEquals(Optional.empty(), row.score());
  }

  @Test
  void anExportOfInspections_andACsvOfSomethingElse_areNotThePublishedRecord() {
    assertFalse(
        PublishedOutcomesFile.isPublishedRecord(
            "all.json", bytes("[{\"pdu\": \"Gwent\", \"standards\": []}]")));
    assertFalse(PublishedOutcomesFile.isPublishedRecord("plans.csv", bytes("item,action\n1,a\n")));
    assertTrue(PublishedOutcomesFile.isPublishedRecord("x.csv", bytes(HEADER)));
  }

  @Test
  void aScoreThatIsNoNumber_aMissingColumn_andARatingsCellWithoutColons_areRefusedByPlace() {
    InvalidValueException score =
        assertThrows(
            InvalidValueException.class,
            () ->
                read(
                    "o.csv",
                    HEADER
                        + "Gwent,Wales,2022,,PDU inspections 2021-2023,GOOD,,ten,,"
                        + "https://example.org/g\n"));
    assertEquals("line 2 score: 'ten' is not a whole number of 0 or more", score.getMessage());
    InvalidValueException column =
        assertThrows(
            InvalidValueException.class, () -> read("o.csv", "pdu,region,source\nGwent,Wales,x\n"));
    assertTrue(
        column.getMessage().startsWith("line 1: the header has no column 'programme'"),
        column.getMessage());
    InvalidValueException ratings =
        assertThrows(
            InvalidValueException.class,
            () ->
                read(
                    "o.csv",
                    HEADER
                        + "Gwent,Wales,2022,,PDU inspections 2021-2023,GOOD,Leadership GOOD,,,"
                        + "https://example.org/g\n"));
    assertTrue(
        ratings.getMessage().startsWith("line 2 standardRatings: 'Leadership GOOD' is not"),
        ratings.getMessage());
  }

  private static List<OutcomeRow> read(String name, String text) {
    try {
      return PublishedOutcomesFile.read(name, bytes(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
