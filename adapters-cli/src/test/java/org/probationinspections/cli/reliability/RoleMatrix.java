package org.probationinspections.cli.reliability;

import io.javalin.http.HandlerType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.cli.testing.RouteTable;
import org.probationinspections.domain.account.Permission;
import org.probationinspections.domain.account.Role;
import org.probationinspections.web.security.AccessPolicy;

/**
 * Probe 1: every write route of the route table, called by each {@link World.Caller}, compared with
 * what the permission model says: {@link AccessPolicy#required} gives the route's permission, the
 * caller's role grants it or not, and a provider may change only its own region's plans (every call
 * here aims at North West's records). An API call rides on the caller's bearer token; a page's on
 * its browser session, with the CSRF token (the anonymous caller too: a browser that has opened the
 * sign-in page). Refused means 401 or 403, or, on a page, the redirect to the sign-in page;
 * anything else is admitted (a 4xx for the probe's body included). The sign-in form's 401 for a
 * wrong password is the form's answer, not the guard's.
 */
final class RoleMatrix {

  private RoleMatrix() {}

  static Section run(Path work, Path seeds, PrintStream log) throws Exception {
    Files.createDirectories(work);
    Path database = work.resolve("role-matrix.db");
    Files.deleteIfExists(database);
    World.importSeeds(database.toString(), seeds);
    Http http = new Http();
    try (Served server = Served.start(database.toString())) {
      Map<World.Caller, String> tokens = World.addUsers(server);
      Http.Credentials admin = Http.bearer(tokens.get(World.Caller.ADMINISTRATOR));
      World.Ids ids = World.ids(server, http, admin);
      WriteRequests requests =
          WriteRequests.read(
              server,
              http,
              admin,
              ids,
              Files.readString(World.seedFiles(seeds).get(0), StandardCharsets.UTF_8));
      Map<World.Caller, Http.Credentials> api = new EnumMap<>(World.Caller.class);
      Map<World.Caller, Http.Credentials> pages = new EnumMap<>(World.Caller.class);
      for (World.Caller caller : World.Caller.values()) {
        if (caller == World.Caller.ANONYMOUS) {
          api.put(caller, Http.ANONYMOUS);
          pages.put(caller, http.anonymousSession(server.base()));
        } else {
          api.put(caller, Http.bearer(tokens.get(caller)));
          pages.put(caller, http.signIn(server.base(), caller.username(), World.PASSWORD));
        }
      }

      List<RouteTable.Route> routes = new ArrayList<>(server.writeRoutes());
      // Imports last (they may replace the records the other calls aim at), signing out at the end.
      routes.sort(
          Comparator.comparing((RouteTable.Route r) -> r.path().equals("/logout"))
              .thenComparing(
                  r -> r.path().contains("import") || r.path().equals("/api/documents")));
      // Refused callers first: an admitted write changes the records the next calls meet.
      List<World.Caller> order =
          List.of(
              World.Caller.ANONYMOUS,
              World.Caller.READER,
              World.Caller.PROVIDER_OF_ANOTHER,
              World.Caller.PROVIDER_OF_REGION,
              World.Caller.INSPECTOR,
              World.Caller.ADMINISTRATOR);
      long cells = 0;
      long expectedRefusals = 0;
      long refusals = 0;
      long mismatches = 0;
      long errors = 0;
      List<String> notes = new ArrayList<>();
      List<String> withoutBody = new ArrayList<>();
      for (RouteTable.Route route : routes) {
        Optional<WriteRequests.Call> known = requests.forRoute(route);
        if (known.isEmpty()) {
          withoutBody.add(route.toString());
        }
        WriteRequests.Call call = known.orElseGet(() -> requests.empty(route));
        Optional<Permission> needed =
            AccessPolicy.required(HandlerType.valueOf(route.method()), route.path());
        for (World.Caller caller : order) {
          Http.Credentials who = route.api() ? api.get(caller) : pages.get(caller);
          byte[] body = call.body();
          if (call.form() && call.contentType().startsWith("application/x-www-form")) {
            String fields = Http.encode(who.formFields());
            String rest = new String(body, StandardCharsets.UTF_8);
            body =
                (fields + (fields.isEmpty() || rest.isEmpty() ? "" : "&") + rest)
                    .getBytes(StandardCharsets.UTF_8);
          }
          Http.Answer answer = call.withBody(call.contentType(), body).send(http, server, who);
          boolean shouldAdmit = admits(caller, needed);
          boolean refused = refused(route, answer);
          cells++;
          expectedRefusals += shouldAdmit ? 0 : 1;
          refusals += refused ? 1 : 0;
          if (answer.serverError()) {
            errors++;
            notes.add(
                "error: "
                    + route
                    + " as "
                    + caller.label
                    + " answered "
                    + answer.status()
                    + " "
                    + brief(answer));
          } else if (refused == shouldAdmit) {
            mismatches++;
            notes.add(
                "mismatch: "
                    + route
                    + " as "
                    + caller.label
                    + ": expected "
                    + (shouldAdmit ? "admitted" : "refused")
                    + ", answered "
                    + answer.status()
                    + " "
                    + brief(answer));
          }
        }
      }
      log.printf(
          "role matrix: %d routes × %d callers, %d mismatches, %d errors%n",
          routes.size(), order.size(), mismatches, errors);
      if (!withoutBody.isEmpty()) {
        notes.add(
            "routes with no body in the probe's catalogue (sent an empty one): "
                + String.join(", ", withoutBody));
      }
      return new Section(
          "Role × write matrix",
          "Every write route (POST, PUT, DELETE) of the running server's route table ("
              + routes.size()
              + " routes: "
              + routes.stream().filter(RouteTable.Route::api).count()
              + " of the API, "
              + routes.stream().filter(r -> !r.api()).count()
              + " of the pages), each called by "
              + order.size()
              + " callers: anonymous, reader, a provider of North West (the region every call aims"
              + " at), a provider of Wales, inspector, administrator. The API is called with each"
              + " caller's bearer token, the pages with a signed-in browser session and its CSRF"
              + " token. The outcome expected in each cell comes from the permission model"
              + " (`AccessPolicy.required` for the route, the role's grants, a provider's regions):"
              + " refused (401 or 403, or a page's redirect to the sign-in page) or admitted (any"
              + " other answer: a 4xx for the probe's body is still admitted).",
          List.of(
              new Section.Figure("Calls (routes × callers)", cells, cells),
              new Section.Figure("Calls refused", refusals, expectedRefusals),
              new Section.Figure("Mismatches with the permission model", mismatches, 0),
              new Section.Figure("Server errors (5xx, or no answer)", errors, 0)),
          notes);
    }
  }

  /** Whether the permission model admits {@code caller} to a route needing {@code needed}. */
  static boolean admits(World.Caller caller, Optional<Permission> needed) {
    if (needed.isEmpty()) {
      return true;
    }
    if (caller.role == null) {
      return false;
    }
    if (!caller.role.grants(needed.get())) {
      return false;
    }
    // A provider's change to a plan is admitted in its own regions only: every call is North
    // West's.
    boolean regionScoped = caller.role == Role.PROVIDER && needed.get() == Permission.EDIT_PLANS;
    return !regionScoped || caller == World.Caller.PROVIDER_OF_REGION;
  }

  static boolean refused(RouteTable.Route route, Http.Answer answer) {
    if (answer.status() == 403) {
      return true;
    }
    if (route.api()) {
      return answer.status() == 401;
    }
    return answer.status() == 303
        && answer.location().map(to -> to.startsWith("/login?next=")).orElse(false);
  }

  private static String brief(Http.Answer answer) {
    String body = answer.body().isEmpty() ? answer.failure() : answer.body();
    body = body.replaceAll("\\s+", " ");
    return "`"
        + (body.length() > 160 ? body.substring(0, 160) + "…" : body).replace("`", "'")
        + "`";
  }
}
