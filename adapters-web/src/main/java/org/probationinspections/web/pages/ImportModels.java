package org.probationinspections.web.pages;

import java.util.List;
import org.probationinspections.application.flag.port.in.FlagView;

/** What the import page shows: each uploaded file's result, and the flags imports left open. */
public final class ImportModels {

  private ImportModels() {}

  /**
   * What became of one uploaded file: a line a record it stored, would store or found (with a link
   * to the record's page where it has one), a closing line for a file of many, or why the file was
   * not imported.
   */
  public record ImportResult(
      String file,
      boolean dryRun,
      List<ImportedRecord> records,
      List<String> summary,
      String error) {

    public ImportResult {
      records = List.copyOf(records);
      summary = List.copyOf(summary);
    }

    /** A file not imported, and why, in a person's words. */
    public static ImportResult refused(String file, String why) {
      return new ImportResult(file, false, List.of(), List.of(), why);
    }

    /** Whether the file holds many records (a published record, a large export): list folded. */
    public boolean many() {
      return records.size() > 5;
    }
  }

  /** One record of an upload: what happened to it, its page, and what a person should know. */
  public record ImportedRecord(String heading, String link, List<String> remarks) {

    public ImportedRecord {
      remarks = List.copyOf(remarks);
    }

    /**
     * The page of a stored record, by the kind the import gives it: none for a record a dry run
     * would create.
     */
    public static String link(String kind, String recordId) {
      if (recordId == null || recordId.isBlank()) {
        return null;
      }
      return switch (kind) {
        case "PDU report", "inspection", "published outcome" -> "/inspections/" + recordId;
        case "action plan" -> "/action-plans/" + recordId;
        case "regional letter" -> "/reviews/" + recordId;
        default -> null;
      };
    }
  }

  /** Uploads' results, and the flags imports left open, oldest first. */
  public record ImportPage(List<ImportResult> results, List<FlagView> openFlags) {

    /** The page of a record a flag is on, where it can be resolved. */
    public static String recordLink(FlagView flag) {
      return switch (flag.recordKind()) {
        case "inspection" -> "/inspections/" + flag.recordId() + "#import-flags";
        case "action plan" -> "/action-plans/" + flag.recordId() + "#import-flags";
        default -> "/reviews/" + flag.recordId() + "#letter-flags";
      };
    }
  }
}
