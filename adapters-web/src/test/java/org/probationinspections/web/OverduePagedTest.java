package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overdue actions page reads fifty at a time, most overdue first, with next and first links.
 */
class OverduePagedTest extends NorthWestWebTest {

  @BeforeEach
  void sixtyMoreOverdue() {
    for (int n = 1; n <= 60; n++) {
      NorthWestFixture.addAction(
          world.services, nw, 1, "Audit case " + n, "Head of PDU", YearMonth.of(2023, 1 + n % 12));
    }
  }

  @Test
  void theOverdueActions_comeInPagesOfFifty_eachOnOnePage() throws Exception {
    String first = page(admin().get("/overdue"), 200, "50 actions on this page", "rel=\"next\"");
    assertFalse(first.contains("First page"));
    Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
    assertTrue(next.find());
    String second = page(admin().get(next.group(1).replace("&amp;", "&")), 200, "First page");
    assertFalse(second.contains("rel=\"next\""));

    List<String> rows = new ArrayList<>(actions(first));
    rows.addAll(actions(second));
    assertEquals(rows.size(), new HashSet<>(rows).size(), "no action on both pages");
    assertTrue(rows.size() > 60, "the fixture's overdue actions and the sixty: " + rows.size());
  }

  private static List<String> actions(String html) {
    List<String> actions = new ArrayList<>();
    Matcher row = Pattern.compile("#action-(\\d+-\\d+)\">").matcher(html);
    while (row.find()) {
      actions.add(row.group(1));
    }
    return actions;
  }
}
