package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.ProgrammeFixture;

/**
 * The list of plans read a page at a time (the plans, their letters and the recommendation numbers
 * of what they answer, each read for the page at once) says of every plan what the plan read whole
 * with its inspections says, over the demo in one SQLite file (plans answering letters, and a
 * region's own inspection) and a plan that leaves a recommendation unanswered.
 */
class PlanListEndToEndTest {

  @TempDir Path dir;

  @Test
  void everyPlansOverview_readAPageAtATime_isTheOneOfThePlanReadWhole() {
    String db = dir.resolve("inspections.db").toString();
    CommandRun demo = CommandRun.of("demo", "generate", "--db", db, "--scale", "1");
    assertEquals(0, demo.status(), demo.output());
    // A region's own inspection answered by a plan that leaves a recommendation unanswered.
    CommandRun fixture =
        CommandRun.of("import", "--db", db, ProgrammeFixture.writtenTo(dir).toString());
    assertEquals(0, fixture.status(), fixture.output());
    AllUseCases services = ImportedStore.open(db);

    List<ActionPlanOverview> paged = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      CursorPage<ActionPlanOverview> page =
          services.listActionPlans().page(Optional.empty(), new CursorPage.Request(cursor, 9));
      paged.addAll(page.items());
      cursor = page.next();
    } while (cursor.isPresent());
    List<ActionPlanOverview> whole =
        new ArrayList<>(services.listActionPlans().list(Optional.empty()));

    Comparator<ActionPlanOverview> byId = Comparator.comparing(ActionPlanOverview::id);
    paged.sort(byId);
    whole.sort(byId);
    assertTrue(whole.size() > 10, "plans: " + whole.size());
    assertTrue(whole.stream().anyMatch(plan -> plan.problems() > 0), "a plan with flags");
    assertTrue(whole.stream().anyMatch(plan -> plan.inspectionId().isPresent()));
    assertEquals(whole, paged);
  }
}
