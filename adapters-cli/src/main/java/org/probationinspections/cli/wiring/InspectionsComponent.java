package org.probationinspections.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import org.probationinspections.persistence.PersistenceModule;
import org.probationinspections.persistence.Store;
import org.probationinspections.web.WebApp;
import org.probationinspections.web.WebModule;
import org.probationinspections.web.security.WebSettings;

/** The composition root: the store, the use cases and the web adapter, wired once. */
@Singleton
@Component(
    modules = {
      PersistenceModule.class,
      ApplicationModule.class,
      InsightModule.class,
      ActorModule.class,
      WebModule.class
    })
public interface InspectionsComponent {

  /** The use cases over today's records, or a past day's. */
  UseCasesByDay useCases();

  WebApp webApp();

  Store store();

  /** Builds the component for one database and set of framework directories. */
  @Component.Factory
  interface Factory {
    InspectionsComponent create(
        PersistenceModule persistence,
        ApplicationModule application,
        @BindsInstance WebSettings webSettings,
        InsightModule insight);
  }
}
