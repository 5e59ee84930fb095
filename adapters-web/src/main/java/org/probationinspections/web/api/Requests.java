package org.probationinspections.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.KeyQuestionDocument;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.review.ReviewId;

/** The JSON bodies the API accepts, named as the interchange shape names the same fields. */
final class Requests {

  // A null among a list's entries is refused here, by its field, before anything reads it.

  private Requests() {}

  record NewRegion(String name) {
    RegisterRegionUseCase.Command command() {
      return new RegisterRegionUseCase.Command(name);
    }
  }

  record NewPdu(String region, String name, List<String> aliases) {
    NewPdu {
      aliases = Require.entries("aliases", aliases);
    }

    RegisterPduUseCase.Command command() {
      return new RegisterPduUseCase.Command(region, name, aliases);
    }
  }

  record NewAlias(String alias) {}

  record NewInspection(
      String pdu,
      String framework,
      LocalDate fieldworkStarted,
      Optional<YearMonth> published,
      Optional<String> leadInspector,
      Optional<Integer> casesInspected) {

    RecordInspectionUseCase.Command command() {
      return new RecordInspectionUseCase.Command(
          pdu,
          new FrameworkId(framework),
          fieldworkStarted,
          Replies.opt(published),
          Replies.opt(leadInspector),
          Replies.opt(casesInspected).map(OptionalInt::of).orElse(OptionalInt.empty()));
    }
  }

  record KeyQuestions(List<KeyQuestionDocument> keyQuestions) {
    KeyQuestions {
      keyQuestions = Require.entries("keyQuestions", keyQuestions);
    }
  }

  record Judgement(Rating rating) {}

  record NewRecommendation(AddresseeDocument addressee, String text) {
    AddRecommendationUseCase.Command command(InspectionId inspection) {
      if (addressee == null) {
        throw new InvalidValueException("addressee", "is required");
      }
      return new AddRecommendationUseCase.Command(
          inspection, addressee.level(), addressee.name(), text);
    }
  }

  record NewReview(
      String region,
      LocalDate date,
      List<String> inspectionIds,
      List<ObservationDocument> observations) {
    NewReview {
      inspectionIds = Require.entries("inspectionIds", inspectionIds);
      observations = Require.entries("observations", observations);
    }
  }

  record NewPlan(
      String region,
      Optional<String> reviewId,
      Optional<String> inspectionId,
      LocalDate submitted) {
    DraftActionPlanUseCase.Command command() {
      return new DraftActionPlanUseCase.Command(
          region,
          Replies.opt(reviewId).map(ReviewId::new),
          Replies.opt(inspectionId).map(InspectionId::new),
          submitted);
    }
  }

  record Answer(String inspectionId, Integer recommendationNumber) {
    RecommendationRef ref() {
      return new RecommendationRef(
          inspectionId == null ? null : new InspectionId(inspectionId),
          recommendationNumber == null ? 0 : recommendationNumber);
    }
  }

  record NewItem(
      List<Answer> answers, Response response, Optional<Reason> reason, String explanation) {
    NewItem {
      answers = Require.entries("answers", answers);
    }

    RespondToRecommendationUseCase.Command command(ActionPlanId plan) {
      return new RespondToRecommendationUseCase.Command(
          plan,
          answers == null ? null : answers.stream().map(Answer::ref).toList(),
          response,
          Replies.opt(reason),
          explanation);
    }
  }

  record NewAction(
      String text, List<String> owners, Optional<YearMonth> target, Optional<ActionStatus> status) {
    NewAction {
      owners = Require.entries("owners", owners);
    }

    AddActionUseCase.Command command(ActionPlanId plan, int item) {
      return new AddActionUseCase.Command(
          plan,
          item,
          text,
          owners,
          Replies.opt(target),
          Replies.opt(status).orElse(ActionStatus.PLANNED));
    }
  }

  record Progress(ActionStatus status, String note, String by, Optional<Long> expectedVersion) {
    UpdateActionProgressUseCase.Command command(ActionPlanId plan, ActionRef ref) {
      OptionalLong version =
          Replies.opt(expectedVersion).map(OptionalLong::of).orElse(OptionalLong.empty());
      return new UpdateActionProgressUseCase.Command(plan, ref, status, note, by, version);
    }
  }

  record Retarget(YearMonth target, String reason, String by) {
    RetargetActionUseCase.Command command(ActionPlanId plan, ActionRef ref) {
      return new RetargetActionUseCase.Command(plan, ref, target, reason, by);
    }
  }

  record FollowUp(FollowUpJudgement judgement, String note, Boolean close, String by) {
    JudgeFollowUpUseCase.Command command(ActionPlanId plan, int item) {
      return new JudgeFollowUpUseCase.Command(
          plan, item, judgement, note, Boolean.TRUE.equals(close), by == null ? "API user" : by);
    }
  }
}
