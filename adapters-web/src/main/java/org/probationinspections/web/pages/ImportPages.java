package org.probationinspections.web.pages;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.FileImports;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** The import page: published documents uploaded from the browser. */
public record ImportPages(AsAtViews views) {

  /** How many open flags the page lists. */
  static final int OPEN_FLAGS_SHOWN = 100;

  public void register(Routes routes) {
    routes.get(
        "/import",
        ctx -> Render.page(ctx, "import", new ImportModels.ImportPage(List.of(), openFlags(ctx))));
    routes.post("/import", this::importDocuments);
  }

  /**
   * Stores the uploaded files as the command line's import does (published documents, JSON written
   * by export, a published record of outcomes): reports and records first, then letters, then
   * plans, each file in its own transaction, whole or not at all.
   */
  private void importDocuments(Context ctx) {
    boolean dryRun = !Params.text(ctx.formParam("dryRun")).isEmpty();
    OnConflict onConflict = Params.onConflict(ctx.formParam("onConflict"));
    List<UploadedFile> files = ctx.uploadedFiles("documents");
    List<Upload> uploads = new ArrayList<>();
    for (UploadedFile file : files) {
      try (InputStream in = file.content()) {
        uploads.add(new Upload(file.filename(), in.readAllBytes()));
      } catch (IOException unreadable) {
        uploads.add(new Upload(file.filename(), new byte[0]));
      }
    }
    FileImports imports = views.web(ctx).fileImports();
    uploads.sort(Comparator.comparingInt(upload -> imports.rank(upload.name(), upload.content())));
    List<ImportModels.ImportResult> results =
        imports.run(
            dryRun,
            () -> {
              List<ImportModels.ImportResult> each = new ArrayList<>();
              for (Upload upload : uploads) {
                each.add(importOne(imports, upload, dryRun, onConflict));
              }
              return each;
            });
    if (files.isEmpty()) {
      results.add(ImportModels.ImportResult.refused("", "Choose one or more files to import."));
    }
    ctx.status(results.stream().anyMatch(r -> r.error() != null) ? 422 : 200);
    Render.page(ctx, "import", new ImportModels.ImportPage(results, openFlags(ctx)));
  }

  /** A file as uploaded. */
  private record Upload(String name, byte[] content) {}

  private static ImportModels.ImportResult importOne(
      FileImports imports, Upload upload, boolean dryRun, OnConflict onConflict) {
    try {
      FileImports.FileImport stored =
          imports.store(imports.read(upload.name(), upload.content(), dryRun, onConflict));
      return new ImportModels.ImportResult(
          upload.name(),
          stored.dryRun(),
          stored.entries().stream()
              .map(
                  entry ->
                      new ImportModels.ImportedRecord(
                          entry.heading(),
                          ImportModels.ImportedRecord.link(
                              entry.outcome().kind(), entry.outcome().recordId()),
                          entry.remarks()))
              .toList(),
          stored.summary(),
          null);
    } catch (DomainException refused) {
      return ImportModels.ImportResult.refused(upload.name(), refused.getMessage());
    } catch (IOException unreadable) {
      return ImportModels.ImportResult.refused(
          upload.name(), "the file cannot be read as JSON: " + unreadable.getMessage());
    }
  }

  /** The flags left open, for the list under the results. */
  private List<FlagView> openFlags(Context ctx) {
    return views.web(ctx).listFlags().open(OPEN_FLAGS_SHOWN);
  }
}
