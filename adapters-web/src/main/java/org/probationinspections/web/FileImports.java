package org.probationinspections.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.importing.port.in.RehearseImportsUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.domain.common.InvalidValueException;

/**
 * What an import does with one file, on the command line and on the import page alike: a published
 * document (PDF, saved web page or text) is read and stored, JSON written by export is stored as it
 * is, and a published record of outcomes (JSON or CSV) is stored row by row. Reading touches no
 * store, so it may run ahead on another thread; storing is one transaction a file. One instance
 * serves every file: its use cases keep nothing of one file for the next.
 */
public record FileImports(
    ImportPublishedDocumentUseCase published,
    ImportDocumentsUseCase documents,
    ImportPublishedOutcomesUseCase outcomes,
    RehearseImportsUseCase rehearsal) {

  /** A file read, ready to store: exactly one of the three is present. */
  public record ReadFile(
      String name,
      boolean dryRun,
      OnConflict onConflict,
      Optional<byte[]> json,
      Optional<ImportPublishedDocumentUseCase.ReadDocument> document,
      Optional<ImportPublishedOutcomesUseCase.Command> record) {}

  /**
   * One record an import stored, would store, or found: a line that says so, the record, and what a
   * person should know of it (differences with newer changes, guesses, flags).
   */
  public record Entry(String heading, ImportOutcome outcome, List<String> remarks) {
    public Entry {
      remarks = List.copyOf(remarks);
    }
  }

  /** What became of one file: an entry a record, and a closing line for a file of many. */
  public record FileImport(String file, boolean dryRun, List<Entry> entries, List<String> summary) {
    public FileImport {
      entries = List.copyOf(entries);
      summary = List.copyOf(summary);
    }

    /** The file's result as lines of text: each entry's heading, its remarks indented, the sum. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (Entry entry : entries) {
        lines.add(entry.heading());
        entry.remarks().forEach(remark -> lines.add("  " + remark));
      }
      lines.addAll(summary);
      return lines;
    }
  }

  /**
   * Where a file goes in an import of several: reports and published records first (0), then
   * regional letters (1), then action plans (2), so that a letter finds its inspections and a plan
   * what it answers, whatever order the files came in. A JSON file holding several kinds goes where
   * its latest kind goes (within the file, the import puts them in order).
   */
  public int rank(String name, byte[] content) {
    if (PublishedOutcomesFile.isPublishedRecord(name, content)) {
      return 0;
    }
    if (looksLikeJson(name, content)) {
      return jsonRank(content);
    }
    return published.importRank(name, content);
  }

  /**
   * Runs the import of several files that {@code imports} makes: as it is, or for a dry run as one
   * rehearsal rolled back at the end, so that a letter finds the reports before it in the run.
   */
  public <T> T run(boolean dryRun, java.util.function.Supplier<T> imports) {
    return dryRun ? rehearsal.rehearse(imports) : imports.get();
  }

  /** Reads one file; touches no store. */
  public ReadFile read(String name, byte[] content, boolean dryRun, OnConflict onConflict)
      throws IOException {
    if (PublishedOutcomesFile.isPublishedRecord(name, content)) {
      return new ReadFile(
          name,
          dryRun,
          onConflict,
          Optional.empty(),
          Optional.empty(),
          Optional.of(
              new ImportPublishedOutcomesUseCase.Command(
                  name, PublishedOutcomesFile.read(name, content), dryRun)));
    }
    if (looksLikeJson(name, content)) {
      return new ReadFile(
          name, dryRun, onConflict, Optional.of(content), Optional.empty(), Optional.empty());
    }
    return new ReadFile(
        name,
        dryRun,
        onConflict,
        Optional.empty(),
        Optional.of(
            published.read(
                new ImportPublishedDocumentUseCase.Command(name, content, dryRun, onConflict))),
        Optional.empty());
  }

  /** Stores one file read, in its own transaction (rolled back for a dry run). */
  public FileImport store(ReadFile file) throws IOException {
    if (file.record().isPresent()) {
      return ofOutcomes(file.name(), file.dryRun(), outcomes.importOutcomes(file.record().get()));
    }
    if (file.json().isPresent()) {
      return importJson(file);
    }
    var result = published.importDocument(file.document().orElseThrow());
    ImportOutcome outcome = result.outcome();
    List<String> remarks = new ArrayList<>(outcome.conflict());
    result.warnings().forEach(warning -> remarks.add("warning " + warning));
    // Warnings are stored as notes too; list only what the rules flagged besides them.
    outcome.notes().stream()
        .filter(
            note -> result.warnings().stream().noneMatch(w -> w.endsWith(note) || note.endsWith(w)))
        .forEach(note -> remarks.add("flag: " + note));
    return new FileImport(
        file.name(),
        result.dryRun(),
        List.of(new Entry(describe(result.kind(), outcome, result.dryRun()), outcome, remarks)),
        List.of());
  }

  /**
   * What became of each row of a published record, stored here or by a server: a line a row, then
   * what to check of the match of its PDU, what the rules flag, and the other remarks of a record
   * created or changed; a count last.
   */
  public static FileImport ofOutcomes(
      String file, boolean dryRun, List<ImportPublishedOutcomesUseCase.RowOutcome> rows) {
    List<Entry> entries = new ArrayList<>();
    int computed = 0;
    int flagged = 0;
    int unsure = 0;
    for (var row : rows) {
      ImportOutcome outcome = row.outcome();
      List<String> remarks = new ArrayList<>();
      row.computed()
          .ifPresent(
              rating ->
                  remarks.add(
                      "computed by the rules: "
                          + rating
                          + (rating == row.published()
                              ? ", as published"
                              : ", published " + row.published())));
      row.unsure().forEach(note -> remarks.add("unsure: " + note));
      outcome.flags().forEach(flag -> remarks.add("flag: " + flag));
      if (outcome.effect() != ImportOutcome.Effect.UNCHANGED) {
        remarks.addAll(row.remarks());
      }
      entries.add(
          new Entry(
              row.place()
                  + ": "
                  + describe("published outcome", outcome, dryRun)
                  + ": "
                  + row.label(),
              outcome,
              remarks));
      computed += row.computed().isPresent() ? 1 : 0;
      flagged += outcome.flags().isEmpty() ? 0 : 1;
      unsure += row.unsure().isEmpty() ? 0 : 1;
    }
    return new FileImport(
        file,
        dryRun,
        entries,
        List.of(
            rows.size()
                + " published outcomes; "
                + computed
                + " computed by the rules, "
                + flagged
                + " flagged by the rules, "
                + unsure
                + " with a PDU match to check"));
  }

  /** JSON from export: one document or an array of them, of any of the three kinds. */
  private FileImport importJson(ReadFile file) throws IOException {
    ObjectMapper mapper = InterchangeJson.mapper();
    List<InspectionDocument> inspections = new ArrayList<>();
    List<RegionalReviewDocument> reviews = new ArrayList<>();
    List<ActionPlanDocument> plans = new ArrayList<>();
    int place = 0;
    for (JsonNode node : jsonDocuments(mapper, file.json().orElseThrow())) {
      place++;
      int at = place;
      DocumentKind kind =
          DocumentKind.ofJson(node::has)
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          "json",
                          "object "
                              + at
                              + " of the file is no inspection, regional letter or action plan"));
      switch (kind) {
        case ACTION_PLAN -> plans.add(mapper.treeToValue(node, ActionPlanDocument.class));
        case REGIONAL_LETTER -> reviews.add(mapper.treeToValue(node, RegionalReviewDocument.class));
        case PDU_REPORT -> inspections.add(mapper.treeToValue(node, InspectionDocument.class));
      }
    }
    // One file, one transaction: a refused document leaves nothing of the file stored.
    List<Entry> entries = new ArrayList<>();
    for (ImportOutcome outcome :
        documents.importAll(
            new ImportDocumentsUseCase.Command(
                inspections, reviews, plans, file.onConflict(), file.dryRun()))) {
      entries.add(
          new Entry(describe(outcome.kind(), outcome, file.dryRun()), outcome, outcome.conflict()));
    }
    return new FileImport(file.name(), file.dryRun(), entries, List.of());
  }

  /** The documents of a JSON file: the one it holds, or each of the list it holds. */
  public static List<JsonNode> jsonDocuments(ObjectMapper mapper, byte[] content)
      throws IOException {
    JsonNode root = mapper.readTree(content);
    List<JsonNode> nodes = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(nodes::add);
    } else if (root != null) {
      nodes.add(root);
    }
    return nodes;
  }

  /** Whether a file is JSON: by its name, or by its first character that is not a space. */
  public static boolean looksLikeJson(String name, byte[] content) {
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return true;
    }
    for (byte b : content) {
      if (!Character.isWhitespace(b)) {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  /** Where a JSON export goes in an import of several: where its latest kind of document goes. */
  public static int jsonRank(byte[] content) {
    try {
      int rank = 0;
      for (JsonNode node : jsonDocuments(InterchangeJson.mapper(), content)) {
        rank = Math.max(rank, DocumentKind.ofJson(node::has).map(Enum::ordinal).orElse(0));
      }
      return rank;
    } catch (IOException unreadable) {
      return 0; // read again, and refused with the reason, when its turn comes
    }
  }

  /** A line that says what an import did (or, in a dry run, would do) with one record. */
  public static String describe(String kind, ImportOutcome outcome, boolean dryRun) {
    if (dryRun) {
      return switch (outcome.effect()) {
            case CREATED -> "would import a new " + kind;
            case UPDATED -> "would add to " + kind + " " + outcome.recordId();
            case UNCHANGED ->
                kind + " " + outcome.recordId() + " already stored: nothing to change";
          }
          + " (dry run)";
    }
    return switch (outcome.effect()) {
      case CREATED -> "imported " + kind + " " + outcome.recordId();
      case UPDATED -> "added to " + kind + " " + outcome.recordId();
      case UNCHANGED -> kind + " " + outcome.recordId() + " already stored: nothing changed";
    };
  }
}
