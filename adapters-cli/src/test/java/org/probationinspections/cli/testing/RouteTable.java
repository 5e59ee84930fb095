package org.probationinspections.cli.testing;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.StoreLocation;

/**
 * The routes the product's web adapter registers, read from the router of a Javalin it builds: the
 * route table itself, so that a probe or a benchmark meets a new route without anyone listing it.
 */
public final class RouteTable {

  private RouteTable() {}

  /** A registered route: its method and path as registered ({@code /api/pdus/{id}/aliases}). */
  public record Route(String method, String path) {
    public boolean api() {
      return path.startsWith("/api/");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** The routes of {@code methods} a component's web adapter registers, by path then method. */
  public static List<Route> of(InspectionsComponent component, Set<HandlerType> methods) {
    Javalin app = component.webApp().create();
    List<Route> routes = new ArrayList<>();
    for (var parsed : app.unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
      var endpoint = parsed.getEndpoint();
      if (methods.contains(endpoint.getMethod())) {
        routes.add(new Route(endpoint.getMethod().name(), endpoint.getPath()));
      }
    }
    routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
    return routes;
  }

  /** The GET routes of the product as shipped (the route table does not depend on the data). */
  public static List<Route> shippedGets() {
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    try {
      return of(component, Set.of(HandlerType.GET));
    } finally {
      component.store().close();
    }
  }
}
