package org.probationinspections.domain.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's role. A provider is also scoped to one or more regions: it edits only the plans of
 * those regions (see {@link Actor#mayChangePlanOf}).
 */
public enum Role {
  ADMIN(EnumSet.allOf(Permission.class)),
  INSPECTOR(
      EnumSet.of(
          Permission.READ,
          Permission.EDIT_INSPECTIONS,
          Permission.JUDGE_FOLLOW_UP,
          Permission.READ_AUDIT)),
  PROVIDER(EnumSet.of(Permission.READ, Permission.EDIT_PLANS, Permission.READ_AUDIT)),
  READER(EnumSet.of(Permission.READ, Permission.READ_AUDIT));

  private final Set<Permission> grants;

  Role(Set<Permission> grants) {
    this.grants = Set.copyOf(grants);
  }

  public boolean grants(Permission permission) {
    return grants.contains(permission);
  }

  /** Only providers are scoped to regions. */
  public boolean isRegionScoped() {
    return this == PROVIDER;
  }
}
