package org.probationinspections.application.importing;

import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of document the importers read, recognised by markers that survive extraction. */
public enum DocumentKind {
  PDU_REPORT,
  REGIONAL_LETTER,
  ACTION_PLAN;

  private static final Pattern REPORT_TITLE =
      Pattern.compile("An inspection of probation services in", Pattern.CASE_INSENSITIVE);
  private static final Pattern RATINGS = Pattern.compile("(?m)^\\s*Ratings\\s*$");
  private static final Pattern SCORE = Pattern.compile("Score\\s*\\t?\\s*\\d+\\s*/\\s*\\d+");
  private static final Pattern LETTER_ANNEXE =
      Pattern.compile("Annexe one\\s*[–—-]\\s*Recommendations", Pattern.CASE_INSENSITIVE);
  private static final Pattern OBSERVATIONS =
      Pattern.compile("Regional observations", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAN =
      Pattern.compile("Action Plan Submitted|ACTION PLAN:", Pattern.CASE_INSENSITIVE);
  private static final Pattern REC_NO = Pattern.compile("Rec No", Pattern.CASE_INSENSITIVE);

  /** The kind of {@code text}, or empty when it is no document the importers know. */
  public static Optional<DocumentKind> detect(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (PLAN.matcher(text).find() && REC_NO.matcher(text).find()) {
      return Optional.of(ACTION_PLAN);
    }
    if (LETTER_ANNEXE.matcher(text).find() && OBSERVATIONS.matcher(text).find()) {
      return Optional.of(REGIONAL_LETTER);
    }
    if (REPORT_TITLE.matcher(text).find()
        && RATINGS.matcher(text).find()
        && SCORE.matcher(text).find()) {
      return Optional.of(PDU_REPORT);
    }
    return Optional.empty();
  }
}
