package org.probationinspections.web.security;

import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.domain.account.Actor;

/**
 * The actor of the request being handled on this thread, set by the security filter and cleared
 * after the response; outside a request it is whoever the outside actor names (the command line, as
 * the composition root wires it).
 */
public final class RequestActor implements CurrentActor {

  private final ThreadLocal<Actor> current = new ThreadLocal<>();
  private final CurrentActor outsideRequests;

  public RequestActor(CurrentActor outsideRequests) {
    this.outsideRequests = outsideRequests;
  }

  @Override
  public Actor actor() {
    Actor actor = current.get();
    return actor == null ? outsideRequests.actor() : actor;
  }

  void set(Actor actor) {
    current.set(actor);
  }

  void clear() {
    current.remove();
  }
}
