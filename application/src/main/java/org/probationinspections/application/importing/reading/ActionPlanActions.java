package org.probationinspections.application.importing.reading;

import static org.probationinspections.application.importing.reading.ActionPlanTable.ACTIONS;
import static org.probationinspections.application.importing.reading.ActionPlanTable.OWNERS;
import static org.probationinspections.application.importing.reading.ActionPlanTable.TARGETS;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.importing.reading.ActionPlanTable.Row;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * The actions of an item: its action texts lined up with their owners and targets, a month to work
 * to or "Completed (and ongoing)".
 */
final class ActionPlanActions {

  private static final Pattern TARGET =
      Pattern.compile(
          "completed\\s+and\\s+ongoing|completed|" + DateText.monthYearPattern().pattern(),
          Pattern.CASE_INSENSITIVE);

  private ActionPlanActions() {}

  static List<ActionDocument> actions(Row row, IssueLog log) {
    List<String> texts = new ArrayList<>(row.cell(ACTIONS));
    List<String> ownerParts = row.cell(OWNERS);
    List<List<String>> targetParts =
        row.cell(TARGETS).stream().map(ActionPlanActions::targets).toList();
    int targetCount = targetParts.stream().mapToInt(List::size).sum();
    List<List<String>> owners =
        ownerParts.stream().map(OwnerRoles::split).map(ActionPlanActions::distinct).toList();
    List<String> allRoles = owners.stream().flatMap(List::stream).toList();

    // A cell that lost its <p> marks: one text, several targets; split it when the sentences
    // line up with the targets, the only split that can be defended.
    if (texts.size() == 1 && targetParts.size() == 1 && targetCount > 1) {
      List<String> sentences = List.of(ActionPlanItems.SENTENCE_BREAK.split(texts.get(0)));
      if (sentences.size() == targetCount) {
        log.warn(
            row.line,
            "item "
                + row.number
                + ": one action cell with "
                + targetCount
                + " targets; split into its "
                + targetCount
                + " sentences");
        texts = new ArrayList<>(sentences);
        targetParts = targetParts.get(0).stream().map(List::of).toList();
        owners =
            allRoles.size() == targetCount
                ? allRoles.stream().map(List::of).toList()
                : List.of(distinct(allRoles));
      }
    }
    if (owners.size() != texts.size() && !owners.isEmpty()) {
      warnCount(
          row,
          log,
          texts.size(),
          owners.size() + " owner groups",
          "all owners " + distinct(allRoles));
    }
    if (targetParts.size() != texts.size() && !targetParts.isEmpty()) {
      warnCount(row, log, texts.size(), targetParts.size() + " target cells", "the latest target");
    }
    List<ActionDocument> actions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      List<String> actionOwners =
          owners.size() == texts.size() ? owners.get(i) : distinct(allRoles);
      List<String> actionTargets =
          targetParts.size() == texts.size()
              ? targetParts.get(i)
              : targetParts.stream().flatMap(List::stream).toList();
      Target target = target(actionTargets, row, i + 1, log);
      actions.add(
          new ActionDocument(
              Optional.of(i + 1),
              texts.get(i),
              actionOwners,
              target.month,
              target.status,
              Optional.empty(),
              List.of(),
              List.of()));
    }
    return actions;
  }

  /** Notes that an item's action texts and its {@code given} cells do not pair up. */
  private static void warnCount(Row row, IssueLog log, int actions, String given, String fallback) {
    log.warn(
        row.line,
        "item "
            + row.number
            + ": "
            + actions
            + " actions but "
            + given
            + "; every action gets "
            + fallback);
  }

  private record Target(Optional<YearMonth> month, ActionStatus status) {}

  /** "September 2023" → planned for that month; "Completed (and ongoing)" → done, no month. */
  private static Target target(List<String> printed, Row row, int action, IssueLog log) {
    if (printed.isEmpty()) {
      log.warn(row.line, "item " + row.number + ", action " + action + ": no target date");
      return new Target(Optional.empty(), ActionStatus.PLANNED);
    }
    List<Target> targets = printed.stream().map(ActionPlanActions::targetOf).toList();
    if (targets.size() > 1) {
      log.warn(
          row.line,
          "item "
              + row.number
              + ", action "
              + action
              + " has targets "
              + printed
              + "; recorded the latest pending one");
    }
    return targets.stream()
        .filter(target -> target.month.isPresent())
        .max((a, b) -> a.month.get().compareTo(b.month.get()))
        .or(
            () ->
                targets.stream()
                    .filter(t -> t.status == ActionStatus.COMPLETED_AND_ONGOING)
                    .findFirst())
        .orElse(targets.get(0));
  }

  private static Target targetOf(String printed) {
    String lower = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (lower.equals("completed and ongoing")) {
      return new Target(Optional.empty(), ActionStatus.COMPLETED_AND_ONGOING);
    }
    if (lower.equals("completed")) {
      return new Target(Optional.empty(), ActionStatus.COMPLETED);
    }
    return new Target(DateText.firstMonth(printed), ActionStatus.PLANNED);
  }

  private static List<String> targets(String cell) {
    List<String> targets = new ArrayList<>();
    Matcher matcher = TARGET.matcher(cell);
    while (matcher.find()) {
      targets.add(matcher.group());
    }
    return targets;
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().distinct().toList();
  }
}
