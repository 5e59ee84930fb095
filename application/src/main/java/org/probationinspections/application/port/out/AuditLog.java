package org.probationinspections.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.probationinspections.domain.common.Require;

/**
 * The audit trail: who changed which record when, and its values before and after. The core hands
 * it each change as typed values (the record's states, or its interchange documents) and the store
 * keeps them in its own format; an entry is written in the unit of work of its change, so a change
 * rolled back leaves none. Entries of the records that have an interchange document (inspections,
 * reviews, action plans) also keep the document's change: the whole document when the record is
 * created, the top-level fields that changed otherwise; replayed in order, they give back each
 * record as it stood at any instant ({@link #replay}).
 */
public interface AuditLog {

  /**
   * Writes the entry of one change: "created" when there is no state before, "removed" when there
   * is none after, else "changed" with the values that differ. A change that changes nothing leaves
   * no entry.
   */
  void record(Change change);

  /**
   * The sequence of the last entry written, 0 when there is none: it moves with every audited
   * change, so a reader can tell in one look-up whether anything changed since it last read.
   */
  long lastSequence();

  /** Entries in the order they were written, after {@code afterSequence}, at most {@code limit}. */
  List<Entry> find(Query query);

  /**
   * The records of the given types as they stood before {@code until}, replayed from the entries
   * written before it in the order they were written.
   */
  Replayed replay(Set<String> recordTypes, Instant until);

  /**
   * The named records only ({@code recordType → record ids}) as they stood before {@code until}:
   * what a view of one record of the past needs, read through the trail's index by record rather
   * than the whole trail.
   */
  Replayed replay(Map<String, Set<String>> records, Instant until);

  /**
   * How many records of the given types had been created by {@code until}: what a replay of those
   * types would hold, known before it is made. The cut at the instant may be a second out either
   * way where a store compares instants as text.
   */
  long createdBefore(Set<String> recordTypes, Instant until);

  /** How a change's states are kept. */
  enum Kept {
    /** The record's own fields; secrets are never kept and its version counter is left out. */
    FIELDS,
    /** An interchange document, whole; the entries kept this way are the ones a replay applies. */
    DOCUMENT
  }

  /**
   * One change of a record: its state before (none when it is created) and after (none when it is
   * removed), as the domain object or the interchange document itself.
   */
  record Change(
      Instant at,
      String actor,
      String recordType,
      String recordId,
      Optional<?> before,
      Optional<?> after,
      Kept kept) {
    public Change {
      Require.present("at", at);
      actor = Require.text("actor", actor);
      recordType = Require.text("recordType", recordType);
      recordId = Require.text("recordId", recordId);
      Require.present("before", before);
      Require.present("after", after);
      Require.present("kept", kept);
      if (before.isEmpty() && after.isEmpty()) {
        throw new IllegalArgumentException("a change has a state before or after");
      }
    }

    /** What the change is called in the trail. */
    public String kind() {
      return before.isEmpty() ? "created" : after.isEmpty() ? "removed" : "changed";
    }
  }

  /**
   * An entry as the trail shows it to people: its values before and after as the store keeps them
   * (JSON), to be displayed, not read.
   */
  record Entry(
      long sequence,
      Instant at,
      String actor,
      String recordType,
      String recordId,
      String change,
      Optional<String> before,
      Optional<String> after) {
    public Entry {
      Require.present("at", at);
      actor = Require.text("actor", actor);
      recordType = Require.text("recordType", recordType);
      recordId = Require.text("recordId", recordId);
      change = Require.text("change", change);
      Require.present("before", before);
      Require.present("after", after);
    }
  }

  /** The records as a replay of the trail up to an instant left them. */
  interface Replayed {

    /** Whether the record's "created" entry was written before the instant. */
    boolean wasCreated(String recordType, String recordId);

    /**
     * The documents of the records of one type as they then stood, by record id in the order the
     * records were created, each read as {@code type}; a record whose document cannot be read as
     * one is left out and handed to {@code unreadable} with the reason.
     */
    <T> Map<String, T> documents(
        String recordType, Class<T> type, BiConsumer<String, String> unreadable);

    /**
     * The ids of the records of one type the trail cannot rebuild: their history starts with an
     * entry that holds no document (written before documents were kept).
     */
    Set<String> withoutDocuments(String recordType);
  }

  record Query(
      Optional<String> recordType, Optional<String> recordId, long afterSequence, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public Query {
      Require.present("recordType", recordType);
      Require.present("recordId", recordId);
      Require.between("limit", limit, 1, MAX_LIMIT);
    }

    public static Query all() {
      return new Query(Optional.empty(), Optional.empty(), 0, MAX_LIMIT);
    }

    public static Query of(String recordType, String recordId) {
      return new Query(Optional.of(recordType), Optional.of(recordId), 0, MAX_LIMIT);
    }
  }
}
