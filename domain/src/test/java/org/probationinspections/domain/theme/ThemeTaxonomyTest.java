package org.probationinspections.domain.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTaxonomyTest {

  private final ThemeTaxonomy taxonomy =
      new ThemeTaxonomy(
          "test",
          2,
          List.of(
              new Theme(
                  "visor",
                  "ViSOR",
                  "",
                  List.of(new ThemeRule("visor", 2), new ThemeRule("information", 1))),
              new Theme(
                  "oversight",
                  "Oversight",
                  "",
                  List.of(
                      new ThemeRule("management oversight", 2),
                      new ThemeRule("oversight", 1),
                      new ThemeRule("manager*", 1)))));

  /** Reads "violent and sex offender register" as one term, visor, as a text library would. */
  private static final WordingAnalyser JOINS_THE_REGISTERS_NAME =
      text -> {
        List<String> words = Wording.words(text);
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
          if (i + 5 <= words.size()
              && String.join(" ", words.subList(i, i + 5))
                  .equals("violent and sex offender register")) {
            terms.add(new Term("visor", "violent and sex offender register"));
            i += 4;
          } else {
            terms.add(new Term(words.get(i), words.get(i)));
          }
        }
        return terms;
      };

  @Test
  void wordForWord_aPhraseCountsOnce_longestFirst_andAWildcardFindsTheWordsItBegins() {
    List<ThemeMatch> matches =
        taxonomy.classify("Managers' management oversight of casework needs more oversight.");

    assertEquals(1, matches.size());
    assertEquals(
        List.of("management oversight", "oversight", "managers"), matches.get(0).matchedPhrases());
    assertEquals(4, matches.get(0).score());
  }

  @Test
  void wordForWord_theRegistersLongName_findsNoViSORTheme() {
    assertEquals(List.of(), taxonomy.classify("Improve Violent and Sex Offender Register records"));
  }

  @Test
  void givenAnAnalyserThatJoinsTheLongName_theViSORThemeApplies_quotingTheWordsWritten() {
    List<ThemeMatch> matches =
        taxonomy
            .analysedBy(JOINS_THE_REGISTERS_NAME)
            .classify("Improve Violent and Sex Offender Register records");

    assertEquals(1, matches.size());
    assertEquals("visor", matches.get(0).themeId());
    assertEquals(List.of("violent and sex offender register"), matches.get(0).matchedPhrases());
  }
}
