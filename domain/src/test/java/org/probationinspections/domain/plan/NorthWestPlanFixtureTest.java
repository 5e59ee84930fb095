package org.probationinspections.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.RegionId;

/**
 * The North West action plan of 2023 as structured data (items, responses, the recommendations each
 * answers): its summary and its coverage of the 52 recommendations of the five reports.
 */
class NorthWestPlanFixtureTest {

  private final Map<String, InspectionId> inspections = new LinkedHashMap<>();
  private final Map<String, Integer> recommendationCounts = new LinkedHashMap<>();
  private final List<ActionPlanItem> items = new ArrayList<>();

  @BeforeEach
  void readFixture() throws IOException {
    String text;
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/north-west-action-plan-2023.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : text.lines().toList()) {
      if (line.startsWith("# Recommendations per inspection: ")) {
        for (String pair : line.substring(line.indexOf(':') + 2).split(", ")) {
          String[] parts = pair.split("=");
          recommendationCounts.put(parts[0], Integer.parseInt(parts[1]));
          inspections.put(parts[0], InspectionId.newId());
        }
      } else if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\\|", -1);
        List<RecommendationRef> answers = new ArrayList<>();
        for (String answer : cells[3].split(",")) {
          String[] parts = answer.split(":");
          answers.add(new RecommendationRef(inspections.get(parts[0]), Integer.parseInt(parts[1])));
        }
        Response response = Response.valueOf(cells[1]);
        Optional<Reason> reason =
            cells[2].isEmpty() ? Optional.empty() : Optional.of(Reason.valueOf(cells[2]));
        items.add(
            new ActionPlanItem(
                Integer.parseInt(cells[0]),
                answers,
                response,
                reason,
                response.needsReason() ? "explained in the published plan" : "",
                List.of()));
      }
    }
  }

  @Test
  void summary_is35Agreed2PartlyAgreed1NotAgreed_of38() {
    assertEquals(new PlanSummary(35, 2, 1, 38), plan(items).summary());
  }

  @Test
  void everyOneOfThe52RecommendationsIsAnsweredExactlyOnce() {
    List<RecommendationRef> expected = expected();
    assertEquals(52, expected.size());
    Coverage coverage = plan(items).coverage(expected);
    assertTrue(coverage.isComplete(), coverage.toString());
  }

  @Test
  void removingItem11_namesTheFourRecommendationsItAnswered() {
    List<ActionPlanItem> without = items.stream().filter(item -> item.number() != 11).toList();
    Coverage coverage = plan(without).coverage(expected());
    assertEquals(
        List.of(
            new RecommendationRef(inspections.get("LN"), 2),
            new RecommendationRef(inspections.get("LN"), 3),
            new RecommendationRef(inspections.get("KSH"), 2),
            new RecommendationRef(inspections.get("KSH"), 3)),
        coverage.unanswered());
  }

  private List<RecommendationRef> expected() {
    List<RecommendationRef> expected = new ArrayList<>();
    recommendationCounts.forEach(
        (pdu, count) -> {
          for (int number = 1; number <= count; number++) {
            expected.add(new RecommendationRef(inspections.get(pdu), number));
          }
        });
    return expected;
  }

  private static ActionPlan plan(List<ActionPlanItem> items) {
    ActionPlan plan =
        ActionPlan.draft(
            ActionPlanId.newId(), RegionId.newId(), Optional.empty(), LocalDate.of(2023, 8, 29));
    items.forEach(plan::respond);
    return plan;
  }
}
