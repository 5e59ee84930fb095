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
    return at(date, AsAtServices.Scope.everything());
  }

  /**
   * The day's use cases over every record, however many: for bulk work in a process of its own;
   * empty for today.
   */
  public Optional<Day> wholeDay(LocalDate date) {
    return history.wholeDay(date).map(this::day);
  }

  /** The day's use cases over the records {@code scope} shows; empty for today. */
  public Optional<Day> at(LocalDate date, AsAtServices.Scope scope) {
    return history.at(date, scope).map(this::day);
  }

  private Day day(AsAtServices.AsAt then) {
    return new Day(UseCasesComponent.over(core.at(then), demoTexts), then.problems());
  }
}
