package org.probationinspections.persistence.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.theme.Term;

class LuceneWordingTest {

  private final LuceneWording comparison = LuceneWording.forComparison();
  private final LuceneWording phrases = LuceneWording.forPhrases();

  private static List<String> values(List<Term> terms) {
    return terms.stream().map(Term::value).toList();
  }

  @Test
  void givenALongNameAndItsAbbreviation_bothAreOneTerm_quotingWhatWasWritten() {
    List<Term> terms =
        comparison.terms("Violent and Sex Offender Register (ViSOR)<sup>4</sup> records");

    assertEquals(List.of("visor", "visor", "4", "record"), values(terms));
    assertEquals("violent and sex offender register", terms.get(0).surface());
    assertEquals("visor", terms.get(1).surface());
  }

  @Test
  void givenTheFieldsSynonyms_eachLongFormMeetsItsShortName() {
    assertEquals(
        values(comparison.terms("MAPPA")),
        values(comparison.terms("multi-agency public protection arrangements")));
    assertEquals(
        values(comparison.terms("OASys")), values(comparison.terms("Offender Assessment System")));
    assertEquals(
        values(comparison.terms("CRS")),
        values(comparison.terms("Commissioned Rehabilitation Services")));
    assertEquals(
        values(comparison.terms("commissioned rehabilitative service")),
        values(comparison.terms("CRS")));
  }

  @Test
  void forComparison_stopWordsAreLeftOutAndWordsStemmed() {
    assertEquals(
        List.of("assess", "risk", "harm"),
        values(comparison.terms("the assessments of the risks of harm")));
  }

  @Test
  void forPhrases_everyWordIsKept() {
    assertEquals(List.of("risk", "of", "harm"), values(phrases.terms("risk of harm")));
  }
}
