package org.probationinspections.application.inspection;

import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.inspection.Addressee;

/** Adds a recommendation, naming the addressee after the PDU or region when left blank. */
record AddRecommendationService(InspectionEditor editor, Directory directory)
    implements AddRecommendationUseCase {

  @Override
  public int add(Command command) {
    return editor.edit(
        command.inspection(),
        (inspection, framework) -> {
          String name =
              command.addressee().isEmpty()
                  ? directory.defaultAddressee(inspection.pduId(), command.level())
                  : command.addressee();
          return inspection
              .recommend(new Addressee(command.level(), name), command.text())
              .number();
        });
  }
}
