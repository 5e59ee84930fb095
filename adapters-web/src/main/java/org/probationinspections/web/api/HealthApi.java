package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}, for a load balancer: 200 when this server answers and reads its database,
 * 503 when it cannot. Anyone may ask; it says nothing about the records.
 */
record HealthApi(AsAtViews views) {

  private static final Logger LOG = LoggerFactory.getLogger(HealthApi.class);

  void register(Routes routes) {
    routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    Map<String, Object> answer = new LinkedHashMap<>();
    ctx.header("Cache-Control", "no-store");
    try {
      views.today().listRegions().list();
      answer.put("status", "ok");
      ctx.json(answer);
    } catch (RuntimeException unavailable) {
      LOG.warn("Health check: the database cannot be read", unavailable);
      answer.put("status", "unavailable");
      answer.put("detail", "the database cannot be read");
      ctx.status(503).json(answer);
    }
  }
}
