package org.probationinspections.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.AuditLog.Change;
import org.probationinspections.application.port.out.AuditLog.Kept;
import org.probationinspections.application.port.out.AuditLog.Replayed;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;

/**
 * The audit log as the core sees it, in memory and in SQLite: changes go in as typed values, the
 * entries come out as the trail shows them, and a replay gives back the documents as the type the
 * core asks for.
 */
class AuditLogTest {

  private static final Instant MARCH = Instant.parse("2024-03-01T09:00:00Z");

  @TempDir static Path folder;

  static Stream<String> stores() {
    return Stream.of("memory", "sqlite");
  }

  private static Store open(String kind) {
    return Store.open(
        kind.equals("memory")
            ? StoreLocation.memory()
            : StoreLocation.sqlite(folder.resolve("audit-" + System.nanoTime() + ".db")));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void aDocumentCreatedThenChanged_isShownAsItsWholeThenItsDifference_andReplaysAsAtEachInstant(
      String kind) {
    try (Store store = open(kind)) {
      ActionPlanDocument first = plan(LocalDate.of(2024, 3, 1), 1);
      ActionPlanDocument second = plan(LocalDate.of(2024, 3, 8), 2);
      store.auditLog().record(document("p1", MARCH, null, first));
      store.auditLog().record(document("p1", MARCH.plusSeconds(3600), first, second));
      store.auditLog().record(document("p1", MARCH.plusSeconds(7200), second, second));

      List<AuditLog.Entry> entries = store.auditLog().find(AuditLog.Query.all());
      assertEquals(List.of("created", "changed"), entries.stream().map(e -> e.change()).toList());
      assertEquals(Optional.empty(), entries.get(0).before());
      assertTrue(entries.get(0).after().orElseThrow().startsWith("{\"id\":null,\"region\":"));
      assertEquals(
          Optional.of("{\"submitted\":\"2024-03-01\",\"version\":1}"), entries.get(1).before());
      assertEquals(
          Optional.of("{\"submitted\":\"2024-03-08\",\"version\":2}"), entries.get(1).after());

      List<String> unreadable = new ArrayList<>();
      Replayed before = store.auditLog().replay(Set.of("action-plan"), MARCH.plusSeconds(60));
      Replayed after = store.auditLog().replay(Set.of("action-plan"), MARCH.plusSeconds(3601));
      assertEquals(
          Map.of("p1", first),
          before.documents("action-plan", ActionPlanDocument.class, (id, r) -> unreadable.add(id)));
      assertEquals(
          Map.of("p1", second),
          after.documents("action-plan", ActionPlanDocument.class, (id, r) -> unreadable.add(id)));
      assertTrue(after.wasCreated("action-plan", "p1"));
      assertFalse(after.wasCreated("action-plan", "p2"));
      assertEquals(Set.of(), after.withoutDocuments("action-plan"));
      assertEquals(List.of(), unreadable);
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void aRecordWhoseHistoryStartsWithoutADocument_cannotBeRebuilt_andAnUnreadableOneIsReported(
      String kind) {
    try (Store store = open(kind)) {
      store.auditLog().append(row("inspection", "old", Optional.empty()));
      store
          .auditLog()
          .append(row("inspection", "odd", Optional.of("{\"submitted\":\"the first of March\"}")));
      store
          .auditLog()
          .record(
              new Change(
                  MARCH,
                  "ada",
                  "region",
                  "r1",
                  Optional.empty(),
                  Optional.of(Map.of("name", "North West")),
                  Kept.FIELDS));

      Replayed replayed =
          store.auditLog().replay(Set.of("inspection", "region"), MARCH.plusSeconds(1));
      List<String> unreadable = new ArrayList<>();
      Map<String, ActionPlanDocument> read =
          replayed.documents("inspection", ActionPlanDocument.class, (id, r) -> unreadable.add(id));

      assertEquals(Set.of("old"), replayed.withoutDocuments("inspection"));
      assertEquals(Map.of(), read);
      assertEquals(List.of("odd"), unreadable);
      assertTrue(replayed.wasCreated("region", "r1"));
    }
  }

  private static ActionPlanDocument plan(LocalDate submitted, long version) {
    return new ActionPlanDocument(
        Optional.empty(),
        "North West",
        submitted,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of("Knowsley"),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.of(version));
  }

  private static Change document(
      String id, Instant at, ActionPlanDocument before, ActionPlanDocument after) {
    return new Change(
        at,
        "ada",
        "action-plan",
        id,
        Optional.ofNullable(before),
        Optional.of(after),
        Kept.DOCUMENT);
  }

  private static AuditRow row(String type, String id, Optional<String> document) {
    return new AuditRow(
        0, MARCH, "ada", type, id, "created", Optional.empty(), Optional.of("{}"), document);
  }
}
