package org.probationinspections.web.pages.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.web.pages.Labels;
import org.probationinspections.web.pages.Models;

/**
 * The league table as CSV (RFC 4180), written a row at a time: rank (empty when not ranked),
 * whether the place is shared, PDU, region, fieldwork, score, maximum, overall rating, then each
 * standard's rating; a value that is not there is empty.
 */
public final class LeagueCsv {

  private LeagueCsv() {}

  /**
   * Writes the heading, then each page {@code pageFrom} gives (the rows from an offset) until one
   * is empty, flushing after each: the whole table is never held at once.
   */
  public static void write(
      IntFunction<List<Models.LeagueRow>> pageFrom,
      List<StandardColumn> standards,
      OutputStream out)
      throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    List<String> heading =
        new ArrayList<>(
            List.of(
                "Rank",
                "Shared",
                "PDU",
                "Region",
                "Fieldwork started",
                "Score",
                "Maximum",
                "Overall rating"));
    standards.forEach(s -> heading.add(s.code() + " " + s.name()));
    heading.addAll(List.of("Published summary", "Source", "Published"));
    line(csv, heading);
    int offset = 0;
    for (List<Models.LeagueRow> rows = pageFrom.apply(offset);
        !rows.isEmpty();
        rows = pageFrom.apply(offset)) {
      write(csv, rows, standards);
      offset += rows.size();
      csv.flush();
    }
    csv.flush();
  }

  private static void write(Writer csv, List<Models.LeagueRow> rows, List<StandardColumn> standards)
      throws IOException {
    for (Models.LeagueRow row : rows) {
      InspectionSummary s = row.inspection();
      List<String> cells =
          new ArrayList<>(
              List.of(
                  row.rank().replace("=", "").replace("–", ""),
                  row.rank().startsWith("=") ? "shared" : "",
                  s.pdu(),
                  s.region(),
                  s.fieldworkStarted().toString(),
                  Integer.toString(s.score()),
                  Integer.toString(s.maxScore()),
                  s.overallRating().map(Labels::words).orElse("")));
      for (StandardColumn standard : standards) {
        Rating rating = standard.ratingOf(s);
        cells.add(rating == null ? "" : Labels.words(rating));
      }
      cells.add(s.summary() ? "published summary" : "");
      cells.add(s.source().orElse(""));
      cells.add(s.publicationDate().orElse(""));
      line(csv, cells);
    }
  }

  private static void line(Writer csv, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(quoted(cells.get(i)));
    }
    csv.write("\r\n");
  }

  /**
   * A cell quoted where it must be; a cell that a spreadsheet would read as a formula (starting
   * with =, +, - or @) is prefixed with an apostrophe so that it is shown, not run.
   */
  public static String quoted(String cell) {
    String safe = cell.matches("^[=+\\-@].*") ? "'" + cell : cell;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
