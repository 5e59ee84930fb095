package org.probationinspections.application.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * Reads numbered recommendations grouped under "… should:" headings. Numbers run 1..n in one
 * sequence across the headings, so a lost list number is the previous one plus one.
 */
final class RecommendationList {

  static final String NATIONAL_NAME = "HM Prison and Probation Service";

  private static final Pattern NUMBERED =
      Pattern.compile("^\\s*(?:[-•*]\\s*)?(\\d{1,2})\\.\\s+(\\S.*)$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-•*]\\s+(\\S.*)$");
  private static final Pattern NATIONAL =
      Pattern.compile(
          "HM Prison and Probation Service|His Majesty's Prison and Probation Service|HMPPS",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PDU_SUFFIX =
      Pattern.compile("(?i)\\s*(PDU|Probation Delivery Unit)$");

  private RecommendationList() {}

  /** A recommendation with the line it starts on. */
  record Numbered(RecommendationDocument recommendation, int line) {}

  /** The addressee of a "… should:" heading, or empty when the line is no such heading. */
  static Optional<AddresseeDocument> addressee(String line) {
    String text = Markup.headingOrPlain(line);
    if (!text.toLowerCase(Locale.ROOT).endsWith("should:")) {
      return Optional.empty();
    }
    String who = text.substring(0, text.length() - "should:".length()).strip();
    return Optional.of(addresseeOf(who));
  }

  /** "Cheshire West PDU" → PDU, "North West region" → REGION, HMPPS in any spelling → NATIONAL. */
  static AddresseeDocument addresseeOf(String who) {
    if (NATIONAL.matcher(who).find()) {
      return new AddresseeDocument(AddresseeLevel.NATIONAL, NATIONAL_NAME);
    }
    String lower = who.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" region")) {
      return new AddresseeDocument(
          AddresseeLevel.REGION, who.substring(0, who.length() - " region".length()).strip());
    }
    String name = PDU_SUFFIX.matcher(who).replaceFirst("").strip();
    return new AddresseeDocument(AddresseeLevel.PDU, name);
  }

  /** True when the line starts a recommendation (numbered or a bare bullet). */
  static boolean isItem(String line) {
    return NUMBERED.matcher(line).matches() || BULLET.matcher(line).matches();
  }

  /**
   * Reads the recommendations between {@code from} and {@code to} (exclusive). Lines that are
   * neither a heading nor an item end the item before them, so footnotes are not appended.
   */
  static List<Numbered> read(SourceText source, int from, int to, IssueLog log) {
    List<Numbered> result = new ArrayList<>();
    Optional<AddresseeDocument> addressee = Optional.empty();
    StringBuilder text = null;
    int number = 0;
    int startLine = 0;
    boolean open = false;
    boolean afterHeading = false;
    for (int line = from; line < to; line++) {
      String raw = source.line(line);
      Optional<AddresseeDocument> heading = addressee(raw);
      Matcher numbered = NUMBERED.matcher(raw);
      Matcher bullet = BULLET.matcher(raw);
      boolean bare = afterHeading && isBareItem(raw);
      if (!raw.isBlank()) {
        afterHeading = heading.isPresent();
      }
      if (heading.isPresent()) {
        flush(result, addressee, number, text, startLine);
        text = null;
        open = false;
        addressee = heading;
      } else if (bare) {
        flush(result, addressee, number, text, startLine);
        number = number + 1;
        log.warn(
            line,
            "recommendation without its list number; numbered " + number + " from the sequence");
        text = new StringBuilder(raw.strip());
        startLine = line;
        open = true;
      } else if (numbered.matches() || bullet.matches()) {
        flush(result, addressee, number, text, startLine);
        if (addressee.isEmpty()) {
          log.error(line, "recommendation without a '… should:' heading before it; skipped");
          text = null;
          open = false;
          continue;
        }
        int expected = number + 1;
        if (numbered.matches()) {
          number = Integer.parseInt(numbered.group(1));
          if (number != expected) {
            log.warn(
                line, "recommendation numbered " + number + " where " + expected + " was expected");
          }
          text = new StringBuilder(numbered.group(2).strip());
        } else {
          number = expected;
          log.warn(
              line,
              "recommendation without its list number; numbered " + number + " from the sequence");
          text = new StringBuilder(bullet.group(1).strip());
        }
        startLine = line;
        open = true;
      } else if (open && !raw.isBlank() && Character.isWhitespace(raw.charAt(0))) {
        text.append(' ').append(raw.strip());
      } else if (!raw.isBlank()) {
        open = false;
      }
    }
    flush(result, addressee, number, text, startLine);
    return List.copyOf(result);
  }

  /**
   * A line that starts with a small letter right under a "… should:" heading, as a recommendation
   * does ("resource probation regions …"), when its list number was lost.
   */
  private static boolean isBareItem(String line) {
    String plain = Markup.plain(line);
    return !plain.isEmpty()
        && Character.isLowerCase(plain.charAt(0))
        && !NUMBERED.matcher(line).matches()
        && !BULLET.matcher(line).matches();
  }

  private static void flush(
      List<Numbered> result,
      Optional<AddresseeDocument> addressee,
      int number,
      StringBuilder text,
      int line) {
    if (text == null || addressee.isEmpty()) {
      return;
    }
    String plain = Markup.plain(text.toString());
    boolean already = result.stream().anyMatch(done -> done.line() == line);
    if (!already && !plain.isEmpty()) {
      result.add(new Numbered(new RecommendationDocument(number, addressee.get(), plain), line));
    }
  }
}
