package org.probationinspections.persistence;

import org.junit.jupiter.api.Nested;

/**
 * What every persistence adapter promises the application, one contract a port (round trips of
 * every aggregate with every field, name lookups, orderings, optimistic locking, units of work),
 * each run here against the store that a subclass opens for its adapter.
 */
abstract class RepositoryContract {

  /** A new, empty store of the adapter under test. */
  protected abstract Store openStore() throws Exception;

  @Nested
  class Regions extends RegionRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class Pdus extends PduRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class Inspections extends InspectionRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class Reviews extends ReviewRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class ActionPlans extends ActionPlanRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class InspectionSummaries extends InspectionSummariesContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class ActionSummaries extends ActionSummariesContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class TextSearch extends TextSearchContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class ImportLedger extends ImportLedgerContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class UnitsOfWork extends UnitOfWorkContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class Users extends UserRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class ApiTokens extends ApiTokenRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class AuditLog extends AuditLogContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class Insight extends InsightRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }

  @Nested
  class Flags extends FlagRepositoryContract {
    @Override
    protected Store openStore() throws Exception {
      return RepositoryContract.this.openStore();
    }
  }
}
