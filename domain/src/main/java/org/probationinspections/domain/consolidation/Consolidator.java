package org.probationinspections.domain.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.theme.WordingAnalyser;

/**
 * Suggests which recommendations of a regional review to answer with one action-plan item.
 *
 * <p>Groups grow by average linkage: the two groups whose recommendations are most alike on average
 * merge first, as long as that average reaches {@code threshold} and the merged group holds
 * recommendations of at least two units. Pairs within one unit are never the reason for a merge (a
 * report does not repeat itself), but a group may hold two of one unit when each of them matches
 * the other units' pair (the North West plan's item 11 does this).
 */
public final class Consolidator {

  /** The similarity two groups' recommendations must reach on average to be merged. */
  public static final double DEFAULT_THRESHOLD = 0.4;

  private final double threshold;
  private final WordingAnalyser analyser;
  private final WordingSimilarity.Likeness likeness;

  /**
   * Compares wording as {@code analyser} cuts it, by {@code likeness}; merges groups alike from
   * {@code threshold}.
   */
  public Consolidator(
      double threshold, WordingAnalyser analyser, WordingSimilarity.Likeness likeness) {
    if (threshold <= 0 || threshold > 1) {
      throw new org.probationinspections.domain.common.InvalidValueException(
          "threshold", "must be above 0 and at most 1, was " + threshold);
    }
    this.threshold = threshold;
    this.analyser = Require.present("analyser", analyser);
    this.likeness = Require.present("likeness", likeness);
  }

  /** Compares wording cut by the light stemmer, blending the cosine with the overlap. */
  public Consolidator(double threshold) {
    this(threshold, new LightStemming(), WordingSimilarity.Likeness.COSINE_AND_OVERLAP);
  }

  public Consolidator() {
    this(DEFAULT_THRESHOLD);
  }

  /** Groups of two or more, most alike first. */
  public List<SuggestedGroup> suggest(List<Candidate> candidates) {
    Require.present("candidates", candidates);
    WordingSimilarity similarity =
        new WordingSimilarity(
            candidates.stream().map(Candidate::text).toList(), analyser, likeness);
    int n = candidates.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = similarity.similarity(candidates.get(i).text(), candidates.get(j).text());
        sim[i][j] = s;
        sim[j][i] = s;
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>(List.of(i)));
    }
    while (true) {
      double best = -1;
      int bestA = -1;
      int bestB = -1;
      for (int a = 0; a < groups.size(); a++) {
        for (int b = a + 1; b < groups.size(); b++) {
          double linkage = crossUnitMean(groups.get(a), groups.get(b), candidates, sim);
          if (linkage > best) {
            best = linkage;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0 || best < threshold) {
        break;
      }
      groups.get(bestA).addAll(groups.get(bestB));
      groups.remove(bestB);
    }
    List<SuggestedGroup> suggestions = new ArrayList<>();
    for (List<Integer> group : groups) {
      if (group.size() < 2) {
        continue;
      }
      group.sort(null);
      suggestions.add(
          new SuggestedGroup(
              group.stream().map(i -> candidates.get(i).key()).toList(),
              meanCrossUnit(group, candidates, sim),
              sharedWords(group, candidates, similarity)));
    }
    suggestions.sort(Comparator.comparingDouble(SuggestedGroup::similarity).reversed());
    return suggestions;
  }

  /** Mean similarity of the pairs across the two groups that belong to different units. */
  private static double crossUnitMean(
      List<Integer> a, List<Integer> b, List<Candidate> candidates, double[][] sim) {
    double sum = 0;
    int pairs = 0;
    for (int i : a) {
      for (int j : b) {
        if (!candidates.get(i).unit().equals(candidates.get(j).unit())) {
          sum += sim[i][j];
          pairs++;
        }
      }
    }
    return pairs == 0 ? -1 : sum / pairs;
  }

  private static double meanCrossUnit(
      List<Integer> group, List<Candidate> candidates, double[][] sim) {
    double sum = 0;
    int pairs = 0;
    for (int x = 0; x < group.size(); x++) {
      for (int y = x + 1; y < group.size(); y++) {
        int i = group.get(x);
        int j = group.get(y);
        if (!candidates.get(i).unit().equals(candidates.get(j).unit())) {
          sum += sim[i][j];
          pairs++;
        }
      }
    }
    return pairs == 0 ? 0 : sum / pairs;
  }

  private static List<String> sharedWords(
      List<Integer> group, List<Candidate> candidates, WordingSimilarity similarity) {
    Set<String> shared =
        new LinkedHashSet<>(
            similarity.shared(
                candidates.get(group.get(0)).text(), candidates.get(group.get(1)).text()));
    for (int k = 2; k < group.size(); k++) {
      Set<String> next =
          Set.copyOf(
              similarity.shared(
                  candidates.get(group.get(0)).text(), candidates.get(group.get(k)).text()));
      if (shared.stream().anyMatch(next::contains)) {
        shared.retainAll(next);
      }
    }
    return shared.stream().limit(6).toList();
  }
}
