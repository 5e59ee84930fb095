package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.common.DomainException;

/**
 * A bounded, seeded random-mutation fuzz run (the same inputs on every build) of the document
 * importers and the JSON API: whatever the input, a refusal and never a crash (no 500), each call
 * within a time bound, and a refused import or request leaves nothing written (no partial write,
 * checked through the audit trail, which every write leaves an entry in).
 */
class FuzzTest {

  private static final long SEED = 20231121L;
  private static final int IMPORT_RUNS = 120;
  private static final int API_RUNS = 300;
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final MediaType JSON = MediaType.get("application/json");

  private static final String[] FRAGMENTS = {
    "<p>",
    "</p>",
    "<sup>",
    "\t",
    "\n",
    "\n\n",
    "**",
    "#### ",
    "Rating",
    "Inadequate",
    "2.2",
    "Requires improvement",
    "%",
    "100%",
    "North West",
    "PDU",
    "|",
    "\u0000",
    "\uFFFD",
    "é",
    "—",
    "2023-13-45",
    "99999999999999999999",
    "-1",
    "'; DROP TABLE inspections; --",
    "<script>"
  };

  private static int audit(TestWorld world) {
    return world
        .services
        .listAuditTrail()
        .list(new ListAuditTrailUseCase.Query(Optional.empty(), Optional.empty(), 0, 10_000))
        .size();
  }

  static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && out.length() > 0; e++) {
      int at = random.nextInt(out.length());
      int length = Math.min(out.length() - at, 1 + random.nextInt(200));
      switch (random.nextInt(6)) {
        case 0 -> out.delete(at, at + length);
        case 1 -> out.insert(at, out.substring(at, at + length));
        case 2 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 3 -> out.setLength(at);
        case 4 -> {
          for (int i = at; i < at + length; i++) {
            if (Character.isDigit(out.charAt(i))) {
              out.setCharAt(i, (char) ('0' + random.nextInt(10)));
            }
          }
        }
        default -> {
          char c = (char) random.nextInt(0x3000);
          out.setCharAt(at, Character.isSurrogate(c) ? '?' : c);
        }
      }
    }
    return out.toString();
  }

  @Test
  void mutatedSeedDocuments_areImportedOrRefused_neverCrash_andARefusalWritesNothing() {
    List<String> seeds =
        List.of(Seeds.text(Seeds.REPORT), Seeds.text(Seeds.LETTER), Seeds.text(Seeds.PLAN));
    List<String> names = List.of(Seeds.REPORT, Seeds.LETTER, Seeds.PLAN);
    Random random = new Random(SEED);
    TestWorld world = new TestWorld();
    int refused = 0;
    for (int run = 0; run < IMPORT_RUNS; run++) {
      int which = random.nextInt(seeds.size());
      String input = mutate(seeds.get(which), random);
      int before = audit(world);
      int attempt = run;
      try {
        assertTimeoutPreemptively(
            BOUND,
            () ->
                world
                    .services
                    .importPublishedDocument()
                    .importDocument(
                        new ImportPublishedDocumentUseCase.Command(
                            names.get(which), input.getBytes(StandardCharsets.UTF_8), false)));
      } catch (DomainException refusal) {
        refused++;
        assertEquals(before, audit(world), "run " + attempt + ": a refused import wrote something");
      } catch (RuntimeException crash) {
        fail("run " + attempt + " crashed on a mutated " + names.get(which) + ": " + crash, crash);
      }
    }
    assertTrue(refused < IMPORT_RUNS, "every mutated document was refused: the fuzz tests nothing");
  }

  private static final String[] BODIES = {
    "{\"name\":\"Wales\"}",
    "{\"region\":\"North West\",\"name\":\"Fuzz PDU\",\"aliases\":[\"FZ\"]}",
    "{\"pdu\":\"Knowsley and St Helens\",\"framework\":\"hmip-probation-pdu-2021\","
        + "\"fieldworkStarted\":\"2024-01-08\",\"casesInspected\":40}",
    "{\"region\":\"North West\",\"submitted\":\"2024-01-02\"}",
    "{\"status\":\"IN_PROGRESS\",\"note\":\"n\",\"by\":\"x\"}",
    "{\"target\":\"2024-11\",\"reason\":\"late\",\"by\":\"x\"}",
    "{\"keyQuestions\":[{\"question\":\"Q?\",\"percentYes\":54}]}",
    "{\"rating\":\"GOOD\"}",
    "{\"addressee\":{\"level\":\"PDU\",\"name\":\"Head\"},\"text\":\"Do it\"}"
  };

  @Test
  void mutatedJsonBodies_onEveryWriteEndpoint_neverGive500_andARefusalWritesNothing() {
    TestWorld world = new TestWorld();
    NorthWestFixture nw = NorthWestFixture.recordInto(world.services);
    String plan = "/api/action-plans/" + nw.plan.value();
    String inspection = "/api/inspections/" + nw.knowsleyInspection.value();
    List<String> paths =
        List.of(
            "/api/regions",
            "/api/pdus",
            "/api/inspections",
            "/api/action-plans",
            plan + "/items/1/actions/1/progress",
            plan + "/items/1/actions/1/target",
            inspection + "/standards/2.2/key-questions",
            inspection + "/standards/1.1/judgement",
            inspection + "/recommendations",
            "/api/inspections/import",
            plan + "/items");
    Random random = new Random(SEED);
    JavalinTest.test(
        world.web.create(),
        TestWorld.as(world.adminToken),
        (server, client) -> {
          for (int run = 0; run < API_RUNS; run++) {
            int which = random.nextInt(paths.size());
            String path = paths.get(which);
            String body = mutate(BODIES[which % BODIES.length], random);
            String method = path.contains("/standards/") ? "PUT" : "POST";
            int before = audit(world);
            Request request =
                new Request.Builder()
                    .url(client.getOrigin() + path)
                    .method(method, RequestBody.create(body, JSON))
                    .build();
            try (Response response = client.getOkHttp().newCall(request).execute()) {
              String answer = response.body().string();
              assertTrue(
                  response.code() < 500,
                  run + " " + method + " " + path + " " + body + " gave " + answer);
              if (response.code() >= 400) {
                assertEquals(before, audit(world), run + ": a refused request wrote something");
              }
            }
          }
        });
  }
}
