package org.probationinspections.application.assembly;

import java.util.function.Function;
import org.probationinspections.application.account.AccountServices;
import org.probationinspections.application.account.VerifiedTokens;
import org.probationinspections.application.demo.GenerateDemoDataService;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.demo.port.out.DemoTexts;
import org.probationinspections.application.flag.FlagServices;
import org.probationinspections.application.history.AsAtServices;
import org.probationinspections.application.history.AsAtServices.AsAt;
import org.probationinspections.application.history.AsAtServices.Importers;
import org.probationinspections.application.history.AuditTrail;
import org.probationinspections.application.history.HistoryClock;
import org.probationinspections.application.history.HistoryServices;
import org.probationinspections.application.importing.ImportServices;
import org.probationinspections.application.importing.port.out.DocumentText;
import org.probationinspections.application.insight.InsightServices;
import org.probationinspections.application.insight.StandingKeeper;
import org.probationinspections.application.inspection.InspectionServices;
import org.probationinspections.application.plan.PlanServices;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.review.ReviewServices;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.SecurityPorts;
import org.probationinspections.application.units.UnitServices;

/**
 * The core put together: the repositories wrapped once, in this one place, so that every save is
 * audited and every change to an account forgets the API tokens verified for it, and the services
 * of each feature built over the wrapped ports. The composition root provides each use case from
 * here by its interface; nothing outside it sees this class.
 */
public final class Core {

  private final Ports raw;
  private final SecurityPorts rawSecurity;
  private final InsightPorts rawInsight;
  private final Ports ports;
  private final SecurityPorts security;
  private final InsightPorts insight;
  private final VerifiedTokens verifiedTokens;
  private final DocumentText documentText;

  /** A core that reads every published document as text (no PDF nor web page). */
  public Core(Ports raw, SecurityPorts rawSecurity, InsightPorts rawInsight) {
    this(raw, rawSecurity, rawInsight, DocumentText.plainText());
  }

  /** A core whose imports read PDF files and saved web pages through {@code documentText}. */
  public Core(
      Ports raw, SecurityPorts rawSecurity, InsightPorts rawInsight, DocumentText documentText) {
    this.raw = raw;
    this.documentText = documentText;
    this.rawSecurity = rawSecurity;
    this.rawInsight = rawInsight;
    this.verifiedTokens = new VerifiedTokens(raw.clock());
    Ports watched = raw.withUnitOfWork(verifiedTokens.watching(raw.unitOfWork()));
    SecurityPorts watchedSecurity =
        new SecurityPorts(
            verifiedTokens.watching(rawSecurity.users()),
            verifiedTokens.watching(rawSecurity.tokens()),
            rawSecurity.audit(),
            rawSecurity.passwords(),
            rawSecurity.actor());
    AuditTrail.Audited audited = AuditTrail.wrap(watched, watchedSecurity, rawInsight);
    // Outside the audit trail: a stored standing is what the rules make of the saved record.
    this.ports = StandingKeeper.wrap(audited.ports());
    this.security = audited.security();
    this.insight = audited.insight();
  }

  /** The out-ports as the use cases see them: audited. */
  public Ports ports() {
    return ports;
  }

  public UnitServices units() {
    return new UnitServices(ports);
  }

  public InspectionServices inspections() {
    return new InspectionServices(ports);
  }

  public ReviewServices reviews() {
    return new ReviewServices(ports);
  }

  public PlanServices plans() {
    return new PlanServices(ports, security, insight.planDue());
  }

  public AccountServices accounts() {
    return new AccountServices(ports, security, verifiedTokens);
  }

  public InsightServices insight() {
    return new InsightServices(ports, insight, security.actor(), security.audit());
  }

  public ImportServices imports() {
    return new ImportServices(ports, documentText);
  }

  public FlagServices flags() {
    return new FlagServices(ports, security.actor());
  }

  public HistoryServices history() {
    return new HistoryServices(security);
  }

  /**
   * The records as at past days, rebuilt from the audit trail into scratch stores that {@code
   * scratchStores} makes for each day's clock.
   */
  public AsAtServices pastDays(Function<Clock, Ports> scratchStores) {
    return pastDays(scratchStores, AsAtServices.DEFAULT_RECORDS_A_DAY);
  }

  /**
   * The same, where a view of every record of a past day may rebuild at most {@code recordsADay}
   * inspections, letters and plans.
   */
  public AsAtServices pastDays(Function<Clock, Ports> scratchStores, int recordsADay) {
    return new AsAtServices(ports, security, scratchStores, Core::importersOver, recordsADay);
  }

  /** The core over the records of a past day, with today's themes, overrides and decisions. */
  public Core at(AsAt then) {
    return new Core(then.ports(), then.security(), rawInsight, documentText);
  }

  private static Importers importersOver(Ports scratch) {
    ImportServices imports = new ImportServices(scratch);
    return new Importers(
        imports.importInspection(), imports.importRegionalReview(), imports.importActionPlan());
  }

  /**
   * The demo dataset's generator. Its records are written as if on the dates of their letters, so
   * that the audit trail holds a history to view as at any date: the use cases it imports through
   * see a clock set to each region's letter in turn. Its names and texts are {@code texts}.
   */
  public GenerateDemoDataUseCase demoData(DemoTexts texts) {
    HistoryClock dated = new HistoryClock(raw.clock());
    ImportServices then = new Core(raw.withClock(dated), rawSecurity, rawInsight).imports();
    return new GenerateDemoDataService(
        texts,
        then.importInspection(),
        then.importRegionalReview(),
        then.importActionPlan(),
        then.importPublishedOutcomes(),
        ports.unitOfWork(),
        dated::setDay);
  }
}
