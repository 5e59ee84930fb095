package org.probationinspections.domain.account;

import java.util.Set;
import org.probationinspections.domain.common.NotPermittedException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.RegionId;

/**
 * Who is acting: a signed-in user, the command line run on the server itself, or an anonymous
 * reader. Its name is what the audit trail records.
 */
public record Actor(String name, Role role, Set<RegionId> regions, Kind kind) {

  public enum Kind {
    USER,
    SYSTEM,
    ANONYMOUS
  }

  public Actor {
    name = Require.text("actor.name", name);
    Require.present("actor.role", role);
    regions = Set.copyOf(Require.present("actor.regions", regions));
    Require.present("actor.kind", kind);
  }

  public static Actor user(String name, Role role, Set<RegionId> regions) {
    return new Actor(name, role, regions, Kind.USER);
  }

  /** Someone with access to the server's own database (the command line): may do anything. */
  public static Actor system(String name) {
    return new Actor(name, Role.ADMIN, Set.of(), Kind.SYSTEM);
  }

  /** Someone not signed in, where the setting lets them read published data. */
  public static Actor anonymous() {
    return new Actor("anonymous", Role.READER, Set.of(), Kind.ANONYMOUS);
  }

  public boolean may(Permission permission) {
    if (kind == Kind.ANONYMOUS) {
      return permission == Permission.READ;
    }
    return role.grants(permission);
  }

  /** A provider changes only its own regions' plans; other roles are not region-scoped. */
  public boolean mayChangePlanOf(RegionId region) {
    return may(Permission.EDIT_PLANS) && (!role.isRegionScoped() || regions.contains(region));
  }

  public void require(Permission permission) {
    if (!may(permission)) {
      throw new NotPermittedException(name + " (" + role + ") may not " + words(permission));
    }
  }

  public void requirePlanOf(RegionId region) {
    require(Permission.EDIT_PLANS);
    if (!mayChangePlanOf(region)) {
      throw new NotPermittedException(
          name + " may change the action plans of its own regions only, not of region " + region);
    }
  }

  private static String words(Permission permission) {
    return permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
