package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.domain.common.Require;

/**
 * Searches the words of recommendations, findings and actions: the texts that hold every word (in
 * any of its forms), best first, a page at a time, with the matched words marked.
 */
public interface SearchTextUseCase {

  Results search(Query query, CursorPage.Request page);

  /** What a text is. */
  enum Kind {
    RECOMMENDATION,
    FINDING,
    ACTION
  }

  /**
   * @param text what a person typed; words of one or two characters and the commonest English words
   *     ("the", "and", "of"…) are left out, since they would match nearly everything
   * @param kinds the kinds to search; empty means all
   * @param region a region's name or id, or any
   * @param pdu a PDU's name or id, or any (actions belong to a region's plan, so a PDU finds none)
   */
  record Query(String text, Set<Kind> kinds, Optional<String> region, Optional<String> pdu) {
    public Query {
      text = text == null ? "" : text;
      kinds = Set.copyOf(Require.entries("kinds", kinds));
      Require.present("region", region);
      Require.present("pdu", pdu);
    }
  }

  /**
   * A page of hits, the words searched for, and the words left out of the search; no words to
   * search for gives no hits (and no error).
   */
  record Results(List<String> words, List<String> leftOut, CursorPage<Hit> hits) {}

  /**
   * One text found, with where it belongs: the inspection of a recommendation or finding (its PDU),
   * or the action plan of an action (its region); {@code number} is the recommendation's number or
   * the action's item, {@code position} the finding's or the action's place from 1 (0 for a
   * recommendation).
   */
  record Hit(
      Kind kind,
      String recordId,
      int number,
      int position,
      String region,
      Optional<String> pdu,
      List<Segment> text) {}

  /** A run of a hit's text, matched by a word of the search or not. */
  record Segment(String text, boolean matched) {}
}
