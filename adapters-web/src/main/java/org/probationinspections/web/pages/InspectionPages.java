package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.Forms;

/**
 * An inspection's page, and the forms that record one and its results, each on a page of its own.
 */
public record InspectionPages(AsAtViews views, UnitPages units) {

  static final String DEFAULT_FRAMEWORK = "hmip-probation-pdu-2021";

  public void register(Routes routes) {
    routes.get("/pdus/{id}/inspections/new", ctx -> pduForm(ctx, Form.empty()));
    routes.post("/pdus/{id}/inspections", this::recordInspection);
    routes.get("/inspections/{id}", ctx -> inspection(ctx, Forms.none()));
    routes.get(
        "/inspections/{id}/key-questions/new",
        ctx -> inspectionForm(ctx, KEY_QUESTIONS, Form.empty()));
    routes.post("/inspections/{id}/key-questions", this::recordKeyQuestions);
    routes.get(
        "/inspections/{id}/judgement/new", ctx -> inspectionForm(ctx, JUDGEMENT, Form.empty()));
    routes.post("/inspections/{id}/judgement", this::judge);
    routes.get(
        "/inspections/{id}/recommendations/new",
        ctx -> inspectionForm(ctx, RECOMMENDATION, Form.empty()));
    routes.post("/inspections/{id}/recommendations", this::addRecommendation);
    routes.post("/inspections/{id}/flags/{flag}", this::resolveFlag);
  }

  private static final String KEY_QUESTIONS = "keyQuestions";
  private static final String JUDGEMENT = "judgeStandard";
  private static final String RECOMMENDATION = "addRecommendation";

  /**
   * A page of one form about the inspection ({@code pages/forms/NAME.jte}), with what was typed.
   */
  private void inspectionForm(Context ctx, String name, Form form) {
    InspectionDocument doc =
        views.web(ctx).getInspection().get(new InspectionId(ctx.pathParam("id")));
    Render.form(ctx, name, new Models.FormPage<>(doc, form));
  }

  /** The page of the form that records an inspection of the PDU, with what was typed. */
  private void pduForm(Context ctx, Form form) {
    Render.form(
        ctx,
        "recordInspection",
        new Models.FormPage<>(units.findPdu(ctx, ctx.pathParam("id")), form));
  }

  private void inspection(Context ctx, Forms forms) {
    InspectionDocument doc =
        views.web(ctx).getInspection().get(new InspectionId(ctx.pathParam("id")));
    Map<AddresseeLevel, List<RecommendationDocument>> byLevel = new EnumMap<>(AddresseeLevel.class);
    for (RecommendationDocument rec : doc.recommendations()) {
      byLevel.computeIfAbsent(rec.addressee().level(), level -> new ArrayList<>()).add(rec);
    }
    List<Models.RecommendationGroup> groups =
        byLevel.entrySet().stream()
            .map(e -> new Models.RecommendationGroup(e.getKey(), e.getValue()))
            .toList();
    List<FlagView> flags =
        views
            .web(ctx)
            .listFlags()
            .of(new FlaggedRecord(FlaggedRecord.Kind.INSPECTION, ctx.pathParam("id")));
    UnitLevel level =
        views.web(ctx).getPdu().byName(doc.pdu()).map(PduView::level).orElse(UnitLevel.PDU);
    boolean assumed = views.web(ctx).getInspection().overallAssumed(doc);
    Render.page(
        ctx, "inspection", new Models.InspectionPage(doc, assumed, level, groups, forms, flags));
  }

  private void recordInspection(Context ctx) {
    PduView pdu = units.findPdu(ctx, ctx.pathParam("id"));
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
        form,
        "fieldworkStarted",
        () -> {
          InspectionId created =
              views
                  .web(ctx)
                  .recordInspection()
                  .record(
                      new RecordInspectionUseCase.Command(
                          pdu.name(),
                          new FrameworkId(form.value("framework", DEFAULT_FRAMEWORK)),
                          Params.date("fieldworkStarted", form.value("fieldworkStarted"))
                              .orElse(null),
                          Params.month("published", form.value("published")),
                          Params.text(form.value("leadInspector")),
                          Params.integer("casesInspected", form.value("casesInspected"))
                              .map(OptionalInt::of)
                              .orElse(OptionalInt.empty())));
          return "/inspections/" + created.value();
        },
        this::pduForm);
  }

  private void recordKeyQuestions(Context ctx) {
    onInspection(
        ctx,
        "keyQuestions",
        "#standards",
        (id, form) -> {
          List<KeyQuestionResult> results = new ArrayList<>();
          for (int i = 1; i <= 3; i++) {
            String question = form.value("question" + i);
            String percent = form.value("percent" + i);
            if (!question.isBlank() || !percent.isBlank()) {
              results.add(
                  new KeyQuestionResult(
                      question,
                      Params.integer("keyQuestions", percent)
                          .orElseThrow(
                              () ->
                                  new InvalidValueException(
                                      "keyQuestions", "each question needs a percentage"))));
            }
          }
          views
              .web(ctx)
              .recordKeyQuestions()
              .record(
                  new RecordKeyQuestionResultsUseCase.Command(id, form.value("standard"), results));
        },
        (c, f) -> inspectionForm(c, KEY_QUESTIONS, f));
  }

  private void judge(Context ctx) {
    onInspection(
        ctx,
        "rating",
        "#ratings",
        (id, form) ->
            views
                .web(ctx)
                .judgeStandard()
                .judge(
                    new JudgeStandardUseCase.Command(
                        id,
                        form.value("standard"),
                        Params.choice("rating", form.value("rating"), Rating.class).orElse(null))),
        (c, f) -> inspectionForm(c, JUDGEMENT, f));
  }

  private void addRecommendation(Context ctx) {
    onInspection(
        ctx,
        "text",
        "#recommendations",
        (id, form) ->
            views
                .web(ctx)
                .addRecommendation()
                .add(
                    new AddRecommendationUseCase.Command(
                        id,
                        Params.choice("level", form.value("level"), AddresseeLevel.class)
                            .orElse(null),
                        form.value("addressee"),
                        form.value("text"))),
        (c, f) -> inspectionForm(c, RECOMMENDATION, f));
  }

  /** A flag of the inspection confirmed or corrected, from the page's list of flags. */
  private void resolveFlag(Context ctx) {
    onInspection(
        ctx,
        "outcome",
        "#import-flags",
        (id, form) ->
            FlagForms.resolve(
                views.web(ctx).resolveFlag(),
                ctx.pathParam("flag"),
                Optional.of(new FlaggedRecord(FlaggedRecord.Kind.INSPECTION, ctx.pathParam("id"))),
                form),
        (c, f) -> inspection(c, Forms.of("flag", f)));
  }

  /**
   * A form about the inspection: back to the inspection's page at its {@code anchor}, or {@code
   * page} again with the refusal.
   */
  private void onInspection(
      Context ctx,
      String mainField,
      String anchor,
      InspectionForm work,
      Submission.PageWithForm page) {
    InspectionId id = new InspectionId(ctx.pathParam("id"));
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
        form,
        mainField,
        () -> {
          work.submit(id, form);
          return "/inspections/" + id.value() + anchor;
        },
        page);
  }

  /** What a form of the inspection's page does with the inspection and what was sent. */
  private interface InspectionForm {
    void submit(InspectionId id, Form form);
  }
}
