package org.probationinspections.cli.reliability;

import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.cli.testing.RouteTable;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.UseCasesComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.domain.account.Role;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.security.WebSettings;

/**
 * The product's server in this JVM, as {@code inspections serve} builds it (the composition root
 * over one database), listening on loopback: what the probes call over HTTP. Being in-process, its
 * heap can be read ({@link Uploads}) and its write routes listed ({@link #writeRoutes()}).
 */
public final class Served implements AutoCloseable {

  private final InspectionsComponent component;
  private final String base;

  private Served(InspectionsComponent component, int port) {
    this.component = component;
    this.base = "http://127.0.0.1:" + port;
  }

  /** A server on {@code database} (a path, a JDBC URL), accepting bodies up to {@code maxBytes}. */
  public static Served start(String database, long maxBytes) {
    InspectionsComponent component =
        Wiring.open(
            StoreLocation.parse(database), List.of(), new WebSettings(false, false, maxBytes));
    try {
      return new Served(component, component.webApp().start("127.0.0.1", 0));
    } catch (RuntimeException e) {
      component.store().close();
      throw e;
    }
  }

  public static Served start(String database) {
    return start(database, WebSettings.DEFAULT_MAX_REQUEST_BYTES);
  }

  public String base() {
    return base;
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  public UseCasesComponent useCases() {
    return component.useCases().today();
  }

  /** Adds a user with a known password (a provider for {@code regions}); returns its API token. */
  public String addUser(String username, Role role, List<String> regions, String password) {
    useCases()
        .addUser()
        .add(new AddUserUseCase.Command(username, role, regions, Optional.of(password)));
    return useCases().createApiToken().create(username, "reliability").secret();
  }

  /**
   * Every route registered for a change (POST, PUT, DELETE), from the route table of a Javalin
   * built by this server's web adapter exactly as the listening one was.
   */
  public List<RouteTable.Route> writeRoutes() {
    return RouteTable.of(component, Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE));
  }

  @Override
  public void close() {
    component.webApp().stop();
    component.store().close();
  }
}
