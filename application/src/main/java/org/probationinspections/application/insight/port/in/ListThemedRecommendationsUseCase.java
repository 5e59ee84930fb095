package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;

/** Every recommendation with its themes, filtered by region, PDU, theme, addressee and words. */
public interface ListThemedRecommendationsUseCase {

  List<ThemedRecommendationView> list(Query query);

  /**
   * One page of the same list: without words in the order of {@link #list} (oldest fieldwork first,
   * then by number), with words best match first (the database's full-text index ranks them); the
   * cursor holds where the next page starts.
   */
  CursorPage<ThemedRecommendationView> page(Query query, CursorPage.Request page);

  /** One recommendation with its themes; an unknown inspection or number is not found. */
  ThemedRecommendationView get(InspectionId inspection, int number);

  /**
   * Region and PDU by id or name; theme by id; the level it is addressed to; words that must all be
   * in its text, in any of their forms (as the search has them). Empty means any.
   */
  record Query(
      Optional<String> region,
      Optional<String> pdu,
      Optional<String> theme,
      Optional<AddresseeLevel> level,
      Optional<String> words) {

    public Query {
      Require.present("region", region);
      Require.present("pdu", pdu);
      Require.present("theme", theme);
      Require.present("level", level);
      Require.present("words", words);
    }

    public Query(Optional<String> region, Optional<String> pdu, Optional<String> theme) {
      this(region, pdu, theme, Optional.empty(), Optional.empty());
    }

    public static Query all() {
      return new Query(Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
