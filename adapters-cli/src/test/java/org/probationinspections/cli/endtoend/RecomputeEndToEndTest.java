package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person corrects the bands of the 2021 PDU framework in a copy of its file and runs {@code
 * inspections recompute --frameworks DIR} on a SQLite file holding the seeds: each standard rated
 * from key questions is rated again by the new bands, each changed score and overall rating is
 * listed and audited, a dry run writes nothing, a second run finds nothing to change, and the
 * shipped file brings every rating back.
 */
class RecomputeEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String db;
  private Path corrected;

  @BeforeEach
  void seedsAndACorrectedFramework() throws Exception {
    db = dir.resolve("inspections.db").toString();
    CommandRun seeds = CommandRun.importSeeds(db);
    assertEquals(0, seeds.status(), seeds.output());
    corrected = Files.createDirectories(dir.resolve("frameworks"));
    ObjectNode framework;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("frameworks/hmip-probation-pdu-2021.json")) {
      framework = (ObjectNode) JSON.readTree(in);
    }
    // Stricter key-question bands: 85% or more of "Yes" for anything above inadequate.
    ArrayNode bands = framework.putArray("keyQuestionBands");
    band(bands, 95, 100, "OUTSTANDING");
    band(bands, 90, 94, "GOOD");
    band(bands, 85, 89, "REQUIRES_IMPROVEMENT");
    band(bands, 0, 84, "INADEQUATE");
    // Overall bands where all but the top three scores are inadequate.
    for (JsonNode overall : framework.get("overallBands")) {
      int maximum = overall.get("maximum").asInt();
      ArrayNode scores = ((ObjectNode) overall).putArray("bands");
      band(scores, 0, maximum - 3, "INADEQUATE");
      band(scores, maximum - 2, maximum - 2, "REQUIRES_IMPROVEMENT");
      band(scores, maximum - 1, maximum - 1, "GOOD");
      band(scores, maximum, maximum, "OUTSTANDING");
    }
    JSON.writeValue(corrected.resolve("hmip-probation-pdu-2021.json").toFile(), framework);
  }

  private static void band(ArrayNode bands, int min, int max, String rating) {
    bands.addObject().put("min", min).put("max", max).put("rating", rating);
  }

  @Test
  void correctedBands_rateAgain_listEachChange_andAuditIt_thenTheShippedFileRestoresThem()
      throws Exception {
    Map<String, String> shipped = keyQuestionRatings();
    assertFalse(shipped.isEmpty(), "the seed report's standards are rated from key questions");

    CommandRun dryRun =
        recompute("--frameworks", corrected.toString(), "--dry-run", "--format", "json");
    JsonNode rehearsed = JSON.readTree(dryRun.output().substring(dryRun.output().indexOf('{')));
    assertTrue(rehearsed.get("dryRun").asBoolean());
    assertTrue(rehearsed.get("changed").size() > 0, dryRun.output());
    assertEquals(shipped, keyQuestionRatings(), "a dry run writes nothing");
    assertEquals(0, ratingEntries(), "a dry run writes nothing to the audit trail");

    CommandRun run = recompute("--frameworks", corrected.toString());
    assertTrue(run.output().contains("changed, each written to the audit trail."), run.output());
    Map<String, String> rated = keyQuestionRatings();
    assertEquals(expectedUnderCorrectedBands(shipped), rated);
    assertTrue(
        rated.entrySet().stream().anyMatch(e -> !e.getValue().equals(shipped.get(e.getKey()))),
        "some standard is rated otherwise by the corrected bands");
    for (JsonNode changed : rehearsed.get("changed")) {
      String unit = changed.get("unit").asText();
      assertTrue(run.output().contains(unit + ", "), unit + " is listed: " + run.output());
    }
    // Each inspection whose stated score or overall rating changed has an entry of its own.
    int stated = 0;
    for (JsonNode changed : rehearsed.get("changed")) {
      if (changed.hasNonNull("before") && !changed.get("before").equals(changed.get("after"))) {
        stated++;
      }
    }
    assertTrue(stated > 0, rehearsed.toString());
    assertEquals(stated, ratingEntries());

    CommandRun again = recompute("--frameworks", corrected.toString());
    assertTrue(again.output().contains("no rating changed."), again.output());
    assertEquals(stated, ratingEntries());

    CommandRun back = recompute();
    assertTrue(back.output().contains("changed, each written to the audit trail."), back.output());
    assertEquals(shipped, keyQuestionRatings(), "the shipped bands give the ratings back");
    assertEquals(2 * stated, ratingEntries());
  }

  private CommandRun recompute(String... options) {
    String[] arguments = new String[options.length + 3];
    arguments[0] = "recompute";
    arguments[1] = "--db";
    arguments[2] = db;
    System.arraycopy(options, 0, arguments, 3, options.length);
    CommandRun run = CommandRun.of(arguments);
    assertEquals(0, run.status(), run.output());
    return run;
  }

  /** Each standard rated from key questions, as stored: "inspection standard" to its rating. */
  private Map<String, String> keyQuestionRatings() throws SQLException {
    return query(
        "SELECT inspection_id || ' ' || code, rating FROM standard_results"
            + " WHERE source = 'KEY_QUESTIONS'");
  }

  /**
   * Rule 1 under the corrected bands, from the lowest share of "Yes" of each standard; a standard
   * the framework never rates (court work in 2021) stays not rated.
   */
  private Map<String, String> expectedUnderCorrectedBands(Map<String, String> shipped)
      throws SQLException {
    Map<String, String> lowest =
        query(
            "SELECT s.inspection_id || ' ' || s.code, CAST(MIN(k.percent_yes) AS TEXT)"
                + " FROM standard_results s JOIN key_question_results k"
                + " ON k.inspection_id = s.inspection_id AND k.standard_code = s.code"
                + " WHERE s.source = 'KEY_QUESTIONS' GROUP BY s.inspection_id, s.code");
    Map<String, String> expected = new TreeMap<>();
    lowest.forEach(
        (standard, percent) -> {
          int yes = Integer.parseInt(percent);
          expected.put(
              standard,
              shipped.get(standard).equals("NOT_RATED")
                  ? "NOT_RATED"
                  : yes >= 95
                      ? "OUTSTANDING"
                      : yes >= 90 ? "GOOD" : yes >= 85 ? "REQUIRES_IMPROVEMENT" : "INADEQUATE");
        });
    return expected;
  }

  private int ratingEntries() throws SQLException {
    return Integer.parseInt(
        query("SELECT 'n', CAST(COUNT(*) AS TEXT) FROM audit_entries WHERE record_type = 'rating'")
            .get("n"));
  }

  private Map<String, String> query(String sql) throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        rows.put(row.getString(1), row.getString(2));
      }
    }
    return rows;
  }
}
