package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Searches through the store's full-text index. The typed text is cut into words here, once, so
 * that every store is asked the same words; a page is read by its offset in the ranked list (a
 * ranking has no stable key to read after), and the cursor says where the next page starts.
 */
record SearchTextService(TextSearch search, Directory directory) implements SearchTextUseCase {

  /** At most this many words are searched for; a longer text keeps its first ones. */
  static final int MOST_WORDS = 12;

  /**
   * Words too common in English (and in these texts) to narrow a search, which one store's stemmer
   * would drop and another's keep: leaving them out makes every store answer alike.
   */
  private static final Set<String> COMMON =
      Set.of(
          "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
          "but", "by", "can", "for", "from", "had", "has", "have", "how", "if", "in", "into", "is",
          "it", "its", "more", "no", "not", "of", "on", "or", "our", "should", "so", "such", "than",
          "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
          "was", "we", "were", "what", "when", "where", "which", "who", "will", "with", "would");

  @Override
  public Results search(Query query, CursorPage.Request page) {
    int offset = page.cursor().map(CursorPage::offset).orElse(0);
    Words words = words(query.text());
    if (words.kept().isEmpty()) {
      return new Results(List.of(), words.leftOut(), new CursorPage<>(List.of(), Optional.empty()));
    }
    Names names = new Names(directory);
    Optional<RegionId> region = query.region().map(name -> directory.region(name).id());
    Optional<PduId> pdu = query.pdu().map(name -> directory.pdu(name).id());
    List<TextSearch.Hit> found =
        search.search(
            new TextSearch.Query(
                words.kept(), kinds(query.kinds()), region, pdu, offset, page.limit() + 1));
    List<Hit> hits = found.stream().limit(page.limit()).map(hit -> view(hit, names)).toList();
    Optional<String> next =
        found.size() > page.limit()
            ? Optional.of(CursorPage.atOffset(offset + page.limit()))
            : Optional.empty();
    return new Results(words.kept(), words.leftOut(), new CursorPage<>(hits, next));
  }

  /** The words to search for, in the order typed, and those left out. */
  record Words(List<String> kept, List<String> leftOut) {}

  static Words words(String text) {
    Set<String> kept = new LinkedHashSet<>();
    Set<String> leftOut = new LinkedHashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.length() < 3 || COMMON.contains(word) || kept.size() == MOST_WORDS) {
        leftOut.add(word);
      } else if (word.matches("[\\p{Ll}\\p{Lo}\\p{N}]+")) {
        kept.add(word);
      } else {
        leftOut.add(word);
      }
    }
    return new Words(List.copyOf(kept), List.copyOf(leftOut));
  }

  private static Set<TextSearch.Kind> kinds(Set<Kind> asked) {
    Set<TextSearch.Kind> kinds = EnumSet.noneOf(TextSearch.Kind.class);
    for (Kind kind : asked.isEmpty() ? EnumSet.allOf(Kind.class) : asked) {
      kinds.add(TextSearch.Kind.valueOf(kind.name()));
    }
    return kinds;
  }

  private static Hit view(TextSearch.Hit hit, Names names) {
    Optional<Pdu> pdu = hit.pdu().map(names::pdu);
    return new Hit(
        Kind.valueOf(hit.kind().name()),
        hit.recordId(),
        hit.number(),
        hit.kind() == TextSearch.Kind.RECOMMENDATION ? 0 : hit.position() + 1,
        names.region(hit.region()).name(),
        pdu.map(Pdu::name),
        segments(hit.marked()));
  }

  /** The marked text as runs, matched or not; the marks themselves are dropped. */
  static List<Segment> segments(String marked) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean matched = false;
    for (char c : marked.toCharArray()) {
      if (c == TextSearch.MATCH_START || c == TextSearch.MATCH_END) {
        if (run.length() > 0) {
          segments.add(new Segment(run.toString(), matched));
          run.setLength(0);
        }
        matched = c == TextSearch.MATCH_START;
      } else {
        run.append(c);
      }
    }
    if (run.length() > 0) {
      segments.add(new Segment(run.toString(), matched));
    }
    return segments;
  }
}
