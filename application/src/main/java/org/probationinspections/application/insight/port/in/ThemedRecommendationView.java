package org.probationinspections.application.insight.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;

/** A recommendation with its themes and why each applies. */
public record ThemedRecommendationView(
    String inspectionId,
    String pduId,
    String pdu,
    String region,
    LocalDate fieldworkStarted,
    int number,
    AddresseeDocument addressee,
    String text,
    List<AssignedTheme> themes,
    Optional<Override> override) {

  /**
   * A theme as it applies: found by rules ({@code source} RULES, with the phrases matched and their
   * total weight) or chosen by a person ({@code source} PERSON).
   */
  public record AssignedTheme(
      String id, String name, String source, int score, List<String> matchedPhrases) {

    /** One line saying why: the quoted phrases, or who chose it. */
    public String explanation() {
      if (source.equals("PERSON")) {
        return "chosen by a person";
      }
      return "matched "
          + String.join(", ", matchedPhrases.stream().map(p -> "\u201c" + p + "\u201d").toList())
          + " (weight "
          + score
          + ")";
    }
  }

  /** Who replaced the rules' themes, when, and why. */
  public record Override(String by, String note, String at, List<AssignedTheme> rulesWouldGive) {}

  public boolean hasTheme(String themeId) {
    return themes.stream().anyMatch(t -> t.id().equals(themeId));
  }
}
