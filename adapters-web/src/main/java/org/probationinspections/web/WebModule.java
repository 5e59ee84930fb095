package org.probationinspections.web;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import org.probationinspections.application.port.in.IdentifyUseCase;
import org.probationinspections.application.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.in.SignInUseCase;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.service.InsightServices;
import org.probationinspections.application.service.Services;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.web.security.RequestActor;
import org.probationinspections.web.security.SecurityUseCases;
import org.probationinspections.web.security.WebSettings;

/**
 * Dagger wiring of the web adapter: the app object from the use cases the composition root
 * provides.
 */
@Module
public final class WebModule {

  private WebModule() {}

  @Provides
  static WebUseCases webUseCases(Services services) {
    return WebUseCases.of(services);
  }

  @Provides
  static InsightUseCases insightUseCases(InsightServices insight) {
    return InsightUseCases.of(insight);
  }

  @Provides
  static SecurityUseCases securityUseCases(
      SignInUseCase signIn, IdentifyUseCase identify, ListAuditTrailUseCase auditTrail) {
    return new SecurityUseCases(signIn, identify, auditTrail);
  }

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

  /** Today's use cases, and a past day's for a request that asks {@code ?asOf=}. */
  @Provides
  static AsAtViews asAtViews(
      WebUseCases useCases, InsightUseCases insight, AsAtViews.PastDays pastDays) {
    return new AsAtViews(useCases, insight, pastDays);
  }

  @Provides
  static WebApp webApp(
      AsAtViews views, SecurityUseCases security, RequestActor requestActor, WebSettings settings) {
    return new WebApp(views, security, requestActor, settings);
  }
}
