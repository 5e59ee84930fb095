package org.probationinspections.application.importing.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.testing.Seeds;

/** Unit names keep their published spelling and punctuation: commas, "and", "&". */
class NamesAsPublishedTest {

  @Test
  void aListOfNames_keepsTheCommaOfANameThatHoldsOne() {
    List<String> known = List.of("Redcar, Cleveland and Middlesbrough", "Cheshire West");

    assertEquals(
        List.of("Cheshire West", "Redcar, Cleveland and Middlesbrough", "Cumbria"),
        UnitNames.splitList(
            "Cheshire West, Redcar, Cleveland and Middlesbrough and Cumbria", known));
  }

  @Test
  void aListOfNames_keepsAnAmpersandAndAnAnd_asPrinted() {
    List<String> known = List.of("Knowsley and St Helens", "Blackburn with Darwen");

    assertEquals(
        List.of("Blackburn with Darwen", "Knowsley & St Helens"),
        UnitNames.splitList("Blackburn with Darwen, Knowsley & St Helens", known));
  }

  @Test
  void aLetterCoveringAPduWhoseNameHoldsAComma_readsThatNameAsPublished() {
    String letter =
        Seeds.text(Seeds.LETTER)
            .replace("Knowsley and St Helens", "Knowsley, Prescot and St Helens")
            .replace("Knowsley & St Helens", "Knowsley, Prescot & St Helens")
            .replace("wsley and St Helens", "wsley, Prescot and St Helens");

    var parsed = new RegionalLetterParser().parse("letter.txt", letter);

    List<String> pdus = parsed.document().pdus();
    assertTrue(pdus.contains("Knowsley, Prescot and St Helens"), pdus.toString());
    assertEquals(5, pdus.size(), pdus.toString());
    InspectionDocument knowsley =
        parsed.document().inspections().stream()
            .filter(i -> i.pdu().equals("Knowsley, Prescot and St Helens"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(pdus.toString()));
    assertTrue(!knowsley.recommendations().isEmpty(), "its recommendations were found");
    assertTrue(knowsley.publishedScore().isPresent(), "its ratings table was found");
  }
}
