package org.probationinspections.application.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The answers of a read that aggregates the whole country (the charts' counts, the heatmaps), kept
 * until the records change: each is kept with the audit trail's last sequence when it was computed,
 * and given again while no audited change has been written since (one look-up of the trail's last
 * entry). Every write to a record is audited, so an answer is never older than the records; on
 * several servers each keeps its own answers against the one trail. At most {@code capacity}
 * questions are kept, the one asked least recently forgotten first.
 */
public final class Remembered<Q, R> {

  private record Kept<R>(long stamp, R answer) {}

  private final LongSupplier stamp;
  private final Map<Q, Kept<R>> kept;

  public Remembered(LongSupplier stamp, int capacity) {
    this.stamp = stamp;
    this.kept =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Q, Kept<R>> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The answer to {@code question} as the records now stand: the one kept, if nothing changed since
   * it was computed, else {@code compute}'s (kept for next time). The trail is read before
   * computing, so an answer kept is at least as new as its stamp.
   */
  public R answer(Q question, Supplier<R> compute) {
    long now = stamp.getAsLong();
    synchronized (kept) {
      Kept<R> found = kept.get(question);
      if (found != null && found.stamp() == now) {
        return found.answer();
      }
    }
    R answer = compute.get();
    synchronized (kept) {
      kept.put(question, new Kept<>(now, answer));
    }
    return answer;
  }
}
