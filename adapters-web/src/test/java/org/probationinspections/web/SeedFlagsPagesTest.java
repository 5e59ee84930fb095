package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.probationinspections.web.WebTestClient.page;
import static org.probationinspections.web.WebTestClient.redirect;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.testing.Seeds;

/**
 * The seeds imported from the browser's point of view: a letter's flags are listed under the letter
 * on its region's page, an action plan's on the plan's page, each with the form that resolves it.
 */
class SeedFlagsPagesTest {

  private TestWorld world;
  private final WebTestClient web = new WebTestClient(() -> world);
  private String region;
  private String plan;

  @BeforeEach
  void importTheSeeds() {
    world = new TestWorld();
    world.importSeeds();
    region = world.services.listRegions().list().get(0).id();
    plan = world.services.listActionPlans().list(Optional.of(region)).get(0).id();
  }

  private FlagView openFlag(String kind, String words) {
    return world.services.listFlags().open(500).stream()
        .filter(f -> f.recordKind().equals(kind) && f.reason().contains(words))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aLettersFlags_areOnItsRegionsPage_andOneIsResolvedThere() {
    FlagView row = openFlag("regional letter", "unreadable row in ratings table");
    web.asAdministrator(
        client -> {
          page(
              client.get("/regions/" + region),
              200,
              "Flags: what the import guessed",
              Seeds.LETTER,
              "line " + row.line(),
              "action=\"/regions/" + region + "/flags/" + row.id() + "\"");
          String back =
              redirect(
                  WebTestClient.form(
                      client,
                      "/regions/" + region + "/flags/" + row.id(),
                      null,
                      "flag",
                      row.id(),
                      "outcome",
                      "CONFIRMED"),
                  303);
          assertEquals("/regions/" + region + "#letter-flags-" + row.recordId(), back);
          page(client.get("/regions/" + region), 200, "confirmed by admin");
        });
  }

  @Test
  void aLetter_hasAPageOfItsOwn_withItsInspections_itsPlan_andItsFlags_resolvedThere() {
    FlagView row = openFlag("regional letter", "unreadable row in ratings table");
    String letter = "/reviews/" + row.recordId();
    web.asAdministrator(
        client -> {
          page(
              client.get(letter),
              200,
              "Regional letter to North West, 2023-07-27",
              "The inspections it covers",
              "Cheshire West",
              "href=\"/action-plans/" + plan + "\"",
              "Flags: what the import guessed",
              "action=\"" + letter + "/flags/" + row.id() + "\"");
          String back =
              redirect(
                  WebTestClient.form(
                      client,
                      letter + "/flags/" + row.id(),
                      null,
                      "flag",
                      row.id(),
                      "outcome",
                      "CONFIRMED"),
                  303);
          assertEquals(letter + "#letter-flags", back);
          page(client.get(letter), 200, "confirmed by admin");
          page(client.get("/import"), 200);
        });
  }

  @Test
  void aPlansFlags_areOnItsPage() {
    FlagView split = openFlag("action plan", "item 24");
    web.asAdministrator(
        client ->
            page(
                client.get("/action-plans/" + plan),
                200,
                "Flags: what the import guessed",
                "line " + split.line(),
                "action=\"/action-plans/" + plan + "/flags/" + split.id() + "\""));
  }
}
