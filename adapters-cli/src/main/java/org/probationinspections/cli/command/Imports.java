package org.probationinspections.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.web.InterchangeJson;
import org.probationinspections.web.PublishedOutcomesFile;

/**
 * What {@code import} does with a local database: reads each file (a published document, or JSON
 * written by export, kept as it is), then stores what was read and says what happened, a line each.
 * One instance serves every file: its use cases keep nothing of one file for the next.
 */
public record Imports(
    ImportPublishedDocumentUseCase published,
    ImportDocumentsUseCase documents,
    ImportPublishedOutcomesUseCase outcomes) {

  /**
   * A local file read: JSON written by export, kept as it is, a published document read, or the
   * rows of a published record (a file of published outcomes).
   */
  record LocalFile(
      Optional<byte[]> json,
      Optional<ImportPublishedDocumentUseCase.ReadDocument> published,
      Optional<ImportPublishedOutcomesUseCase.Command> outcomes) {

    LocalFile(
        Optional<byte[]> json, Optional<ImportPublishedDocumentUseCase.ReadDocument> published) {
      this(json, published, Optional.empty());
    }
  }

  /** Where a file goes in an import of several, read as it will be read (PDF, web page, text). */
  public int rank(Path file, byte[] content) {
    return published.importRank(file.getFileName().toString(), content);
  }

  /** Reads one file; touches no store, so it may run ahead on another thread. */
  LocalFile read(Path file, byte[] content, boolean dryRun, OnConflict onConflict)
      throws IOException {
    String name = file.getFileName().toString();
    if (PublishedOutcomesFile.isPublishedRecord(name, content)) {
      if (dryRun) {
        throw new org.probationinspections.domain.common.InvalidValueException(
            "--dry-run", "dry runs read published documents only, not a published record");
      }
      return new LocalFile(
          Optional.empty(),
          Optional.empty(),
          Optional.of(
              new ImportPublishedOutcomesUseCase.Command(
                  name, PublishedOutcomesFile.read(name, content))));
    }
    if (looksLikeJson(file, content)) {
      return new LocalFile(Optional.of(content), Optional.empty());
    }
    return new LocalFile(
        Optional.empty(),
        Optional.of(
            published.read(
                new ImportPublishedDocumentUseCase.Command(
                    file.getFileName().toString(), content, dryRun, onConflict))));
  }

  /** Stores one file read, in its own transaction; the lines say what happened. */
  List<String> store(LocalFile file, boolean dryRun, OnConflict onConflict) throws IOException {
    if (file.outcomes().isPresent()) {
      return importOutcomes(file.outcomes().get());
    }
    if (file.json().isPresent()) {
      return importJson(file.json().get(), dryRun, onConflict);
    }
    var result = published.importDocument(file.published().orElseThrow());
    List<String> lines = new ArrayList<>();
    lines.add(describe(result.kind(), result.outcome()) + (result.dryRun() ? " (dry run)" : ""));
    result.outcome().conflict().forEach(line -> lines.add("  " + line));
    result.warnings().forEach(warning -> lines.add("  warning " + warning));
    // Warnings are stored as notes too; list only what the rules flagged besides them.
    result.outcome().notes().stream()
        .filter(
            note -> result.warnings().stream().noneMatch(w -> w.endsWith(note) || note.endsWith(w)))
        .forEach(note -> lines.add("  flag: " + note));
    return lines;
  }

  /**
   * A published record: a line a row (what became of it), then what to check of the match of its
   * PDU, what the rules flag, and the other remarks of a record created or changed; a count last.
   */
  private List<String> importOutcomes(ImportPublishedOutcomesUseCase.Command command) {
    return describeOutcomes(outcomes.importOutcomes(command));
  }

  /** What became of each row of a published record, stored here or by a server. */
  static List<String> describeOutcomes(List<ImportPublishedOutcomesUseCase.RowOutcome> rows) {
    List<String> lines = new ArrayList<>();
    int summaries = 0;
    int computed = 0;
    int flagged = 0;
    int unsure = 0;
    for (var row : rows) {
      ImportOutcome outcome = row.outcome();
      lines.add(row.place() + ": " + describe("published outcome", outcome) + ": " + row.label());
      row.computed()
          .ifPresent(
              rating ->
                  lines.add(
                      "  computed by the rules: "
                          + rating
                          + (rating == row.published()
                              ? ", as published"
                              : ", published " + row.published())));
      computed += row.computed().isPresent() ? 1 : 0;
      row.unsure().forEach(note -> lines.add("  unsure: " + note));
      outcome.flags().forEach(flag -> lines.add("  flag: " + flag));
      if (outcome.effect() != ImportOutcome.Effect.UNCHANGED) {
        row.remarks().forEach(note -> lines.add("  " + note));
      }
      summaries++;
      flagged += outcome.flags().isEmpty() ? 0 : 1;
      unsure += row.unsure().isEmpty() ? 0 : 1;
    }
    lines.add(
        summaries
            + " published outcomes; "
            + computed
            + " computed by the rules, "
            + flagged
            + " flagged by the rules, "
            + unsure
            + " with a PDU match to check");
    return lines;
  }

  /** JSON from export: one document or an array of them, of any of the three kinds. */
  private List<String> importJson(byte[] content, boolean dryRun, OnConflict onConflict)
      throws IOException {
    if (dryRun) {
      throw new org.probationinspections.domain.common.InvalidValueException(
          "--dry-run", "dry runs read published documents only, not JSON");
    }
    ObjectMapper mapper = InterchangeJson.mapper();
    JsonNode root = mapper.readTree(content);
    List<JsonNode> nodes = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(nodes::add);
    } else {
      nodes.add(root);
    }
    List<InspectionDocument> inspections = new ArrayList<>();
    List<RegionalReviewDocument> reviews = new ArrayList<>();
    List<ActionPlanDocument> plans = new ArrayList<>();
    int place = 0;
    for (JsonNode node : nodes) {
      place++;
      int at = place;
      DocumentKind kind =
          DocumentKind.ofJson(node::has)
              .orElseThrow(
                  () ->
                      new org.probationinspections.domain.common.InvalidValueException(
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
    List<String> lines = new ArrayList<>();
    for (ImportOutcome outcome :
        documents.importAll(
            new ImportDocumentsUseCase.Command(inspections, reviews, plans, onConflict))) {
      lines.add(describe(outcome.kind(), outcome));
      outcome.conflict().forEach(line -> lines.add("  " + line));
    }
    return lines;
  }

  static boolean looksLikeJson(Path file, byte[] content) {
    if (file.toString().endsWith(".json")) {
      return true;
    }
    for (byte b : content) {
      if (!Character.isWhitespace(b)) {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  static String describe(String kind, ImportOutcome outcome) {
    return switch (outcome.effect()) {
      case CREATED -> "imported " + kind + " " + outcome.recordId();
      case UPDATED -> "added to " + kind + " " + outcome.recordId();
      case UNCHANGED -> kind + " " + outcome.recordId() + " already stored: nothing changed";
    };
  }
}
