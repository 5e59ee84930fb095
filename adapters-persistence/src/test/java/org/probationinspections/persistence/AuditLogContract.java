package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.audit.AuditRow;

/**
 * The audit trail: entries in order with every field and their documents, found by record, replayed
 * up to an instant, kept only when their unit of work commits; text from outside stored as it is,
 * never read as SQL.
 */
abstract class AuditLogContract extends StoreContract {

  /** Plan p1 changed by ada at {@code at}, documented at {@code version}. */
  private static AuditRow planChanged(Instant at, int version) {
    return new AuditRow(
        0,
        at,
        "ada",
        "action-plan",
        "p1",
        "changed",
        Optional.of("{}"),
        Optional.of("{}"),
        Optional.of("{\"version\":" + version + "}"));
  }

  private static AuditRow entry(String type, String id, String after) {
    return new AuditRow(
        0,
        Instant.parse("2024-03-15T10:15:30Z"),
        "ada",
        type,
        id,
        "changed",
        Optional.of("{\"status\":\"PLANNED\"}"),
        Optional.of(after),
        Optional.empty());
  }

  @Test
  void auditLog_saysTheSequenceOfItsLastEntry_zeroWhenEmpty() {
    assertEquals(0, store.auditLog().lastSequence());
    store.auditLog().append(entry("inspection", "i1", "{\"a\":1}"));
    store.auditLog().append(entry("inspection", "i2", "{\"a\":2}"));

    List<AuditRow> written = store.auditLog().rows(AuditLog.Query.all());
    assertEquals(written.get(written.size() - 1).sequence(), store.auditLog().lastSequence());
    assertEquals(2, written.size());
  }

  @Test
  void auditLog_replaysTheEntriesOfTheGivenTypesBeforeAnInstant_inOrder_withTheirDocuments() {
    Instant first = Instant.parse("2024-03-01T09:00:00Z");
    Instant cut = Instant.parse("2024-03-02T00:00:00Z");
    store
        .auditLog()
        .append(
            new AuditRow(
                0,
                first,
                "ada",
                "action-plan",
                "p1",
                "created",
                Optional.empty(),
                Optional.of("{}"),
                Optional.of("{\"region\":\"North West\"}")));
    store.auditLog().append(entry("inspection", "i1", "{\"a\":1}"));
    store.auditLog().append(planChanged(cut.minusMillis(1), 2));
    store.auditLog().append(planChanged(cut.plusMillis(1), 3));

    List<AuditRow> replayed = new java.util.ArrayList<>();
    store.auditLog().replayRows(java.util.Set.of("action-plan"), cut, replayed::add);

    assertEquals(
        List.of(Optional.of("{\"region\":\"North West\"}"), Optional.of("{\"version\":2}")),
        replayed.stream().map(AuditRow::document).toList());
    assertEquals(first, replayed.get(0).at());
    assertTrue(replayed.get(0).sequence() < replayed.get(1).sequence());
  }

  @Test
  void auditLog_replaysTheNamedRecordsOnly_andCountsTheRecordsCreatedBeforeAnInstant() {
    Instant first = Instant.parse("2024-03-01T09:00:00Z");
    Instant cut = Instant.parse("2024-03-02T00:00:00Z");
    for (String plan : List.of("p1", "p2", "p3")) {
      store.auditLog().append(created("action-plan", plan, first, "{\"region\":\"" + plan + "\"}"));
    }
    store.auditLog().append(created("inspection", "i1", first, "{\"pdu\":\"Knowsley\"}"));
    store.auditLog().append(planChanged(cut.minusMillis(1), 2));
    store.auditLog().append(created("action-plan", "p4", cut.plusMillis(1), "{}"));
    Instant aSecondOn = cut.plusSeconds(1);
    store.auditLog().append(created("action-plan", "p5", aSecondOn, "{}"));

    AuditLog.Replayed named =
        store
            .auditLog()
            .replay(Map.of("action-plan", Set.of("p1", "p3", "p4"), "inspection", Set.of()), cut);

    Map<String, String> plans = new java.util.HashMap<>();
    named
        .documents("action-plan", com.fasterxml.jackson.databind.JsonNode.class, (id, r) -> {})
        .forEach((id, document) -> plans.put(id, document.toString()));
    assertEquals(Set.of("p1", "p3"), plans.keySet(), "p2 is not named; p4 came after the cut");
    assertEquals("{\"region\":\"p1\",\"version\":2}", plans.get("p1"));
    assertTrue(named.wasCreated("action-plan", "p3"));
    assertFalse(named.wasCreated("action-plan", "p2"));
    assertFalse(named.wasCreated("inspection", "i1"));

    assertEquals(4, store.auditLog().createdBefore(Set.of("action-plan", "inspection"), cut));
    assertEquals(3, store.auditLog().createdBefore(Set.of("action-plan"), cut));
    assertEquals(0, store.auditLog().createdBefore(Set.of("review"), cut));
    // A cut with a fraction of a second, just after an entry made on a whole second.
    Instant justAfter = aSecondOn.plusMillis(1);
    assertEquals(5, store.auditLog().createdBefore(Set.of("action-plan"), justAfter));
    assertTrue(
        store
            .auditLog()
            .replay(Map.of("action-plan", Set.of("p5")), justAfter)
            .wasCreated("action-plan", "p5"));
  }

  private static AuditRow created(String type, String id, Instant at, String document) {
    return new AuditRow(
        0,
        at,
        "ada",
        type,
        id,
        "created",
        Optional.empty(),
        Optional.of("{}"),
        Optional.of(document));
  }

  @Test
  void auditLog_anEntryWhoseDocumentValuesAreItsAfterValues_readsBackWithBoth() {
    String whole = "{\"pdu\":\"Knowsley\",\"findings\":[\"a\",\"b\"]}";
    AuditRow created =
        new AuditRow(
            0,
            Instant.parse("2024-03-01T09:00:00Z"),
            "ada",
            "inspection",
            "i1",
            "created",
            Optional.empty(),
            Optional.of(whole),
            Optional.of(whole));
    store.auditLog().append(created);
    store.auditLog().append(entry("inspection", "i1", "{\"a\":1}"));

    List<AuditRow> all = store.auditLog().rows(AuditLog.Query.all());
    assertEquals(Optional.of(whole), all.get(0).after());
    assertEquals(Optional.of(whole), all.get(0).document());
    assertEquals(Optional.empty(), all.get(1).document());
    List<AuditRow> replayed = new java.util.ArrayList<>();
    store
        .auditLog()
        .replayRows(
            java.util.Set.of("inspection"), Instant.parse("2025-01-01T00:00:00Z"), replayed::add);
    assertEquals(Optional.of(whole), replayed.get(0).document());
  }

  @Test
  void auditLog_keepsEntriesInOrderWithEveryField_andFiltersByRecord() {
    store.auditLog().append(entry("action-plan", "p1", "{\"a\":1}"));
    store.auditLog().append(entry("inspection", "i1", "{\"a\":2}"));
    store.auditLog().append(entry("action-plan", "p1", "{\"a\":3}"));

    List<AuditRow> all = store.auditLog().rows(AuditLog.Query.all());
    assertEquals(3, all.size());
    assertTrue(all.get(0).sequence() < all.get(1).sequence());
    assertTrue(all.get(1).sequence() < all.get(2).sequence());
    AuditRow first = all.get(0);
    assertEquals(Instant.parse("2024-03-15T10:15:30Z"), first.at());
    assertEquals("ada", first.actor());
    assertEquals(Optional.of("{\"status\":\"PLANNED\"}"), first.before());

    List<AuditRow> plan = store.auditLog().rows(AuditLog.Query.of("action-plan", "p1"));
    assertEquals(
        List.of(Optional.of("{\"a\":1}"), Optional.of("{\"a\":3}")),
        plan.stream().map(AuditRow::after).toList());
    assertEquals(
        1,
        store
            .auditLog()
            .rows(new AuditLog.Query(Optional.empty(), Optional.empty(), all.get(1).sequence(), 10))
            .size());
  }

  @Test
  void auditEntryWrittenInAUnitOfWorkThatThrows_isNotKept() {
    failInAUnitOfWork(
        "the use case failed",
        () -> {
          saveUnits();
          store.auditLog().append(entry("region", "r1", "{}"));
        });
    assertEquals(List.of(), store.auditLog().rows(AuditLog.Query.all()));
    assertEquals(List.of(), store.regions().findAll());
  }

  @Test
  void sqlInjectionPayloads_areStoredVerbatim_andHarmNothing() {
    String payload = "x'); DROP TABLE users; --";
    savedUser("bobby", Role.READER, java.util.Set.of());
    store.auditLog().append(entry("region", payload, "{\"name\":\"" + "' OR '1'='1" + "\"}"));
    store.regions().add(new Region(RegionId.newId(), "Robert'); DROP TABLE regions;--"));

    assertEquals(1, store.auditLog().rows(AuditLog.Query.of("region", payload)).size());
    assertEquals(0, store.auditLog().rows(AuditLog.Query.of("region", "' OR '1'='1")).size());
    assertEquals("Robert'); DROP TABLE regions;--", store.regions().findAll().get(0).name());
    assertTrue(store.users().findByUsername("bobby").isPresent());
  }
}
