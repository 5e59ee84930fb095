package org.probationinspections.domain.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.consolidation.WordingSimilarity.Likeness;
import org.probationinspections.domain.theme.Term;
import org.probationinspections.domain.theme.Wording;
import org.probationinspections.domain.theme.WordingAnalyser;

class ConsolidatorTest {

  private static final List<Candidate> CANDIDATES =
      List.of(
          new Candidate("A 1", "A", "Use commissioned rehabilitative services more"),
          new Candidate("B 1", "B", "Use CRS more"),
          new Candidate("B 2", "B", "Start unpaid work promptly"),
          new Candidate("C 1", "C", "Reliable Wi-Fi in every office"));

  /** Reads "commissioned rehabilitative services" as crs, as the field's synonyms do. */
  private static final WordingAnalyser WITH_SYNONYMS =
      text ->
          Wording.words(
                  Wording.normalise(text).replace("commissioned rehabilitative services", "crs"))
              .stream()
              .map(w -> new Term(w, w))
              .toList();

  @Test
  void givenAnAnalyserThatJoinsSynonyms_theLongFormAndTheAbbreviationAreGrouped() {
    List<SuggestedGroup> groups =
        new Consolidator(0.5, WITH_SYNONYMS, Likeness.COSINE).suggest(CANDIDATES);

    assertEquals(1, groups.size());
    assertEquals(List.of("A 1", "B 1"), groups.get(0).keys());
    assertTrue(groups.get(0).sharedWords().contains("crs"), groups.get(0).toString());
  }

  @Test
  void wordForWord_theLongFormAndTheAbbreviationAreNotGrouped() {
    assertEquals(
        List.of(),
        new Consolidator(0.5, WordingAnalyser.PLAIN, Likeness.COSINE).suggest(CANDIDATES));
  }

  @Test
  void twoRecommendationsOfOneUnit_areNeverAPair_howeverAlike() {
    List<Candidate> oneUnit =
        List.of(
            new Candidate("A 1", "A", "Start unpaid work promptly"),
            new Candidate("A 2", "A", "Start unpaid work promptly"));

    assertEquals(List.of(), new Consolidator().suggest(oneUnit));
  }
}
