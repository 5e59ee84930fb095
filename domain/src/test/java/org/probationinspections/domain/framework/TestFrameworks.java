package org.probationinspections.domain.framework;

import java.util.List;
import java.util.Map;

/**
 * The 2021 adult PDU framework built in code for the domain's own tests. The shipped data file is
 * checked against the same published figures in the persistence adapter's tests.
 */
public final class TestFrameworks {

  private TestFrameworks() {}

  private static final List<String> CASE_SUPERVISION = List.of("2.1", "2.2", "2.3", "2.4", "2.5");

  public static Framework probation2021() {
    return new Framework(
        new FrameworkId("hmip-probation-pdu-2021"),
        "Adult PDU inspections",
        org.probationinspections.domain.unit.UnitLevel.PDU,
        List.of(
            new DomainDefinition(1, "Organisational delivery"),
            new DomainDefinition(2, "Court work and case supervision")),
        List.of(
            judged("1.1", "Leadership"),
            judged("1.2", "Staff"),
            judged("1.3", "Services"),
            judged("1.4", "Information and facilities"),
            fromQuestions("2.1", "Court work"),
            fromQuestions("2.2", "Assessment"),
            fromQuestions("2.3", "Planning"),
            fromQuestions("2.4", "Implementation and delivery"),
            fromQuestions("2.5", "Reviewing"),
            new StandardDefinition("2.6", "Outcomes", 2, RatingBasis.NEVER_RATED, List.of())),
        List.of(
            new Band(80, 100, Rating.OUTSTANDING),
            new Band(65, 79, Rating.GOOD),
            new Band(50, 64, Rating.REQUIRES_IMPROVEMENT),
            new Band(0, 49, Rating.INADEQUATE)),
        Map.of(
            Rating.INADEQUATE, 0,
            Rating.REQUIRES_IMPROVEMENT, 1,
            Rating.GOOD, 2,
            Rating.OUTSTANDING, 3),
        List.of(bands(27, 6, 16, 24), bands(24, 5, 14, 21)),
        List.of(
            new DecisionRule(
                "leadership-limited-by-inadequate-case-supervision",
                "Leadership cannot be Good or Outstanding when a case supervision standard is"
                    + " Inadequate",
                "1.1",
                CASE_SUPERVISION,
                Quantifier.ANY,
                Rating.INADEQUATE,
                RuleEffect.AT_MOST,
                Rating.REQUIRES_IMPROVEMENT),
            new DecisionRule(
                "leadership-inadequate-when-all-case-supervision-inadequate",
                "Leadership is Inadequate when every rated case supervision standard is"
                    + " Inadequate",
                "1.1",
                CASE_SUPERVISION,
                Quantifier.ALL,
                Rating.INADEQUATE,
                RuleEffect.EXACTLY,
                Rating.INADEQUATE),
            new DecisionRule(
                "services-limited-by-inadequate-implementation",
                "Services cannot be Good or Outstanding when Implementation and delivery is"
                    + " Inadequate",
                "1.3",
                List.of("2.4"),
                Quantifier.ANY,
                Rating.INADEQUATE,
                RuleEffect.AT_MOST,
                Rating.REQUIRES_IMPROVEMENT)));
  }

  private static StandardDefinition judged(String code, String name) {
    return new StandardDefinition(code, name, 1, RatingBasis.JUDGEMENT, List.of());
  }

  private static StandardDefinition fromQuestions(String code, String name) {
    return new StandardDefinition(code, name, 2, RatingBasis.KEY_QUESTIONS, List.of());
  }

  /** The four bands of a maximum score, each from the first score of its rating. */
  private static OverallBands bands(int max, int requiresImprovement, int good, int outstanding) {
    return new OverallBands(
        max,
        List.of(
            new Band(0, requiresImprovement - 1, Rating.INADEQUATE),
            new Band(requiresImprovement, good - 1, Rating.REQUIRES_IMPROVEMENT),
            new Band(good, outstanding - 1, Rating.GOOD),
            new Band(outstanding, max, Rating.OUTSTANDING)));
  }
}
