package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ObservationKind;
import org.probationinspections.domain.review.RegionalReview;

/**
 * A stored regional letter beside the one a document would store in its place. A letter changes by
 * gaining what it did not have (an inspection it covers, an observation under a theme), so what
 * only the store has shows the store to be newer, and a merge keeps what only one side has; an
 * observation worded differently in the same place touches.
 */
final class ReviewComparison {

  private final Differences differences = new Differences();
  private final List<InspectionId> covered = new ArrayList<>();
  private final List<Observation> observations = new ArrayList<>();

  /** {@code named} says which inspection an id is, as a person reads it. */
  ReviewComparison(
      RegionalReview stored, RegionalReview document, Function<InspectionId, String> named) {
    Set<InspectionId> both = new LinkedHashSet<>(stored.inspections());
    both.addAll(document.inspections());
    for (InspectionId inspection : both) {
      String what = "the inspection of " + named.apply(inspection);
      if (!document.inspections().contains(inspection)) {
        differences.inStoreOnly(what, "covers " + what, true);
      } else if (!stored.inspections().contains(inspection)) {
        differences.inDocumentOnly(what, "covers " + what);
      }
      covered.add(inspection);
    }
    Map<List<Object>, List<Observation>> storedByPlace = byPlace(stored.observations());
    Map<List<Object>, List<Observation>> documentByPlace = byPlace(document.observations());
    Set<List<Object>> places = new LinkedHashSet<>(storedByPlace.keySet());
    places.addAll(documentByPlace.keySet());
    for (List<Object> place : places) {
      observations(
          storedByPlace.getOrDefault(place, List.of()),
          documentByPlace.getOrDefault(place, List.of()));
    }
  }

  Differences differences() {
    return differences;
  }

  /** The inspections both sides cover, combined. */
  List<InspectionId> covered() {
    return List.copyOf(covered);
  }

  /** The observations of both sides combined, when nothing touches. */
  List<Observation> observations() {
    return List.copyOf(observations);
  }

  /** One theme's strengths (or areas for improvement), compared in the order the letter gives. */
  private void observations(List<Observation> stored, List<Observation> document) {
    int count = Math.max(stored.size(), document.size());
    for (int index = 0; index < count; index++) {
      Observation one = index < stored.size() ? stored.get(index) : document.get(index);
      String where = one.theme() + " " + words(one.kind()) + " " + (index + 1);
      if (index >= document.size()) {
        differences.inStoreOnly(where, where + " " + Differences.quoted(one.text()), true);
      } else if (index >= stored.size()) {
        differences.inDocumentOnly(where, where + " " + Differences.quoted(one.text()));
      } else {
        differences.value(
            where,
            "text",
            stored.get(index).text(),
            document.get(index).text(),
            Differences::quoted);
      }
      observations.add(one);
    }
  }

  private static Map<List<Object>, List<Observation>> byPlace(List<Observation> observations) {
    Map<List<Object>, List<Observation>> byPlace = new LinkedHashMap<>();
    for (Observation observation : observations) {
      byPlace
          .computeIfAbsent(List.of(observation.theme(), observation.kind()), k -> new ArrayList<>())
          .add(observation);
    }
    return byPlace;
  }

  private static String words(ObservationKind kind) {
    return switch (kind) {
      case KEY_STRENGTH -> "key strength";
      case KEY_AREA_FOR_IMPROVEMENT -> "key area for improvement";
    };
  }
}
