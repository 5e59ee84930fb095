package org.probationinspections.persistence.framework;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.probationinspections.domain.framework.Band;
import org.probationinspections.domain.framework.DecisionRule;
import org.probationinspections.domain.framework.DomainDefinition;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.OverallBands;
import org.probationinspections.domain.framework.Quantifier;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.RatingBasis;
import org.probationinspections.domain.framework.RuleEffect;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.unit.UnitLevel;

/** The JSON shape of a framework data file; the domain validates what it holds. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FrameworkFile(
    String id,
    String name,
    UnitLevel inspects,
    List<DomainEntry> domains,
    List<StandardEntry> standards,
    List<BandEntry> keyQuestionBands,
    Map<Rating, Integer> scores,
    List<OverallBandsEntry> overallBands,
    List<RuleEntry> decisionRules) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record DomainEntry(int number, String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StandardEntry(
      String code, String name, int domain, RatingBasis basis, List<String> keyQuestions) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record BandEntry(int min, int max, Rating rating) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  /** {@code assumed} is absent where the inspectorate published the bands. */
  record OverallBandsEntry(int maximum, Boolean assumed, List<BandEntry> bands) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RuleEntry(String id, String description, String standard, Condition when, Effect then) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Condition(List<String> standards, Quantifier quantifier, Rating rating) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Effect(RuleEffect effect, Rating rating) {}

  Framework toFramework() {
    return new Framework(
        new FrameworkId(id),
        name,
        inspects == null ? UnitLevel.PDU : inspects,
        orEmpty(domains).stream().map(d -> new DomainDefinition(d.number(), d.name())).toList(),
        orEmpty(standards).stream()
            .map(
                s ->
                    new StandardDefinition(
                        s.code(), s.name(), s.domain(), s.basis(), orEmpty(s.keyQuestions())))
            .toList(),
        orEmpty(keyQuestionBands).stream().map(FrameworkFile::band).toList(),
        scores == null ? Map.of() : scores,
        orEmpty(overallBands).stream()
            .map(
                o ->
                    new OverallBands(
                        o.maximum(),
                        Boolean.TRUE.equals(o.assumed()),
                        orEmpty(o.bands()).stream().map(FrameworkFile::band).toList()))
            .toList(),
        orEmpty(decisionRules).stream().map(FrameworkFile::rule).toList());
  }

  private static Band band(BandEntry entry) {
    return new Band(entry.min(), entry.max(), entry.rating());
  }

  private static DecisionRule rule(RuleEntry entry) {
    Condition when = entry.when() == null ? new Condition(List.of(), null, null) : entry.when();
    Effect then = entry.then() == null ? new Effect(null, null) : entry.then();
    return new DecisionRule(
        entry.id(),
        entry.description(),
        entry.standard(),
        orEmpty(when.standards()),
        when.quantifier(),
        when.rating(),
        then.effect(),
        then.rating());
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
