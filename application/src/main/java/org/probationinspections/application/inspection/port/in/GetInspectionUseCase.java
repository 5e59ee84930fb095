package org.probationinspections.application.inspection.port.in;

import java.util.Objects;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * One inspection in the interchange shape, with what the rules compute and flag.
 *
 * <p>The document changes only when the inspection is saved, which moves its version: its PDU's and
 * region's names are fixed once registered, and the rating frameworks are fixed while the process
 * runs. A reader that kept a document may therefore ask for the {@linkplain #version version} alone
 * and reuse what it kept while the version is the same.
 */
public interface GetInspectionUseCase {

  InspectionDocument get(InspectionId id);

  /** The document with the version it was read at, in one read. */
  Versioned getVersioned(InspectionId id);

  /**
   * Whether the document's overall rating was computed by overall bands the inspectorate has not
   * published (marked assumed in its framework's file); never for a published summary, whose rating
   * is as published.
   */
  boolean overallAssumed(InspectionDocument document);

  /** The inspection's version, without building its document; empty when there is none. */
  Optional<Long> version(InspectionId id);

  /** A document and the version of the inspection it was built from. */
  record Versioned(InspectionDocument document, long version) {
    public Versioned {
      Objects.requireNonNull(document, "document");
    }
  }
}
