package org.probationinspections.application.history.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.domain.common.Require;

/** The audit trail, all of it or one record's, in the order it was written. */
public interface ListAuditTrailUseCase {

  /**
   * The entries as the trail shows them: {@code before} and {@code after} hold the fields that
   * changed.
   */
  List<AuditLog.Entry> list(Query query);

  record Query(Optional<String> recordType, Optional<String> recordId, long after, int limit) {
    public Query {
      Require.present("recordType", recordType);
      Require.present("recordId", recordId);
      Require.between("limit", limit, 1, 10_000);
    }

    public static Query of(String recordType, String recordId) {
      return new Query(Optional.of(recordType), Optional.of(recordId), 0, 10_000);
    }
  }
}
