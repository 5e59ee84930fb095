package org.probationinspections.cli.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.account.Role;

/**
 * The records the probes work on: the published seeds (the Cheshire West report, the North West
 * letter and plan) imported through the command line, a second region with no records, one user a
 * role (a provider of North West and one of the other region), and the ids of what the seeds made.
 */
public final class World {

  static final String PASSWORD = "reliability-password-1";
  static final String REGION = "North West";
  static final String OTHER_REGION = "Wales";

  /** Who calls: the columns of the role matrix. */
  public enum Caller {
    ANONYMOUS("anonymous", null),
    READER("reader", Role.READER),
    PROVIDER_OF_REGION("provider (North West)", Role.PROVIDER),
    PROVIDER_OF_ANOTHER("provider (Wales)", Role.PROVIDER),
    INSPECTOR("inspector", Role.INSPECTOR),
    ADMINISTRATOR("administrator", Role.ADMIN);

    final String label;
    final Role role;

    Caller(String label, Role role) {
      this.label = label;
      this.role = role;
    }

    String username() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  /** The ids of the seeds' records, read back through the API. */
  public record Ids(
      String regionId,
      String pduId,
      String inspectionId,
      String reviewId,
      String planId,
      List<String> reviewInspectionIds,
      String flagId) {}

  private World() {}

  /** The seed files, reports first, as the command line orders them. */
  static List<Path> seedFiles(Path seeds) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String name :
        List.of(
            "cheshire-west-pdu-report-2023.txt",
            "north-west-regional-letter-2023.txt",
            "north-west-action-plan-2023.txt")) {
      Path file = seeds.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("no seed " + file);
      }
      files.add(file);
    }
    return files;
  }

  /** Imports the seeds into {@code database} through the command line. */
  public static void importSeeds(String database, Path seeds) throws Exception {
    List<String> command = new ArrayList<>(List.of("import", "--db", database));
    for (Path file : seedFiles(seeds)) {
      command.add(file.toString());
    }
    int status = Quietly.run(command.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("importing the seeds failed with status " + status);
    }
  }

  /** One user a caller (the provider of North West and of the other region among them). */
  static java.util.Map<Caller, String> addUsers(Served server) {
    server.useCases().registerRegion().register(new RegisterRegionUseCase.Command(OTHER_REGION));
    java.util.Map<Caller, String> tokens = new java.util.EnumMap<>(Caller.class);
    for (Caller caller : Caller.values()) {
      if (caller.role == null) {
        continue;
      }
      List<String> regions =
          switch (caller) {
            case PROVIDER_OF_REGION -> List.of(REGION);
            case PROVIDER_OF_ANOTHER -> List.of(OTHER_REGION);
            default -> List.of();
          };
      tokens.put(caller, server.addUser(caller.username(), caller.role, regions, PASSWORD));
    }
    return tokens;
  }

  /** Reads the ids of the seeds' records back through the API. */
  static Ids ids(Served server, Http http, Http.Credentials admin) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode regions = json.readTree(http.get(server.uri("/api/regions"), admin).body());
    JsonNode pdus = json.readTree(http.get(server.uri("/api/pdus"), admin).body());
    JsonNode inspections = json.readTree(http.get(server.uri("/api/inspections"), admin).body());
    JsonNode reviews = json.readTree(http.get(server.uri("/api/reviews"), admin).body());
    JsonNode plans = json.readTree(http.get(server.uri("/api/action-plans"), admin).body());
    JsonNode review = find(reviews, "region", REGION);
    // A flag the seeds' import raised (the letter's guessed days of fieldwork, say).
    JsonNode flags = json.readTree(http.get(server.uri("/api/flags?limit=1"), admin).body());
    String flagId =
        flags.path("items").size() > 0 ? flags.path("items").get(0).path("id").asText() : "none";
    List<String> reviewInspections = new ArrayList<>();
    review.path("inspectionIds").forEach(id -> reviewInspections.add(id.asText()));
    return new Ids(
        find(regions, "name", REGION).path("id").asText(),
        find(pdus, "name", "Cheshire West").path("id").asText(),
        find(inspections, "pdu", "Cheshire West").path("id").asText(),
        review.path("id").asText(),
        find(plans, "region", REGION).path("id").asText(),
        reviewInspections,
        flagId);
  }

  static JsonNode find(JsonNode list, String field, String value) {
    JsonNode items = list.has("items") ? list.get("items") : list;
    for (JsonNode item : items) {
      if (value.equals(item.path(field).asText())) {
        return item;
      }
    }
    throw new IllegalStateException("no " + field + " " + value + " in " + list);
  }
}
