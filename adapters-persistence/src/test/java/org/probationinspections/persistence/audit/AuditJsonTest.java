package org.probationinspections.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.unit.RegionId;

/** The trail's JSON: how text is escaped, and what an entry of a record's fields holds. */
class AuditJsonTest {

  @Test
  void textWithoutSpecialCharactersIsWrittenAsItIs() {
    assertEquals(
        "{\"text\":\"Cheshire West – Good\"}", written(Map.of("text", "Cheshire West – Good")));
  }

  @Test
  void everyCharacterThatCannotStandInAJsonStringIsEscaped() {
    String text = "a\"b\\c\nd\re\tf\u0001g<h>i&j\u2028k\u2029l\bm\fn";

    assertEquals(
        "{\"text\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u003ch\\u003ei\\u0026j\\u2028k\\u2029l"
            + "\\u0008m\\u000cn\"}",
        written(Map.of("text", text)));
  }

  @Test
  void escapedTextReadsBackEqual() {
    String text = "\"quoted\" \\ <b>&amp;</b>\n\u0000 end\u2029";

    assertEquals(text, AuditJson.readObject(written(Map.of("text", text))).get("text").textValue());
  }

  @Test
  void aMapIsWrittenInTheOrderOfItsKeys_andNumbersAsTheyAre() {
    Map<Object, Object> values = new LinkedHashMap<>();
    values.put("z", 1.5);
    values.put("a", List.of(1L, 2, "x\u0001"));
    values.put("m", Map.of("k", Optional.empty()));

    assertEquals("{\"a\":[1,2,\"x\\u0001\"],\"m\":{\"k\":null},\"z\":1.5}", written(values));
  }

  @Test
  void aChangedUser_keepsTheFieldsThatDiffer_elementByElement_neverTheHashNorTheVersion() {
    User before =
        User.create(
            UserId.newId(),
            "ada",
            Role.PROVIDER,
            Set.of(new RegionId("r2"), new RegionId("r1"), new RegionId("r10")),
            "hash");
    User after =
        User.restore(
            before.id(),
            "ada",
            Role.PROVIDER,
            Set.of(new RegionId("r3")),
            "hash2",
            false,
            3,
            Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
            7);

    AuditRow row = AuditJson.row(change(before, after)).orElseThrow();

    assertEquals("changed", row.change());
    assertEquals(
        Optional.of(
            "{\"regions[0]\":\"r1\",\"regions[1]\":\"r10\",\"regions[2]\":\"r2\","
                + "\"enabled\":true,\"failedLogins\":0,\"lockedUntil\":null}"),
        row.before());
    assertEquals(
        Optional.of(
            "{\"regions[0]\":\"r3\",\"regions[1]\":null,\"regions[2]\":null,"
                + "\"enabled\":false,\"failedLogins\":3,"
                + "\"lockedUntil\":\"2024-01-01T00:00:00Z\"}"),
        row.after());
    assertEquals(Optional.empty(), row.document());
    String created = AuditJson.row(change(null, before)).orElseThrow().after().orElseThrow();
    assertEquals(
        "{\"id\":\""
            + before.id().value()
            + "\",\"username\":\"ada\",\"role\":\"PROVIDER\",\"regions\":[\"r1\",\"r10\",\"r2\"],"
            + "\"passwordHash\":\"(secret)\",\"enabled\":true,\"failedLogins\":0,"
            + "\"lockedUntil\":null}",
        created);
  }

  @Test
  void aChangeThatChangesNothing_writesNoEntry() {
    Map<String, Object> state = Map.of("name", "North West");

    assertEquals(Optional.empty(), AuditJson.row(change(state, Map.of("name", "North West"))));
  }

  private static String written(Object state) {
    return AuditJson.row(change(null, state)).orElseThrow().after().orElseThrow();
  }

  private static AuditLog.Change change(Object before, Object after) {
    return Changes.change("user", "ada", before, after, AuditLog.Kept.FIELDS);
  }
}
