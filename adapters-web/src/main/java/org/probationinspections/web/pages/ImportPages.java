package org.probationinspections.web.pages;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** The import page: published documents uploaded from the browser. */
public record ImportPages(AsAtViews views) {

  /** How many open flags the page lists. */
  static final int OPEN_FLAGS_SHOWN = 100;

  public void register(Routes routes) {
    routes.get(
        "/import",
        ctx -> Render.page(ctx, "import", new Models.ImportPage(List.of(), openFlags(ctx))));
    routes.post("/import", this::importDocuments);
  }

  /**
   * Stores the uploaded documents as the command line's import does: in {@link
   * DocumentKind#importRank} order (reports, then letters, then plans), each in its own
   * transaction.
   */
  private void importDocuments(Context ctx) {
    boolean dryRun = !Params.text(ctx.formParam("dryRun")).isEmpty();
    OnConflict onConflict = Params.onConflict(ctx.formParam("onConflict"));
    List<UploadedFile> files = new ArrayList<>(ctx.uploadedFiles("documents"));
    List<byte[]> contents = new ArrayList<>();
    for (UploadedFile file : files) {
      try (InputStream in = file.content()) {
        contents.add(in.readAllBytes());
      } catch (IOException unreadable) {
        contents.add(new byte[0]);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      order.add(i);
    }
    var importer = views.web(ctx).importDocument();
    order.sort(
        Comparator.comparingInt(
            i -> importer.importRank(files.get(i).filename(), contents.get(i))));
    List<Models.ImportResult> results = new ArrayList<>();
    for (int i : order) {
      String name = files.get(i).filename();
      try {
        var result =
            views
                .web(ctx)
                .importDocument()
                .importDocument(
                    new ImportPublishedDocumentUseCase.Command(
                        name, contents.get(i), dryRun, onConflict));
        results.add(
            new Models.ImportResult(
                name,
                result.kind(),
                result.outcome().effect().name(),
                result.outcome().recordId(),
                result.warnings(),
                result.outcome().conflict(),
                null));
      } catch (DomainException refused) {
        results.add(
            new Models.ImportResult(name, "", "", "", List.of(), List.of(), refused.getMessage()));
      }
    }
    if (files.isEmpty()) {
      results.add(
          new Models.ImportResult(
              "", "", "", "", List.of(), List.of(), "Choose one or more files to import."));
    }
    ctx.status(results.stream().anyMatch(r -> r.error() != null) ? 422 : 200);
    Render.page(ctx, "import", new Models.ImportPage(results, openFlags(ctx)));
  }

  /** The flags left open, for the list under the results. */
  private List<FlagView> openFlags(Context ctx) {
    return views.web(ctx).listFlags().open(OPEN_FLAGS_SHOWN);
  }
}
