package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.inspection.Finding;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.RatingSource;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.theme.Wording;

/**
 * A stored inspection beside what a document would make of it. An import adds to an inspection
 * (findings, recommendations, details it lacks) and never takes anything away, but it overwrites a
 * standard's rating, key-question results and published rating, and the published score: those
 * differences touch, and are what a replacement overwrites. People change an inspection after an
 * import by judging a standard otherwise than it was published and adding recommendations: a
 * document without a version that lacks one of those (or a standard so judged) was made before it,
 * so the store holds more. Findings, wording, key-question figures and published figures come from
 * documents too (a person's figures are replaced by the report's), and say nothing of which side is
 * newer: they touch, but do not make the store newer.
 */
final class InspectionComparison {

  private final Differences differences = new Differences();

  /**
   * {@code stored} as it was before the import, {@code result} as the import leaves it, and the
   * {@code document} imported.
   */
  InspectionComparison(
      Inspection stored, Inspection result, InspectionDocument document, Framework framework) {
    Set<String> given = new HashSet<>();
    for (StandardDocument printed : document.standards()) {
      StandardDocument standard = InspectionMerge.byName(framework, printed);
      if (standard.rating().isPresent()
          || standard.publishedRating().isPresent()
          || !standard.keyQuestions().isEmpty()) {
        given.add(standard.code());
      }
    }
    for (StandardDefinition definition : framework.standards()) {
      String where = "standard " + definition.code() + " " + definition.name();
      Optional<StandardResult> before = stored.result(definition.code());
      Optional<StandardResult> after = result.result(definition.code());
      if (before.isEmpty() && after.isPresent()) {
        differences.inDocumentOnly(where, where + " " + shown(after.get()));
      } else if (before.isPresent() && !given.contains(definition.code())) {
        differences.inStoreOnly(where, where + " " + shown(before.get()), byPerson(before.get()));
      } else if (before.isPresent() && after.isPresent() && !before.equals(after)) {
        standard(where, before.get(), after.get());
      }
    }
    recommendations(stored, document);
    findings(stored, result);
    published(stored.published(), result.published());
  }

  /** What differs, and whether the store holds a person's change that the document lacks. */
  Differences differences() {
    return differences;
  }

  private void standard(String where, StandardResult stored, StandardResult document) {
    if (stored.rating() != document.rating()) {
      differences.touches(
          where
              + " rating: stored "
              + ratingWithSource(stored)
              + ", document "
              + document.rating().label(),
          judgedBeside(stored, document));
    }
    if (!stored.publishedRating().equals(document.publishedRating())) {
      if (stored.publishedRating().isEmpty()) {
        differences.takenFromDocument(
            where + " published rating: stored none, document " + published(document),
            where + " published rating");
      } else {
        differences.touches(
            where
                + " published rating: stored "
                + published(stored)
                + ", document "
                + published(document),
            false);
      }
    }
    if (!stored.keyQuestions().equals(document.keyQuestions())) {
      String difference =
          where
              + " key questions: stored "
              + percentages(stored.keyQuestions())
              + ", document "
              + percentages(document.keyQuestions());
      if (stored.keyQuestions().isEmpty()) {
        differences.takenFromDocument(difference, where + " key questions");
      } else if (percentages(stored.keyQuestions()).equals(percentages(document.keyQuestions()))) {
        differences.takenFromDocument(
            where + " key questions: the same figures, worded otherwise in the document",
            where + " key questions' wording");
      } else {
        differences.touches(difference, false);
      }
    }
  }

  private void recommendations(Inspection stored, InspectionDocument document) {
    Set<Integer> numbers = new HashSet<>();
    for (RecommendationDocument given : document.recommendations()) {
      numbers.add(given.number());
      Optional<Recommendation> kept = stored.findRecommendation(given.number());
      String where = "recommendation " + given.number();
      if (kept.isEmpty()) {
        differences.inDocumentOnly(where, where + " " + Differences.quoted(given.text()));
      } else if (!Wording.same(kept.get().text(), given.text())) {
        // The stored wording stays, and the document's is noted, as on every import.
        differences.differ(where, "wording", kept.get().text(), given.text(), Differences::quoted);
      }
    }
    for (Recommendation kept : stored.recommendations()) {
      if (!numbers.contains(kept.number())) {
        String where = "recommendation " + kept.number();
        differences.inStoreOnly(where, where + " " + Differences.quoted(kept.text()), true);
      }
    }
  }

  private void findings(Inspection stored, Inspection result) {
    Set<Finding> before = new HashSet<>(stored.findings());
    List<Finding> added = new ArrayList<>(result.findings());
    added.removeIf(before::contains);
    if (!added.isEmpty()) {
      String what = count(added.size(), "finding") + " of " + codes(added);
      differences.inDocumentOnly(what, what);
    }
  }

  private void published(PublishedSummary stored, PublishedSummary document) {
    if (stored.equals(document)) {
      return;
    }
    String difference =
        "published score and overall rating: stored "
            + summary(stored)
            + ", document "
            + summary(document);
    if (stored.equals(PublishedSummary.NONE)) {
      differences.takenFromDocument(difference, "published score and overall rating");
    } else {
      differences.touches(difference, false);
    }
  }

  /**
   * A judgement beside the published rating that the document gives too: the store holds a
   * judgement the document lacks. (A document that brings a published rating the store did not have
   * fills it in; that is no sign of which side is newer.)
   */
  private static boolean judgedBeside(StandardResult stored, StandardResult document) {
    return byPerson(stored)
        && stored.publishedRating().isPresent()
        && stored.publishedRating().equals(document.publishedRating());
  }

  /** A judgement a person made: no document printed it (a published rating differs, or none). */
  private static boolean byPerson(StandardResult result) {
    return switch (result.source()) {
      case JUDGEMENT -> result.publishedRating().map(p -> p != result.rating()).orElse(true);
      case KEY_QUESTIONS, PUBLISHED -> false;
    };
  }

  private static String shown(StandardResult result) {
    return "rated " + ratingWithSource(result);
  }

  private static String ratingWithSource(StandardResult result) {
    String source =
        result.source() == RatingSource.JUDGEMENT
            ? "judgement"
            : result.source() == RatingSource.KEY_QUESTIONS ? "from key questions" : "as published";
    return result.rating().label() + " (" + source + ")";
  }

  private static String published(StandardResult result) {
    return result.publishedRating().map(r -> r.label()).orElse("none");
  }

  private static String percentages(List<KeyQuestionResult> results) {
    return results.isEmpty()
        ? "none"
        : results.stream().map(q -> q.percentYes() + "%").collect(Collectors.joining(", "));
  }

  private static String summary(PublishedSummary summary) {
    String score =
        summary.score().isPresent() && summary.maximum().isPresent()
            ? summary.score().getAsInt() + "/" + summary.maximum().getAsInt()
            : "no score";
    return score + ", " + summary.overallText().map(Differences::quoted).orElse("no rating");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String codes(List<Finding> findings) {
    return findings.stream()
        .map(Finding::standardCode)
        .distinct()
        .collect(Collectors.joining(", ", "standard ", ""));
  }
}
