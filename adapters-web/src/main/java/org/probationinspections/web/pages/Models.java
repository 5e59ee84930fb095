package org.probationinspections.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.Movement;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase.RegionCharts;
import org.probationinspections.application.plan.port.in.OverdueActionView;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.application.units.port.in.RegionName;
import org.probationinspections.application.units.port.in.RegionView;
import org.probationinspections.domain.inspection.AddresseeLevel;

/** What each page template is given: the use cases' views, arranged for showing. */
public final class Models {

  private Models() {}

  /** The forms of a page by name; a form not submitted is empty. */
  public record Forms(Map<String, Form> byName) {
    public static Forms none() {
      return new Forms(Map.of());
    }

    public static Forms of(String name, Form form) {
      return new Forms(Map.of(name, form));
    }

    public Form get(String name) {
      return byName.getOrDefault(name, Form.empty());
    }

    /** Whether a form of the page was refused: its title then starts "Error:". */
    public boolean hasErrors() {
      return byName.values().stream().anyMatch(Form::hasErrors);
    }
  }

  /**
   * A page of one form about a record (GOV.UK's question page): the record, as its own page shows
   * it, and what the person typed (empty at first; refused, with the refusals beside the fields).
   */
  public record FormPage<T>(T record, Form form) {}

  /**
   * A page of one form about an action plan: the plan, the recommendations no item answers yet (and
   * those to tick, from an accepted group of suggestions), the item the form is about (0 when none)
   * and what the person typed.
   */
  public record PlanFormPage(
      ActionPlanDocument plan,
      List<Candidate> unanswered,
      java.util.Set<String> chosen,
      int item,
      Form form) {

    /** The plan's page, for the back link; at the item the form is about, if any. */
    public String back() {
      return "/action-plans/" + plan.id().orElse("") + (item > 0 ? "#item-" + item : "");
    }

    /** The plan as its page's heading names it. */
    public String name() {
      return plan.region() + " action plan";
    }
  }

  /** The dashboard with one page of its rows, from {@code offset}, {@code rows} at a time. */
  /**
   * @param sort the column the heatmap is sorted by ({@code region}, {@code pdu}, {@code score},
   *     {@code overall}, or a standard's code and name), {@code ascending} or not
   */
  public record DashboardPage(
      DashboardUseCase.Dashboard dashboard,
      List<RegionName> regions,
      Optional<String> region,
      Optional<Integer> year,
      int offset,
      int rows,
      String sort,
      boolean ascending) {

    /** The heatmap in its first order, by region then PDU. */
    public DashboardPage(
        DashboardUseCase.Dashboard dashboard,
        List<RegionName> regions,
        Optional<String> region,
        Optional<Integer> year,
        int offset,
        int rows) {
      this(dashboard, regions, region, year, offset, rows, "region", true);
    }

    /** The header's {@code aria-sort}: only the sorted column has one. */
    public String ariaSort(String column) {
      return column.equals(sort) ? (ascending ? "ascending" : "descending") : null;
    }

    /**
     * The link that sorts by {@code column}: the other way round if it is the sorted column; else
     * names A to Z first, scores and ratings best first.
     */
    public String sortLink(String column) {
      boolean names = column.equals("region") || column.equals("pdu");
      boolean up = column.equals(sort) ? !ascending : names;
      return "/?sort="
          + URLEncoder.encode(column, StandardCharsets.UTF_8)
          + "&order="
          + (up ? "asc" : "desc")
          + filters();
    }

    /** The dashboard's charts, for the same region and year. */
    public String chartsLink() {
      String filters = filters();
      return "/dashboard/charts" + (filters.isEmpty() ? "" : "?" + filters.substring(1));
    }

    private String filters() {
      StringBuilder link = new StringBuilder();
      region.ifPresent(
          r -> link.append("&region=").append(URLEncoder.encode(r, StandardCharsets.UTF_8)));
      year.ifPresent(y -> link.append("&year=").append(y));
      return link.toString();
    }

    public boolean paged() {
      return dashboard.totalRows() > dashboard.rows().size() || offset > 0;
    }

    public boolean hasPrevious() {
      return offset > 0;
    }

    public boolean hasNext() {
      return offset + dashboard.rows().size() < dashboard.totalRows();
    }

    /** The link to the page of rows from {@code from}, with the same filters. */
    public String link(int from) {
      StringBuilder link = new StringBuilder("/?offset=").append(Math.max(0, from));
      if (!sort.equals("region") || !ascending) {
        link.append("&sort=").append(URLEncoder.encode(sort, StandardCharsets.UTF_8));
        link.append("&order=").append(ascending ? "asc" : "desc");
      }
      return link.append(filters()).toString();
    }
  }

  /** A row of the league: its place ("=2" when shared; "–" when not ranked) and the record. */
  public record LeagueRow(String rank, InspectionSummary inspection) {}

  /**
   * @param total the rows of the whole league, of which {@code rows} are those from {@code offset}
   */
  public record LeaguePage(
      List<LeagueRow> rows,
      int total,
      int offset,
      int perPage,
      List<StandardColumn> standards,
      String sort,
      boolean ascending,
      Optional<String> region,
      List<RegionName> regions,
      List<InspectionSummary> regional) {

    /** The league's address with this page's sort and region and another offset (or file). */
    public String link(String path, int at) {
      StringBuilder link = new StringBuilder(path + "?sort=" + encode(sort));
      link.append(ascending ? "&dir=asc" : "&dir=desc");
      region.ifPresent(r -> link.append("&region=").append(encode(r)));
      if (at > 0) {
        link.append("&offset=").append(at);
      }
      return link.toString();
    }

    /** A column heading's link: sort by it, the other way if it is the sort already. */
    public String sortLink(String key) {
      boolean flip = key.equals(sort) && !ascending;
      return "/league?sort="
          + encode(key)
          + (flip ? "&dir=asc" : "&dir=desc")
          + region.map(r -> "&region=" + encode(r)).orElse("");
    }

    public boolean hasNext() {
      return offset + perPage < total;
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }

  /**
   * The regions, a page of them in the table ({@code regions}, from {@code offset}) and all of them
   * for the form that adds a PDU to one.
   */
  public record RegionsPage(
      List<RegionView> regions, List<RegionView> all, int offset, int perPage, Forms forms) {

    /** The previous page's address; none on the first. */
    public String previous() {
      return offset > 0 ? "/regions?offset=" + Math.max(0, offset - perPage) : null;
    }

    /** The next page's address; none on the last. */
    public String next() {
      return offset + perPage < all.size() ? "/regions?offset=" + (offset + perPage) : null;
    }
  }

  /**
   * @param pdus the region's PDUs in the order {@code sort} asks for ({@code pdu}, {@code overall}
   *     or a standard's key), {@code ascending} or not
   */
  public record RegionPage(
      RegionView region,
      List<PduView> pdus,
      List<InspectionSummary> latest,
      List<InspectionSummary> regional,
      List<StandardColumn> standards,
      List<RegionalReviewDocument> reviews,
      List<ActionPlanOverview> plans,
      Forms forms,
      Map<String, List<FlagView>> letterFlags,
      String sort,
      boolean ascending,
      Optional<RegionCharts> charts) {

    /** The header's {@code aria-sort}: only the sorted column has one. */
    public String ariaSort(String column) {
      return column.equals(sort) ? (ascending ? "ascending" : "descending") : null;
    }

    /**
     * Sorts by {@code column}: the other way round if sorted by it, else names A to Z, ratings best
     * first.
     */
    public String sortLink(String column) {
      boolean up = column.equals(sort) ? !ascending : column.equals("pdu");
      return "/regions/"
          + URLEncoder.encode(region.id(), StandardCharsets.UTF_8)
          + "?sort="
          + URLEncoder.encode(column, StandardCharsets.UTF_8)
          + "&order="
          + (up ? "asc" : "desc");
    }

    /** The flags of a stored letter, by its id. */
    public List<FlagView> flagsOf(RegionalReviewDocument review) {
      return review.id().map(id -> letterFlags.getOrDefault(id, List.of())).orElse(List.of());
    }
  }

  /**
   * A regional letter's page: the letter, its region's id, the inspections it covers, the plan that
   * answers it (if one is drafted), and what its import guessed.
   */
  public record ReviewPage(
      RegionalReviewDocument review,
      String regionId,
      List<InspectionDocument> inspections,
      Optional<ActionPlanOverview> plan,
      List<FlagView> flags,
      Forms forms) {}

  /**
   * A PDU's page: its inspections oldest first, the standards their frameworks rate, how it moved
   * between its last two rated inspections, and how the recommendations of the inspection before
   * the latest fared ({@code fared}: answered, their actions, repeated).
   */
  public record PduPage(
      PduView pdu,
      List<InspectionSummary> inspections,
      List<StandardColumn> standards,
      Optional<Movement> movement,
      Optional<org.probationinspections.application.insight.port.in.RepeatsView> fared) {}

  public record RecommendationGroup(AddresseeLevel level, List<RecommendationDocument> items) {}

  /**
   * An inspection's page; {@code level} says whether it is of a PDU, a region or the nation, {@code
   * overallAssumed} whether its overall rating was computed by assumed bands.
   */
  public record InspectionPage(
      InspectionDocument inspection,
      boolean overallAssumed,
      org.probationinspections.domain.unit.UnitLevel level,
      List<RecommendationGroup> recommendations,
      Forms forms,
      List<FlagView> importFlags) {}

  public record ItemView(ItemDocument item, List<ActionDocument> actions) {}

  public record PlanPage(
      ActionPlanDocument plan,
      List<ItemView> items,
      List<String> owners,
      Optional<String> owner,
      Optional<String> status,
      List<Candidate> unanswered,
      Forms forms,
      List<FlagView> importFlags) {}

  /** A recommendation in the plan's scope that no item answers yet. */
  public record Candidate(String inspectionId, String pdu, int number, String text) {}

  /**
   * A provider's My actions: the view, the filters as asked, the links to the next and first pages,
   * and to the CSV of every page.
   */
  public record MyActionsPage(
      org.probationinspections.application.plan.port.in.MyActionsView view,
      Optional<String> owner,
      Optional<org.probationinspections.domain.plan.ActionStatus> status,
      Optional<String> next,
      Optional<String> first,
      String csv) {

    /** Whether this page is all there is. */
    public boolean whole() {
      return next.isEmpty() && first.isEmpty();
    }

    /** The month that counts as this month, in words ("March 2024"). */
    public String month() {
      return view.month()
          .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }
  }

  /**
   * An inspector's work: a page of the items awaiting judgement and one of the letters awaiting a
   * plan, each with the links to its next and first pages.
   */
  public record MyWorkPage(
      List<org.probationinspections.application.plan.port.in.AwaitingJudgementView> items,
      Optional<String> nextItems,
      Optional<String> firstItems,
      List<org.probationinspections.application.plan.port.in.LetterAwaitingPlanView> letters,
      Optional<String> nextLetters,
      Optional<String> firstLetters) {}

  public record OverduePage(
      List<OverdueActionView> actions,
      List<RegionName> regions,
      Optional<String> region,
      Optional<LocalDate> asOf,
      Optional<String> next,
      Optional<String> first) {

    /** Whether this page is all there is. */
    public boolean whole() {
      return next.isEmpty() && first.isEmpty();
    }
  }

  /** One action row of a plan page, as the htmx fragment renders it. */
  public record ActionRow(
      String planId, int item, ActionDocument action, String message, String error) {}
}
