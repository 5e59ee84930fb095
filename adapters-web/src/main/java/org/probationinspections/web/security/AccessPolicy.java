package org.probationinspections.web.security;

import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.probationinspections.domain.account.Permission;

/**
 * The one place that says which permission each route needs, for the API and the pages alike.
 * Routes are named as registered ({@code /api/action-plans/{id}/items}). A route not listed needs
 * {@link Permission#READ} to read and {@link Permission#MANAGE_USERS} to change anything, so a new
 * route is closed until it is listed here. A provider's regions are checked by the use cases, which
 * know the plan's region. The page of a form needs what sending the form needs: a person who may
 * not send it is not shown it either.
 */
public final class AccessPolicy {

  /**
   * Routes anyone may call: signing in and out, the API's description, the health check, and the
   * fonts and images of the pages' design (the sign-in page needs them too).
   */
  static final Set<String> PUBLIC =
      Set.of(
          "GET /login",
          "POST /login",
          "POST /logout",
          "GET /api/openapi.json",
          "GET /health",
          "GET /assets/<path>");

  static final Map<String, Permission> RULES =
      Stream.of(
              // inspections, units and letters: the inspectorate
              needing(
                  Permission.EDIT_INSPECTIONS,
                  "POST /api/regions",
                  "POST /api/pdus",
                  "POST /api/pdus/{id}/aliases",
                  "POST /api/inspections",
                  "POST /api/inspections/import",
                  "PUT /api/inspections/{id}/standards/{code}/key-questions",
                  "PUT /api/inspections/{id}/standards/{code}/judgement",
                  "POST /api/inspections/{id}/recommendations",
                  "POST /api/reviews",
                  "POST /api/reviews/import",
                  "POST /api/action-plans/import",
                  "POST /api/documents",
                  "POST /api/published-outcomes/import",
                  "POST /import",
                  "POST /regions/{id}/reviews",
                  "POST /regions",
                  "POST /pdus",
                  "POST /pdus/{id}/inspections",
                  "POST /inspections/{id}/key-questions",
                  "POST /inspections/{id}/judgement",
                  "POST /inspections/{id}/recommendations",
                  // the pages of those forms: shown to whoever may send them
                  "GET /regions/{id}/reviews/new",
                  "GET /pdus/{id}/inspections/new",
                  "GET /inspections/{id}/key-questions/new",
                  "GET /inspections/{id}/judgement/new",
                  "GET /inspections/{id}/recommendations/new"),
              // action plans: the inspected body, its own regions only (checked by the use cases)
              needing(
                  Permission.EDIT_PLANS,
                  "POST /api/action-plans",
                  "POST /api/action-plans/{id}/items",
                  "POST /api/action-plans/{id}/items/{n}/actions",
                  "POST /api/action-plans/{id}/items/{n}/actions/{k}/progress",
                  "POST /api/action-plans/{id}/items/{n}/actions/{k}/target",
                  "POST /action-plans/{id}/actions",
                  "POST /action-plans/{id}/items/{n}/actions/{k}/status",
                  "POST /regions/{id}/action-plans",
                  "POST /action-plans/{id}/items",
                  "POST /action-plans/{id}/targets",
                  "GET /regions/{id}/action-plans/new",
                  "GET /action-plans/{id}/items/new",
                  "GET /action-plans/{id}/items/{n}/actions/new",
                  "GET /action-plans/{id}/targets/new"),
              // the inspectorate's follow-up judgement
              needing(
                  Permission.JUDGE_FOLLOW_UP,
                  "POST /api/action-plans/{id}/items/{n}/follow-up",
                  "POST /action-plans/{id}/items/{n}/follow-up",
                  "GET /action-plans/{id}/items/{n}/follow-up/new"),
              // insight: a person's themes (the inspectorate), decisions on suggested items (plans)
              needing(
                  Permission.EDIT_INSPECTIONS,
                  "PUT /api/inspections/{id}/recommendations/{n}/themes",
                  "DELETE /api/inspections/{id}/recommendations/{n}/themes",
                  "POST /inspections/{id}/recommendations/{n}/themes"),
              needing(
                  Permission.EDIT_PLANS,
                  "POST /api/reviews/{id}/suggestions/decisions",
                  "POST /reviews/{id}/suggestions"),
              // flags of imports: the inspectorate, who imports the documents, confirms or corrects
              needing(
                  Permission.EDIT_INSPECTIONS,
                  "POST /api/flags/{id}/resolution",
                  "POST /inspections/{id}/flags/{flag}",
                  "POST /regions/{id}/flags/{flag}",
                  "POST /action-plans/{id}/flags/{flag}"),
              // the audit trail
              needing(Permission.READ_AUDIT, "GET /api/audit", "GET /history"))
          .flatMap(entries -> entries)
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /** Each of {@code routes} needs {@code permission}. */
  private static Stream<Map.Entry<String, Permission>> needing(
      Permission permission, String... routes) {
    return Arrays.stream(routes).map(route -> Map.entry(route, permission));
  }

  private AccessPolicy() {}

  /** The permission a route needs; empty for a public route. */
  public static Optional<Permission> required(HandlerType method, String route) {
    String key = (method == HandlerType.HEAD ? "GET" : method.name()) + " " + route;
    if (PUBLIC.contains(key)) {
      return Optional.empty();
    }
    Permission listed = RULES.get(key);
    if (listed != null) {
      return Optional.of(listed);
    }
    return Optional.of(isRead(method) ? Permission.READ : Permission.MANAGE_USERS);
  }

  static boolean isRead(HandlerType method) {
    return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
  }
}
