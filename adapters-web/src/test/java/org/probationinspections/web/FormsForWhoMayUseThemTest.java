package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.account.Role;

/**
 * A form is shown only to a person who may use it (the server refuses the others anyway), and a
 * view of a past day shows none.
 */
class FormsForWhoMayUseThemTest extends NorthWestWebTest {

  private static String page(String token, TestWorld world, String path) {
    String[] html = new String[1];
    JavalinTest.test(
        world.web.create(),
        TestWorld.as(token),
        (server, client) -> {
          Response response = client.get(path);
          html[0] = response.body().string();
          assertEquals(200, response.code(), html[0]);
        });
    return html[0];
  }

  @Test
  void aReaderSeesNoForm_aProviderOnlyThePlansOnes_anInspectorTheLettersToo() {
    String region = "/regions/" + nw.region.value();
    String plan = "/action-plans/" + nw.plan.value();

    String reader = world.tokenFor("rita", Role.READER);
    assertFalse(page(reader, world, region).contains("Publish a regional letter"));
    assertFalse(page(reader, world, region).contains("Draft an action plan"));
    assertFalse(page(reader, world, plan).contains("Add an action"));
    assertFalse(page(reader, world, plan).contains("New status"));

    String provider = world.tokenFor("pat", Role.PROVIDER, "North West");
    assertFalse(page(provider, world, region).contains("Publish a regional letter"));
    assertTrue(page(provider, world, region).contains("Draft an action plan"));
    assertTrue(page(provider, world, plan).contains("Add an action"));
    assertFalse(page(provider, world, plan).contains("Record a follow-up judgement"));
    assertFalse(
        page(provider, world, "/inspections/" + nw.knowsleyInspection.value())
            .contains("Record results"));

    String inspector = world.tokenFor("ian", Role.INSPECTOR);
    assertTrue(page(inspector, world, region).contains("Publish a regional letter"));
    assertTrue(page(inspector, world, plan).contains("Record a follow-up judgement"));
    assertFalse(page(inspector, world, plan).contains("Add an action"));
    assertTrue(
        page(inspector, world, "/inspections/" + nw.knowsleyInspection.value())
            .contains("Record results"));
  }

  @Test
  void aFormsPage_isRefusedToAReader_andSendsSomeoneSignedOutToSignInFirst() {
    String reader = world.tokenFor("rita", Role.READER);
    String form = "/action-plans/" + nw.plan.value() + "/items/1/actions/new";
    JavalinTest.test(
        world.web.create(),
        TestWorld.as(reader),
        (server, client) -> assertEquals(403, client.get(form).code()));
    new WebTestClient(() -> world)
        .anonymously(
            client -> {
              Response response = WebTestClient.get(client, form, null);
              assertEquals(303, response.code());
              assertEquals(
                  "/login?next=" + java.net.URLEncoder.encode(form, "UTF-8"),
                  response.header("Location"));
            });
  }

  @Test
  void aPastDaysView_showsNoForm_evenToTheAdministrator() {
    String today = page(world.adminToken, world, "/action-plans/" + nw.plan.value());
    assertTrue(today.contains("Add an action"), "today, the administrator may add one");
    world.setToday(TestWorld.TODAY.plusDays(2));
    String past =
        page(
            world.adminToken,
            world,
            "/action-plans/" + nw.plan.value() + "?asOf=" + TestWorld.TODAY.plusDays(1));
    assertFalse(past.contains("Add an action"), past);
    assertFalse(past.contains("New status"), past);
    String pastForm =
        page(
            world.adminToken,
            world,
            "/action-plans/"
                + nw.plan.value()
                + "/items/1/actions/new?asOf="
                + TestWorld.TODAY.plusDays(1));
    assertFalse(pastForm.contains("<textarea"), pastForm);
    assertTrue(pastForm.contains("A view of a past day cannot be changed"), pastForm);
  }
}
