package org.probationinspections.application.port.in.interchange;

import java.util.Optional;

/**
 * Where an inspection's outcome was published, in the interchange shape: the source's address, the
 * publication date as precisely as known ({@code 2022-05-17}, {@code 2022-05}, {@code 2022}, or
 * absent) with what the source said besides ({@code publishedNote}), the number of recommendations
 * where stated, and whether the inspection is only this published summary ({@code summary}: its
 * ratings held as published, not a full report).
 */
public record PublishedRecordDocument(
    String source,
    Optional<String> published,
    Optional<String> publishedNote,
    Optional<Integer> recommendations,
    boolean summary) {

  public PublishedRecordDocument {
    source = org.probationinspections.domain.common.Require.text("publishedRecord.source", source);
    published = Interchange.orEmpty(published);
    publishedNote = Interchange.orEmpty(publishedNote);
    recommendations = Interchange.orEmpty(recommendations);
  }
}
