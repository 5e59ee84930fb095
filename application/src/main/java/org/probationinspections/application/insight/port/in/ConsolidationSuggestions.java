package org.probationinspections.application.insight.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;

/** Groups of a regional review's recommendations that say the same thing, most alike first. */
public record ConsolidationSuggestions(
    String reviewId, String region, LocalDate reviewDate, int recommendations, List<Group> groups) {

  /** One suggested group, with the words its members share and any decision taken on it. */
  public record Group(
      int rank,
      String key,
      double similarity,
      List<String> sharedWords,
      List<Member> members,
      Optional<Decision> decision) {}

  public record Member(
      String inspectionId, String pdu, int number, AddresseeDocument addressee, String text) {}

  public record Decision(String verdict, String by, String note, String at) {}
}
