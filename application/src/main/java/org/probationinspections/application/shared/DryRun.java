package org.probationinspections.application.shared;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.probationinspections.application.port.out.UnitOfWork;

/**
 * A use case's transaction, rolled back when it is a dry run (an import, a recomputation): the
 * store then holds nothing of it, and the caller still learns what would have been stored.
 */
public final class DryRun {

  private DryRun() {}

  /** Runs {@code work} in one transaction, rolled back after it when {@code dryRun}. */
  public static <T> T inTransaction(UnitOfWork unitOfWork, boolean dryRun, Supplier<T> work) {
    try {
      return unitOfWork.inTransaction(
          () -> {
            T result = work.get();
            if (dryRun) {
              throw new Rollback(result);
            }
            return result;
          });
    } catch (Rollback rolledBack) {
      @SuppressWarnings("unchecked")
      T result = (T) rolledBack.result;
      return result;
    }
  }

  /**
   * Runs {@code work} in one transaction, rolled back after it when {@code dryRun}; each of its
   * results is then reported as a dry run reports it ({@code asDryRun}).
   */
  public static <T> List<T> each(
      UnitOfWork unitOfWork, boolean dryRun, Supplier<List<T>> work, UnaryOperator<T> asDryRun) {
    List<T> results = inTransaction(unitOfWork, dryRun, work);
    return dryRun ? results.stream().map(asDryRun).toList() : results;
  }

  /** Carries a dry run's result out of the transaction it rolls back. */
  private static final class Rollback extends RuntimeException {
    private final transient Object result;

    Rollback(Object result) {
      super("dry run", null, false, false);
      this.result = result;
    }
  }
}
