package org.probationinspections.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.testing.SeedDocuments;

/**
 * The documents the audit trail keeps come back whole: each seed document written as the trail
 * writes it and read back is equal to itself, and a change replayed onto a document gives the
 * changed one.
 */
class DocumentTrailSeedTest {

  @Test
  void everySeedDocument_writtenAsTheTrailKeepsItAndReadBack_isEqualToItself() {
    InspectionDocument report = SeedDocuments.cheshireWestReport();
    RegionalReviewDocument letter = SeedDocuments.northWestLetter();
    ActionPlanDocument plan = SeedDocuments.northWestPlan();

    assertEquals(report, readBack(report, InspectionDocument.class));
    assertEquals(letter, readBack(letter, RegionalReviewDocument.class));
    assertEquals(plan, readBack(plan, ActionPlanDocument.class));
    assertTrue(letter.inspections().size() >= 5, "the letter's five inspections are in the test");
  }

  @Test
  void aChangeOfOneListElement_keptAsADifference_turnsTheOldDocumentIntoTheNewOne() {
    ActionPlanDocument plan = SeedDocuments.northWestPlan();
    List<ItemDocument> fewer = plan.items().subList(0, 36);
    ActionPlanDocument shorter =
        new ActionPlanDocument(
            plan.id(),
            plan.region(),
            plan.submitted().plusDays(1),
            plan.reviewId(),
            plan.reviewDate(),
            plan.inspectionId(),
            plan.pdus(),
            fewer,
            plan.summary(),
            plan.publishedSummary(),
            plan.flags(),
            plan.notes(),
            plan.version());

    AuditRow change = AuditJson.row(document(plan, shorter)).orElseThrow();
    ObjectNode replayed = AuditJson.readObject(AuditJson.write(Snapshots.document(plan)));
    TrailReplay.applyChange(replayed, AuditJson.readObject(change.document().orElseThrow()));

    assertEquals(shorter, AuditJson.bind(replayed, ActionPlanDocument.class));
  }

  @Test
  void unreadableJson_isRefusedWithTheOffset() {
    var refused =
        assertThrows(IllegalArgumentException.class, () -> AuditJson.readObject("{\"a\":}"));
    assertTrue(refused.getMessage().startsWith("JSON: "), refused.getMessage());
    assertTrue(refused.getMessage().endsWith(" at offset 5"), refused.getMessage());
  }

  private static <T> T readBack(T document, Class<T> type) {
    String json = AuditJson.row(document(null, document)).orElseThrow().document().orElseThrow();
    return AuditJson.bind(AuditJson.readObject(json), type);
  }

  private static AuditLog.Change document(Object before, Object after) {
    return Changes.change("action-plan", "p1", before, after, AuditLog.Kept.DOCUMENT);
  }
}
