package org.probationinspections.application.importing.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * Finds the number of the recommendation an answer means when a document prints only its wording.
 * Wordings are compared by the overlap of their words (Jaccard similarity), after case, punctuation
 * and markup are removed, because plans copy recommendations with small edits ("Provide suitable
 * buildings" for "provide more suitable buildings").
 */
public final class RecommendationMatcher {

  /** At or above this similarity a recommendation is taken to be meant. */
  static final double MINIMUM_SIMILARITY = 0.5;

  /**
   * Below {@link #MINIMUM_SIMILARITY} but at or above this, the best candidate is still taken when
   * it leads the next by {@link #CLEAR_LEAD}; the answer is then reported as a guess.
   */
  static final double WEAK_SIMILARITY = 0.2;

  static final double CLEAR_LEAD = 0.1;

  /** Words that say nothing about which recommendation is meant. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "the", "of", "to", "and", "in", "for", "a", "an", "is", "are", "that", "on", "with",
          "their", "they", "be", "all", "this", "these");

  /** Two candidates closer than this are a tie, broken by addressee level or reported. */
  static final double TIE_MARGIN = 0.02;

  private final BiPredicate<String, String> sameUnit;

  /** Compares unit names with {@code sameUnit} ("Knowsley &amp; St Helens" = "Knowsley and …"). */
  public RecommendationMatcher(BiPredicate<String, String> sameUnit) {
    this.sameUnit = sameUnit;
  }

  /** Compares unit names by {@link org.probationinspections.domain.unit.UnitName} keys. */
  public RecommendationMatcher() {
    this(UnitNames::same);
  }

  /** An answer to resolve, with the addressee level it is expected at when known. */
  public record Request(AnswerDocument answer, Optional<AddresseeLevel> expectedLevel) {}

  /** The answers with their numbers filled in, and what could not be resolved. */
  public record Result(List<AnswerDocument> answers, List<String> problems, List<String> guesses) {
    public Result {
      answers = List.copyOf(answers);
      problems = List.copyOf(problems);
      guesses = List.copyOf(guesses);
    }
  }

  /** Resolves answers without a level hint. */
  public Result resolve(
      List<AnswerDocument> answers, Map<String, List<RecommendationDocument>> known) {
    return resolveRequests(
        answers.stream().map(answer -> new Request(answer, Optional.empty())).toList(), known);
  }

  /**
   * Resolves each request to a recommendation number of its PDU. An answer that already has a
   * number is kept; one whose PDU or wording matches nothing is kept unresolved and reported.
   */
  public Result resolveRequests(
      List<Request> requests, Map<String, List<RecommendationDocument>> known) {
    List<AnswerDocument> resolved = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> guesses = new ArrayList<>();
    for (Request request : requests) {
      AnswerDocument answer = request.answer();
      if (answer.recommendationNumber().isPresent() || answer.recommendationText().isEmpty()) {
        resolved.add(answer);
        continue;
      }
      String pdu = answer.pdu().orElse("");
      Optional<List<RecommendationDocument>> candidates =
          known.entrySet().stream()
              .filter(entry -> sameUnit.test(entry.getKey(), pdu))
              .map(Map.Entry::getValue)
              .findFirst();
      String wording = answer.recommendationText().get();
      if (candidates.isEmpty()) {
        problems.add("no recommendations known for PDU '" + pdu + "' (answer '" + wording + "')");
        resolved.add(answer);
        continue;
      }
      Optional<Integer> number =
          best(wording, request.expectedLevel(), candidates.get(), pdu, problems, guesses);
      resolved.add(
          number
              .map(
                  n ->
                      new AnswerDocument(
                          answer.inspectionId(),
                          answer.pdu(),
                          Optional.of(n),
                          answer.recommendationText()))
              .orElse(answer));
    }
    return new Result(resolved, problems, guesses);
  }

  /**
   * Resolves every answer of a plan, then checks that each known recommendation is answered once.
   */
  public ParsedPlan resolvePlan(
      ActionPlanDocument plan, Map<String, List<RecommendationDocument>> known) {
    List<String> problems = new ArrayList<>();
    List<String> guesses = new ArrayList<>();
    List<ItemDocument> items = new ArrayList<>();
    for (ItemDocument item : plan.items()) {
      Result result = resolve(item.answers(), known);
      result.problems().forEach(problem -> problems.add("item " + item.number() + ": " + problem));
      result.guesses().forEach(guess -> guesses.add("item " + item.number() + ": " + guess));
      items.add(
          new ItemDocument(
              item.number(),
              result.answers(),
              item.response(),
              item.reason(),
              item.explanation(),
              item.actions()));
    }
    problems.addAll(coverageProblems(items, known));
    List<String> notes = new ArrayList<>(plan.notes());
    notes.addAll(guesses);
    notes.addAll(problems);
    ActionPlanDocument resolved = ActionPlanDocuments.withItems(plan, items, notes, plan.version());
    return new ParsedPlan(resolved, problems, guesses);
  }

  /**
   * A plan with its answers numbered, the problems found (unresolved, ambiguous, uncovered) and the
   * weak matches taken as guesses; both are also in the plan's notes.
   */
  public record ParsedPlan(ActionPlanDocument plan, List<String> problems, List<String> guesses) {
    public ParsedPlan {
      problems = List.copyOf(problems);
      guesses = List.copyOf(guesses);
    }
  }

  /** Every known recommendation answered exactly once: what is missing or answered twice. */
  public List<String> coverageProblems(
      List<ItemDocument> items, Map<String, List<RecommendationDocument>> known) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<RecommendationDocument>> entry : known.entrySet()) {
      for (RecommendationDocument recommendation : entry.getValue()) {
        List<Integer> answeredBy = new ArrayList<>();
        for (ItemDocument item : items) {
          for (AnswerDocument answer : item.answers()) {
            if (answer.recommendationNumber().equals(Optional.of(recommendation.number()))
                && answer.pdu().filter(pdu -> sameUnit.test(pdu, entry.getKey())).isPresent()) {
              answeredBy.add(item.number());
            }
          }
        }
        if (answeredBy.isEmpty()) {
          problems.add(
              "recommendation "
                  + recommendation.number()
                  + " of "
                  + entry.getKey()
                  + " is answered by no item");
        } else if (answeredBy.size() > 1) {
          problems.add(
              "recommendation "
                  + recommendation.number()
                  + " of "
                  + entry.getKey()
                  + " is answered by items "
                  + answeredBy);
        }
      }
    }
    return problems;
  }

  private static Optional<Integer> best(
      String wording,
      Optional<AddresseeLevel> level,
      List<RecommendationDocument> candidates,
      String pdu,
      List<String> problems,
      List<String> guesses) {
    Set<String> words = words(wording);
    List<Map.Entry<RecommendationDocument, Double>> scored =
        candidates.stream()
            .map(candidate -> Map.entry(candidate, jaccard(words, words(candidate.text()))))
            .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
            .toList();
    RecommendationDocument best = scored.isEmpty() ? null : scored.get(0).getKey();
    double bestScore = scored.isEmpty() ? 0 : scored.get(0).getValue();
    double runnerUp = scored.size() < 2 ? 0 : scored.get(1).getValue();
    List<RecommendationDocument> tied =
        scored.stream()
            .filter(entry -> bestScore - entry.getValue() <= TIE_MARGIN)
            .map(Map.Entry::getKey)
            .toList();
    if (best == null
        || bestScore < WEAK_SIMILARITY
        || (bestScore < MINIMUM_SIMILARITY && bestScore - runnerUp < CLEAR_LEAD)) {
      problems.add("no recommendation of " + pdu + " matches '" + wording + "'");
      return Optional.empty();
    }
    if (bestScore < MINIMUM_SIMILARITY) {
      guesses.add(
          String.format(
              Locale.ROOT,
              "'%s' matches recommendation %d of %s only weakly (%.2f): '%s'",
              wording,
              best.number(),
              pdu,
              bestScore,
              best.text()));
    }
    if (tied.size() > 1) {
      List<RecommendationDocument> atLevel =
          level
              .map(l -> tied.stream().filter(c -> c.addressee().level() == l).toList())
              .orElse(List.of());
      if (atLevel.size() == 1) {
        return Optional.of(atLevel.get(0).number());
      }
      problems.add(
          "'"
              + wording
              + "' matches recommendations "
              + tied.stream().map(RecommendationDocument::number).toList()
              + " of "
              + pdu
              + " equally well");
      return Optional.empty();
    }
    return Optional.of(best.number());
  }

  static Set<String> words(String text) {
    String plain =
        Markup.plain(text)
            .toLowerCase(Locale.ROOT)
            .replace("focussing", "focusing")
            .replaceAll("[^a-z0-9 ]+", " ");
    Set<String> words = new HashSet<>();
    for (String word : plain.split("\\s+")) {
      if (!word.isBlank() && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static double jaccard(Set<String> one, Set<String> other) {
    if (one.isEmpty() && other.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(one);
    union.addAll(other);
    Set<String> common = new HashSet<>(one);
    common.retainAll(other);
    return (double) common.size() / union.size();
  }
}
