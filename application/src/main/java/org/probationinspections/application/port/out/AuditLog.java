package org.probationinspections.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.probationinspections.domain.common.Require;

/**
 * The audit trail: who changed which record when, and its values before and after (JSON). An entry
 * is written in the unit of work of its change, so a change rolled back leaves none. Entries of the
 * records that have an interchange document (inspections, reviews, action plans) also carry the
 * document's change: the whole document when the record is created, the top-level fields that
 * changed otherwise; replayed in order, they rebuild each record as it stood at any instant.
 */
public interface AuditLog {

  /** Appends an entry; the store numbers it (its {@code sequence} is ignored). */
  void record(Entry entry);

  /** Entries in the order they were written, after {@code afterSequence}, at most {@code limit}. */
  List<Entry> find(Query query);

  /**
   * Hands every entry of the given record types written before {@code until} to {@code each}, in
   * the order they were written, without holding them all at once.
   */
  void replay(Set<String> recordTypes, Instant until, Consumer<Entry> each);

  record Entry(
      long sequence,
      Instant at,
      String actor,
      String recordType,
      String recordId,
      String change,
      Optional<String> before,
      Optional<String> after,
      Optional<String> document) {
    public Entry {
      Require.present("at", at);
      actor = Require.text("actor", actor);
      recordType = Require.text("recordType", recordType);
      recordId = Require.text("recordId", recordId);
      change = Require.text("change", change);
      Require.present("before", before);
      Require.present("after", after);
      Require.present("document", document);
    }

    /** An entry of a record that has no interchange document. */
    public Entry(
        long sequence,
        Instant at,
        String actor,
        String recordType,
        String recordId,
        String change,
        Optional<String> before,
        Optional<String> after) {
      this(sequence, at, actor, recordType, recordId, change, before, after, Optional.empty());
    }

    /** This entry numbered by the store. */
    public Entry numbered(long number) {
      return new Entry(number, at, actor, recordType, recordId, change, before, after, document);
    }
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
