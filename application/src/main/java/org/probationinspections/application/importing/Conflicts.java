package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.domain.common.ConflictException;

/**
 * What an import does about a stored record newer than the document, for every kind of record
 * alike: whether the store is newer, and then, as {@link OnConflict} says, a refusal naming each
 * difference, a merge of the changes that do not touch, or a replacement that says what it
 * overwrote.
 */
final class Conflicts {

  private Conflicts() {}

  /**
   * Why the stored record ({@code noun}: plan, inspection, regional letter) is newer than the
   * document, if it is: an export names the version it was made from; a document without one is
   * older when the store holds something it lacks.
   */
  static Optional<String> newer(
      String noun, Optional<Long> documentVersion, long storedVersion, Differences differences) {
    if (documentVersion.isPresent()) {
      long made = documentVersion.get();
      return made < storedVersion
          ? Optional.of(
              "changed since the document was made (the document is of version "
                  + made
                  + ", the stored "
                  + noun
                  + " is at version "
                  + storedVersion
                  + ")")
          : Optional.empty();
    }
    return differences.storeHasMore()
        ? Optional.of("holds changes the document lacks")
        : Optional.empty();
  }

  /**
   * Refuses (throws), or says what the merge or the replacement does. {@code record} names it
   * ("action plan 12 of North West"), {@code why} is what {@link #newer} said, and {@code
   * overwritten} the stored values a replacement overwrites.
   */
  static List<String> resolve(
      String record,
      String noun,
      String why,
      Differences differences,
      List<String> overwritten,
      OnConflict onConflict) {
    return switch (onConflict) {
      case REFUSE ->
          throw new ConflictException(
              record
                  + " "
                  + why
                  + ". Stored against document: "
                  + String.join("; ", differences.all())
                  + ". Nothing was stored; import it again choosing merge (on conflict) to combine"
                  + " the changes that do not touch, or replace to overwrite the stored ones");
      case MERGE -> {
        if (!differences.touching().isEmpty()) {
          throw new ConflictException(
              record
                  + " "
                  + why
                  + ", and these changes touch, so they cannot be merged: "
                  + String.join("; ", differences.touching())
                  + ". Nothing was stored; import it again choosing replace (on conflict) to"
                  + " overwrite the stored ones");
        }
        List<String> lines = new ArrayList<>();
        lines.add("merged: the stored " + noun + " " + why);
        if (!differences.keptFromStore().isEmpty()) {
          lines.add("kept from the store: " + String.join("; ", differences.keptFromStore()));
        }
        if (!differences.takenFromDocument().isEmpty()) {
          lines.add(
              "taken from the document: " + String.join("; ", differences.takenFromDocument()));
        }
        yield lines;
      }
      case REPLACE ->
          List.of(
              "replaced: the stored "
                  + noun
                  + " "
                  + why
                  + "; the stored values overwritten: "
                  + (overwritten.isEmpty() ? "none" : String.join("; ", overwritten)));
    };
  }
}
