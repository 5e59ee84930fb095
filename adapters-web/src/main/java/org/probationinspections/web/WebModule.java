package org.probationinspections.web;

import dagger.Module;
import dagger.Provides;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.web.security.RequestActor;

/**
 * Dagger wiring of the web adapter: the use cases act as the actor of the request being handled,
 * which the composition root builds with the actor to fall back on outside a request.
 */
@Module
public final class WebModule {

  private WebModule() {}

  @Provides
  static CurrentActor currentActor(RequestActor requestActor) {
    return requestActor;
  }
}
