package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.demo.port.out.DemoTexts;
import org.probationinspections.application.history.AsAtServices;
import org.probationinspections.application.importing.port.out.DocumentText;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.PasswordHasher;
import org.probationinspections.application.port.out.SessionRepository;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.SecurityPorts;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.demo.JsonDemoTexts;
import org.probationinspections.persistence.document.PublishedDocumentText;
import org.probationinspections.persistence.framework.JsonFrameworkCatalog;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.WebApp;
import org.probationinspections.web.security.RequestActor;
import org.probationinspections.web.security.WebSettings;

/**
 * Wires the core to the ports: the frameworks (shipped, plus any directory given), the system
 * clock, the demo's names and texts, the reader of PDF files and saved web pages, the core over the
 * store's repositories, today's use cases, and a past day's.
 */
@Module
public final class ApplicationModule {

  private final List<Path> frameworkDirectories;

  public ApplicationModule(List<Path> frameworkDirectories) {
    this.frameworkDirectories = List.copyOf(frameworkDirectories);
  }

  @Provides
  @Singleton
  FrameworkCatalog frameworks() {
    return JsonFrameworkCatalog.load(frameworkDirectories);
  }

  @Provides
  @Singleton
  static Clock clock() {
    return new SystemClock();
  }

  @Provides
  @Singleton
  static DemoTexts demoTexts() {
    return JsonDemoTexts.shipped();
  }

  /** Published documents as PDF files and saved web pages, read as text for the importers. */
  @Provides
  @Singleton
  static DocumentText documentText() {
    return new PublishedDocumentText();
  }

  @Provides
  @Singleton
  static Ports ports(Store store, FrameworkCatalog frameworks, Clock clock) {
    return StorePorts.over(store, frameworks, clock);
  }

  @Provides
  @Singleton
  static SecurityPorts securityPorts(
      UserRepository users,
      ApiTokenRepository tokens,
      AuditLog audit,
      PasswordHasher passwords,
      CurrentActor actor) {
    return new SecurityPorts(users, tokens, audit, passwords, actor);
  }

  @Provides
  @Singleton
  @Live
  static Core core(
      Ports ports, SecurityPorts security, InsightPorts insight, DocumentText documentText) {
    return new Core(ports, security, insight, documentText);
  }

  /**
   * The web adapter over today's use cases, and a past day's for a request that asks {@code
   * ?asOf=}.
   */
  @Provides
  static WebApp webApp(
      UseCasesByDay days,
      AsAtViews.PastDays pastDays,
      SessionRepository sessions,
      RequestActor requestActor,
      WebSettings settings) {
    UseCasesComponent today = days.today();
    return new WebApp(
        new AsAtViews(today.web(), today.insight(), pastDays),
        today.security(),
        sessions,
        requestActor,
        settings);
  }

  /**
   * The records as at a past date, rebuilt from the audit trail into an in-memory store made for
   * the day; the frameworks are today's.
   */
  @Provides
  @Singleton
  static AsAtServices asAtServices(@Live Core core, FrameworkCatalog frameworks) {
    return core.pastDays(dayClock -> scratchPorts(frameworks, dayClock));
  }

  @Provides
  @Singleton
  static UseCasesByDay useCasesByDay(AsAtServices history, @Live Core core, DemoTexts demoTexts) {
    return new UseCasesByDay(core, history, demoTexts);
  }

  /** A past day's pages: its records rebuilt, with today's themes, overrides and decisions. */
  @Provides
  static AsAtViews.PastDays pastDays(UseCasesByDay pastDays) {
    return (date, record) ->
        pastDays
            .at(
                date,
                new AsAtServices.Scope(record.map(r -> r.recordType()), record.map(r -> r.id())))
            .map(
                then ->
                    new AsAtViews.View(
                        then.useCases().web(),
                        then.useCases().insight(),
                        Optional.of(date),
                        then.problems()));
  }

  private static Ports scratchPorts(FrameworkCatalog frameworks, Clock clock) {
    return StorePorts.over(Store.open(StoreLocation.memory()), frameworks, clock);
  }
}
