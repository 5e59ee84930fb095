package org.probationinspections.persistence.demo;

import java.util.List;
import java.util.Map;
import org.probationinspections.application.demo.port.out.DemoWording;

/**
 * The JSON shape of {@code demo/demo-dataset.json}; the core's record validates what it holds.
 *
 * <pre>
 * { "description": "…",
 *   "regions": [ { "name": "North West", "pdus": [ "Cheshire West", … ] }, … ],
 *   "standards": { "1.1": "Leadership", …, "2.5": "Reviewing" },
 *   "inspection": { "leadInspector": "HM Inspector {initial}. Demo",
 *                   "leadershipFinding": "… {pdu}.",
 *                   "keyQuestions": [ { "text": "…?", "lowerBy": 0 }, … ] },
 *   "recommendations": [ "…", … ],
 *   "review": { "observationThemes": [ "…" ], "keyStrength": "…",
 *               "areaForImprovement": "{recommendation}." },
 *   "plan": { "owners": [ "…" ], "action": "Action {number}: {recommendation}",
 *             "started": "…", "evidenced": "…", "retargeted": "…", "notAgreed": "…" } }
 * </pre>
 */
record DemoFile(
    String description,
    List<RegionEntry> regions,
    Map<String, String> standards,
    InspectionEntry inspection,
    List<String> recommendations,
    ReviewEntry review,
    PlanEntry plan) {

  record RegionEntry(String name, List<String> pdus) {}

  record InspectionEntry(
      String leadInspector, String leadershipFinding, List<KeyQuestionEntry> keyQuestions) {}

  record KeyQuestionEntry(String text, int lowerBy) {}

  record ReviewEntry(
      List<String> observationThemes, String keyStrength, String areaForImprovement) {}

  record PlanEntry(
      List<String> owners,
      String action,
      String started,
      String evidenced,
      String retargeted,
      String notAgreed) {}

  DemoWording toWording() {
    return new DemoWording(
        regions == null
            ? null
            : regions.stream().map(r -> new DemoWording.Region(r.name(), r.pdus())).toList(),
        standards,
        inspection == null
            ? null
            : new DemoWording.Inspection(
                inspection.leadInspector(),
                inspection.leadershipFinding(),
                inspection.keyQuestions() == null
                    ? null
                    : inspection.keyQuestions().stream()
                        .map(q -> new DemoWording.KeyQuestion(q.text(), q.lowerBy()))
                        .toList()),
        recommendations,
        review == null
            ? null
            : new DemoWording.Review(
                review.observationThemes(), review.keyStrength(), review.areaForImprovement()),
        plan == null
            ? null
            : new DemoWording.Plan(
                plan.owners(),
                plan.action(),
                plan.started(),
                plan.evidenced(),
                plan.retargeted(),
                plan.notAgreed()));
  }
}
