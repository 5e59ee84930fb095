package org.probationinspections.web.security;

import java.util.Optional;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.Permission;

/**
 * What the templates need to know about the request being rendered on this thread: who is signed
 * in, and the CSRF token every form and htmx request carries back.
 */
public final class RequestSecurity {

  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";

  record State(Actor actor, Optional<String> csrf) {}

  private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

  private RequestSecurity() {}

  static void set(State state) {
    CURRENT.set(state);
  }

  static void clear() {
    CURRENT.remove();
  }

  /** The session's CSRF token, or "" when the request has no session. */
  public static String csrf() {
    State state = CURRENT.get();
    return state == null ? "" : state.csrf().orElse("");
  }

  /** The {@code hx-headers} value that makes every htmx request carry the CSRF token. */
  public static String htmxHeaders() {
    return "{\"" + CSRF_HEADER + "\": \"" + csrf() + "\"}";
  }

  public static boolean signedIn() {
    State state = CURRENT.get();
    return state != null && state.actor().kind() == Actor.Kind.USER;
  }

  public static String name() {
    State state = CURRENT.get();
    return state == null ? "" : state.actor().name();
  }

  public static String role() {
    State state = CURRENT.get();
    return state == null ? "" : state.actor().role().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether the signed-in person answers for regions (a provider): their home is My actions. Used
   * to choose what to show, never to enforce.
   */
  public static boolean answersForRegions() {
    State state = CURRENT.get();
    return signedIn() && state.actor().role().isRegionScoped();
  }

  /**
   * Whether a form to change something is shown: the person may do it, and the page shows today (a
   * past day's view cannot be changed). Used to show or hide forms, never to enforce.
   */
  public static boolean mayChange(String permission) {
    return may(permission) && org.probationinspections.web.RequestAsAt.date().isEmpty();
  }

  /** Whether the signed-in person may do this: used to show or hide forms, never to enforce. */
  public static boolean may(String permission) {
    State state = CURRENT.get();
    return state != null && state.actor().may(Permission.valueOf(permission));
  }
}
