package org.probationinspections.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.web.FileImports;
import org.probationinspections.web.PublishedOutcomesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports published documents (text extracted from their PDFs) and the JSON that export writes.
 * Each file is stored in its own transaction: a file that fails stores nothing, the others go on.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import PDU reports, regional letters and action plans (text extracted from the PDFs),"
          + " JSON written by export, or a published record of outcomes (published-outcomes.json,"
          + " or a CSV with the same columns: docs/PUBLISHED-RECORD.md).",
      "Exit status: 0 when every file imported, 1 when any failed (the others are kept), 2 for"
          + " a usage error."
    })
final class ImportCommand implements Callable<Integer> {

  @Mixin DatabaseOptions database;

  @Option(names = "--dry-run", description = "Show what would be stored, store nothing")
  boolean dryRun;

  @Option(
      names = "--on-conflict",
      paramLabel = "CHOICE",
      defaultValue = "refuse",
      converter = OnConflictConverter.class,
      description = {
        "When a stored inspection, regional letter or action plan changed since the document was"
            + " made (an older export, or a document lacking what was recorded since: a"
            + " judgement, a recommendation, an observation, progress): refuse (default: store"
            + " nothing of the file and show the differences), merge (combine the changes that do not touch,"
            + " refuse the rest) or replace (store the document over the newer changes)"
      })
  OnConflict onConflict = OnConflict.REFUSE;

  /** Reads refuse, merge or replace, in any case. */
  static final class OnConflictConverter implements picocli.CommandLine.ITypeConverter<OnConflict> {
    @Override
    public OnConflict convert(String value) {
      try {
        return OnConflict.parse(value);
      } catch (DomainException wrong) {
        throw new picocli.CommandLine.TypeConversionException(wrong.getMessage());
      }
    }
  }

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to import")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "Import into this running server through its API instead of a local database")
  java.net.URI server;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The API token for --server (default: $INSPECTIONS_TOKEN)")
  String token;

  /**
   * Imports one file in two steps: reading it, which touches no store and may run ahead on another
   * thread, and storing what was read, which says what happened, a line each.
   */
  private interface Importer<R> {
    R read(Path file, byte[] content) throws IOException;

    List<String> store(R read) throws IOException;
  }

  /** How many files are read ahead of the one being stored. */
  private static final int READ_AHEAD = 4;

  @Override
  public Integer call() throws Exception {
    if (server != null) {
      String key = token != null ? token : System.getenv("INSPECTIONS_TOKEN");
      if (key == null || key.isBlank()) {
        throw new picocli.CommandLine.ParameterException(
            new picocli.CommandLine(this),
            "--server needs an API token: --token or INSPECTIONS_TOKEN"
                + " (create one with: inspections users token create NAME)");
      }
      RemoteServer remote = new RemoteServer(server, key);
      return importAll(
          (file, content) -> remoteRank(file, content),
          new Importer<RemoteFile>() {
            @Override
            public RemoteFile read(Path file, byte[] content) {
              return new RemoteFile(file, content);
            }

            @Override
            public List<String> store(RemoteFile read) throws IOException {
              return importRemotely(remote, read.file(), read.content());
            }
          });
    }
    return database.run(
        component -> {
          FileImports imports = component.useCases().today().imports();
          return imports.run(
              dryRun,
              () ->
                  importAll(
                      (file, content) -> imports.rank(file.getFileName().toString(), content),
                      new Importer<FileImports.ReadFile>() {
                        @Override
                        public FileImports.ReadFile read(Path file, byte[] content)
                            throws IOException {
                          return imports.read(
                              file.getFileName().toString(), content, dryRun, onConflict);
                        }

                        @Override
                        public List<String> store(FileImports.ReadFile read) throws IOException {
                          return imports.store(read).lines();
                        }
                      }));
        });
  }

  /**
   * Imports the files in dependency order (reports first, then regional letters, then action plans,
   * so that a letter finds its inspections and a plan the recommendations it answers, whatever
   * order the files were named in), each stored in its own transaction, while the next few are
   * ranked and read on another thread: reading a report takes about as long as storing it, and the
   * two can share the machine's cores.
   */
  private <R> int importAll(ReadAhead.Ranker ranker, Importer<R> importer) {
    PrintStream out = System.out;
    int failed = 0;
    try (ReadAhead<R> reads = new ReadAhead<>(files, ranker, importer::read, READ_AHEAD)) {
      for (int index = 1; index <= files.size(); index++) {
        String progress = files.size() > 1 ? progressBar(index, files.size()) + " " : "";
        if (!importOne(importer, reads.next(), progress, out)) {
          failed++;
        }
      }
    }
    if (files.size() > 1) {
      out.println(
          (files.size() - failed)
              + " of "
              + files.size()
              + " files imported"
              + (dryRun ? " (dry run: nothing stored)" : ""));
    }
    return failed == 0 ? 0 : 1;
  }

  /**
   * Stores one file read, and says what happened; false when it was not imported. (A method of its
   * own, not the body of the loop over the files: the compiler then compiles it once, instead of
   * the whole import inlined into the loop, compiled while the loop runs.)
   */
  private static <R> boolean importOne(
      Importer<R> importer, ReadAhead.Turn<R> turn, String progress, PrintStream out) {
    Path file = turn.file();
    try {
      for (String line : importer.store(turn.read())) {
        out.println(progress + file + ": " + line);
      }
      return true;
    } catch (DomainException | RemoteServer.Refused refusal) {
      System.err.println(progress + file + ": not imported: " + refusal.getMessage());
    } catch (IOException unreadable) {
      System.err.println(progress + file + ": cannot be read: " + unreadable.getMessage());
    }
    return false;
  }

  /** A file to send to a server, read. */
  private record RemoteFile(Path file, byte[] content) {}

  /** The same import through a server's API: published text to /api/documents, JSON by kind. */
  private List<String> importRemotely(RemoteServer remote, Path file, byte[] content)
      throws IOException {
    List<String> lines = new ArrayList<>();
    String name = file.getFileName().toString();
    if (PublishedOutcomesFile.isPublishedRecord(name, content)) {
      JsonNode answer =
          remote.post(
              "/api/published-outcomes/import?name="
                  + RemoteServer.query(name)
                  + "&dryRun="
                  + dryRun,
              name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                  ? "text/csv; charset=utf-8"
                  : "application/json",
              content);
      return FileImports.ofOutcomes(
              name,
              dryRun,
              remote
                  .json()
                  .convertValue(
                      answer,
                      new com.fasterxml.jackson.core.type.TypeReference<
                          List<ImportPublishedOutcomesUseCase.RowOutcome>>() {}))
          .lines();
    }
    if (FileImports.looksLikeJson(name, content)) {
      if (dryRun) {
        throw new org.probationinspections.domain.common.InvalidValueException(
            "--dry-run", "a dry run of JSON runs on a local database (--db), not through --server");
      }
      List<JsonNode> nodes = FileImports.jsonDocuments(remote.json(), content);
      for (JsonNode node : nodes) {
        // Anything that is no plan nor letter is sent as an inspection, for the server to judge.
        String path =
            switch (DocumentKind.ofJson(node::has).orElse(DocumentKind.PDU_REPORT)) {
                  case ACTION_PLAN -> "/api/action-plans/import";
                  case REGIONAL_LETTER -> "/api/reviews/import";
                  case PDU_REPORT -> "/api/inspections/import";
                }
                + "?onConflict="
                + onConflict.word();
        ImportOutcome outcome =
            remote
                .json()
                .treeToValue(
                    remote.post(path, "application/json", remote.json().writeValueAsBytes(node)),
                    ImportOutcome.class);
        lines.add(FileImports.describe(outcome.kind(), outcome, false));
        outcome.conflict().forEach(line -> lines.add("  " + line));
      }
      return lines;
    }
    JsonNode answer =
        remote.post(
            "/api/documents?name="
                + RemoteServer.query(file.getFileName().toString())
                + "&dryRun="
                + dryRun
                + "&onConflict="
                + onConflict.word(),
            "text/plain; charset=utf-8",
            content);
    ImportOutcome outcome = remote.json().treeToValue(answer.get("outcome"), ImportOutcome.class);
    lines.add(
        FileImports.describe(
            answer.path("kind").asText(), outcome, answer.path("dryRun").asBoolean()));
    outcome.conflict().forEach(line -> lines.add("  " + line));
    answer.path("warnings").forEach(w -> lines.add("  warning " + w.asText()));
    return lines;
  }

  /** Where a file goes among those sent to a server: as a local import would place it. */
  private static int remoteRank(Path file, byte[] content) {
    String name = file.getFileName().toString();
    if (PublishedOutcomesFile.isPublishedRecord(name, content)) {
      return 0;
    }
    if (FileImports.looksLikeJson(name, content)) {
      return FileImports.jsonRank(content);
    }
    return DocumentKind.importRank(content);
  }

  private static String progressBar(int done, int total) {
    int width = 20;
    int filled = done * width / total;
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
  }
}
