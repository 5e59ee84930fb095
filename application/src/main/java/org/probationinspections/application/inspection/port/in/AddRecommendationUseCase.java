package org.probationinspections.application.inspection.port.in;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;

/** Adds the next numbered recommendation to an inspection; returns its number. */
public interface AddRecommendationUseCase {

  int add(Command command);

  /**
   * The addressee's name may be left blank: it is then the PDU's, its region's, or the national
   * service's name, by level.
   */
  record Command(InspectionId inspection, AddresseeLevel level, String addressee, String text) {
    public Command {
      Require.present("inspection", inspection);
      Require.present("level", level);
      addressee = Require.optionalText(addressee);
      text = Require.text("text", text);
    }
  }
}
