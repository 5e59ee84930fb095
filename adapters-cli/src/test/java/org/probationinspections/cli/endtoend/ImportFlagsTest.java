package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.flag.port.in.ResolveFlagUseCase;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.reading.PduReportParser;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * Documents with details lost are imported whole, each guess a flag on the record it went into,
 * with file, line and reason, until a person resolves it (audited); the report that completes a
 * letter's undated inspection corrects the letter's flag.
 */
class ImportFlagsTest {

  private final AllUseCases services = StoreCore.inMemory(LocalDate.of(2023, 9, 1));

  /** The report with five details lost or garbled. */
  private static String garbledReport() {
    return replaced(
        replaced(
            replaced(
                replaced(
                    replaced(Seeds.text(Seeds.REPORT), ", beginning 20 March 2023", ""),
                    "We inspected 34 cases",
                    "We inspected cases"),
                "1.2\tStaff\tGood\t\n",
                ""),
            "11. resource probation regions",
            "resource probation regions"),
        "Ove\terall rating\tRequires improvement\t\n",
        "");
  }

  private static String replaced(String text, String from, String to) {
    assertTrue(text.contains(from), "the seed holds '" + from + "'");
    return text.replaceFirst(Pattern.quote(from), to);
  }

  private ImportPublishedDocumentUseCase.Result imported(String name, String text, boolean dry) {
    return services
        .importPublishedDocument()
        .importDocument(
            new ImportPublishedDocumentUseCase.Command(
                name, text.getBytes(StandardCharsets.UTF_8), dry));
  }

  private List<FlagView> flagsOf(FlaggedRecord.Kind kind, String id) {
    return services.listFlags().of(new FlaggedRecord(kind, id));
  }

  private static FlagView saying(List<FlagView> flags, String words) {
    return flags.stream()
        .filter(flag -> flag.reason().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no flag says '" + words + "': " + flags));
  }

  @Test
  void aReportWithDetailsLost_isImportedWhole_withAFlagForEachGuessOnItsInspection() {
    var result = imported("garbled.txt", garbledReport(), false);

    assertEquals(ImportOutcome.Effect.CREATED, result.outcome().effect());
    String id = result.outcome().recordId();
    var stored = services.getInspection().get(new InspectionId(id));
    assertEquals(Optional.of(LocalDate.of(2023, 3, 1)), stored.fieldworkStarted());
    assertEquals(Optional.empty(), stored.casesInspected());
    assertEquals(11, stored.recommendations().size());

    List<FlagView> flags = flagsOf(FlaggedRecord.Kind.INSPECTION, id);
    FlagView fieldwork = saying(flags, "does not give the day fieldwork began");
    assertEquals("garbled.txt", fieldwork.file());
    assertEquals(107 - 2, fieldwork.line(), "the Background paragraph, two table rows fewer");
    saying(flags, "how many cases were inspected");
    saying(flags, "no row for 1.2 Staff");
    saying(flags, "numbered 11 from the sequence");
    saying(flags, "no overall rating in the ratings table");
    assertTrue(flags.stream().allMatch(FlagView::open), flags.toString());
    assertTrue(
        services.listFlags().open(500).stream()
            .map(FlagView::id)
            .toList()
            .containsAll(flags.stream().map(FlagView::id).toList()));
  }

  @Test
  void aDryRun_raisesNoFlag_andTheSameGuessesImportedAgain_raiseNoSecondFlag() {
    imported("garbled.txt", garbledReport(), true);
    assertEquals(List.of(), services.listFlags().open(500));

    String id = imported("garbled.txt", garbledReport(), false).outcome().recordId();
    int raised = flagsOf(FlaggedRecord.Kind.INSPECTION, id).size();
    imported("garbled-again.txt", garbledReport() + "\n", false);

    assertEquals(raised, flagsOf(FlaggedRecord.Kind.INSPECTION, id).size());
  }

  @Test
  void aFlagResolved_isClosedInTheNameOfWhoResolvedIt_audited_andCannotBeResolvedTwice() {
    String id = imported("garbled.txt", garbledReport(), false).outcome().recordId();
    FlagView cases = saying(flagsOf(FlaggedRecord.Kind.INSPECTION, id), "how many cases");

    FlagView resolved =
        services
            .resolveFlag()
            .resolve(
                new ResolveFlagUseCase.Command(
                    new FlagId(cases.id()),
                    Resolution.Outcome.CONFIRMED,
                    "the published report does not give it"));

    assertFalse(resolved.open());
    assertEquals(Optional.of("confirmed"), resolved.resolution());
    assertEquals(Optional.of("test"), resolved.resolvedBy());
    assertFalse(services.listFlags().open(500).stream().anyMatch(f -> f.id().equals(cases.id())));
    var trail = services.listAuditTrail().list(ListAuditTrailUseCase.Query.of("flag", cases.id()));
    assertEquals(2, trail.size(), "raised, then resolved: " + trail);
    assertTrue(trail.get(1).after().orElseThrow().contains("CONFIRMED"), trail.toString());
    assertEquals("test", trail.get(1).actor());
    assertThrows(
        ConflictException.class,
        () ->
            services
                .resolveFlag()
                .resolve(
                    new ResolveFlagUseCase.Command(
                        new FlagId(cases.id()), Resolution.Outcome.CORRECTED, "again")));
  }

  @Test
  void aLettersMissingFieldworkDate_isFlaggedOnThePdusInspection_andItsReportCorrectsIt() {
    String undated =
        Seeds.text(Seeds.LETTER).replaceAll("(Field)?work started [A-Z][a-z]+ 20\\d\\d", "");
    imported("letter.txt", undated, false);

    FlagView guess = saying(services.listFlags().open(500), "no fieldwork date for Cheshire West");
    assertEquals("inspection", guess.recordKind());
    String cheshireId = guess.recordId();
    assertEquals("Cheshire West", services.getInspection().get(new InspectionId(cheshireId)).pdu());
    assertEquals("letter.txt", guess.file());
    assertTrue(guess.reason().contains("2023-07-27"), guess.reason());
    assertTrue(guess.open());

    imported(Seeds.REPORT, Seeds.text(Seeds.REPORT), false);

    FlagView corrected =
        saying(flagsOf(FlaggedRecord.Kind.INSPECTION, cheshireId), "no fieldwork date for");
    assertFalse(corrected.open());
    assertEquals(Optional.of("corrected"), corrected.resolution());
    assertTrue(corrected.note().orElseThrow().contains("2023-03-20"), corrected.toString());
  }

  @Test
  void theSeeds_raiseAFlagForEveryIssue_onTheRecordItConcerns_butNoneForADayTheReportGave() {
    String report = imported(Seeds.REPORT, Seeds.text(Seeds.REPORT), false).outcome().recordId();
    String letter = imported(Seeds.LETTER, Seeds.text(Seeds.LETTER), false).outcome().recordId();
    String plan = imported(Seeds.PLAN, Seeds.text(Seeds.PLAN), false).outcome().recordId();

    List<FlagView> ofReport = flagsOf(FlaggedRecord.Kind.INSPECTION, report);
    long headingsMissing =
        new PduReportParser()
            .parse(Seeds.REPORT, Seeds.text(Seeds.REPORT)).issues().stream()
                .filter(issue -> issue.message().startsWith("'Areas for improvement' heading"))
                .count();
    assertTrue(headingsMissing > 1, "the seed lacks the heading more than once");
    assertEquals(
        headingsMissing,
        ofReport.stream()
            .filter(flag -> flag.reason().startsWith("'Areas for improvement' heading"))
            .count(),
        "one flag for each place, though their reasons read alike");
    assertFalse(
        ofReport.stream().anyMatch(flag -> flag.reason().contains("the 1st is recorded")),
        "the report gave the day: " + ofReport);
    FlagView cut = saying(ofReport, "ratings table header 'shire West PDU' is cut");
    assertEquals(Seeds.LETTER, cut.file());
    assertEquals(396, cut.line());
    saying(services.listFlags().open(500), "Blackburn with Darwen started in 2023-03");
    saying(
        flagsOf(FlaggedRecord.Kind.REVIEW, letter),
        "unreadable row in ratings table: 'Court work Assessment");
    assertEquals(
        Seeds.PLAN, saying(flagsOf(FlaggedRecord.Kind.ACTION_PLAN, plan), "item 24").file());
  }
}
