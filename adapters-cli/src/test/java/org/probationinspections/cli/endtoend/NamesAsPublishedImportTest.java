package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * A PDU keeps the name its document published, commas and all; a document that prints a stored
 * PDU's words in another order joins it through an alias, and says so.
 */
class NamesAsPublishedImportTest {

  private final AllUseCases services = StoreCore.inMemory(LocalDate.of(2023, 9, 1));

  private ImportPublishedDocumentUseCase.Result imported(String name, String text) {
    return services
        .importPublishedDocument()
        .importDocument(
            new ImportPublishedDocumentUseCase.Command(
                name, text.getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void aLetterCoveringAPduWhoseNameHoldsAComma_registersItAsPublished() {
    String letter =
        Seeds.text(Seeds.LETTER)
            .replace("Knowsley and St Helens", "Knowsley, Prescot and St Helens")
            .replace("Knowsley & St Helens", "Knowsley, Prescot & St Helens")
            .replace("wsley and St Helens", "wsley, Prescot and St Helens");

    imported("letter.txt", letter);

    List<String> names =
        services.listPdus().list(java.util.Optional.empty()).stream().map(PduView::name).toList();
    assertTrue(names.contains("Knowsley, Prescot and St Helens"), names.toString());
    assertEquals(5, names.size(), names.toString());
  }

  @Test
  void aReportPrintingAStoredPdusWordsInAnotherOrder_joinsItByAnAlias_andSaysSo() {
    services.registerRegion().register(new RegisterRegionUseCase.Command("North West"));
    services
        .registerPdu()
        .register(
            new RegisterPduUseCase.Command(
                "North West", "South Tyneside and Gateshead", List.of()));
    String report =
        Seeds.text(Seeds.REPORT).replace("Cheshire West", "Gateshead and South Tyneside");

    var result = imported("report.txt", report);

    var inspection = services.getInspection().get(new InspectionId(result.outcome().recordId()));
    assertEquals("South Tyneside and Gateshead", inspection.pdu());
    PduView pdu = services.getPdu().byName("South Tyneside and Gateshead").orElseThrow();
    assertEquals(List.of("Gateshead and South Tyneside"), pdu.aliases());
    assertEquals(1, services.listPdus().list(java.util.Optional.empty()).size());
    assertTrue(
        result.outcome().notes().stream()
            .anyMatch(
                note ->
                    note.contains("'Gateshead and South Tyneside' read as the PDU South Tyneside")
                        && note.contains("another order")),
        result.outcome().notes().toString());
  }
}
