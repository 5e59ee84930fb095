package org.probationinspections.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.KeyQuestionDocument;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

/** The JSON bodies the API accepts, named as the interchange shape names the same fields. */
final class Requests {

  // A null among a list's entries is refused here, by its field, before anything reads it.

  private Requests() {}

  record NewRegion(String name) {}

  record NewPdu(String region, String name, List<String> aliases) {
    NewPdu {
      aliases = Require.entries("aliases", aliases);
    }
  }

  record NewAlias(String alias) {}

  record NewInspection(
      String pdu,
      String framework,
      LocalDate fieldworkStarted,
      Optional<YearMonth> published,
      Optional<String> leadInspector,
      Optional<Integer> casesInspected) {}

  record KeyQuestions(List<KeyQuestionDocument> keyQuestions) {
    KeyQuestions {
      keyQuestions = Require.entries("keyQuestions", keyQuestions);
    }
  }

  record Judgement(Rating rating) {}

  record NewRecommendation(AddresseeDocument addressee, String text) {}

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

  record NewPlan(String region, Optional<String> reviewId, LocalDate submitted) {}

  record Answer(String inspectionId, Integer recommendationNumber) {}

  record NewItem(
      List<Answer> answers, Response response, Optional<Reason> reason, String explanation) {
    NewItem {
      answers = Require.entries("answers", answers);
    }
  }

  record NewAction(
      String text, List<String> owners, Optional<YearMonth> target, Optional<ActionStatus> status) {
    NewAction {
      owners = Require.entries("owners", owners);
    }
  }

  record Progress(ActionStatus status, String note, String by, Optional<Long> expectedVersion) {}

  record Retarget(YearMonth target, String reason, String by) {}

  record FollowUp(FollowUpJudgement judgement, String note, Boolean close, String by) {}
}
