package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.shared.RecordTypes;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.security.SecurityUseCases;

/** Each record's history from the audit trail, on a page of its own or in its record's page. */
public record HistoryPages(SecurityUseCases security) {

  public void register(Routes routes) {
    routes.get("/history", this::history);
  }

  /** One record's history, newest last: a page of its own, or the fragment its page loads. */
  private void history(Context ctx) {
    String type = Params.query(ctx, "type").orElseThrow(() -> missing("type"));
    String id = Params.query(ctx, "id").orElseThrow(() -> missing("id"));
    List<AuditLog.Entry> entries =
        new ArrayList<>(security.auditTrail().list(ListAuditTrailUseCase.Query.of(type, id)));
    if (type.equals(RecordTypes.INSPECTION)) {
      // Its score and overall rating stated again under changed rules belong to its history too.
      entries.addAll(
          security.auditTrail().list(ListAuditTrailUseCase.Query.of(RecordTypes.RATING, id)));
      entries.sort(Comparator.comparingLong(AuditLog.Entry::sequence));
    }
    Render.page(
        ctx, "history", new HistoryPage(type, id, entries, ctx.header("HX-Request") != null));
  }

  public record HistoryPage(
      String type, String id, List<AuditLog.Entry> entries, boolean fragment) {

    /** The entries in words: when, who, and each value before and after. */
    public List<HistoryWords.Row> rows() {
      return HistoryWords.rows(entries);
    }

    /** "inspection" and "action-plan" as a heading says them. */
    public String typeWords() {
      return type.replace('-', ' ');
    }
  }

  private static BadRequestException missing(String name) {
    return new BadRequestException(name, name + " is required");
  }
}
