package org.probationinspections.domain.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ratings as the published reports and letters print them, for the framework built in code here and
 * for the shipped framework file in the persistence adapter's tests: the same figures, once.
 */
public final class PublishedRatings {

  /** The rated standards of the adult PDU framework, in the order the rating tables print them. */
  public static final List<String> PDU_STANDARDS =
      List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5");

  /** Court work and the case supervision standards: the ones the leadership rules look at. */
  public static final List<String> CASE_SUPERVISION = List.of("2.1", "2.2", "2.3", "2.4", "2.5");

  private PublishedRatings() {}

  /**
   * The ratings of {@code standards}, in order, from the rating tables' abbreviations separated by
   * spaces: O, G, RI, I, and NR for a standard not rated.
   */
  public static Map<String, Rating> of(List<String> standards, String abbreviations) {
    String[] given = abbreviations.trim().split("\\s+");
    if (given.length != standards.size()) {
      throw new IllegalArgumentException(
          standards.size() + " standards but ratings \"" + abbreviations + "\"");
    }
    Map<String, Rating> ratings = new LinkedHashMap<>();
    for (int i = 0; i < given.length; i++) {
      ratings.put(standards.get(i), rating(given[i]));
    }
    return ratings;
  }

  /** Cheshire West's published ratings, 2023 (court work not rated). */
  public static Map<String, Rating> cheshireWest() {
    return of(PDU_STANDARDS, "RI G RI G NR I I I RI");
  }

  /** Cheshire West's court work and case supervision: three standards Inadequate. */
  public static Map<String, Rating> cheshireWestCaseSupervision() {
    return of(CASE_SUPERVISION, "NR I I I RI");
  }

  /** Knowsley and St Helens's court work and case supervision: every rated one Inadequate. */
  public static Map<String, Rating> knowsleyCaseSupervision() {
    return of(CASE_SUPERVISION, "NR I I I I");
  }

  private static Rating rating(String abbreviation) {
    return switch (abbreviation) {
      case "O" -> Rating.OUTSTANDING;
      case "G" -> Rating.GOOD;
      case "RI" -> Rating.REQUIRES_IMPROVEMENT;
      case "I" -> Rating.INADEQUATE;
      case "NR" -> Rating.NOT_RATED;
      default -> throw new IllegalArgumentException(abbreviation);
    };
  }
}
