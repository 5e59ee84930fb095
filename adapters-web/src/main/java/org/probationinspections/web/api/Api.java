package org.probationinspections.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Routes;
import org.probationinspections.web.security.SecurityUseCases;

/**
 * The REST API, one class a feature: each handler reads the request, calls one use case and writes
 * its answer in the interchange shape. No rule is decided here. Its description is served at {@code
 * /api/openapi.json}.
 */
public final class Api {

  private Api() {}

  public static void register(
      Routes routes, AsAtViews views, ObjectMapper json, SecurityUseCases security) {
    Bodies bodies = new Bodies(json);
    routes.get("/api/openapi.json", Api::openApi);
    new UnitApi(views, bodies).register(routes);
    new InspectionApi(views, bodies, json).register(routes);
    new ReviewApi(views, bodies).register(routes);
    new PlanApi(views, bodies).register(routes);
    new ImportApi(views, bodies).register(routes);
    new DashboardApi(views).register(routes);
    new HealthApi(views).register(routes);
    new AuditApi(security).register(routes);
    new InsightApi(views, bodies).register(routes);
    new FlagApi(views, bodies).register(routes);
  }

  private static void openApi(Context ctx) throws IOException {
    try (InputStream in = Api.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      ctx.contentType("application/json")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
