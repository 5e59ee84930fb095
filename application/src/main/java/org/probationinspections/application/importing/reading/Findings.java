package org.probationinspections.application.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the bullets under "Strengths:" / "Areas for improvement:" headings (and their "Key …" forms
 * in letters), coping with what extraction does to them: bullets wrapped over several lines, bullet
 * marks lost, a bullet cut by a page break and continued lower down, and a lost "Areas for
 * improvement" heading.
 *
 * <p>A lost heading can only be inferred: the bullets after the first group of strengths that
 * mostly describe shortfalls (see {@link #SHORTFALL_CUES}) are read as areas for improvement, and
 * each such guess is logged for a person to check.
 */
final class Findings {

  /** Whether a bullet was read as a strength or an area for improvement. */
  enum Kind {
    STRENGTH,
    AREA_FOR_IMPROVEMENT
  }

  /** One finding with the line it starts on and whether its kind was inferred. */
  record Finding(Kind kind, String text, int line) {}

  /** Words that describe a shortfall; data, so that the list can grow with new documents. */
  static final List<String> SHORTFALL_CUES =
      List.of(
          "not ",
          "n't",
          "lack",
          "insufficien",
          "inconsistent",
          "delay",
          "backlog",
          "too much",
          "disappointing",
          "however",
          "less than half",
          "only ",
          "constrain",
          "should have",
          "needs to",
          "need to",
          "yet to",
          "missing",
          "incomplete",
          "unable",
          "limited",
          "poor",
          "ineffective",
          "absent",
          "overwhelmed",
          "was an issue",
          "fit for purpose",
          "deficien",
          "overly",
          "fell below",
          "fallen below",
          "failed");

  private static final Pattern BULLET = Pattern.compile("^\\s*[-•*▪●]\\s+(\\S.*)$");
  private static final Pattern LOST_MARK = Pattern.compile("^ [A-Z0-9'\"“].*");
  private static final Pattern STRENGTHS_HEADING = Pattern.compile("(key )?strengths:?");
  private static final Pattern AREAS_HEADING = Pattern.compile("(key )?areas? for improvement:?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern FOOTNOTE =
      Pattern.compile("^\\s*(?:[\u00B9\u00B2\u00B3\u2070-\u2079]|<sup>|\\$|\\\\_|_\\s*$).*");

  private enum Mode {
    NONE,
    STRENGTHS,
    AREAS
  }

  private Findings() {}

  static boolean isStrengthsHeading(String line) {
    return headingMode(Markup.headingOrPlain(line)) == Mode.STRENGTHS;
  }

  static boolean isAreasHeading(String line) {
    return headingMode(Markup.headingOrPlain(line)) == Mode.AREAS;
  }

  /**
   * The list that a line opens, given its text as a heading or plain: STRENGTHS for "Strengths:",
   * AREAS for "Areas for improvement:" (and their "Key …" forms), NONE for any other line.
   */
  private static Mode headingMode(String headingOrPlain) {
    String text = headingOrPlain.toLowerCase(Locale.ROOT);
    if (STRENGTHS_HEADING.matcher(text).matches()) {
      return Mode.STRENGTHS;
    }
    return AREAS_HEADING.matcher(text).matches() ? Mode.AREAS : Mode.NONE;
  }

  /** Reads the findings between {@code from} and {@code to} (exclusive). */
  static List<Finding> read(SourceText source, int from, int to, IssueLog log) {
    List<Bullet> bullets = new ArrayList<>();
    Mode mode = Mode.NONE;
    int group = 0;
    boolean newGroup = true;
    boolean afterHeading = false;
    Bullet current = null;
    boolean blankSinceBullet = false;
    for (int line = from; line < to; line++) {
      String raw = source.line(line);
      if (raw.isBlank()) {
        blankSinceBullet = current != null;
        newGroup = true;
        continue;
      }
      String plain = Markup.plain(raw);
      Mode heading = headingMode(Markup.heading(raw).orElse(plain));
      if (heading != Mode.NONE) {
        mode = heading;
        afterHeading = true;
        newGroup = true;
        current = null;
        continue;
      }
      if (mode == Mode.NONE || FOOTNOTE.matcher(raw).matches()) {
        continue;
      }
      if (plain.startsWith("\"") || plain.startsWith("“")) {
        current = null; // a quotation from a person on probation: not a finding
        continue;
      }
      var bullet = BULLET.matcher(raw);
      boolean marked = bullet.matches();
      String text = marked ? Markup.plain(bullet.group(1)) : plain;
      if (current != null && startsLowerCase(text)) {
        if (blankSinceBullet || marked) {
          log.warn(line, "bullet continues the one cut by a page break at line " + current.line);
        }
        current.append(text);
        blankSinceBullet = false;
        newGroup = false; // a page break inside a bullet does not start another list
        continue;
      }
      if (!marked
          && current != null
          && !blankSinceBullet
          && Character.isWhitespace(raw.charAt(0))) {
        current.append(text); // a wrapped line of the same bullet
        continue;
      }
      if (!marked
          && current != null
          && blankSinceBullet
          && !endsSentence(current.text.toString())) {
        log.warn(line, "paragraph read as the rest of the bullet at line " + current.line);
        current.append(text);
        blankSinceBullet = false;
        newGroup = false;
        continue;
      }
      boolean lostMark = !marked && LOST_MARK.matcher(raw).matches();
      boolean leadParagraph = !marked && !lostMark && current == null && !looksLikeSubheading(text);
      if (!marked && !lostMark && !leadParagraph) {
        if (looksLikeSubheading(text)) {
          mode = Mode.NONE; // a sub-section ("Resettlement work") ends the list
        }
        current = null;
        continue;
      }
      boolean first = false;
      if (newGroup) {
        group++;
        first = afterHeading;
        afterHeading = false;
      }
      newGroup = false;
      current = new Bullet(line, group, first, mode == Mode.AREAS);
      current.append(text);
      bullets.add(current);
      blankSinceBullet = false;
    }
    return classify(bullets, log);
  }

  private static List<Finding> classify(List<Bullet> bullets, IssueLog log) {
    List<Finding> findings = new ArrayList<>();
    boolean inferredAreas = false;
    int i = 0;
    while (i < bullets.size()) {
      Bullet first = bullets.get(i);
      int end = i;
      while (end < bullets.size() && bullets.get(end).group == first.group) {
        end++;
      }
      List<Bullet> groupBullets = bullets.subList(i, end);
      if (first.firstAfterHeading) {
        inferredAreas = false;
      }
      Kind kind;
      if (first.explicitArea) {
        kind = Kind.AREA_FOR_IMPROVEMENT;
      } else if (first.firstAfterHeading) {
        kind = Kind.STRENGTH;
      } else {
        if (!inferredAreas && mostlyShortfalls(groupBullets)) {
          inferredAreas = true;
          log.warn(
              first.line,
              "'Areas for improvement' heading missing; the bullets from here describe shortfalls"
                  + " and are read as areas for improvement");
        }
        kind = inferredAreas ? Kind.AREA_FOR_IMPROVEMENT : Kind.STRENGTH;
      }
      for (Bullet bullet : groupBullets) {
        findings.add(new Finding(kind, bullet.text.toString().strip(), bullet.line));
      }
      i = end;
    }
    return List.copyOf(findings);
  }

  static boolean mostlyShortfalls(List<Bullet> bullets) {
    long shortfalls =
        bullets.stream().filter(bullet -> describesShortfall(bullet.text.toString())).count();
    return shortfalls * 2 >= bullets.size();
  }

  static boolean describesShortfall(String text) {
    String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
    return SHORTFALL_CUES.stream().anyMatch(lower::contains);
  }

  private static boolean startsLowerCase(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
  }

  private static boolean endsSentence(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".")
        || stripped.endsWith("!")
        || stripped.endsWith("?")
        || stripped.endsWith(":")
        || stripped.endsWith(".\"")
        || stripped.endsWith(")");
  }

  /** A short line without a full stop, such as "Resettlement work" or a page footer. */
  private static boolean looksLikeSubheading(String text) {
    return !text.endsWith(".") && SPACES.split(text).length <= 8;
  }

  /** A bullet being assembled from its lines. */
  static final class Bullet {
    private final int line;
    private final int group;
    private final boolean firstAfterHeading;
    private final boolean explicitArea;
    private final StringBuilder text = new StringBuilder();

    Bullet(int line, int group, boolean firstAfterHeading, boolean explicitArea) {
      this.line = line;
      this.group = group;
      this.firstAfterHeading = firstAfterHeading;
      this.explicitArea = explicitArea;
    }

    void append(String more) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(more.strip());
    }
  }
}
