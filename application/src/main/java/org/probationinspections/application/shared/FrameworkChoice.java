package org.probationinspections.application.shared;

import java.time.LocalDate;
import org.probationinspections.domain.framework.FrameworkId;

/**
 * The PDU framework an inspection is rated under when nobody names one: the programme running at
 * the start of its fieldwork. This is the one place the product chooses a framework.
 */
public final class FrameworkChoice {

  /** The first PDU programme (fieldwork from June 2021 to September 2023). */
  public static final FrameworkId PDU_2021 = new FrameworkId("hmip-probation-pdu-2021");

  /**
   * The PDU programme in which every PDU of a region is inspected (fieldwork from October 2023).
   */
  public static final FrameworkId PDU_2023 = new FrameworkId("hmip-probation-pdu-2023");

  /** The first day of fieldwork rated under the 2023 framework. */
  public static final LocalDate PDU_2023_FROM = LocalDate.of(2023, 10, 1);

  private FrameworkChoice() {}

  /** The PDU framework for fieldwork starting on {@code fieldworkStarted}. */
  public static FrameworkId forFieldwork(LocalDate fieldworkStarted) {
    return fieldworkStarted.isBefore(PDU_2023_FROM) ? PDU_2021 : PDU_2023;
  }
}
