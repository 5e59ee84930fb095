package org.probationinspections.application.testing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The unit the consolidation scores count in: every unordered pair of keys grouped together. */
public final class KeyPairs {

  private KeyPairs() {}

  public static Set<Set<String>> of(List<String> keys) {
    Set<Set<String>> pairs = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        pairs.add(Set.of(keys.get(i), keys.get(j)));
      }
    }
    return pairs;
  }
}
