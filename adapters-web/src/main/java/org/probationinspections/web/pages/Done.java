package org.probationinspections.web.pages;

import io.javalin.http.Context;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.plan.ActionStatus;

/** What a form that succeeded did, in words, for the banner of the page its redirect leads to. */
final class Done {

  private Done() {}

  static String message(Context ctx, Form form) {
    return switch (ctx.endpointHandlerPath()) {
      case "/regions" -> "Region " + form.value("name").strip() + " added";
      case "/pdus" -> "PDU " + form.value("name").strip() + " added";
      case "/pdus/{id}/inspections" -> "Inspection recorded";
      case "/inspections/{id}/key-questions" ->
          "Key questions of standard " + form.value("standard") + " recorded";
      case "/inspections/{id}/judgement" ->
          "Standard " + form.value("standard") + " judged " + words(form.value("rating"));
      case "/inspections/{id}/recommendations" -> "Recommendation added";
      case "/inspections/{id}/recommendations/{n}/themes" ->
          "Themes of recommendation " + ctx.pathParam("n") + " saved";
      case "/regions/{id}/reviews" -> "Regional letter of " + form.value("date") + " published";
      case "/regions/{id}/action-plans" -> "Action plan drafted";
      case "/action-plans/{id}/items" -> "Item added to the plan";
      case "/action-plans/{id}/actions" -> "Action added to item " + form.value("item");
      case "/action-plans/{id}/targets" ->
          "Target of action " + form.value("action") + " moved to " + form.value("target");
      case "/action-plans/{id}/items/{n}/follow-up" ->
          "Judgement recorded for item " + ctx.pathParam("n");
      case "/action-plans/{id}/items/{n}/actions/{k}/status" ->
          "Action "
              + ctx.pathParam("n")
              + "."
              + ctx.pathParam("k")
              + " updated: "
              + words(form.value("status"));
      case "/reviews/{id}/suggestions" ->
          "Group "
              + form.value("rank")
              + ("ACCEPTED".equals(form.value("verdict")) ? " accepted" : " rejected");
      default -> "Your change has been saved";
    };
  }

  /** A rating's or a status's constant in the words the pages show. */
  private static String words(String constant) {
    for (Rating r : Rating.values()) {
      if (r.name().equals(constant)) {
        return r.label();
      }
    }
    for (ActionStatus s : ActionStatus.values()) {
      if (s.name().equals(constant)) {
        return Labels.status(s);
      }
    }
    return ErrorWords.words(constant);
  }
}
