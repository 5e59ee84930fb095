package org.probationinspections.persistence.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.testing.SeedDocuments;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.theme.ThemeMatch;
import org.probationinspections.domain.theme.ThemeTaxonomy;

class ShippedTaxonomySeedTest {

  private final ThemeTaxonomy taxonomy = JsonThemeTaxonomy.shipped();

  @Test
  void everyRecommendationOfTheSeeds_getsAThemeWithTheMatchedPhrase() {
    List<InspectionDocument> inspections =
        new ArrayList<>(SeedDocuments.northWestLetter().inspections());
    inspections.add(SeedDocuments.cheshireWestReport());
    int letterCount = 0;
    int reportCount = 0;
    StringBuilder report = new StringBuilder();
    List<String> unthemed = new ArrayList<>();
    for (int i = 0; i < inspections.size(); i++) {
      InspectionDocument inspection = inspections.get(i);
      for (RecommendationDocument rec : inspection.recommendations()) {
        if (i < inspections.size() - 1) {
          letterCount++;
        } else {
          reportCount++;
        }
        List<ThemeMatch> themes = taxonomy.classify(rec.text());
        report.append(inspection.pdu()).append(' ').append(rec.number()).append(": ");
        for (ThemeMatch match : themes) {
          assertFalse(match.matchedPhrases().isEmpty());
          assertTrue(
              match.matchedPhrases().stream()
                  .allMatch(
                      phrase ->
                          org.probationinspections.domain.theme.Wording.normalise(rec.text())
                              .contains(phrase)),
              "a matched phrase is quoted from the text");
          report.append(match.themeId()).append(match.matchedPhrases()).append(' ');
        }
        report.append('\n');
        if (themes.isEmpty()) {
          unthemed.add(inspection.pdu() + " " + rec.number() + ": " + rec.text());
        }
      }
    }
    System.out.println("Themes of the seed recommendations:\n" + report);
    assertEquals(52, letterCount, "the letter's recommendations");
    assertEquals(11, reportCount, "Cheshire West's recommendations");
    assertEquals(List.of(), unthemed);
  }

  @Test
  void givenDomesticAbuseWording_theThemeIsExplainedByThePhrase() {
    List<ThemeMatch> themes =
        taxonomy.classify("Ensure police information relating to Domestic Abuse is accessible.");

    ThemeMatch abuse =
        themes.stream()
            .filter(m -> m.themeId().equals("domestic-abuse-safeguarding"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("domestic abuse"), abuse.matchedPhrases());
    assertTrue(themes.stream().anyMatch(m -> m.themeId().equals("visor-information-sharing")));
  }

  @Test
  void givenTheRegistersLongNameOnly_theViSORThemeApplies_quotingIt() {
    String text = "Improve the recording of Violent and Sex Offender Register records.";

    ThemeMatch visor =
        taxonomy.classify(text).stream()
            .filter(m -> m.themeId().equals("visor-information-sharing"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("violent and sex offender register"), visor.matchedPhrases());
    // Matched word for word, as before the synonyms, the long name finds no theme.
    ThemeTaxonomy wordForWord =
        taxonomy.analysedBy(org.probationinspections.domain.theme.WordingAnalyser.PLAIN);
    assertTrue(
        wordForWord.classify(text).stream()
            .noneMatch(m -> m.themeId().equals("visor-information-sharing")));
  }

  @Test
  void givenAnotherFormOfAPhrasesWord_theThemeApplies() {
    assertTrue(
        taxonomy.classify("Provide reliable Wi-Fi in every office.").stream()
            .anyMatch(m -> m.themeId().equals("estates-ict")));
    assertTrue(
        taxonomy.classify("Agree a multi-agency public protection arrangements plan.").stream()
            .anyMatch(m -> m.themeId().equals("visor-information-sharing")));
  }

  @Test
  void givenADirectory_itsThemesReplaceShippedOnesWithTheSameId(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("local.json"),
        """
        {"themes": [
          {"id": "unpaid-work", "name": "Community payback",
           "rules": [{"phrase": "payback", "weight": 2}]},
          {"id": "substance-misuse", "name": "Substance misuse",
           "rules": [{"phrase": "drug*", "weight": 2}]}
        ]}
        """);

    ThemeTaxonomy local = JsonThemeTaxonomy.load(List.of(dir));

    assertEquals("Community payback", local.find("unpaid-work").orElseThrow().name());
    assertEquals(List.of(), local.classify("ensure unpaid work requirements start promptly"));
    assertEquals("substance-misuse", local.classify("test for drugs promptly").get(0).themeId());
    assertEquals(taxonomy.themes().size() + 1, local.themes().size());
  }

  @Test
  void givenARuleWithNoWords_theFileIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("bad.json"),
        "{\"themes\": [{\"id\": \"x\", \"name\": \"X\", \"rules\": [{\"phrase\": \"--\"}]}]}");

    InvalidValueException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidValueException.class, () -> JsonThemeTaxonomy.load(List.of(dir)));
    assertTrue(refused.getMessage().contains("bad.json"), refused.getMessage());
  }
}
