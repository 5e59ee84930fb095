package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.send;

import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * The import page's choice for a stored plan that changed since the document: the published plan
 * uploaded again after progress was reported is refused by default, naming the difference, and
 * merged when the form says merge.
 */
class ImportConflictPageTest {

  private static Response upload(HttpClient client, String name, String text, String onConflict)
      throws IOException {
    MultipartBody.Builder body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart(
                "documents",
                name,
                RequestBody.create(
                    text.getBytes(StandardCharsets.UTF_8), MediaType.get("text/plain")));
    if (onConflict != null) {
      body.addFormDataPart("onConflict", onConflict);
    }
    return send(
        client, new Request.Builder().url(client.getOrigin() + "/import").post(body.build()));
  }

  @Test
  void thePublishedPlanUploadedAgainAfterProgress_isRefusedByDefault_andMergedOnRequest() {
    TestWorld world = new TestWorld();
    new WebTestClient(() -> world)
        .asAdministrator(
            client -> {
              for (String seed : new String[] {Seeds.REPORT, Seeds.LETTER, Seeds.PLAN}) {
                assertEquals(200, upload(client, seed, Seeds.text(seed), null).code());
              }
              String plan =
                  world.services.exportActionPlans().export(Optional.empty()).get(0).id().get();
              world
                  .services
                  .updateActionProgress()
                  .update(
                      new UpdateActionProgressUseCase.Command(
                          new ActionPlanId(plan),
                          new ActionRef(1, 1),
                          ActionStatus.COMPLETED,
                          "Training delivered",
                          "Head of PDU",
                          OptionalLong.empty()));
              // The same plan saved again: another file, so the ledger has not seen it.
              String again = Seeds.text(Seeds.PLAN) + "\n";

              Response refused = upload(client, "plan-again.txt", again, null);
              String html = refused.body().string();
              assertEquals(422, refused.code(), html);
              assertTrue(html.contains("holds changes the document lacks"), html);
              assertTrue(html.contains("item 1, action 1 progress: stored 1 entry"), html);

              Response merged = upload(client, "plan-again.txt", again, "merge");
              String page = merged.body().string();
              assertEquals(200, merged.code(), page);
              assertTrue(
                  page.contains("merged: the stored plan holds changes the document lacks"), page);
              assertEquals(
                  ActionStatus.COMPLETED,
                  world
                      .services
                      .exportActionPlans()
                      .export(Optional.empty())
                      .get(0)
                      .items()
                      .get(0)
                      .actions()
                      .get(0)
                      .status());
            });
  }
}
