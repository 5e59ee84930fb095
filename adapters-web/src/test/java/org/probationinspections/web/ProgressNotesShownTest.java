package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** A note given with a status update is shown with the action, with its date and who gave it. */
class ProgressNotesShownTest extends NorthWestWebTest {

  @Test
  void aProgressNote_isShownOnThePlan_underTheActionsStatus() throws Exception {
    String plan = "/action-plans/" + nw.plan.value();
    Response updated =
        admin()
            .getOkHttp()
            .newCall(
                new Request.Builder()
                    .url(admin().getOrigin() + plan + "/items/1/actions/1/status")
                    .post(
                        new FormBody.Builder()
                            .add("status", "IN_PROGRESS")
                            .add("note", "caseload audit begun in Knowsley")
                            .build())
                    .build())
            .execute();
    assertTrue(updated.code() < 400, "updated: " + updated.code());
    Response page = admin().get(plan);
    String html = page.body().string();
    assertEquals(200, page.code());
    assertTrue(html.contains("caseload audit begun in Knowsley"), html);
    assertTrue(html.contains("Latest progress, " + TestWorld.TODAY), html);
  }
}
