package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.domain.account.Role;
import org.probationinspections.persistence.StoreLocation;

/** The command line importing into a running server through its API, with an API token. */
class RemoteImportTest {

  @TempDir Path dir;

  @Test
  void importWithServerAndToken_storesTheSeedsOnTheServer_andABadTokenIsRefused() {
    InspectionsComponent server =
        Wiring.open(StoreLocation.sqlite(dir.resolve("server.db")), List.of());
    try {
      var services = server.useCases().today();
      String token = inspectorToken(server, "bulk import");
      int port = server.webApp().start(0);
      String url = "http://localhost:" + port;

      String refused =
          run(
              "import",
              "--server",
              url,
              "--token",
              "pit_wrong",
              Seeds.path(Seeds.REPORT).toString());
      assertTrue(refused.contains("not imported: 401"), refused);

      String imported =
          run(
              "import",
              "--server",
              url,
              "--token",
              token,
              Seeds.path(Seeds.PLAN).toString(),
              Seeds.path(Seeds.LETTER).toString(),
              Seeds.path(Seeds.REPORT).toString());
      assertTrue(imported.contains("3 of 3 files imported"), imported);
      assertEquals(38, services.exportActionPlans().export(Optional.empty()).get(0).items().size());
    } finally {
      server.webApp().stop();
      server.store().close();
    }
  }

  @Test
  void aPublishedRecord_importedThroughTheServer_isStoredAsSummaries_andAgainChangesNothing()
      throws java.io.IOException {
    InspectionsComponent server =
        Wiring.open(StoreLocation.sqlite(dir.resolve("server.db")), List.of());
    try {
      var services = server.useCases().today();
      String token = inspectorToken(server, "record");
      String url = "http://localhost:" + server.webApp().start(0);
      Path csv = dir.resolve("outcomes.csv");
      java.nio.file.Files.writeString(
          csv,
          "pdu,region,published,programme,overallRating,standardRatings,score,source\n"
              + "Lambeth,London,2022-10-18,PDU inspections 2021-2023,INADEQUATE,"
              + "\"Leadership: INADEQUATE\",3,https://example.org/lambeth\n");

      String dry = run("import", "--dry-run", "--server", url, "--token", token, csv.toString());
      assertTrue(dry.contains("line 2: would import a new published outcome (dry run): "), dry);
      assertEquals(
          0,
          services.exportInspections().export(Optional.empty(), Optional.empty()).size(),
          "a dry run stores nothing on the server");

      String imported = run("import", "--server", url, "--token", token, csv.toString());
      assertTrue(imported.contains("line 2: imported published outcome"), imported);
      assertTrue(imported.contains("computed by the rules: INADEQUATE, as published"), imported);
      var stored = services.exportInspections().export(Optional.empty(), Optional.empty());
      assertEquals(1, stored.size());
      assertEquals(
          "https://example.org/lambeth", stored.get(0).publishedRecord().orElseThrow().source());

      String again = run("import", "--server", url, "--token", token, csv.toString());
      assertTrue(again.contains("already stored: nothing changed"), again);
    } finally {
      server.webApp().stop();
      server.store().close();
    }
  }

  private static String run(String... args) {
    return CommandRun.of(args).output();
  }

  /** The API token of an inspector added to the server's database, named {@code name}. */
  private static String inspectorToken(InspectionsComponent server, String name) {
    var services = server.useCases().today();
    services
        .addUser()
        .add(
            new AddUserUseCase.Command(
                "hmi", Role.INSPECTOR, List.of(), Optional.of("a long enough password")));
    return services.createApiToken().create("hmi", name).secret();
  }
}
