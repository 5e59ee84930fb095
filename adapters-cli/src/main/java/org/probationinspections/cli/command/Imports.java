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
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.web.InterchangeJson;

/**
 * What {@code import} does with a local database: reads each file (a published document, or JSON
 * written by export, kept as it is), then stores what was read and says what happened, a line each.
 * One instance serves every file: its use cases keep nothing of one file for the next.
 */
public record Imports(ImportPublishedDocumentUseCase published, ImportDocumentsUseCase documents) {

  /** A local file read: JSON written by export, kept as it is, or a published document read. */
  record LocalFile(
      Optional<byte[]> json, Optional<ImportPublishedDocumentUseCase.ReadDocument> published) {}

  /** Where a file goes in an import of several, read as it will be read (PDF, web page, text). */
  public int rank(Path file, byte[] content) {
    return published.importRank(file.getFileName().toString(), content);
  }

  /** Reads one file; touches no store, so it may run ahead on another thread. */
  LocalFile read(Path file, byte[] content, boolean dryRun) {
    if (looksLikeJson(file, content)) {
      return new LocalFile(Optional.of(content), Optional.empty());
    }
    return new LocalFile(
        Optional.empty(),
        Optional.of(
            published.read(
                new ImportPublishedDocumentUseCase.Command(
                    file.getFileName().toString(), content, dryRun))));
  }

  /** Stores one file read, in its own transaction; the lines say what happened. */
  List<String> store(LocalFile file, boolean dryRun) throws IOException {
    if (file.json().isPresent()) {
      return importJson(file.json().get(), dryRun);
    }
    var result = published.importDocument(file.published().orElseThrow());
    List<String> lines = new ArrayList<>();
    lines.add(describe(result.kind(), result.outcome()) + (result.dryRun() ? " (dry run)" : ""));
    result.warnings().forEach(warning -> lines.add("  warning " + warning));
    // Warnings are stored as notes too; list only what the rules flagged besides them.
    result.outcome().notes().stream()
        .filter(
            note -> result.warnings().stream().noneMatch(w -> w.endsWith(note) || note.endsWith(w)))
        .forEach(note -> lines.add("  flag: " + note));
    return lines;
  }

  /** JSON from export: one document or an array of them, of any of the three kinds. */
  private List<String> importJson(byte[] content, boolean dryRun) throws IOException {
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
        documents.importAll(new ImportDocumentsUseCase.Command(inspections, reviews, plans))) {
      lines.add(describe(outcome.kind(), outcome));
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
