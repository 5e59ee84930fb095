package org.probationinspections.application.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.importing.port.out.DocumentText;
import org.probationinspections.application.importing.reading.ActionPlanParser;
import org.probationinspections.application.importing.reading.FieldworkGuess;
import org.probationinspections.application.importing.reading.ImportIssue;
import org.probationinspections.application.importing.reading.ParsedDocument;
import org.probationinspections.application.importing.reading.PduReportParser;
import org.probationinspections.application.importing.reading.RecommendationMatcher;
import org.probationinspections.application.importing.reading.RegionalLetterParser;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.application.port.out.ImportLedger;
import org.probationinspections.application.port.out.ImportLedger.ImportedDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.DryRun;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.PduId;

/**
 * Detects, reads and stores a published document in one transaction. Reading needs no store and may
 * run on another thread; storing runs in the caller's transaction.
 */
record ImportPublishedDocumentService(
    ImportInspectionUseCase importInspection,
    ImportRegionalReviewUseCase importReview,
    ImportActionPlanUseCase importPlan,
    InspectionRepository inspections,
    ReviewRepository reviews,
    ImportLedger ledger,
    Directory directory,
    UnitOfWork unitOfWork,
    Clock clock,
    DocumentText documentText,
    FlagRepository flags)
    implements ImportPublishedDocumentUseCase {

  @Override
  public int importRank(String fileName, byte[] content) {
    try {
      return documentText
          .text(fileName, content)
          .map(text -> DocumentKind.detect(text).map(Enum::ordinal).orElse(0))
          .orElseGet(() -> DocumentKind.importRank(content));
    } catch (DomainException unreadable) {
      return 0;
    }
  }

  @Override
  public ReadDocument read(Command command) {
    String fingerprint = fingerprint(command.content());
    try {
      String text =
          documentText
              .text(command.fileName(), command.content())
              .orElseGet(() -> text(command.fileName(), command.content()));
      DocumentKind kind =
          DocumentKind.detect(text)
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          command.fileName() + ":1",
                          "not a PDU inspection report, regional letter or action plan that"
                              + " this product can read"));
      return new Read(
          command,
          fingerprint,
          Optional.of(storing(command.fileName(), kind, text, command.onConflict())));
    } catch (DomainException unreadable) {
      return new Read(command, fingerprint, Optional.empty(), Optional.of(unreadable));
    }
  }

  @Override
  public Result importDocument(ReadDocument document) {
    if (!(document instanceof Read read)) {
      throw new IllegalArgumentException("a document not read by this service: " + document);
    }
    Command command = read.command();
    // One transaction from the ledger's look-up to its record: no second transaction per file for
    // the look-up, and two imports of the same content cannot both pass it.
    Result result =
        DryRun.inTransaction(
            unitOfWork,
            command.dryRun(),
            () -> {
              Optional<ImportedDocument> seen = ledger.find(read.fingerprint());
              if (seen.isPresent()) {
                return alreadyImported(command, seen.get());
              }
              Result stored = read.store().orElseThrow(read::refusal).get();
              ledger.record(
                  new ImportedDocument(
                      read.fingerprint(),
                      command.fileName(),
                      stored.kind(),
                      stored.outcome().recordId(),
                      clock.now()));
              return stored;
            });
    return command.dryRun()
        ? new Result(
            result.fileName(), result.kind(), result.outcome().asDryRun(), result.warnings(), true)
        : result;
  }

  /**
   * A document read: the step that stores it, or why it cannot be read. The refusal of a file that
   * is no text at all is kept too, and given after the look-up for the same content, which such a
   * file cannot have.
   */
  private record Read(
      Command command,
      String fingerprint,
      Optional<Supplier<Result>> store,
      Optional<DomainException> unreadable)
      implements ReadDocument {

    Read(Command command, String fingerprint, Optional<Supplier<Result>> store) {
      this(command, fingerprint, store, Optional.empty());
    }

    @Override
    public String fileName() {
      return command.fileName();
    }

    DomainException refusal() {
      return unreadable.orElseThrow();
    }
  }

  private static Result alreadyImported(Command command, ImportedDocument earlier) {
    return new Result(
        command.fileName(),
        earlier.kind(),
        new ImportOutcome(
            earlier.kind(),
            earlier.recordId(),
            ImportOutcome.Effect.UNCHANGED,
            List.of(
                "the same content was imported from "
                    + earlier.fileName()
                    + " on "
                    + earlier.importedAt())),
        List.of(),
        command.dryRun());
  }

  /** Reads the text now (no store needed) and returns the step that stores what was read. */
  private Supplier<Result> storing(
      String fileName, DocumentKind kind, String text, OnConflict onConflict) {
    return switch (kind) {
      case PDU_REPORT -> {
        var parsed = new PduReportParser().parse(fileName, text);
        yield () -> {
          var outcome = importInspection.importInspection(parsed.document(), onConflict);
          raiseFlags(FlaggedRecord.Kind.INSPECTION, outcome, parsed.issues());
          return result(fileName, "PDU report", outcome, parsed);
        };
      }
      case REGIONAL_LETTER -> {
        var parsed = new RegionalLetterParser().parse(fileName, text);
        yield () -> {
          var outcome = importReview.importReview(parsed.document(), onConflict);
          raiseLetterFlags(outcome, parsed.document().date(), parsed.issues());
          return result(fileName, "regional letter", outcome, parsed);
        };
      }
      case ACTION_PLAN -> {
        var parsed = new ActionPlanParser().parse(fileName, text);
        yield () -> {
          // Which stored recommendations the plan answers is found in the store, when storing.
          var resolved =
              new RecommendationMatcher().resolvePlan(parsed.document(), known(parsed.document()));
          var outcome = importPlan.importPlan(resolved.plan(), onConflict);
          raiseFlags(FlaggedRecord.Kind.ACTION_PLAN, outcome, parsed.issues());
          return result(fileName, "action plan", outcome, parsed);
        };
      }
    };
  }

  /**
   * The stored recommendations a plan may answer, by PDU: those of the inspections its regional
   * letter covers, or else each named PDU's latest inspection.
   */
  private Map<String, List<RecommendationDocument>> known(ActionPlanDocument plan) {
    List<Inspection> scope = new ArrayList<>();
    var region = directory.findRegion(plan.region());
    Optional<RegionalReview> review =
        region.flatMap(
            r ->
                reviews.findByRegion(r.id()).stream()
                    .filter(
                        candidate -> plan.reviewDate().map(candidate.date()::equals).orElse(false))
                    .findFirst());
    if (review.isPresent()) {
      review.get().inspections().forEach(id -> inspections.findById(id).ifPresent(scope::add));
    } else {
      for (String name : plan.pdus()) {
        directory
            .findPdu(name)
            .map(pdu -> inspections.findByPdu(pdu.id()))
            .filter(found -> !found.isEmpty())
            .ifPresent(found -> scope.add(found.get(found.size() - 1)));
      }
    }
    Map<String, List<RecommendationDocument>> known = new LinkedHashMap<>();
    for (Inspection inspection : scope) {
      known.put(
          directory.pdu(inspection.pduId()).name(),
          inspection.recommendations().stream()
              .map(
                  r ->
                      new RecommendationDocument(
                          r.number(),
                          new org.probationinspections.application.port.in.interchange
                              .AddresseeDocument(r.addressee().level(), r.addressee().name()),
                          r.text()))
              .toList());
    }
    return known;
  }

  /** A flag to raise: on which record, from where, why. */
  private record Pending(FlaggedRecord record, String file, int line, String reason) {}

  /** Raises each issue as a flag on the record the document went into. */
  private void raiseFlags(
      FlaggedRecord.Kind kind, ImportOutcome outcome, List<ImportIssue> issues) {
    FlaggedRecord own = new FlaggedRecord(kind, outcome.recordId());
    raiseAll(
        issues.stream()
            .map(issue -> new Pending(own, issue.file(), issue.line(), issue.message()))
            .toList());
  }

  /**
   * Stores the flags, but not again those the record has already: a record keeps as many flags of a
   * reason as one import of its document raises (the same document read from its PDF after its
   * text, whose lines differ, raises none).
   */
  private void raiseAll(List<Pending> pending) {
    Map<FlaggedRecord, List<Flag>> stored = new HashMap<>();
    Map<List<Object>, Integer> raised = new HashMap<>();
    for (Pending flag : pending) {
      long already =
          stored.computeIfAbsent(flag.record(), flags::findByRecord).stream()
              .filter(known -> known.reason().equals(flag.reason()))
              .count();
      int nth = raised.merge(List.of(flag.record(), flag.reason()), 1, Integer::sum);
      if (nth > already) {
        flags.save(Flag.raise(flag.record(), flag.file(), flag.line(), flag.reason(), clock.now()));
      }
    }
  }

  /**
   * A letter's issues about one PDU go to that PDU's inspection, the others to the letter. That the
   * letter gives no fieldwork date is flagged only where its date stood in for one (see {@link
   * FieldworkGuess}), and that it gives no day only where the 1st stands, not where the PDU's
   * report had given the date before.
   */
  private void raiseLetterFlags(ImportOutcome outcome, LocalDate date, List<ImportIssue> issues) {
    Map<PduId, Inspection> byPdu = new LinkedHashMap<>();
    reviews
        .findById(new ReviewId(outcome.recordId()))
        .ifPresent(
            review ->
                review
                    .inspections()
                    .forEach(
                        id -> inspections.findById(id).ifPresent(i -> byPdu.put(i.pduId(), i))));
    FlaggedRecord letter = new FlaggedRecord(FlaggedRecord.Kind.REVIEW, outcome.recordId());
    List<Pending> pending = new ArrayList<>();
    for (ImportIssue issue : issues) {
      Optional<Inspection> inspection =
          issue.unit().flatMap(directory::findPdu).map(pdu -> byPdu.get(pdu.id()));
      if (inspection.isEmpty()) {
        pending.add(new Pending(letter, issue.file(), issue.line(), issue.message()));
        continue;
      }
      FlaggedRecord record =
          new FlaggedRecord(FlaggedRecord.Kind.INSPECTION, inspection.get().id().value());
      String reason = issue.message();
      if (FieldworkGuess.isMissing(reason)) {
        if (inspection.get().notes().stream().noneMatch(FieldworkGuess::isGuess)) {
          continue;
        }
        reason = FieldworkGuess.flagReason(issue.unit().get(), date);
      } else if (FieldworkGuess.isFirstOfMonth(reason)
          && inspection.get().details().fieldworkStarted().getDayOfMonth() != 1) {
        continue;
      }
      pending.add(new Pending(record, issue.file(), issue.line(), reason));
    }
    raiseAll(pending);
  }

  private static Result result(
      String fileName, String kind, ImportOutcome outcome, ParsedDocument<?> parsed) {
    List<String> warnings = parsed.issues().stream().map(ImportIssue::describe).toList();
    return new Result(fileName, kind, outcome, warnings, false);
  }

  /**
   * The text of a file that is no PDF nor web page; an empty or binary file is refused, naming the
   * file.
   */
  private static String text(String fileName, byte[] content) {
    if (content.length == 0) {
      throw new InvalidValueException(fileName + ":1", "the file is empty");
    }
    for (int i = 0; i < Math.min(content.length, 8192); i++) {
      if (content[i] == 0) {
        throw new InvalidValueException(
            fileName + ":1",
            "the file is binary; expected a published PDF, a saved web page or text extracted"
                + " from a PDF");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidValueException(fileName + ":1", "the file is not UTF-8 text");
    }
  }

  private static String fingerprint(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
