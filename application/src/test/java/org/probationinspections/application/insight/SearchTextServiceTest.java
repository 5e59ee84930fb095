package org.probationinspections.application.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.SearchTextUseCase.Hit;
import org.probationinspections.application.insight.port.in.SearchTextUseCase.Kind;
import org.probationinspections.application.insight.port.in.SearchTextUseCase.Query;
import org.probationinspections.application.insight.port.in.SearchTextUseCase.Results;
import org.probationinspections.application.insight.port.in.SearchTextUseCase.Segment;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.testing.MemoryPdus;
import org.probationinspections.application.testing.MemoryRegions;
import org.probationinspections.application.testing.NoFrameworks;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

class SearchTextServiceTest {

  private static final Region NORTH_WEST = new Region(new RegionId("nw"), "North West");
  private static final Pdu KNOWSLEY =
      new Pdu(new PduId("knowsley"), NORTH_WEST.id(), "Knowsley", List.of());

  /** Answers from a list, and remembers what it was asked. */
  private final List<TextSearch.Query> asked = new ArrayList<>();

  private final List<TextSearch.Hit> stored = new ArrayList<>();

  private final SearchTextService service;

  SearchTextServiceTest() {
    MemoryRegions regions = new MemoryRegions();
    regions.add(NORTH_WEST);
    MemoryPdus pdus = new MemoryPdus();
    pdus.save(KNOWSLEY);
    TextSearch search =
        query -> {
          asked.add(query);
          return stored.stream().skip(query.offset()).limit(query.limit()).toList();
        };
    service = new SearchTextService(search, new Directory(regions, pdus, new NoFrameworks()));
  }

  @Test
  void theTypedText_isCutIntoWords_commonAndShortOnesLeftOut_eachStoreAskedTheSame() {
    Results results =
        service.search(
            new Query(
                "The ViSOR checks, and MAPPA's 2 reviews of-the risk!", Set.of(), none(), none()),
            CursorPage.Request.first(10));

    assertEquals(List.of("visor", "checks", "mappa", "reviews", "risk"), results.words());
    assertEquals(List.of("the", "and", "s", "2", "of"), results.leftOut());
    assertEquals(List.of("visor", "checks", "mappa", "reviews", "risk"), asked.get(0).words());
    assertEquals(Set.of(TextSearch.Kind.values()), asked.get(0).kinds(), "no kind asked: all");
  }

  @Test
  void noWordLeft_findsNothing_withoutAskingTheStore() {
    Results results =
        service.search(
            new Query("  the of  ", Set.of(), none(), none()), CursorPage.Request.first(10));

    assertEquals(List.of(), results.hits().items());
    assertEquals(List.of("the", "of"), results.leftOut());
    assertEquals(List.of(), asked);
  }

  @Test
  void pages_followEachOther_byOffset_andTheLastHasNoNext() {
    for (int n = 1; n <= 5; n++) {
      stored.add(
          new TextSearch.Hit(
              TextSearch.Kind.ACTION, "plan", 1, n - 1, NORTH_WEST.id(), Optional.empty(), "x"));
    }
    Query query = new Query("risk", Set.of(Kind.ACTION), none(), none());

    Results first = service.search(query, CursorPage.Request.first(3));
    Results second = service.search(query, new CursorPage.Request(first.hits().next(), 3));

    assertEquals(List.of(1, 2, 3), positions(first));
    assertEquals(List.of(4, 5), positions(second), "positions of actions count from 1");
    assertEquals(Optional.empty(), second.hits().next());
    assertEquals(4, asked.get(0).limit(), "one more than the page, to know another follows");
  }

  @Test
  void aHit_isPlaced_andItsMarkedWords_becomeMatchedRuns() {
    stored.add(
        new TextSearch.Hit(
            TextSearch.Kind.RECOMMENDATION,
            "insp-1",
            3,
            0,
            NORTH_WEST.id(),
            Optional.of(KNOWSLEY.id()),
            "Check " + TextSearch.MATCH_START + "ViSOR" + TextSearch.MATCH_END + " records."));

    Hit hit =
        service
            .search(
                new Query("visor", Set.of(), none(), Optional.of("Knowsley")),
                CursorPage.Request.first(10))
            .hits()
            .items()
            .get(0);

    assertEquals("North West", hit.region());
    assertEquals(Optional.of("Knowsley"), hit.pdu());
    assertEquals(
        List.of(
            new Segment("Check ", false),
            new Segment("ViSOR", true),
            new Segment(" records.", false)),
        hit.text());
    assertEquals(Optional.of(KNOWSLEY.id()), asked.get(0).pdu());
  }

  @Test
  void aCursorNoPageGave_isRefused() {
    Query query = new Query("risk", Set.of(), none(), none());

    assertThrows(
        InvalidValueException.class,
        () -> service.search(query, new CursorPage.Request(Optional.of("not-a-cursor"), 10)));
    assertThrows(
        InvalidValueException.class,
        () ->
            service.search(
                query, new CursorPage.Request(Optional.of(CursorPage.encode("-4")), 10)));
  }

  private static List<Integer> positions(Results results) {
    return results.hits().items().stream().map(Hit::position).toList();
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
