package org.probationinspections.cli.badfixture;

/**
 * Deliberately breaks the architecture rules (it is not in the domain, so the real rules do not see
 * it): the architecture tests check each rule against classes like this one to prove the rule can
 * fail.
 */
public final class BadDomainClass {

  /** Uses a framework and an adapter, as no domain class may. */
  public Object reachOut() {
    return new Object[] {
      io.javalin.Javalin.class, org.probationinspections.persistence.memory.InMemoryStore.class
    };
  }

  /** Builds use cases itself, as only the composition root may, from inside another feature. */
  public Object buildServices() {
    return new Object[] {
      org.probationinspections.application.inspection.InspectionServices.class,
      org.probationinspections.application.assembly.Core.class
    };
  }
}
