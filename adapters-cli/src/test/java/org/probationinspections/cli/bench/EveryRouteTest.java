package org.probationinspections.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.cli.testing.RouteTable;

/**
 * The benchmark's walk can ask every GET route of the route table, the pages of the forms included:
 * it fills each path parameter from its samples, and refuses a parameter it does not know.
 */
class EveryRouteTest {

  private static final EveryRoute.Samples SAMPLES =
      new EveryRoute.Samples("insp", "pdu", "region", "plan", "letter", "1.1");

  @Test
  void everyShippedGetRoute_isFilled_withNoParameterLeft() {
    List<RouteTable.Route> routes = RouteTable.shippedGets();
    assertTrue(routes.size() > 40, "the routes were found: " + routes.size());
    for (RouteTable.Route route : routes) {
      String asked = EveryRoute.path(route, SAMPLES);
      assertFalse(asked.contains("{"), route + " asked as " + asked);
    }
  }

  @Test
  void theFormPages_areAskedOfTheSampleRecords() {
    assertEquals(
        "/action-plans/plan/items/1/actions/new",
        EveryRoute.path(
            new RouteTable.Route("GET", "/action-plans/{id}/items/{n}/actions/new"), SAMPLES));
    assertEquals(
        "/regions/region/reviews/new",
        EveryRoute.path(new RouteTable.Route("GET", "/regions/{id}/reviews/new"), SAMPLES));
    assertEquals(
        "/pdus/pdu/inspections/new",
        EveryRoute.path(new RouteTable.Route("GET", "/pdus/{id}/inspections/new"), SAMPLES));
  }

  @Test
  void aParameterTheWalkDoesNotKnow_stopsIt() {
    assertThrows(
        IllegalStateException.class,
        () -> EveryRoute.path(new RouteTable.Route("GET", "/things/{thing}"), SAMPLES));
  }
}
