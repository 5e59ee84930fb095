package org.probationinspections.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.domain.inspection.Finding;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Search of the records held in memory by a scan, for tests and the views of past days. A word
 * matches a word of the text with the same stem, where the stem is the word less a plural or verb
 * ending: a rough cut of what the databases' stemmers do, which agrees with them on the plurals and
 * tenses a search usually meets. Ranked by how many times the words occur, per hundred characters.
 */
public final class InMemoryTextSearch implements TextSearch {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final InMemoryStore store;

  public InMemoryTextSearch(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public List<Hit> search(Query query) {
    List<String> stems = query.words().stream().map(InMemoryTextSearch::stem).toList();
    return store.read(
        t -> {
          List<Ranked> found = new ArrayList<>();
          if (query.kinds().contains(Kind.RECOMMENDATION) || query.kinds().contains(Kind.FINDING)) {
            for (Inspection inspection : t.inspections.values()) {
              Pdu pdu = t.pdus.get(inspection.pduId());
              if (!placed(query, pdu.regionId(), Optional.of(pdu.id()))) {
                continue;
              }
              String id = inspection.id().value();
              if (query.kinds().contains(Kind.RECOMMENDATION)) {
                for (Recommendation r : inspection.recommendations()) {
                  found.add(ranked(stems, Kind.RECOMMENDATION, id, r.number(), 0, pdu, r.text()));
                }
              }
              if (query.kinds().contains(Kind.FINDING)) {
                List<Finding> findings = inspection.findings();
                for (int position = 0; position < findings.size(); position++) {
                  found.add(
                      ranked(
                          stems,
                          Kind.FINDING,
                          id,
                          0,
                          position,
                          pdu,
                          findings.get(position).text()));
                }
              }
            }
          }
          if (query.kinds().contains(Kind.ACTION) && query.pdu().isEmpty()) {
            for (ActionPlan plan : t.plans.values()) {
              if (!placed(query, plan.regionId(), Optional.empty())) {
                continue;
              }
              for (ActionPlanItem item : plan.items()) {
                for (int position = 0; position < item.actions().size(); position++) {
                  found.add(
                      ranked(
                          stems,
                          new Hit(
                              Kind.ACTION,
                              plan.id().value(),
                              item.number(),
                              position,
                              plan.regionId(),
                              Optional.empty(),
                              item.actions().get(position).text())));
                }
              }
            }
          }
          return found.stream()
              .filter(r -> r.score() > 0)
              .sorted(BEST_FIRST)
              .skip(query.offset())
              .limit(query.limit())
              .map(Ranked::hit)
              .toList();
        });
  }

  private record Ranked(Hit hit, double score) {}

  private static final Comparator<Ranked> BEST_FIRST =
      Comparator.comparingDouble((Ranked r) -> -r.score())
          .thenComparing(r -> r.hit().kind().name())
          .thenComparing(r -> r.hit().recordId())
          .thenComparingInt(r -> r.hit().number())
          .thenComparingInt(r -> r.hit().position());

  private static boolean placed(Query query, RegionId region, Optional<PduId> pdu) {
    return query.region().map(region::equals).orElse(true)
        && query.pdu().map(wanted -> pdu.map(wanted::equals).orElse(false)).orElse(true);
  }

  private static Ranked ranked(
      List<String> stems, Kind kind, String id, int number, int position, Pdu pdu, String text) {
    return ranked(
        stems, new Hit(kind, id, number, position, pdu.regionId(), Optional.of(pdu.id()), text));
  }

  /**
   * The hit with its matched words marked, scored 0 unless every stem is among the text's; the
   * score is the number of matched words per hundred characters.
   */
  private static Ranked ranked(List<String> stems, Hit plain) {
    String text = plain.marked();
    StringBuilder marked = new StringBuilder();
    List<String> seen = new ArrayList<>();
    int matches = 0;
    int last = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String stem = stem(word.group());
      if (stems.contains(stem)) {
        marked.append(text, last, word.start()).append(MATCH_START).append(word.group());
        marked.append(MATCH_END);
        last = word.end();
        matches++;
        seen.add(stem);
      }
    }
    marked.append(text.substring(last));
    if (!seen.containsAll(stems)) {
      return new Ranked(plain, 0);
    }
    Hit hit =
        new Hit(
            plain.kind(),
            plain.recordId(),
            plain.number(),
            plain.position(),
            plain.region(),
            plain.pdu(),
            marked.toString());
    return new Ranked(hit, matches * 100.0 / Math.max(1, text.length()));
  }

  /**
   * The word in lower case less one plural or verb ending ("ies", "ing", "ed", "s" but not "ss"),
   * then less a final "e", with a final "y" read as "i": "offences" and "offence" are "offenc",
   * "authorities" and "authority" "authoriti". At least three letters stay.
   */
  static String stem(String word) {
    String stem = word.toLowerCase(Locale.ROOT);
    for (String ending : List.of("ies", "ing", "ed", "s")) {
      if (stem.endsWith(ending) && !stem.endsWith("ss") && stem.length() - ending.length() >= 3) {
        stem =
            stem.substring(0, stem.length() - ending.length()) + (ending.equals("ies") ? "i" : "");
        break;
      }
    }
    if (stem.length() > 3 && stem.endsWith("e")) {
      stem = stem.substring(0, stem.length() - 1);
    }
    if (stem.length() > 3 && stem.endsWith("y")) {
      stem = stem.substring(0, stem.length() - 1) + "i";
    }
    return stem;
  }
}
