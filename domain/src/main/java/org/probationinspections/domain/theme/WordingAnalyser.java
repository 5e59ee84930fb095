package org.probationinspections.domain.theme;

import java.util.List;

/**
 * Turns a text into the terms that theme rules and wording comparisons read. The domain names what
 * it needs; how a text is cut, stemmed and its synonyms joined is the adapter's (a text library),
 * so the rules stay plain Java.
 */
@FunctionalInterface
public interface WordingAnalyser {

  /** The terms of {@code text}, in reading order; empty when it has no words. */
  List<Term> terms(String text);

  /** Each normalised word as it is: no stemming, no synonyms, nothing left out. */
  WordingAnalyser PLAIN = text -> Wording.words(text).stream().map(w -> new Term(w, w)).toList();
}
