package org.probationinspections.domain.inspection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.OptionalInt;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * Where an inspection's outcome was published: the source's address, the date as precisely as it is
 * known, and the number of recommendations where the source stated it. While {@code summaryOnly},
 * the inspection holds nothing but what the source said (the overall rating, some standard ratings,
 * a score): it is a published outcome, not a full inspection, and its figures are held as
 * published. The import of the full report of the same inspection completes it.
 */
public record PublishedRecord(
    String source, PublicationDate date, OptionalInt recommendations, boolean summaryOnly) {

  public PublishedRecord {
    source = Require.text("source", source);
    checkAddress(source);
    Require.present("published", date);
    Require.present("recommendations", recommendations);
    if (recommendations.isPresent() && recommendations.getAsInt() < 0) {
      throw new InvalidValueException(
          "recommendations", "must be 0 or more, was " + recommendations.getAsInt());
    }
  }

  private static void checkAddress(String source) {
    try {
      URI address = new URI(source);
      String scheme = address.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || address.getHost() == null) {
        throw new InvalidValueException(
            "source", "'" + source + "' is not a web address (expected https://…)");
      }
    } catch (URISyntaxException notAnAddress) {
      throw new InvalidValueException(
          "source", "'" + source + "' is not a web address: " + notAnAddress.getReason());
    }
  }

  /** The same record once the full report is held: no longer a summary. */
  public PublishedRecord completed() {
    return new PublishedRecord(source, date, recommendations, false);
  }
}
