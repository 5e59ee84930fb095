package org.probationinspections.web;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.web.security.RequestActor;

/**
 * Dagger wiring of the web adapter: the app object from the use cases the composition root
 * provides.
 */
@Module
public final class WebModule {

  private WebModule() {}

  /** One per process: the web requests' actors, and the command line's outside any request. */
  @Provides
  @Singleton
  static RequestActor requestActor() {
    return new RequestActor(
        Actor.system("command line (" + System.getProperty("user.name", "unknown") + ")"));
  }

  @Provides
  static CurrentActor currentActor(RequestActor requestActor) {
    return requestActor;
  }
}
