package org.probationinspections.cli.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mixed concurrent workload on one action plan, through one server or several on one database:
 * updates of distinct actions sent without a version (none may be refused as a conflict, none
 * lost), rounds of updates of one action all sent with the same version (exactly one may win, and
 * its change is the one kept), and reads of the whole plan meanwhile (each must be a whole, valid
 * document). The callers are spread over the servers in turn; {@code who} is one credential that
 * every server must accept (a session signed in on one of them, or a token).
 */
public final class ConcurrentEdits {

  /** What the workload counted; every figure but the totals is expected to be 0. */
  public record Counts(
      long distinctUpdates,
      long falseConflicts,
      long versionedRounds,
      long lostUpdates,
      long reads,
      long tornReads,
      long errors,
      List<String> notes) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> bases;
  private final Http.Credentials who;
  private final String planPath;
  private final Http http = new Http();
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong errors = new AtomicLong();

  private ConcurrentEdits(List<String> bases, Http.Credentials who, String planId) {
    this.bases = List.copyOf(bases);
    this.who = who;
    this.planPath = "/api/action-plans/" + planId;
  }

  /**
   * Runs the workload: {@code writers} updates of distinct actions at once, then {@code rounds}
   * rounds of {@code writers} updates of one action with one version, with readers throughout.
   */
  public static Counts run(
      List<String> bases, Http.Credentials who, String planId, int writers, int rounds, long seed)
      throws Exception {
    return new ConcurrentEdits(bases, who, planId).run(writers, rounds, new Random(seed));
  }

  private Counts run(int writers, int rounds, Random random) throws Exception {
    JsonNode plan = read(0).orElseThrow(() -> new IllegalStateException("the plan cannot be read"));
    String shape = shape(plan);
    List<int[]> actions = new ArrayList<>();
    for (JsonNode item : plan.path("items")) {
      for (int k = 1; k <= item.path("actions").size(); k++) {
        actions.add(new int[] {item.path("number").asInt(), k});
        statuses.put(
            item.path("number").asInt() + "." + k,
            item.path("actions").get(k - 1).path("status").asText());
      }
    }
    if (actions.size() < writers) {
      throw new IllegalStateException(
          "the plan has " + actions.size() + " actions, fewer than " + writers);
    }
    Collections.shuffle(actions, random);
    ExecutorService pool = Executors.newCachedThreadPool();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    AtomicLong torn = new AtomicLong();
    List<Future<?>> readers = new ArrayList<>();
    for (int r = 0; r < Math.max(2, bases.size()); r++) {
      int server = r % bases.size();
      readers.add(
          pool.submit(
              () -> {
                do {
                  reads.incrementAndGet();
                  if (!whole(server, shape)) {
                    torn.incrementAndGet();
                  }
                } while (writing.get());
                return null;
              }));
    }
    try {
      long falseConflicts = distinct(pool, actions.subList(0, writers));
      long lost = 0;
      for (int round = 0; round < rounds; round++) {
        lost += sameVersion(pool, actions.get(round % actions.size()), writers, round);
      }
      writing.set(false);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }
      lost += lostDistinct;
      return new Counts(
          writers,
          falseConflicts,
          rounds,
          lost,
          reads.get(),
          torn.get(),
          errors.get(),
          List.copyOf(notes));
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }

  private long lostDistinct;
  private final java.util.Map<String, String> statuses = new java.util.HashMap<>();

  /** Updates of distinct actions at once, without a version: all must be kept, none refused. */
  private long distinct(ExecutorService pool, List<int[]> targets) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> sent = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      int[] action = targets.get(i);
      int server = i % bases.size();
      String note = "distinct update " + i;
      sent.add(
          pool.submit(
              () -> {
                start.await();
                return progress(server, action, note, null).status();
              }));
    }
    start.countDown();
    long conflicts = 0;
    for (int i = 0; i < sent.size(); i++) {
      int status = sent.get(i).get(60, TimeUnit.SECONDS);
      if (status == 409) {
        conflicts++;
        notes.add(
            "false conflict: the update of action " + ref(targets.get(i)) + " was refused (409)");
      } else if (status >= 300 || status < 200) {
        errors.incrementAndGet();
        notes.add("the update of action " + ref(targets.get(i)) + " answered " + status);
      }
    }
    JsonNode after = read(0).orElseThrow();
    for (int i = 0; i < targets.size(); i++) {
      String note = lastNote(after, targets.get(i));
      if (!("distinct update " + i).equals(note)) {
        lostDistinct++;
        notes.add(
            "lost update: action " + ref(targets.get(i)) + " ends with the note '" + note + "'");
      }
    }
    return conflicts;
  }

  /**
   * {@code contenders} updates of one action, all with the version read before: exactly one wins
   * and its note is the one kept, with one more entry in the action's progress. Returns the lost
   * updates (0 or 1).
   */
  private long sameVersion(ExecutorService pool, int[] action, int contenders, int round)
      throws Exception {
    JsonNode before = read(0).orElseThrow();
    long version = before.path("version").asLong();
    int history = progress(before, action).size();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> sent = new ArrayList<>();
    for (int c = 0; c < contenders; c++) {
      int server = c % bases.size();
      String note = "round " + round + " contender " + c;
      sent.add(
          pool.submit(
              () -> {
                start.await();
                return progress(server, action, note, version).status();
              }));
    }
    start.countDown();
    List<Integer> winners = new ArrayList<>();
    for (int c = 0; c < contenders; c++) {
      int status = sent.get(c).get(60, TimeUnit.SECONDS);
      if (status >= 200 && status < 300) {
        winners.add(c);
      } else if (status != 409) {
        errors.incrementAndGet();
        notes.add("round " + round + ": an update answered " + status);
      }
    }
    JsonNode after = read(0).orElseThrow();
    int grown = progress(after, action).size() - history;
    String kept = lastNote(after, action);
    boolean whole =
        winners.size() == 1
            && grown == 1
            && ("round " + round + " contender " + winners.get(0)).equals(kept)
            && after.path("version").asLong() == version + 1;
    if (!whole) {
      notes.add(
          "lost update in round "
              + round
              + ": "
              + winners.size()
              + " of "
              + contenders
              + " won, the progress grew by "
              + grown
              + ", the note kept is '"
              + kept
              + "'");
      return 1;
    }
    return 0;
  }

  private Http.Answer progress(int server, int[] action, String note, Long version) {
    String body =
        "{\"status\":\""
            + statuses.get(ref(action))
            + "\",\"note\":\""
            + note
            + "\",\"by\":\"Head of PDU\""
            + (version == null ? "" : ",\"expectedVersion\":" + version)
            + "}";
    return http.json(
        "POST",
        URI.create(
            bases.get(server)
                + planPath
                + "/items/"
                + action[0]
                + "/actions/"
                + action[1]
                + "/progress"),
        who,
        body);
  }

  private java.util.Optional<JsonNode> read(int server) {
    Http.Answer answer = http.get(URI.create(bases.get(server) + planPath), who);
    if (answer.status() != 200) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(JSON.readTree(answer.body()));
    } catch (Exception unreadable) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The plan's shape, which progress notes leave alone: each item's number, and each of its actions
   * with its text and owners.
   */
  private static String shape(JsonNode plan) {
    StringBuilder shape = new StringBuilder();
    for (JsonNode item : plan.path("items")) {
      shape.append(item.path("number").asInt()).append('[');
      for (JsonNode action : item.path("actions")) {
        shape
            .append(action.path("text").asText().hashCode())
            .append(action.path("owners"))
            .append(';');
      }
      shape.append(']');
    }
    return shape.toString();
  }

  /** A read of the plan that is whole: 200, a version, and every item and action as before. */
  private boolean whole(int server, String expectedShape) {
    Http.Answer answer = http.get(URI.create(bases.get(server) + planPath), who);
    String problem = null;
    if (answer.status() != 200) {
      problem = "answered " + answer.status() + " " + answer.body();
    } else {
      try {
        JsonNode plan = JSON.readTree(answer.body());
        if (!plan.path("version").isNumber()) {
          problem = "no version";
        } else if (!shape(plan).equals(expectedShape)) {
          problem = "the items and actions differ from the plan's";
        }
      } catch (Exception unreadable) {
        problem = "not JSON: " + unreadable.getMessage();
      }
    }
    if (problem != null && notes.size() < 50) {
      notes.add(
          "torn read on server "
              + (server + 1)
              + ": "
              + problem.substring(0, Math.min(200, problem.length())));
    }
    return problem == null;
  }

  private static JsonNode progress(JsonNode plan, int[] action) {
    for (JsonNode item : plan.path("items")) {
      if (item.path("number").asInt() == action[0]) {
        return item.path("actions").path(action[1] - 1).path("progress");
      }
    }
    return JSON.createArrayNode();
  }

  private static String lastNote(JsonNode plan, int[] action) {
    JsonNode progress = progress(plan, action);
    return progress.size() == 0 ? "" : progress.get(progress.size() - 1).path("note").asText();
  }

  private static String ref(int[] action) {
    return action[0] + "." + action[1];
  }
}
