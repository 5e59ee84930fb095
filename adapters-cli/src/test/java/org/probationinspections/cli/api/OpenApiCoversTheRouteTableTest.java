package org.probationinspections.cli.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.cli.testing.RouteTable;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.StoreLocation;

/**
 * The API's OpenAPI document describes every route the API registers, with its method: a route
 * added to the code and not to the document fails here, and so does a documented list whose paging
 * parameters are not there.
 */
class OpenApiCoversTheRouteTableTest {

  @Test
  void everyApiRoute_isDescribed_withItsMethod_andEveryPagedListItsPaging() throws Exception {
    JsonNode paths;
    try (InputStream document = getClass().getResourceAsStream("/openapi.json")) {
      paths = new ObjectMapper().readTree(document).get("paths");
    }
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    List<RouteTable.Route> routes;
    try {
      routes =
          RouteTable.of(
              component,
              Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE));
    } finally {
      component.store().close();
    }

    List<String> undocumented = new ArrayList<>();
    List<String> unpaged = new ArrayList<>();
    for (RouteTable.Route route : routes) {
      if (!route.api()) {
        continue;
      }
      JsonNode operation = paths.path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
      if (operation.isMissingNode()) {
        undocumented.add(route.toString());
        continue;
      }
      boolean paged =
          operation.path("responses").path("200").toString().contains("#/components/schemas/Page");
      if (paged && !(parameter(operation, "limit") && parameter(operation, "cursor"))) {
        unpaged.add(route.toString());
      }
    }
    assertEquals(List.of(), undocumented, "API routes the OpenAPI document does not describe");
    assertEquals(List.of(), unpaged, "pages of a list without limit and cursor documented");
  }

  private static boolean parameter(JsonNode operation, String name) {
    for (JsonNode parameter : operation.path("parameters")) {
      if (name.equals(parameter.path("name").asText())) {
        return true;
      }
    }
    return false;
  }
}
