package org.probationinspections.web;

import io.javalin.testtools.TestConfig;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import okhttp3.OkHttpClient;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.history.AsAtServices;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.SecurityPorts;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.persistence.crypto.Argon2PasswordHasher;
import org.probationinspections.persistence.framework.JsonFrameworkCatalog;
import org.probationinspections.persistence.memory.InMemoryActionPlans;
import org.probationinspections.persistence.memory.InMemoryActionSummaries;
import org.probationinspections.persistence.memory.InMemoryApiTokens;
import org.probationinspections.persistence.memory.InMemoryAuditLog;
import org.probationinspections.persistence.memory.InMemoryConsolidationDecisions;
import org.probationinspections.persistence.memory.InMemoryImportLedger;
import org.probationinspections.persistence.memory.InMemoryInspectionSummaries;
import org.probationinspections.persistence.memory.InMemoryInspections;
import org.probationinspections.persistence.memory.InMemoryPdus;
import org.probationinspections.persistence.memory.InMemoryRegions;
import org.probationinspections.persistence.memory.InMemoryReviews;
import org.probationinspections.persistence.memory.InMemorySessions;
import org.probationinspections.persistence.memory.InMemoryStore;
import org.probationinspections.persistence.memory.InMemoryTextSearch;
import org.probationinspections.persistence.memory.InMemoryThemeOverrides;
import org.probationinspections.persistence.memory.InMemoryUsers;
import org.probationinspections.persistence.theme.JsonThemeTaxonomy;
import org.probationinspections.web.security.RequestActor;
import org.probationinspections.web.security.WebSettings;

/**
 * The real use cases over the in-memory adapter and the shipped framework, with the clock fixed at
 * {@link #TODAY}, and the web app built from them as the composition root would.
 */
public final class TestWorld {

  /** A day after most of the fixture plan's target months, so that some actions are overdue. */
  public static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

  public final TestUseCases services;
  public final TestUseCases insight;
  public final WebApp web;
  public final InMemoryStore store;

  /** The records as at past days, as the pages' views of the past read them. */
  public final AsAtServices history;

  private final MovableClock clock = new MovableClock(TODAY, LocalTime.MIDNIGHT);
  private volatile org.probationinspections.domain.account.Actor outsideRequests =
      org.probationinspections.domain.account.Actor.system("test set-up");

  /** Who acts outside a request: the set-up, unless a test {@linkplain #actAs acts as} someone. */
  public final RequestActor actor = new RequestActor(() -> outsideRequests);

  /** Calls of the use cases outside a request act as {@code actor} from now on. */
  public void actAs(org.probationinspections.domain.account.Actor actor) {
    this.outsideRequests = actor;
  }

  /** An administrator's API token: the existing API and page tests act as the administrator. */
  public final String adminToken;

  public TestWorld() {
    this(WebSettings.defaults());
  }

  public TestWorld(WebSettings settings) {
    this(settings, AsAtServices.DEFAULT_RECORDS_A_DAY);
  }

  /**
   * The world whose views of every record of a past day rebuild at most {@code recordsADay}
   * inspections, letters and plans.
   */
  public TestWorld(WebSettings settings, int recordsADay) {
    InMemoryStore store = new InMemoryStore();
    this.store = store;
    Core core =
        new Core(
            memoryPorts(store, clock),
            new SecurityPorts(
                new InMemoryUsers(store),
                new InMemoryApiTokens(store),
                new InMemoryAuditLog(store),
                HASHER,
                actor),
            new InsightPorts(
                JsonThemeTaxonomy.shipped(),
                new InMemoryThemeOverrides(store),
                new InMemoryConsolidationDecisions(store),
                new PlanDueClock(PlanDueClock.DEFAULT_DAYS),
                org.probationinspections.persistence.wording.LuceneWording.consolidator()),
            new org.probationinspections.persistence.document.PublishedDocumentText());
    services = new TestUseCases(core);
    insight = services;
    history = core.pastDays(dayClock -> memoryPorts(new InMemoryStore(), dayClock), recordsADay);
    web =
        new WebApp(
            new AsAtViews(
                services.web(),
                services.insight(),
                (date, record) ->
                    history
                        .at(
                            date,
                            new AsAtServices.Scope(
                                record.map(r -> r.recordType()), record.map(r -> r.id())))
                        .map(
                            then -> {
                              TestUseCases past = new TestUseCases(core.at(then));
                              return new AsAtViews.View(
                                  past.web(),
                                  past.insight(),
                                  java.util.Optional.of(date),
                                  then.problems());
                            })),
            services.security(),
            new InMemorySessions(),
            actor,
            settings);
    services
        .addUser()
        .add(
            new AddUserUseCase.Command(
                "admin", Role.ADMIN, java.util.List.of(), java.util.Optional.of(ADMIN_PASSWORD)));
    adminToken = services.createApiToken().create("admin", "tests").secret();
  }

  /** The use cases' ports over an in-memory store, with the shipped framework. */
  static Ports memoryPorts(InMemoryStore store, Clock clock) {
    return new Ports(
        new InMemoryRegions(store),
        new InMemoryPdus(store),
        new InMemoryInspections(store),
        new InMemoryReviews(store),
        new InMemoryActionPlans(store),
        JsonFrameworkCatalog.shipped(),
        new InMemoryImportLedger(store),
        store,
        clock,
        new InMemoryInspectionSummaries(store),
        new InMemoryActionSummaries(store),
        new InMemoryTextSearch(store),
        new org.probationinspections.persistence.memory.InMemoryFlags(store));
  }

  /** Moves the clock to the start of {@code day} (UTC): what is done next is done that day. */
  public void setToday(LocalDate day) {
    clock.moveTo(day);
  }

  /** Imports the three published seed documents: the report, the regional letter, the plan. */
  public void importSeeds() {
    for (String seed : java.util.List.of(Seeds.REPORT, Seeds.LETTER, Seeds.PLAN)) {
      services
          .importPublishedDocument()
          .importDocument(
              new ImportPublishedDocumentUseCase.Command(
                  seed, Seeds.text(seed).getBytes(StandardCharsets.UTF_8), false));
    }
  }

  public static final String ADMIN_PASSWORD = "admin-password-1";

  /** Argon2id as shipped: tests sign in through the real hash. */
  static final Argon2PasswordHasher HASHER = new Argon2PasswordHasher();

  /** A test client that sends {@code Authorization: Bearer token} with every request. */
  public static TestConfig as(String token) {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("Authorization", "Bearer " + token)
                            .build()))
            .build();
    return new TestConfig(true, true, client);
  }

  /** A token for a new user of the given role (a provider of the given regions). */
  public String tokenFor(String name, Role role, String... regions) {
    services
        .addUser()
        .add(
            new AddUserUseCase.Command(
                name, role, java.util.List.of(regions), java.util.Optional.of(ADMIN_PASSWORD)));
    return services.createApiToken().create(name, "tests").secret();
  }

  /** The insight use cases, as the composition root hands them to the web module. */
  public static InsightUseCases insight(TestUseCases s) {
    return s.insight();
  }

  /** What the composition root hands the web module, built the same way. */
  public static WebUseCases useCases(TestUseCases s) {
    return s.web();
  }
}
