package org.probationinspections.web.security;

import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.domain.account.Actor;

/**
 * The actor of the request being handled on this thread, set by the security filter and cleared
 * after the response; outside a request (the command line) it is the fallback actor.
 */
public final class RequestActor implements CurrentActor {

  private final ThreadLocal<Actor> current = new ThreadLocal<>();
  private final Actor fallback;

  public RequestActor(Actor fallback) {
    this.fallback = fallback;
  }

  @Override
  public Actor actor() {
    Actor actor = current.get();
    return actor == null ? fallback : actor;
  }

  void set(Actor actor) {
    current.set(actor);
  }

  void clear() {
    current.remove();
  }
}
