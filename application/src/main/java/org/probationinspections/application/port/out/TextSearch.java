package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Full-text search of the texts people look for: recommendations, findings and actions, through the
 * store's own index (ranked, stemmed, with the matched words marked). The words come already split
 * and without the common words that match everything, so that every store is asked the same thing.
 */
public interface TextSearch {

  /** Marks the start of a matched word in {@link Hit#marked}. */
  char MATCH_START = '\u0002';

  /** Marks the end of a matched word in {@link Hit#marked}. */
  char MATCH_END = '\u0003';

  /**
   * The hits that contain every word (in any form the store's stemming joins: "offenders" finds
   * "offender"), best first, then by kind, record, number and position; {@code offset} of them
   * skipped, at most {@code limit} returned.
   */
  List<Hit> search(Query query);

  /** What a searchable text is. */
  enum Kind {
    RECOMMENDATION,
    FINDING,
    ACTION
  }

  /**
   * @param words lower-case words, each of letters and digits only, at least one
   */
  record Query(
      List<String> words,
      Set<Kind> kinds,
      Optional<RegionId> region,
      Optional<PduId> pdu,
      int offset,
      int limit) {

    public Query {
      Require.notEmpty("words", words);
      words = List.copyOf(words);
      for (String word : words) {
        if (!word.matches("[\\p{Ll}\\p{Lo}\\p{N}]+")) {
          throw new IllegalArgumentException("words: not a lower-case word: " + word);
        }
      }
      Require.notEmpty("kinds", kinds);
      kinds = Set.copyOf(kinds);
      Require.present("region", region);
      Require.present("pdu", pdu);
      if (offset < 0 || limit < 1) {
        throw new IllegalArgumentException("offset must be ≥ 0 and limit ≥ 1");
      }
    }
  }

  /**
   * One text found. {@code recordId} is the inspection (recommendations and findings) or the action
   * plan (actions); {@code number} the recommendation's or the action's item number (0 for a
   * finding); {@code position} the finding's or the action's place, from 0 (0 for a
   * recommendation). {@code marked} is the whole text with each matched word between {@link
   * #MATCH_START} and {@link #MATCH_END}.
   */
  record Hit(
      Kind kind,
      String recordId,
      int number,
      int position,
      RegionId region,
      Optional<PduId> pdu,
      String marked) {}
}
