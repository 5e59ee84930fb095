package org.probationinspections.cli.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.probationinspections.cli.document.DocumentFiles;
import org.probationinspections.cli.testing.Folders;
import org.probationinspections.cli.testing.RouteTable;

/**
 * Probe 2: seeded, bounded mutations of valid inputs, sent to every JSON endpoint of the API (the
 * write routes of the route table, as an administrator, whom nothing refuses for who they are) and
 * to every importer (published text, a saved web page and a PDF through {@code POST
 * /api/documents}; the JSON export files through {@code inspections import}). A mutation drops a
 * field, gives a value the wrong type, puts a null into an array, makes a string huge, puts a NUL
 * into one, makes a date impossible or out of range, breaks the UTF-8, sends the wrong content
 * type, or cuts and splices the text. Counted: answers 5xx (or a command that crashes) and partial
 * writes, a refused request or file after which the database is not what it was (its content hashed
 * table by table).
 */
final class Fuzz {

  private static final String[] BAD_DATES = {
    "2023-02-30",
    "+10000-01-01",
    "-0001-01-01",
    "2023-13-01",
    "0000-00-00",
    "2023-1-1",
    "",
    "99999-12-31"
  };

  private static final String[] FRAGMENTS = {
    "\u0000", "\uFFFD", "\n\n", "| 2.2 | Inadequate |", "100%", "-1", "99999999999999999999",
    "2023-13-45", "'; DROP TABLE inspections; --", "<script>", "é", "—", "Rating", "PDU"
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fuzz() {}

  static Section run(Reliability.Settings settings, PrintStream log) throws Exception {
    Path work = settings.work().resolve("fuzz");
    Folders.deleteTree(work);
    Files.createDirectories(work);
    Path database = work.resolve("fuzz.db");
    World.importSeeds(database.toString(), settings.seeds());
    List<Path> seeds = World.seedFiles(settings.seeds());
    Random random = new Random(settings.seed());
    long apiRuns = 0;
    long importRuns = 0;
    try (Served server = Served.start(database.toString());
        Digest digest = new Digest(database)) {
      Tally tally = new Tally(digest);
      Map<World.Caller, String> tokens = World.addUsers(server);
      Http http = new Http();
      Http.Credentials admin = Http.bearer(tokens.get(World.Caller.ADMINISTRATOR));
      World.Ids ids = World.ids(server, http, admin);
      String report = Files.readString(seeds.get(0));
      WriteRequests requests = WriteRequests.read(server, http, admin, ids, report);
      List<WriteRequests.Call> endpoints = new ArrayList<>();
      for (RouteTable.Route route : server.writeRoutes()) {
        if (route.api()) {
          requests
              .forRoute(route)
              .filter(
                  call -> call.contentType().equals("application/json") && call.body().length > 0)
              .ifPresent(endpoints::add);
        }
      }

      // the JSON endpoints
      for (int run = 0; run < settings.fuzzRuns(); run++) {
        WriteRequests.Call call = endpoints.get(random.nextInt(endpoints.size()));
        Mutated body = mutateJson(new String(call.body(), StandardCharsets.UTF_8), random);
        String before = digest.now();
        Http.Answer answer =
            call.withBody(body.contentType(), body.bytes()).send(http, server, admin);
        apiRuns++;
        tally.answered(call.method() + " " + call.path() + " (" + body.how() + ")", answer, before);
      }

      // the importers of published documents, through the web
      List<String> texts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Path seed : seeds) {
        texts.add(Files.readString(seed));
        names.add(seed.getFileName().toString());
      }
      for (int run = 0; run < settings.importFuzzRuns(); run++) {
        int which = random.nextInt(texts.size());
        String text = mutateText(texts.get(which), random);
        int form = random.nextInt(4);
        byte[] bytes;
        String name = names.get(which);
        String how;
        switch (form) {
          case 0 -> {
            bytes = DocumentFiles.html(text);
            name = name.replace(".txt", ".html");
            how = "a saved web page";
          }
          case 1 -> {
            bytes = spliceBytes(DocumentFiles.pdf(text), random);
            name = name.replace(".txt", ".pdf");
            how = "a PDF, its bytes altered";
          }
          case 2 -> {
            bytes = breakUtf8(text.getBytes(StandardCharsets.UTF_8), random);
            how = "text with broken UTF-8";
          }
          default -> {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            how = "text";
          }
        }
        String before = digest.now();
        Http.Answer answer =
            http.send(
                "POST",
                server.uri(
                    "/api/documents?name="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)),
                admin,
                "application/octet-stream",
                bytes,
                false);
        importRuns++;
        tally.answered(
            "POST /api/documents (" + how + " of " + names.get(which) + ")", answer, before);
      }

      // the JSON import of the command line, on export files
      List<Path> exports = new ArrayList<>();
      for (String what : List.of("inspections", "reviews", "action-plans")) {
        Path out = work.resolve(what + ".json");
        if (Quietly.run(
                "export",
                what,
                "--format",
                "json",
                "--out",
                out.toString(),
                "--db",
                database.toString())
            == 0) {
          exports.add(out);
        }
      }
      Path file = work.resolve("mutated.json");
      for (int run = 0; run < settings.importFuzzRuns() / 2 && !exports.isEmpty(); run++) {
        Path export = exports.get(random.nextInt(exports.size()));
        Mutated body = mutateJson(Files.readString(export), random);
        Files.write(file, body.bytes());
        String before = digest.now();
        int status = Quietly.run("import", "--db", database.toString(), file.toString());
        importRuns++;
        String command = "inspections import of " + export.getFileName() + " (" + body.how() + ")";
        if (status != 0 && status != 1) {
          tally.crashed(command + " ended with status " + status);
        } else if (status == 1) {
          tally.refused(command + " was refused", before);
        }
      }
      log.printf(
          "fuzz: %d API runs, %d import runs, %d refused, %d errors, %d partial writes%n",
          apiRuns, importRuns, tally.refused, tally.errors, tally.partial);
      return tally.section(apiRuns, importRuns);
    }
  }

  /**
   * What the probe counted: crashes, refusals, and refusals after which the database was not what
   * it was before; with a note on each crash and each partial write.
   */
  private static final class Tally {
    private final Digest digest;
    private final List<String> notes = new ArrayList<>();
    private long errors;
    private long refused;
    private long partial;

    Tally(Digest digest) {
      this.digest = digest;
    }

    /** Counts an answer of the API: a 5xx crashed, any other 4xx refused. */
    void answered(String request, Http.Answer answer, String before) throws Exception {
      if (answer.serverError()) {
        crashed(request + " answered " + answer.status() + " " + answer.body());
      } else if (answer.status() >= 400) {
        refused(request + " was refused (" + answer.status() + ")", before);
      }
    }

    void crashed(String what) {
      errors++;
      note(what);
    }

    /** A refused input must leave the database as it was {@code before} it. */
    void refused(String what, String before) throws Exception {
      refused++;
      if (!before.equals(digest.now())) {
        partial++;
        note(what + " but wrote");
      }
    }

    private void note(String note) {
      if (notes.size() < 20) {
        String line = note.replaceAll("\\s+", " ");
        notes.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
      }
    }

    Section section(long apiRuns, long importRuns) {
      return new Section(
          "Fuzz of the JSON endpoints and the importers",
          "Seeded mutations (1 to 3 each) of valid inputs: the JSON body of each of the API's"
              + " write routes (from the route table; "
              + apiRuns
              + " requests, as an administrator), the published seeds as text, as a saved web page"
              + " and as a PDF through `POST /api/documents`, and the seeds' JSON exports through"
              + " `inspections import` ("
              + importRuns
              + " documents in all). A mutation drops a field, gives a value the wrong type, puts a"
              + " null into an array or a field, makes a string 100,000 characters long, puts a NUL"
              + " into one, makes a date impossible or out of range, breaks the UTF-8, sends the"
              + " wrong content type, or cuts, repeats and splices the text. A refused request or"
              + " file must leave the database as it was (its content hashed table by table, the"
              + " sessions' and tokens' tables aside). "
              + refused
              + " of the inputs were refused.",
          List.of(
              new Section.Figure("Inputs sent", apiRuns + importRuns, apiRuns + importRuns),
              new Section.Figure("Answers 5xx, or a command that crashed", errors, 0),
              new Section.Figure("Partial writes (refused, yet the database changed)", partial, 0)),
          notes);
    }
  }

  /** A mutated body: its bytes, the content type it is sent with, and what was done to it. */
  record Mutated(byte[] bytes, String contentType, String how) {}

  static Mutated mutateJson(String valid, Random random) throws Exception {
    JsonNode root = JSON.readTree(valid);
    List<String> done = new ArrayList<>();
    String contentType = "application/json";
    boolean brokenUtf8 = false;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int kind = random.nextInt(9);
      switch (kind) {
        case 0 -> done.add(dropField(root, random));
        case 1 -> done.add(wrongType(root, random));
        case 2 -> done.add(nullInto(root, random));
        case 3 -> done.add(setString(root, random, "x".repeat(100_000), "a huge string"));
        case 4 -> done.add(setString(root, random, "a\u0000b", "a NUL"));
        case 5 ->
            done.add(
                setString(root, random, BAD_DATES[random.nextInt(BAD_DATES.length)], "a bad date"));
        case 6 -> {
          brokenUtf8 = true;
          done.add("broken UTF-8");
        }
        case 7 -> {
          String[] types = {
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "application/json; charset=latin1"
          };
          contentType = types[random.nextInt(types.length)];
          done.add("sent as " + contentType);
        }
        default -> done.add("text cut and spliced");
      }
    }
    String text = JSON.writeValueAsString(root);
    if (done.contains("text cut and spliced")) {
      text = mutateText(text, random);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (brokenUtf8) {
      bytes = breakUtf8(bytes, random);
    }
    return new Mutated(bytes, contentType, String.join(", ", done));
  }

  /** Every container node of the tree (objects and arrays), root first. */
  private static List<JsonNode> containers(JsonNode root) {
    List<JsonNode> found = new ArrayList<>();
    List<JsonNode> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      JsonNode node = todo.remove(todo.size() - 1);
      if (node.isContainerNode()) {
        found.add(node);
        node.forEach(todo::add);
      }
    }
    return found;
  }

  /** A field of an object of the document, chosen at random: the object and the field's name. */
  private record Field(ObjectNode object, String name) {}

  private static java.util.Optional<Field> anyField(JsonNode root, Random random) {
    List<JsonNode> objects =
        containers(root).stream().filter(JsonNode::isObject).filter(n -> n.size() > 0).toList();
    if (objects.isEmpty()) {
      return java.util.Optional.empty();
    }
    ObjectNode object = (ObjectNode) objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return java.util.Optional.of(new Field(object, names.get(random.nextInt(names.size()))));
  }

  private static String dropField(JsonNode root, Random random) {
    return anyField(root, random)
        .map(
            field -> {
              field.object().remove(field.name());
              return "dropped " + field.name();
            })
        .orElse("nothing to drop");
  }

  private static String wrongType(JsonNode root, Random random) {
    java.util.Optional<Field> picked = anyField(root, random);
    if (picked.isEmpty()) {
      return "nothing to retype";
    }
    ObjectNode object = picked.get().object();
    String name = picked.get().name();
    JsonNode value = object.get(name);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode other =
        value.isTextual()
            ? nodes.numberNode(42)
            : value.isNumber()
                ? nodes.textNode("forty-two")
                : value.isArray()
                    ? nodes.objectNode().put("a", 1)
                    : value.isObject() ? nodes.arrayNode().add("a") : nodes.arrayNode();
    object.set(name, other);
    return name + " of the wrong type";
  }

  private static String nullInto(JsonNode root, Random random) {
    List<JsonNode> arrays = containers(root).stream().filter(JsonNode::isArray).toList();
    if (!arrays.isEmpty() && random.nextBoolean()) {
      ArrayNode array = (ArrayNode) arrays.get(random.nextInt(arrays.size()));
      array.insertNull(array.size() == 0 ? 0 : random.nextInt(array.size() + 1));
      return "a null inside an array";
    }
    return anyField(root, random)
        .map(
            field -> {
              field.object().putNull(field.name());
              return field.name() + " null";
            })
        .orElse("nowhere for a null");
  }

  private static String setString(JsonNode root, Random random, String value, String what) {
    List<ObjectNode> owners = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (JsonNode node : containers(root)) {
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          boolean dateLike =
              field.getValue().isTextual()
                  && field.getValue().asText().matches("\\d{4}-\\d{2}(-\\d{2})?");
          if (field.getValue().isTextual() && (!what.equals("a bad date") || dateLike)) {
            owners.add((ObjectNode) node);
            fields.add(field.getKey());
          }
        }
      }
    }
    if (owners.isEmpty()) {
      return "no string for " + what;
    }
    int pick = random.nextInt(owners.size());
    owners.get(pick).put(fields.get(pick), value);
    return what + " in " + fields.get(pick);
  }

  /** Cuts, repeats, inserts awkward fragments, and changes digits and characters. */
  static String mutateText(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && out.length() > 0; e++) {
      int at = random.nextInt(out.length());
      int length = Math.min(out.length() - at, 1 + random.nextInt(200));
      switch (random.nextInt(6)) {
        case 0 -> out.delete(at, at + length);
        case 1 -> out.insert(at, out.substring(at, at + length));
        case 2 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 3 -> out.setLength(Math.max(at, out.length() / 2));
        case 4 -> {
          for (int i = at; i < at + length && i < out.length(); i++) {
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

  /** Puts invalid UTF-8 sequences (a lone continuation byte, a truncated or overlong form) in. */
  static byte[] breakUtf8(byte[] bytes, Random random) {
    byte[][] bad = {
      {(byte) 0x80},
      {(byte) 0xC3, 0x28},
      {(byte) 0xFF, (byte) 0xFE},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xE2, (byte) 0x82}
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    out.write(bytes, 0, at);
    out.writeBytes(bad[random.nextInt(bad.length)]);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] spliceBytes(byte[] bytes, Random random) {
    byte[] copy = bytes.clone();
    int edits = random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  /** The database's content, hashed table by table, read through a connection of its own. */
  static final class Digest implements AutoCloseable {
    private final Connection connection;

    Digest(Path database) throws Exception {
      connection = DriverManager.getConnection("jdbc:sqlite:" + database);
    }

    String now() throws Exception {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<String> tables = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (rows.next()) {
          String name = rows.getString(1);
          if (!name.contains("session") && !name.contains("token")) {
            tables.add(name);
          }
        }
      }
      for (String table : tables) {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            StringBuilder line = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
              line.append(rows.getString(c)).append('\u001F');
            }
            lines.add(line.toString());
          }
        }
        lines.sort(null);
        sha.update(table.getBytes(StandardCharsets.UTF_8));
        for (String line : lines) {
          sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public void close() throws Exception {
      connection.close();
    }
  }
}
