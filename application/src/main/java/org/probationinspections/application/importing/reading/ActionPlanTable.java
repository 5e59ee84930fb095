package org.probationinspections.application.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of an action plan's table: the "… should:" headings naming who a run of items is for,
 * the item rows with their continuation rows joined cell by cell, up to the summary table.
 */
final class ActionPlanTable {

  static final int REC = 1;
  static final int RESPONSE = 2;
  static final int ACTIONS = 3;
  static final int OWNERS = 4;
  static final int TARGETS = 5;
  static final int COLUMNS = 6;

  private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

  private ActionPlanTable() {}

  /** One item row with its continuation rows joined, cell by cell. */
  static final class Row {
    final int line;
    final int number;
    final List<String> addresseePdus;
    final List<List<String>> cells = new ArrayList<>();

    Row(int line, int number, List<String> addresseePdus) {
      this.line = line;
      this.number = number;
      this.addresseePdus = addresseePdus;
      for (int i = 0; i < COLUMNS; i++) {
        cells.add(new ArrayList<>());
      }
    }

    List<String> cell(int column) {
      return cells.get(column);
    }
  }

  /** The item rows from line {@code from} on, up to the summary table. */
  static List<Row> rows(SourceText source, int from, IssueLog log) {
    List<Row> rows = new ArrayList<>();
    List<String> headingPdus = List.of();
    boolean headingSeen = false;
    for (int line = from; line <= source.lineCount(); line++) {
      String raw = source.line(line);
      if (raw.isBlank()) {
        continue;
      }
      String[] cells = raw.split("\t", -1);
      String first = Markup.plain(cells[0]);
      if (first.toLowerCase(Locale.ROOT).endsWith("should:")) {
        String who = first.substring(0, first.length() - "should:".length());
        headingPdus = who.matches("(?is).*\\bPDU\\b.*") ? List.of(who) : List.of();
        headingSeen = true;
        continue;
      }
      if (first.matches("\\d{1,3}")) {
        if (!headingSeen) {
          log.warn(line, "item " + first + " comes before any '… should:' heading");
        }
        Row row = new Row(line, Integer.parseInt(first), headingPdus);
        append(row, cells, source, line, log);
        rows.add(row);
      } else if (first.isEmpty() && cells.length > 1) {
        if (rows.isEmpty()) {
          log.error(line, "continuation row before any item; skipped");
        } else {
          append(rows.get(rows.size() - 1), cells, source, line, log);
        }
      } else if (first.equalsIgnoreCase("Recommendations") || first.equalsIgnoreCase("Agreed")) {
        break; // the summary table
      } else {
        log.error(
            line,
            "unreadable row in the action plan table: '" + abbreviate(Markup.plain(raw)) + "'");
      }
    }
    return rows;
  }

  /** Adds a (continuation) row's cells; a cut sentence continues in the first part of the next. */
  private static void append(Row row, String[] cells, SourceText source, int line, IssueLog log) {
    if (cells.length > COLUMNS) {
      log.warn(line, "row has " + cells.length + " cells where " + COLUMNS + " were expected");
    }
    for (int column = 1; column < Math.min(cells.length, COLUMNS); column++) {
      List<String> parts = parts(cells[column]);
      if (parts.isEmpty()) {
        continue;
      }
      List<String> existing = row.cell(column);
      boolean sentences = column == REC || column == ACTIONS;
      if (!existing.isEmpty()
          && sentences
          && (!endsSentence(existing.get(existing.size() - 1)) || startsLowerCase(parts.get(0)))) {
        String joined = existing.remove(existing.size() - 1) + " " + parts.get(0);
        existing.add(joined);
        existing.addAll(parts.subList(1, parts.size()));
      } else {
        existing.addAll(parts);
      }
    }
  }

  /** The {@code <p>} paragraphs of a cell, or the cell as one part. */
  private static List<String> parts(String cell) {
    List<String> parts = new ArrayList<>();
    Matcher paragraph = PARAGRAPH.matcher(cell);
    while (paragraph.find()) {
      String text = Markup.plain(paragraph.group(1));
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    if (parts.isEmpty()) {
      String text = Markup.plain(cell);
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    return parts;
  }

  private static boolean endsSentence(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?");
  }

  private static boolean startsLowerCase(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
  }

  /** A text cut to 80 characters for a message. */
  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
