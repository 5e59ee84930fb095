package org.probationinspections.cli.wiring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.demo.port.out.DemoTexts;
import org.probationinspections.application.history.AsAtServices;

/** The use cases over today's records, or over a past day's rebuilt from the audit trail. */
public final class UseCasesByDay {

  /** One past day's use cases, and what could not be rebuilt for it. */
  public record Day(UseCasesComponent useCases, List<String> problems) {}

  private final UseCasesComponent today;
  private final AsAtServices history;
  private final Core core;
  private final DemoTexts demoTexts;

  UseCasesByDay(Core core, AsAtServices history, DemoTexts demoTexts) {
    this.today = UseCasesComponent.over(core, demoTexts);
    this.history = history;
    this.core = core;
    this.demoTexts = demoTexts;
  }

  /** Today's use cases. */
  public UseCasesComponent today() {
    return today;
  }

  /** The day's use cases; empty for today, whose use cases are the live ones. */
  public Optional<Day> at(LocalDate date) {
    return history
        .at(date)
        .map(then -> new Day(UseCasesComponent.over(core.at(then), demoTexts), then.problems()));
  }
}
