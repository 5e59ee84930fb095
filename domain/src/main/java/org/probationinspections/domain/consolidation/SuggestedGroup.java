package org.probationinspections.domain.consolidation;

import java.util.List;

/**
 * Recommendations that say the same thing: their keys, how alike they are (the mean similarity of
 * their pairs) and the words they share, rarest first, as the reason.
 */
public record SuggestedGroup(List<String> keys, double similarity, List<String> sharedWords) {

  public SuggestedGroup {
    keys = List.copyOf(keys);
    sharedWords = List.copyOf(sharedWords);
  }
}
