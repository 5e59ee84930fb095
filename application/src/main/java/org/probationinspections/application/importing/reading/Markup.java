package org.probationinspections.application.importing.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes what PDF-to-text extraction leaves around words: HTML tags, entities, markdown. */
final class Markup {

  private static final Pattern FOOTNOTE_MARK = Pattern.compile("<sup>\\s*\\d+\\s*</sup>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern HEADING =
      Pattern.compile(
          "^\\s*(?:#{1,6}\\s*)?(?:\\*\\*|__|<b>)?\\s*(.*?)\\s*(?:\\*\\*|__|</b>)?\\s*$");
  private static final Pattern LEADING_HASHES = Pattern.compile("^#+\\s*");
  private static final Pattern SUPERSCRIPT_DIGITS =
      Pattern.compile("[\u00B9\u00B2\u00B3\u2070-\u2079]+");

  private Markup() {}

  /** Plain text of a fragment: no tags, entities decoded, no emphasis, spaces collapsed. */
  static String plain(String text) {
    if (!hasMarkup(text)) {
      return collapseSpaces(text).strip();
    }
    String result = FOOTNOTE_MARK.matcher(text).replaceAll("");
    result = TAG.matcher(result).replaceAll(" ");
    result =
        result
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&")
            .replace("\\_", "_")
            .replace("**", "")
            .replace('\u00A0', ' ');
    return collapseSpaces(result).strip();
  }

  /**
   * Whether {@code text} holds a character that a tag, an entity, an escape, emphasis or a no-break
   * space starts with; most lines hold none, and need their spaces collapsed only.
   */
  private static boolean hasMarkup(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '&' || c == '\\' || c == '*' || c == '\u00A0') {
        return true;
      }
    }
    return false;
  }

  /** Each run of white space ({@code \\s}: space, tab, line breaks, form feed) as one space. */
  private static String collapseSpaces(String text) {
    if (!hasSpaceToCollapse(text)) {
      return text;
    }
    StringBuilder collapsed = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        collapsed.append(c);
        inSpace = false;
      } else if (!inSpace) {
        collapsed.append(' ');
        inSpace = true;
      }
    }
    return collapsed.toString();
  }

  private static boolean hasSpaceToCollapse(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c <= ' '
        && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
  }

  /**
   * The text of a line that is written as a heading in any of the styles extraction produces ("#
   * X", "#### **X**", "**X**", "<b>X</b>"); empty for an ordinary line.
   */
  static Optional<String> heading(String line) {
    String trimmed = line.strip();
    boolean hashed = trimmed.startsWith("#");
    boolean bold =
        (trimmed.startsWith("**") && trimmed.endsWith("**") && trimmed.length() > 4)
            || (trimmed.startsWith("<b>") && trimmed.endsWith("</b>"));
    if (!hashed && !bold) {
      return Optional.empty();
    }
    Matcher matcher = HEADING.matcher(trimmed);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String text = plain(LEADING_HASHES.matcher(matcher.group(1)).replaceFirst(""));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The line without heading markers, emphasis or tags; ordinary lines are made plain too. */
  static String headingOrPlain(String line) {
    return heading(line).orElseGet(() -> plain(line));
  }

  /** Removes footnote marks printed as superscript digits ("rating¹"). */
  static String withoutSuperscripts(String text) {
    return SUPERSCRIPT_DIGITS.matcher(text).replaceAll("");
  }
}
