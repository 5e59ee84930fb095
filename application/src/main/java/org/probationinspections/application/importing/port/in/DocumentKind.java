package org.probationinspections.application.importing.port.in;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of document the importers read, recognised by markers that survive extraction, in the
 * order an import of several files stores them: reports first, then regional letters, then action
 * plans, so that a letter finds its inspections and a plan the recommendations it answers.
 */
public enum DocumentKind {
  PDU_REPORT,
  REGIONAL_LETTER,
  ACTION_PLAN;

  private static final Pattern RATINGS = Pattern.compile("(?m)^\\s*Ratings\\s*$");
  private static final Pattern SCORE = Pattern.compile("Score\\s*\\t?\\s*\\d+\\s*/\\s*\\d+");
  private static final Pattern LETTER_ANNEXE =
      Pattern.compile("Annexe one\\s*[–—-]\\s*Recommendations", Pattern.CASE_INSENSITIVE);

  /** The kind of {@code text}, or empty when it is no document the importers know. */
  public static Optional<DocumentKind> detect(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // The markers are matched as case-insensitive regular expressions match them: ASCII letters
    // in any case. One folded copy lets each be found with a plain search of the text.
    String folded = asciiFolded(text);
    if ((folded.contains("action plan submitted") || folded.contains("action plan:"))
        && folded.contains("rec no")) {
      return Optional.of(ACTION_PLAN);
    }
    if (folded.contains("regional observations") && hasLetterAnnexe(text, folded)) {
      return Optional.of(REGIONAL_LETTER);
    }
    if (folded.contains("an inspection of probation services in")
        && RATINGS.matcher(text).find()
        && SCORE.matcher(text).find()) {
      return Optional.of(PDU_REPORT);
    }
    return Optional.empty();
  }

  /**
   * Where a file goes in an import of several: reports, and anything that is no document the
   * importers know, first (0), then regional letters (1), then action plans (2). The content is
   * read as UTF-8 text.
   */
  public static int importRank(byte[] content) {
    return detect(new String(content, StandardCharsets.UTF_8)).map(Enum::ordinal).orElse(0);
  }

  /**
   * The kind of a JSON document written by export, from the names of its fields: a plan has {@code
   * items}, a regional letter {@code observations} or {@code inspectionIds}, an inspection {@code
   * pdu}; empty for anything else.
   */
  public static Optional<DocumentKind> ofJson(Predicate<String> hasField) {
    if (hasField.test("items")) {
      return Optional.of(ACTION_PLAN);
    }
    if (hasField.test("observations") || hasField.test("inspectionIds")) {
      return Optional.of(REGIONAL_LETTER);
    }
    if (hasField.test("pdu")) {
      return Optional.of(PDU_REPORT);
    }
    return Optional.empty();
  }

  /** Whether an "Annexe one – Recommendations" heading starts where any "annexe one" does. */
  private static boolean hasLetterAnnexe(String text, String folded) {
    Matcher matcher = LETTER_ANNEXE.matcher(text);
    for (int at = folded.indexOf("annexe one");
        at >= 0;
        at = folded.indexOf("annexe one", at + 1)) {
      if (matcher.region(at, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with its ASCII capitals in lower case, its other ASCII characters as they are and
   * every other character as U+0080, which no marker holds: one character for each of the text's,
   * so that a position in one is the same position in the other.
   */
  private static String asciiFolded(String text) {
    byte[] folded = new byte[text.length()];
    for (int i = 0; i < folded.length; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        folded[i] = (byte) (c + ('a' - 'A'));
      } else {
        folded[i] = c < 0x80 ? (byte) c : (byte) 0x80;
      }
    }
    return new String(folded, StandardCharsets.ISO_8859_1);
  }
}
