package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.body;
import static org.probationinspections.web.WebTestClient.get;
import static org.probationinspections.web.WebTestClient.page;
import static org.probationinspections.web.WebTestClient.redirect;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.account.Role;

/**
 * A provider's home is My actions: "/" sends them there, the page lists their regions' actions due
 * this month or overdue and the items awaiting judgement, each linked to its place in its plan,
 * filtered by owner and status, and the same actions download as CSV. Everyone else keeps the
 * dashboard at "/".
 */
class MyActionsWebTest extends NorthWestWebTest {

  private String provider;

  @BeforeEach
  void aProviderOfTheNorthWest() {
    provider = world.tokenFor("pat", Role.PROVIDER, "North West");
    NorthWestFixture.addAction(
        world.services,
        nw,
        1,
        "Review the training's take-up",
        "Head of PDU",
        YearMonth.of(2024, 3));
  }

  @Test
  void aProvidersHome_isMyActions_theDashboardStillALinkAway() {
    web.as(
        provider,
        client -> {
          assertEquals("/my-actions", redirect(get(client, "/", null), 302));
          String dashboard = page(get(client, "/?view=dashboard", null), 200, "Dashboard");
          assertTrue(dashboard.contains("href=\"/my-actions\""), "a link to My actions");
        });
  }

  @Test
  void everyoneElse_keepsTheDashboard_withNoLinkToMyActions() {
    String reader = world.tokenFor("rita", Role.READER);
    String inspector = world.tokenFor("ian", Role.INSPECTOR);
    for (String token : List.of(reader, inspector, world.adminToken)) {
      web.as(
          token,
          client -> {
            String dashboard = page(get(client, "/", null), 200, "Dashboard");
            assertFalse(dashboard.contains("/my-actions"), dashboard);
          });
    }
  }

  @Test
  void myActions_listsTheRegionsActions_withOwnersTargetsStatusAndLinks() {
    web.as(
        provider,
        client -> {
          String html =
              page(
                  get(client, "/my-actions", null),
                  200,
                  "My actions",
                  "North West",
                  "March 2024",
                  "Deliver risk assessment training to all practitioners",
                  "Agree an information-sharing protocol with Merseyside Police",
                  "Regional Probation Director",
                  "2023-09",
                  "Planned",
                  "167 days overdue",
                  "Due this month",
                  "Awaiting judgement",
                  "href=\"/action-plans/" + nw.plan.value() + "#action-1-1\"",
                  "href=\"/action-plans/" + nw.plan.value() + "#item-5\"",
                  "govuk-breadcrumbs");
          assertFalse(
              html.contains("Audit twenty cases a month"), "due in September 2024: not yet");
          assertFalse(
              html.contains("Introduce monthly management oversight reviews"),
              "completed: awaits judgement as its item, not as an action");
        });
  }

  @Test
  void myActions_filteredByOwnerAndStatus() {
    web.as(
        provider,
        client -> {
          String byOwner =
              page(
                  get(client, "/my-actions?owner=Regional%20Probation%20Director", null),
                  200,
                  "Agree an information-sharing protocol");
          assertFalse(byOwner.contains("Deliver risk assessment training"), byOwner);
          String planned =
              page(get(client, "/my-actions?status=IN_PROGRESS", null), 200, "My actions");
          assertFalse(planned.contains("Deliver risk assessment training"), planned);
          assertTrue(planned.contains("No action is due this month or overdue."), planned);
          body(get(client, "/my-actions?status=sideways", null), 400);
          body(get(client, "/my-actions?status=COMPLETED", null), 422);
        });
  }

  @Test
  void myActionsCsv_isEveryActionTheFiltersKeep_oneLineEach() {
    web.as(
        provider,
        client -> {
          Response response = get(client, "/my-actions.csv", null);
          String csv = body(response, 200);
          assertTrue(response.header("Content-Type").startsWith("text/csv"));
          assertTrue(response.header("Content-Disposition").contains("my-actions.csv"));
          List<String> lines = Arrays.asList(csv.split("\r\n"));
          assertEquals(
              "Region,Action plan,Item,Action,What,Owners,Target month,Status,Days overdue",
              lines.get(0));
          assertEquals(5, lines.size(), csv);
          assertEquals(
              "North West,"
                  + nw.plan.value()
                  + ",1,1,Deliver risk assessment training to all practitioners,Head of PDU,"
                  + "2023-09,Planned,167",
              lines.get(1));
          assertTrue(lines.get(4).endsWith(",2024-03,Planned,0"), lines.get(4));

          String mine =
              body(get(client, "/my-actions.csv?owner=Regional%20Probation%20Director", null), 200);
          assertEquals(2, mine.split("\r\n").length, mine);
        });
  }

  @Test
  void theCsvLink_keepsThePagesFilters() {
    web.as(
        provider,
        client ->
            page(
                get(client, "/my-actions?owner=Head%20of%20PDU", null),
                200,
                "href=\"/my-actions.csv?owner=Head%20of%20PDU\""));
  }
}
