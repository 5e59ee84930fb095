package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * Script-injection payloads stored through the use cases in every text field a person can type are
 * shown escaped on every page that renders them: never as markup.
 */
class EscapingTest {

  static final List<String> PAYLOADS =
      List.of(
          "<script>alert('x1')</script>",
          "\"><img src=x onerror=alert('x2')>",
          "'><svg onload=alert('x3')>",
          "javascript:alert('x4')//</textarea><script>alert('x5')</script>");

  @Test
  void everyStoredTextField_isRenderedEscaped_onEveryPage() {
    for (String payload : PAYLOADS) {
      TestWorld world = new TestWorld();
      NorthWestFixture nw = NorthWestFixture.recordInto(world.services);
      var s = world.services;
      List<String> stored = new ArrayList<>();
      String regionName = "Region " + payload;
      s.registerRegion().register(new RegisterRegionUseCase.Command(regionName));
      stored.add("region name");
      var pdu =
          s.registerPdu()
              .register(
                  new RegisterPduUseCase.Command(
                      "North West", "PDU " + payload, List.of("Alias " + payload)));
      stored.add("pdu name");
      InspectionId inspection =
          s.recordInspection()
              .record(
                  new RecordInspectionUseCase.Command(
                      "PDU " + payload,
                      new FrameworkId(NorthWestFixture.FRAMEWORK),
                      LocalDate.of(2024, 1, 8),
                      Optional.of(YearMonth.of(2024, 3)),
                      Optional.of("Lead " + payload),
                      OptionalInt.of(40)));
      s.addRecommendation()
          .add(
              new AddRecommendationUseCase.Command(
                  inspection, AddresseeLevel.PDU, "Head " + payload, "Do better " + payload));
      s.addRecommendation()
          .add(
              new AddRecommendationUseCase.Command(
                  nw.knowsleyInspection,
                  AddresseeLevel.REGION,
                  "North West",
                  "Recommend " + payload));
      s.addAction()
          .add(
              new AddActionUseCase.Command(
                  nw.plan,
                  1,
                  "Act " + payload,
                  List.of("Owner " + payload),
                  Optional.of(YearMonth.of(2023, 10)),
                  ActionStatus.PLANNED));
      s.updateActionProgress()
          .update(
              new UpdateActionProgressUseCase.Command(
                  nw.plan,
                  new ActionRef(1, 1),
                  ActionStatus.IN_PROGRESS,
                  "Note " + payload,
                  "By " + payload,
                  OptionalLong.empty()));
      s.retargetAction()
          .retarget(
              new RetargetActionUseCase.Command(
                  nw.plan,
                  new ActionRef(1, 1),
                  YearMonth.of(2024, 12),
                  "Reason " + payload,
                  "Mover " + payload));
      world.tokenFor("reader", Role.READER);

      List<String> pages =
          List.of(
              "/",
              "/league",
              "/regions",
              "/regions/" + nw.region.value(),
              "/pdus/" + pdu.value(),
              "/inspections/" + inspection.value(),
              "/inspections/" + nw.knowsleyInspection.value(),
              "/action-plans/" + nw.plan.value(),
              "/action-plans/" + nw.plan.value() + "/print",
              "/recommendations",
              "/recommendations?q="
                  + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8),
              "/overdue",
              "/history?type=action-plan&id=" + nw.plan.value(),
              "/history?type=inspection&id=" + inspection.value());
      JavalinTest.test(
          world.web.create(),
          TestWorld.as(world.adminToken),
          (server, client) -> {
            int seen = 0;
            for (String path : pages) {
              var response = client.get(path);
              String html = response.body().string();
              assertEquals(200, response.code(), path + ": " + html);
              assertFalse(html.contains(payload), path + " shows the payload unescaped");
              int at = html.indexOf("<script>alert");
              assertFalse(
                  at >= 0,
                  path + ": " + (at < 0 ? "" : html.substring(Math.max(0, at - 300), at + 60)));
              assertFalse(html.contains("<img src=x"), path);
              assertFalse(html.contains("<svg onload"), path);
              if (html.contains("&lt;")
                  || html.contains("&#34;&gt;")
                  || html.contains("&#39;&gt;")) {
                seen++;
              }
            }
            assertTrue(seen >= 8, "the payload was escaped on only " + seen + " pages");
          });
    }
  }
}
