package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * The recommendations page reads a page of fifty at a time, with or without words, and links the
 * pages; every recommendation is on exactly one page.
 */
class RecommendationsPagedTest extends NorthWestWebTest {

  @BeforeEach
  void recordSeventyMore() {
    for (int n = 1; n <= 70; n++) {
      world
          .services
          .addRecommendation()
          .add(
              new AddRecommendationUseCase.Command(
                  nw.knowsleyInspection,
                  n % 2 == 0 ? AddresseeLevel.PDU : AddresseeLevel.REGION,
                  "",
                  "Check the ViSOR records of case " + n));
    }
  }

  @Test
  void theWholeList_comesInPagesOfFifty_linkedByNextAndFirst() throws Exception {
    String first = page(admin().get("/recommendations"), 200, "50 recommendations on this page.");
    assertFalse(first.contains("First page"), "the first page links to no first page");
    String next = nextLink(first);
    String second = page(admin().get(next), 200, "First page");
    assertFalse(second.contains("rel=\"next\""), "the last page has no next link");

    Set<String> seen = new HashSet<>(numbers(first));
    int firstCount = seen.size();
    seen.addAll(numbers(second));
    assertEquals(50, firstCount);
    assertEquals(50 + numbers(second).size(), seen.size(), "no recommendation on both pages");
  }

  @Test
  void words_andALevel_arePagedToo_bestMatchFirst() throws Exception {
    String first =
        page(
            admin().get("/recommendations?q=visor%20records"),
            200,
            "50 recommendations on this page.",
            "Best match first.");
    String second = page(admin().get(nextLink(first)), 200, "20 recommendations on this page.");
    assertFalse(second.contains("manageable workloads"), "only texts with the words");

    page(admin().get("/recommendations?q=visor&level=REGION"), 200, "35 recommendations found.");
  }

  private static String nextLink(String html) {
    Matcher link = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(html);
    assertTrue(link.find(), "a next link");
    return link.group(1).replace("&amp;", "&");
  }

  /** Each row's recommendation, as its inspection and number. */
  private static List<String> numbers(String html) {
    List<String> numbers = new ArrayList<>();
    Matcher row =
        Pattern.compile("/inspections/([^/\"]+)/recommendations/(\\d+)/themes\">").matcher(html);
    while (row.find()) {
      numbers.add(row.group(1) + "#" + row.group(2));
    }
    return numbers;
  }
}
