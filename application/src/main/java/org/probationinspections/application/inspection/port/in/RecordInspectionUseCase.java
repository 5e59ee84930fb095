package org.probationinspections.application.inspection.port.in;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.InspectionId;

/** Opens the record of an inspection of a PDU, before any result is recorded. */
public interface RecordInspectionUseCase {

  InspectionId record(Command command);

  /**
   * The PDU by name or alias, the framework (null: chosen by the start of fieldwork), and the facts
   * of the inspection.
   */
  record Command(
      String pdu,
      FrameworkId framework,
      LocalDate fieldworkStarted,
      Optional<YearMonth> published,
      Optional<String> leadInspector,
      OptionalInt casesInspected) {
    public Command {
      pdu = Require.text("pdu", pdu);
      Require.present("fieldworkStarted", fieldworkStarted);
      Require.present("published", published);
      Require.present("leadInspector", leadInspector);
      Require.present("casesInspected", casesInspected);
    }
  }
}
