package org.probationinspections.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase.OutcomeRow;
import org.probationinspections.domain.common.InvalidValueException;

/**
 * Reads a file of published outcomes: the JSON of {@code published-outcomes.json} (an object whose
 * {@code inspections} list holds one object a published outcome) or a CSV with the same columns, a
 * header line first. In the CSV, {@code standardRatings} is one cell: {@code Leadership:
 * INADEQUATE; Staff: GOOD}. The columns are described in docs/PUBLISHED-RECORD.md. The command
 * line's import and the API's {@code POST /api/published-outcomes/import} read it alike.
 */
public final class PublishedOutcomesFile {

  static final List<String> COLUMNS =
      List.of(
          "pdu",
          "region",
          "published",
          "publishedNote",
          "programme",
          "overallRating",
          "standardRatings",
          "score",
          "recommendations",
          "source");

  private static final List<String> REQUIRED =
      List.of("pdu", "region", "programme", "overallRating", "source");

  private PublishedOutcomesFile() {}

  /** Whether the file is a published record rather than a document or an export. */
  public static boolean isPublishedRecord(String fileName, byte[] content) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      String header = firstLine(content).toLowerCase(Locale.ROOT);
      return header.contains("overallrating") && header.contains("source");
    }
    if (!FileImports.looksLikeJson(fileName, content)) {
      return false;
    }
    try {
      JsonNode root = new ObjectMapper().readTree(content);
      return root != null
          && root.isObject()
          && root.path("inspections").isArray()
          && (root.path("inspections").isEmpty()
              || root.path("inspections").get(0).has("overallRating"));
    } catch (IOException notJson) {
      return false;
    }
  }

  public static List<OutcomeRow> read(String fileName, byte[] content) throws IOException {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? readCsv(new String(content, StandardCharsets.UTF_8))
        : readJson(content);
  }

  private static List<OutcomeRow> readJson(byte[] content) throws IOException {
    JsonNode outcomes = new ObjectMapper().readTree(content).path("inspections");
    List<OutcomeRow> rows = new ArrayList<>();
    int number = 0;
    for (JsonNode outcome : outcomes) {
      number++;
      String place = "outcome " + number;
      if (!outcome.isObject()) {
        throw new InvalidValueException(place, "is not an object of the columns " + COLUMNS);
      }
      Map<String, String> ratings = new LinkedHashMap<>();
      JsonNode given = outcome.path("standardRatings");
      if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
        throw new InvalidValueException(
            place + " standardRatings",
            "expected an object of standard names and ratings, such as {\"Leadership\":"
                + " \"GOOD\"}");
      }
      given.fields().forEachRemaining(e -> ratings.put(e.getKey(), e.getValue().asText()));
      rows.add(
          new OutcomeRow(
              place,
              text(outcome, "pdu"),
              text(outcome, "region"),
              text(outcome, "published"),
              text(outcome, "publishedNote"),
              text(outcome, "programme"),
              text(outcome, "overallRating"),
              ratings,
              number(place, "score", text(outcome, "score")),
              number(place, "recommendations", text(outcome, "recommendations")),
              text(outcome, "source")));
    }
    return rows;
  }

  private static String text(JsonNode outcome, String field) {
    JsonNode value = outcome.path(field);
    return value.isMissingNode() || value.isNull() ? "" : value.asText();
  }

  private static List<OutcomeRow> readCsv(String text) {
    List<List<String>> records = Csv.parse(text);
    if (records.isEmpty()) {
      throw new InvalidValueException("line 1", "the header line is missing: expected " + COLUMNS);
    }
    List<String> header = records.get(0).stream().map(String::strip).toList();
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        throw new InvalidValueException(
            "line 1", "the header has no column '" + column + "': expected " + COLUMNS);
      }
    }
    List<OutcomeRow> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      String place = "line " + Csv.lineOf(text, i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (cells.size() > header.size()) {
        throw new InvalidValueException(
            place, "has " + cells.size() + " cells, the header " + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
      }
      rows.add(
          new OutcomeRow(
              place,
              row.getOrDefault("pdu", ""),
              row.getOrDefault("region", ""),
              row.getOrDefault("published", ""),
              row.getOrDefault("publishedNote", ""),
              row.getOrDefault("programme", ""),
              row.getOrDefault("overallRating", ""),
              ratings(place, row.getOrDefault("standardRatings", "")),
              number(place, "score", row.getOrDefault("score", "")),
              number(place, "recommendations", row.getOrDefault("recommendations", "")),
              row.getOrDefault("source", "")));
    }
    return rows;
  }

  /** "Leadership: INADEQUATE; Staff: GOOD" as names and ratings. */
  private static Map<String, String> ratings(String place, String cell) {
    Map<String, String> ratings = new LinkedHashMap<>();
    for (String pair : cell.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int colon = pair.lastIndexOf(':');
      if (colon < 0) {
        throw new InvalidValueException(
            place + " standardRatings",
            "'"
                + pair.strip()
                + "' is not a standard and its rating: expected \"Leadership: GOOD; Staff:"
                + " INADEQUATE\"");
      }
      ratings.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
    }
    return ratings;
  }

  private static Optional<Integer> number(String place, String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return Optional.of(value);
    } catch (NumberFormatException notANumber) {
      throw new InvalidValueException(
          place + " " + field, "'" + text + "' is not a whole number of 0 or more");
    }
  }

  private static String firstLine(byte[] content) {
    String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** RFC 4180: cells split by commas, quoted with double quotes ("" inside), newlines in quotes. */
  static final class Csv {

    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      int i = text.startsWith("\uFEFF") ? 1 : 0;
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          record.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          record.add(cell.toString());
          cell.setLength(0);
          records.add(record);
          record = new ArrayList<>();
        } else {
          cell.append(c);
        }
      }
      if (quoted) {
        throw new InvalidValueException(
            "line " + lineOf(text, records.size()), "a quoted cell is not closed");
      }
      if (cell.length() > 0 || !record.isEmpty()) {
        record.add(cell.toString());
        records.add(record);
      }
      return records;
    }

    /** The line of the file on which record {@code index} (0 for the header) starts. */
    static int lineOf(String text, int index) {
      int line = 1;
      int record = 0;
      boolean quoted = false;
      for (int i = 0; i < text.length() && record < index; i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '\n') {
          line++;
          if (!quoted) {
            record++;
          }
        }
      }
      return line;
    }
  }
}
