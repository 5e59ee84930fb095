package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.Movement;
import org.probationinspections.application.insight.port.in.RepeatsView;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.application.units.port.in.RegionView;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.Forms;
import org.probationinspections.web.pages.tables.RegionOrder;

/** The pages of regions and PDUs, and the forms that register them. */
public record UnitPages(AsAtViews views) {

  public void register(Routes routes) {
    routes.get("/regions", ctx -> regions(ctx, Forms.none()));
    routes.post("/regions", this::createRegion);
    routes.post("/pdus", this::createPdu);
    routes.get("/regions/{id}", ctx -> region(ctx, Forms.none()));
    routes.get("/pdus/{id}", this::pdu);
  }

  /** Rows of the regions' table per page. */
  private static final int REGIONS_PER_PAGE = 50;

  private void regions(Context ctx, Forms forms) {
    List<RegionView> regions = views.web(ctx).listRegions().list();
    int offset = Math.max(0, Params.queryInt(ctx, "offset").orElse(0));
    Render.page(
        ctx,
        "regions",
        new Models.RegionsPage(
            regions.subList(
                Math.min(offset, regions.size()),
                Math.min(offset + REGIONS_PER_PAGE, regions.size())),
            regions,
            offset,
            REGIONS_PER_PAGE,
            forms));
  }

  /** A region's page, with its forms (the flags of its letters) as given. */
  void region(Context ctx, Forms forms) {
    Render.page(ctx, "region", regionPage(ctx, forms, true));
  }

  /**
   * A page of one form about a region ({@code pages/forms/NAME.jte}: a regional letter, an action
   * plan), with what was typed.
   */
  void regionForm(Context ctx, String name, Form form) {
    Render.form(ctx, name, new Models.FormPage<>(regionPage(ctx, Forms.none(), false), form));
  }

  /** The region's records; its charts' counts only for its own page ({@code withCharts}). */
  private Models.RegionPage regionPage(Context ctx, Forms forms, boolean withCharts) {
    String id = ctx.pathParam("id");
    RegionView region =
        views.web(ctx).getRegion().byId(id).orElseThrow(() -> new NotFoundException("Region", id));
    Optional<String> key = Optional.of(id);
    List<RegionalReviewDocument> reviews = views.web(ctx).listReviews().list(key);
    Map<String, List<FlagView>> letterFlags = new HashMap<>();
    for (RegionalReviewDocument review : reviews) {
      review
          .id()
          .ifPresent(
              letter ->
                  letterFlags.put(
                      letter,
                      views
                          .web(ctx)
                          .listFlags()
                          .of(new FlaggedRecord(FlaggedRecord.Kind.REVIEW, letter))));
    }
    List<InspectionSummary> latest =
        views
            .web(ctx)
            .listInspections()
            .list(
                new ListInspectionsUseCase.Query(
                    key, Optional.empty(), Optional.empty(), true, Page.Request.ALL))
            .items();
    var standards = views.web(ctx).listStandards().list();
    // Without ?sort= the PDUs keep the order the region lists them in: by name.
    Optional<String> asked = Params.query(ctx, "sort");
    String sort = RegionOrder.key(asked.orElse("pdu"), standards);
    boolean ascending = Params.query(ctx, "order").map("asc"::equals).orElse(true);
    // The region's PDUs; its own unit (and the nation's) is shown beside them, not among them.
    var pdus = views.web(ctx).listPdus().list(key).stream().filter(PduView::atPduLevel).toList();
    var ofPdus = latest.stream().filter(s -> s.level() == UnitLevel.PDU).toList();
    return new Models.RegionPage(
        region,
        asked.isEmpty() ? pdus : RegionOrder.order(pdus, ofPdus, sort, ascending, standards),
        ofPdus,
        latest.stream().filter(s -> s.level() != UnitLevel.PDU).toList(),
        standards,
        reviews,
        views.web(ctx).listActionPlans().list(key),
        forms,
        letterFlags,
        sort,
        ascending,
        withCharts
            ? Optional.of(views.insight(ctx).regionCharts().charts(region.id()))
            : Optional.empty());
  }

  /** A PDU's page. */
  private void pdu(Context ctx) {
    PduView pdu = findPdu(ctx, ctx.pathParam("id"));
    List<InspectionSummary> inspections =
        new ArrayList<>(
            views
                .web(ctx)
                .listInspections()
                .list(
                    new ListInspectionsUseCase.Query(
                        Optional.empty(),
                        Optional.of(pdu.id()),
                        Optional.empty(),
                        false,
                        Page.Request.ALL))
                .items());
    inspections.sort(Comparator.comparing(InspectionSummary::fieldworkStarted));
    // Only the standards this PDU's inspections were rated under: not every programme's.
    List<StandardColumn> standards =
        views.web(ctx).listStandards().list().stream()
            .filter(c -> inspections.stream().anyMatch(i -> c.frameworks().contains(i.framework())))
            .toList();
    // How the recommendations of the inspection before the latest fared: answered, done, repeated.
    Optional<RepeatsView> fared =
        inspections.size() < 2
            ? Optional.empty()
            : Optional.of(
                views
                    .insight(ctx)
                    .listRepeats()
                    .repeats(new InspectionId(inspections.get(inspections.size() - 1).id())));
    Render.page(
        ctx,
        "pdu",
        new Models.PduPage(
            pdu, inspections, standards, Movement.latest(inspections, standards), fared));
  }

  /** The PDU with this id; a 404 when there is none. */
  PduView findPdu(Context ctx, String id) {
    return views.web(ctx).getPdu().byId(id).orElseThrow(() -> new NotFoundException("PDU", id));
  }

  private void createRegion(Context ctx) {
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
        form,
        "name",
        () -> {
          views
              .web(ctx)
              .registerRegion()
              .register(new RegisterRegionUseCase.Command(form.value("name")));
          return "/regions";
        },
        (c, f) -> regions(c, Forms.of("region", f)));
  }

  private void createPdu(Context ctx) {
    Form form = Submission.form(ctx);
    List<String> aliases = form.list("aliases", "[,\\n]");
    Submission.submit(
        ctx,
        form,
        "name",
        () -> {
          views
              .web(ctx)
              .registerPdu()
              .register(
                  new RegisterPduUseCase.Command(
                      form.value("region"), form.value("name"), aliases));
          return "/regions";
        },
        (c, f) -> regions(c, Forms.of("pdu", f)));
  }
}
