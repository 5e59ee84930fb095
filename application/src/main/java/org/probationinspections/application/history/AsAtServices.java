package org.probationinspections.application.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.RecordTypes;
import org.probationinspections.application.shared.SecurityPorts;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/**
 * The records as they stood at the end of a past day, rebuilt from the audit trail: the documents
 * of that day (replayed by the {@link AuditLog}) are imported into an empty scratch store, and the
 * same use cases as today's read them there, so every page and export can be shown as at a date.
 * The rebuilt store is read-only: a use case that tries to change it is refused. Regions and PDUs
 * are those created by that day, under the names they have today. A past day cannot change any
 * more, so the last few rebuilt days are kept.
 */
public final class AsAtServices {

  /** One past day's records: the use cases over them, and their out-ports for other services. */
  public record AsAt(LocalDate date, Ports ports, SecurityPorts security, List<String> problems) {}

  /** The import use cases over a scratch store, which load the day's documents into it. */
  public record Importers(
      ImportInspectionUseCase inspections,
      ImportRegionalReviewUseCase reviews,
      ImportActionPlanUseCase plans) {}

  /**
   * What a view of a past day shows, so that only that is rebuilt: every record, or one record (of
   * {@link RecordTypes#INSPECTION}, {@link RecordTypes#REVIEW} or {@link RecordTypes#ACTION_PLAN})
   * with the records its page is read with.
   */
  public record Scope(Optional<String> recordType, Optional<String> recordId) {

    private static final Set<String> ONE_RECORD =
        Set.of(RecordTypes.INSPECTION, RecordTypes.REVIEW, RecordTypes.ACTION_PLAN);

    public Scope {
      Require.present("recordType", recordType);
      Require.present("recordId", recordId);
      if (recordType.isPresent() != recordId.isPresent()) {
        throw new IllegalArgumentException("a scope names a record by its type and id, or none");
      }
      recordType.ifPresent(
          type -> {
            if (!ONE_RECORD.contains(type)) {
              throw new IllegalArgumentException("no view of one record of type " + type);
            }
          });
    }

    public static Scope everything() {
      return new Scope(Optional.empty(), Optional.empty());
    }

    public static Scope of(String recordType, String recordId) {
      return new Scope(Optional.of(recordType), Optional.of(recordId));
    }
  }

  /**
   * How many records (inspections, letters and plans) a rebuild of every record of a past day may
   * hold by default: the rebuilt store is in memory, and a day of this size fits beside today's
   * work in the launcher's heap. Beyond it, a record's own page of that day is still rebuilt.
   */
  public static final int DEFAULT_RECORDS_A_DAY = 1_000;

  private static final int DAYS_KEPT = 2;
  private static final int RECORD_VIEWS_KEPT = 16;

  private final Ports live;
  private final SecurityPorts security;
  private final Function<Clock, Ports> scratchStores;
  private final Function<Ports, Importers> importers;
  private final int recordsADay;
  private final Map<LocalDate, AsAt> kept = new LinkedHashMap<>();
  private final Map<Viewed, AsAt> keptRecords = new LinkedHashMap<>();

  /** A view of one record on one day, as kept. */
  private record Viewed(LocalDate date, Scope scope) {}

  /**
   * @param scratchStores makes an empty store (the in-memory one) whose use cases see the clock
   *     given; the framework catalogue of the ports it returns is used as it is
   * @param importers the import use cases over a scratch store, unaudited: loading the day's
   *     records is not a change
   */
  public AsAtServices(
      Ports live,
      SecurityPorts security,
      Function<Clock, Ports> scratchStores,
      Function<Ports, Importers> importers) {
    this(live, security, scratchStores, importers, DEFAULT_RECORDS_A_DAY);
  }

  /**
   * @param recordsADay how many inspections, letters and plans a view of every record of a past day
   *     may rebuild; a day that held more is refused with a message that says what can be seen
   */
  public AsAtServices(
      Ports live,
      SecurityPorts security,
      Function<Clock, Ports> scratchStores,
      Function<Ports, Importers> importers,
      int recordsADay) {
    this.live = live;
    this.security = security;
    this.scratchStores = scratchStores;
    this.importers = importers;
    this.recordsADay = Require.between("recordsADay", recordsADay, 1, Integer.MAX_VALUE);
  }

  /**
   * The records at the end of {@code date}; empty for today, whose records are the live ones.
   *
   * @throws InvalidValueException for a date after today
   */
  public Optional<AsAt> at(LocalDate date) {
    return at(date, Scope.everything());
  }

  /**
   * The records at the end of {@code date} that a view of {@code scope} reads: every record, or one
   * record with those its page is read with (an inspection alone; a letter with the inspections it
   * covers; a plan with the letter and inspections it answers), each with its PDU and region. Empty
   * for today.
   *
   * @throws InvalidValueException for a date after today, or for a view of every record of a day
   *     that held more records than such a view may rebuild
   */
  public Optional<AsAt> at(LocalDate date, Scope scope) {
    if (isToday(date)) {
      return Optional.empty();
    }
    if (scope.recordType().isPresent()) {
      return Optional.of(
          kept(
              keptRecords,
              new Viewed(date, scope),
              RECORD_VIEWS_KEPT,
              () -> rebuild(date, Optional.of(ViewedRecords.of(live, scope)))));
    }
    return Optional.of(
        kept(
            kept,
            date,
            DAYS_KEPT,
            () -> {
              requireWithinLimit(date);
              return rebuild(date, Optional.empty());
            }));
  }

  /**
   * Every record at the end of {@code date}, however many the day held: for bulk work that has its
   * process to itself (an export), not for a request beside others. Not kept. Empty for today.
   *
   * @throws InvalidValueException for a date after today
   */
  public Optional<AsAt> wholeDay(LocalDate date) {
    return isToday(date) ? Optional.empty() : Optional.of(rebuild(date, Optional.empty()));
  }

  /** Whether {@code date} is today, whose records are the live ones; a later date is refused. */
  private boolean isToday(LocalDate date) {
    LocalDate today = live.clock().today();
    if (date.isAfter(today)) {
      throw new InvalidValueException(
          "asOf", date + " is after today (" + today + "); an as-at view shows a day gone by");
    }
    return date.equals(today);
  }

  /** The view kept under {@code key}, or one rebuilt and kept among the last {@code most}. */
  private static <K> AsAt kept(Map<K, AsAt> views, K key, int most, Supplier<AsAt> rebuilt) {
    synchronized (views) {
      AsAt found = views.get(key);
      if (found == null) {
        found = rebuilt.get();
        views.put(key, found);
        if (views.size() > most) {
          views.remove(views.keySet().iterator().next());
        }
      }
      return found;
    }
  }

  /** Refuses a view of every record of a day that held more records than it may rebuild. */
  private void requireWithinLimit(LocalDate date) {
    Instant until = live.clock().startOf(date.plusDays(1));
    long held = security.audit().createdBefore(RecordTypes.DOCUMENTED, until);
    if (held > recordsADay) {
      throw new InvalidValueException(
          "asOf",
          String.format(
              "a view of every record as at %s would rebuild %,d inspections, letters and plans"
                  + " from the audit trail, more than the %,d such a view holds. One"
                  + " inspection, regional letter or action plan can still be seen as it stood"
                  + " that day (its page or API address with ?asOf=), and an export of every"
                  + " record as at that day is made with the command line's export --as-of.",
              date, held, recordsADay));
    }
  }

  /** The record types a day is rebuilt from: those with documents, and the regions and PDUs. */
  private static final Set<String> REPLAYED =
      Set.of(
          RecordTypes.INSPECTION,
          RecordTypes.REVIEW,
          RecordTypes.ACTION_PLAN,
          RecordTypes.REGION,
          RecordTypes.PDU);

  /** The day rebuilt: every record, or only {@code records} (by type) when they are named. */
  private AsAt rebuild(LocalDate date, Optional<Map<String, Set<String>>> records) {
    Instant until = live.clock().startOf(date.plusDays(1));
    AuditLog.Replayed history =
        records
            .map(named -> security.audit().replay(named, until))
            .orElseGet(() -> security.audit().replay(REPLAYED, until));
    Clock then = new PastDayStores.FixedClock(until.minusNanos(1), date, live.clock());
    Ports scratch = scratchStores.apply(then);
    List<String> problems = new ArrayList<>();
    RecordTypes.DOCUMENTED.stream()
        .flatMap(type -> history.withoutDocuments(type).stream().map(id -> type + " " + id))
        .sorted()
        .forEach(r -> problems.add(r + " has no document before " + date));

    Importers loader = importers.apply(scratch);
    scratch
        .unitOfWork()
        .inTransaction(
            () -> {
              copyUnits(history, scratch, records);
              return null;
            });
    Map<String, InspectionDocument> inspections =
        documents(history, RecordTypes.INSPECTION, InspectionDocument.class, problems);
    load(
        inspections,
        InspectionDocument.class,
        Comparator.comparing(d -> d.fieldworkStarted().orElse(LocalDate.MIN)),
        d -> loader.inspections().importInspection(d),
        problems);
    Map<String, RegionalReviewDocument> reviews =
        documents(history, RecordTypes.REVIEW, RegionalReviewDocument.class, problems);
    load(
        reviews,
        RegionalReviewDocument.class,
        Comparator.comparing(RegionalReviewDocument::date),
        d -> loader.reviews().importReview(d),
        problems);
    Map<String, ActionPlanDocument> plans =
        documents(history, RecordTypes.ACTION_PLAN, ActionPlanDocument.class, problems);
    load(
        plans,
        ActionPlanDocument.class,
        Comparator.comparing(ActionPlanDocument::submitted),
        d -> loader.plans().importPlan(d),
        problems);

    Ports readOnly =
        new Ports(
            scratch.regions(),
            scratch.pdus(),
            new PastDayStores.InspectionVersionsAsRecorded(scratch.inspections(), inspections),
            new PastDayStores.ReviewVersionsAsRecorded(scratch.reviews(), reviews),
            new PastDayStores.VersionsAsRecorded(scratch.plans(), plans),
            scratch.frameworks(),
            scratch.ledger(),
            scratch.unitOfWork(),
            then,
            scratch.inspectionSummaries(),
            scratch.actionSummaries(),
            scratch.textSearch(),
            scratch.flags());
    SecurityPorts trailUntil =
        new SecurityPorts(
            security.users(),
            security.tokens(),
            new PastDayStores.TrailUntil(security.audit(), until),
            security.passwords(),
            security.actor());
    return new AsAt(date, readOnly, trailUntil, List.copyOf(problems));
  }

  /**
   * The regions and PDUs created by the day, as they are today (they keep no history): all of them,
   * or those named in {@code records}.
   */
  private void copyUnits(
      AuditLog.Replayed history, Ports scratch, Optional<Map<String, Set<String>>> records) {
    List<Region> regions =
        units(records, RecordTypes.REGION, id -> live.regions().findById(new RegionId(id)))
            .orElseGet(() -> live.regions().findAll());
    List<Pdu> pdus =
        units(records, RecordTypes.PDU, id -> live.pdus().findById(new PduId(id)))
            .orElseGet(() -> live.pdus().findAll());
    for (Region region : regions) {
      if (history.wasCreated(RecordTypes.REGION, region.id().value())) {
        scratch.regions().add(region);
      }
    }
    Set<RegionId> copied =
        Set.copyOf(scratch.regions().findAll().stream().map(Region::id).toList());
    for (Pdu pdu : pdus) {
      if (copied.contains(pdu.regionId())
          && history.wasCreated(RecordTypes.PDU, pdu.id().value())) {
        scratch.pdus().save(pdu);
      }
    }
  }

  /** Today's units of one type named in {@code records}; empty when no records are named. */
  private static <U> Optional<List<U>> units(
      Optional<Map<String, Set<String>>> records, String type, Function<String, Optional<U>> byId) {
    return records.map(
        named ->
            named.getOrDefault(type, Set.of()).stream()
                .flatMap(id -> byId.apply(id).stream())
                .toList());
  }

  /** The day's documents of one record type; those that cannot be read are problems. */
  private static <T> Map<String, T> documents(
      AuditLog.Replayed history, String recordType, Class<T> type, List<String> problems) {
    return history.documents(
        recordType,
        type,
        (id, reason) -> problems.add(type.getSimpleName() + " " + id + ": " + reason));
  }

  private static <T> void load(
      Map<String, T> byId,
      Class<T> type,
      Comparator<T> order,
      Consumer<T> importer,
      List<String> problems) {
    List<T> documents = new ArrayList<>(byId.values());
    documents.sort(order);
    for (T document : documents) {
      try {
        importer.accept(document);
      } catch (RuntimeException refused) {
        problems.add(type.getSimpleName() + ": " + refused.getMessage());
      }
    }
  }
}
