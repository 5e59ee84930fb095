package org.probationinspections.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.InterchangeJson;

/**
 * The demo dataset is the same for the same seed and scale: the inspections, regional letters and
 * action plans generated with seed 2023 at scale 1, exported as JSON, hash to the figure recorded
 * when the dataset was last meant to change. A change of any name, text, date or draw shows here.
 */
class DemoDatasetPinTest {

  private static final String RECORDED =
      "025fea5281ffafdf58a07286c97c14012f5b407b4d96bc414a48981c67694c23";

  @Test
  void demoDataset_withSeed2023AtScale1_isTheRecordedOne() throws Exception {
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    try {
      var services = component.useCases().today();
      int made = services.demoData().generate(1, 2023, (done, total, inspections) -> {});
      Map<String, Object> dataset = new LinkedHashMap<>();
      dataset.put("made", made);
      dataset.put("regions", services.listRegions().list());
      dataset.put("pdus", services.listPdus().list(Optional.empty()));
      // Records of the same day come back in no fixed order: sorted here by what they are.
      dataset.put(
          "inspections",
          sorted(
              services.exportInspections().export(Optional.empty(), Optional.empty()),
              Comparator.comparing((InspectionDocument i) -> i.region().orElseThrow())
                  .thenComparing(InspectionDocument::pdu)
                  .thenComparing(i -> i.fieldworkStarted().orElseThrow())));
      dataset.put(
          "reviews",
          sorted(
              services.listRegionalReviews().list(Optional.empty()),
              Comparator.comparing(RegionalReviewDocument::region)
                  .thenComparing(RegionalReviewDocument::date)));
      dataset.put(
          "actionPlans",
          sorted(
              services.exportActionPlans().export(Optional.empty()),
              Comparator.comparing(ActionPlanDocument::region)
                  .thenComparing(ActionPlanDocument::submitted)));
      ObjectMapper json = InterchangeJson.mapper();
      JsonNode tree = json.valueToTree(dataset);
      withoutTodaysFigures(tree);
      byte[] exported =
          withIdsNumbered(json.writeValueAsString(tree)).getBytes(StandardCharsets.UTF_8);
      String digest =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(exported));
      assertEquals(RECORDED, digest, "the demo dataset changed (" + exported.length + " bytes)");
    } finally {
      component.store().close();
    }
  }

  /** How many days an action is overdue counts from today, not from the dataset. */
  private static void withoutTodaysFigures(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("daysOverdue");
    }
    node.forEach(DemoDatasetPinTest::withoutTodaysFigures);
  }

  private static <T> List<T> sorted(List<T> records, Comparator<T> order) {
    return records.stream().sorted(order).toList();
  }

  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Record ids are drawn afresh on every run: each becomes its order of first appearance. */
  private static String withIdsNumbered(String exported) {
    Map<String, String> numbers = new HashMap<>();
    return ID.matcher(exported)
        .replaceAll(found -> numbers.computeIfAbsent(found.group(), id -> "id-" + numbers.size()));
  }
}
