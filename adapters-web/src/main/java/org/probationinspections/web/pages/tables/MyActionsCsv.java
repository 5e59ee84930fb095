package org.probationinspections.web.pages.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.probationinspections.application.plan.port.in.MyActionView;
import org.probationinspections.web.pages.Labels;

/**
 * My actions as CSV (RFC 4180), written as each batch is read: region, plan, item, action, the
 * action's words, owners (separated by "; "), target month, status, days overdue (0 when due this
 * month).
 */
public final class MyActionsCsv {

  private final Writer csv;

  public MyActionsCsv(OutputStream out) throws IOException {
    this.csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    line(
        List.of(
            "Region",
            "Action plan",
            "Item",
            "Action",
            "What",
            "Owners",
            "Target month",
            "Status",
            "Days overdue"));
  }

  public void rows(List<MyActionView> actions) throws IOException {
    for (MyActionView a : actions) {
      line(
          List.of(
              a.region(),
              a.planId(),
              Integer.toString(a.item()),
              Integer.toString(a.action()),
              a.text(),
              String.join("; ", a.owners()),
              a.target().toString(),
              Labels.status(a.status()),
              Long.toString(a.daysOverdue())));
    }
  }

  public void finish() throws IOException {
    csv.flush();
  }

  private void line(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(LeagueCsv.quoted(cells.get(i)));
    }
    csv.write("\r\n");
  }
}
