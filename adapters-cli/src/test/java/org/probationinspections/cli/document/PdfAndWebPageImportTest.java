package org.probationinspections.cli.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.document.PublishedDocumentText;
import org.probationinspections.web.InterchangeJson;

/**
 * The three seed documents imported as PDF files and as saved web pages give the same records as
 * their text: each is made into a PDF (Helvetica, a line of the text a line of the PDF, a table's
 * cells at its columns) and a web page (paragraphs, {@code <table>} rows), imported through the
 * real use case into a fresh store, and the export of the store (inspections, regional letters,
 * action plans) compared with that of the text, record ids and file names aside.
 *
 * <p>What these files cannot prove about real ones: they are made from the text, so they hold what
 * the text holds and no more. A real published PDF lays a table's cells out over several lines each
 * (here a cell is one line, however long), has columns of running text, running headers and footers
 * and page numbers, ligatures and hyphenated words at line ends, superscript footnote marks set as
 * small raised digits, and tables that continue over a page with their header repeated; a real
 * saved web page has navigation, cookie banners, nested layout tables, cells that span rows, and
 * its own markup for headings and emphasis. Each of these may need the reading tuned when a real
 * one is met.
 */
class PdfAndWebPageImportTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);
  private static final List<String> SEEDS = List.of(Seeds.REPORT, Seeds.LETTER, Seeds.PLAN);

  /** A line named in a note: the lines of a PDF's text are not those of the text it was made of. */
  private static final Pattern LINE = Pattern.compile("\\bline \\d+");

  @Test
  void theSeedsAsPdfFiles_giveTheRecordsOfTheirText() {
    assertSameRecords(
        export(name -> name, name -> bytes(Seeds.text(name))),
        export(name -> name.replace(".txt", ".pdf"), name -> DocumentFiles.pdf(Seeds.text(name))));
  }

  @Test
  void theSeedsAsWebPages_giveTheRecordsOfTheirText() {
    assertSameRecords(
        export(name -> name, name -> bytes(Seeds.text(name))),
        export(
            name -> name.replace(".txt", ".html"), name -> DocumentFiles.html(Seeds.text(name))));
  }

  /** Equal exports; else where they differ, each path with both values, a line each. */
  private static void assertSameRecords(List<JsonNode> fromText, List<JsonNode> fromFile) {
    List<String> found = new ArrayList<>();
    differences(fromText, fromFile, "", found);
    assertEquals(List.of(), found, String.join("\n", found));
  }

  private static void differences(Object a, Object b, String path, List<String> found) {
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        differences(
            i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null, path + "/" + i, found);
      }
      return;
    }
    JsonNode x = a instanceof JsonNode node ? node : null;
    JsonNode y = b instanceof JsonNode node ? node : null;
    if (x != null && y != null && x.equals(y)) {
      return;
    }
    if (x != null && y != null && x.isContainerNode() && y.isContainerNode()) {
      java.util.TreeSet<String> names = new java.util.TreeSet<>();
      x.fieldNames().forEachRemaining(names::add);
      y.fieldNames().forEachRemaining(names::add);
      for (int i = 0; i < Math.max(x.size(), y.size()) && x.isArray(); i++) {
        differences(x.get(i), y.get(i), path + "/" + i, found);
      }
      for (String name : names) {
        differences(x.get(name), y.get(name), path + "/" + name, found);
      }
      return;
    }
    found.add(path + ": text " + x + " / file " + y);
  }

  @Test
  void aPdfOfImagesOnly_isRefused_sayingItHoldsNoText() {
    var read =
        services()
            .importPublishedDocument()
            .read(
                new ImportPublishedDocumentUseCase.Command(
                    "scan.pdf", DocumentFiles.scannedPdf(), false));
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> services().importPublishedDocument().importDocument(read));
    assertTrue(
        refused.getMessage().startsWith("scan.pdf:1: this PDF holds no text (a scan?): "),
        refused.getMessage());
  }

  @Test
  void aFileNeitherPdfNorWebPage_isLeftToBeReadAsText() {
    assertEquals(
        Optional.empty(),
        new PublishedDocumentText().text("report.txt", bytes(Seeds.text(Seeds.REPORT))));
  }

  /**
   * Imports the seeds, named and made by the functions given, into a fresh store, and exports the
   * store: ids, the file names and the lines they name taken out.
   */
  private static List<JsonNode> export(
      Function<String, String> name, Function<String, byte[]> content) {
    AllUseCases services = services();
    List<String> names = new ArrayList<>();
    for (String seed : SEEDS) {
      names.add(name.apply(seed));
      var result =
          services
              .importPublishedDocument()
              .importDocument(
                  new ImportPublishedDocumentUseCase.Command(
                      name.apply(seed), content.apply(seed), false));
      assertEquals("CREATED", result.outcome().effect().name(), result.toString());
    }
    var json = InterchangeJson.mapper();
    List<JsonNode> exported =
        List.of(
            json.valueToTree(
                services.exportInspections().export(Optional.empty(), Optional.empty())),
            json.valueToTree(services.listRegionalReviews().list(Optional.empty())),
            json.valueToTree(services.exportActionPlans().export(Optional.empty())));
    Pattern fileAndLine =
        Pattern.compile(
            "(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(:\\d+)?");
    return exported.stream()
        .map(node -> withoutIdsAndFiles(node, fileAndLine))
        .map(PdfAndWebPageImportTest::inOrder)
        .toList();
  }

  /** The records of one kind in the order of their PDU, region and date, not of their ids. */
  private static JsonNode inOrder(JsonNode records) {
    List<JsonNode> sorted = new ArrayList<>();
    records.forEach(sorted::add);
    sorted.sort(
        java.util.Comparator.comparing(
            (JsonNode record) ->
                record.path("pdu").asText()
                    + "|"
                    + record.path("region").asText()
                    + "|"
                    + record.path("date").asText()));
    ArrayNode copy = InterchangeJson.mapper().createArrayNode();
    sorted.forEach(copy::add);
    return copy;
  }

  private static JsonNode withoutIdsAndFiles(JsonNode node, Pattern fileAndLine) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = object.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        var field = it.next();
        String key = field.getKey();
        if (!key.equals("id") && !key.endsWith("Id") && !key.endsWith("Ids")) {
          copy.set(key, withoutIdsAndFiles(field.getValue(), fileAndLine));
        }
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = array.arrayNode();
      array.forEach(element -> copy.add(withoutIdsAndFiles(element, fileAndLine)));
      return copy;
    }
    if (node.isTextual()) {
      String text = fileAndLine.matcher(node.asText()).replaceAll("FILE");
      return TextNode.valueOf(LINE.matcher(text).replaceAll("line N"));
    }
    return node;
  }

  private static AllUseCases services() {
    Store store = Store.open(StoreLocation.memory());
    Clock clock = new MovableClock(TODAY, LocalTime.of(10, 0));
    return new AllUseCases(StoreCore.core(store, clock, new PublishedDocumentText()));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
