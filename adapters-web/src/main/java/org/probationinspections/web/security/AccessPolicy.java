package org.probationinspections.web.security;

import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.domain.account.Permission;

/**
 * The one place that says which permission each route needs, for the API and the pages alike.
 * Routes are named as registered ({@code /api/action-plans/{id}/items}). A route not listed needs
 * {@link Permission#READ} to read and {@link Permission#MANAGE_USERS} to change anything, so a new
 * route is closed until it is listed here. A provider's regions are checked by the use cases, which
 * know the plan's region.
 */
public final class AccessPolicy {

  /** Routes anyone may call: signing in and out, the API's description, the health check. */
  static final Set<String> PUBLIC =
      Set.of("GET /login", "POST /login", "POST /logout", "GET /api/openapi.json", "GET /health");

  static final Map<String, Permission> RULES =
      Map.ofEntries(
          // inspections, units and letters: the inspectorate
          Map.entry("POST /api/regions", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/pdus", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/pdus/{id}/aliases", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/inspections", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/inspections/import", Permission.EDIT_INSPECTIONS),
          Map.entry(
              "PUT /api/inspections/{id}/standards/{code}/key-questions",
              Permission.EDIT_INSPECTIONS),
          Map.entry(
              "PUT /api/inspections/{id}/standards/{code}/judgement", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/inspections/{id}/recommendations", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/reviews", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/reviews/import", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/action-plans/import", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/documents", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /import", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /regions/{id}/reviews", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /regions", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /pdus", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /pdus/{id}/inspections", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /inspections/{id}/key-questions", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /inspections/{id}/judgement", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /inspections/{id}/recommendations", Permission.EDIT_INSPECTIONS),
          // action plans: the inspected body, its own regions only (checked by the use cases)
          Map.entry("POST /api/action-plans", Permission.EDIT_PLANS),
          Map.entry("POST /api/action-plans/{id}/items", Permission.EDIT_PLANS),
          Map.entry("POST /api/action-plans/{id}/items/{n}/actions", Permission.EDIT_PLANS),
          Map.entry(
              "POST /api/action-plans/{id}/items/{n}/actions/{k}/progress", Permission.EDIT_PLANS),
          Map.entry(
              "POST /api/action-plans/{id}/items/{n}/actions/{k}/target", Permission.EDIT_PLANS),
          Map.entry("POST /action-plans/{id}/actions", Permission.EDIT_PLANS),
          Map.entry("POST /action-plans/{id}/items/{n}/actions/{k}/status", Permission.EDIT_PLANS),
          Map.entry("POST /regions/{id}/action-plans", Permission.EDIT_PLANS),
          Map.entry("POST /action-plans/{id}/items", Permission.EDIT_PLANS),
          Map.entry("POST /action-plans/{id}/targets", Permission.EDIT_PLANS),
          // the inspectorate's follow-up judgement
          Map.entry("POST /api/action-plans/{id}/items/{n}/follow-up", Permission.JUDGE_FOLLOW_UP),
          Map.entry("POST /action-plans/{id}/items/{n}/follow-up", Permission.JUDGE_FOLLOW_UP),
          // insight: a person's themes (the inspectorate), decisions on suggested items (plans)
          Map.entry(
              "PUT /api/inspections/{id}/recommendations/{n}/themes", Permission.EDIT_INSPECTIONS),
          Map.entry(
              "DELETE /api/inspections/{id}/recommendations/{n}/themes",
              Permission.EDIT_INSPECTIONS),
          Map.entry(
              "POST /inspections/{id}/recommendations/{n}/themes", Permission.EDIT_INSPECTIONS),
          Map.entry("POST /api/reviews/{id}/suggestions/decisions", Permission.EDIT_PLANS),
          Map.entry("POST /reviews/{id}/suggestions", Permission.EDIT_PLANS),
          // the audit trail
          Map.entry("GET /api/audit", Permission.READ_AUDIT),
          Map.entry("GET /history", Permission.READ_AUDIT));

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
