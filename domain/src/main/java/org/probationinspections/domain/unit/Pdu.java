package org.probationinspections.domain.unit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.Require;

/**
 * An inspected unit: a Probation Delivery Unit (or, at {@link UnitLevel#REGION} and {@link
 * UnitLevel#NATIONAL}, a region's probation service or the national service, inspected in their own
 * right), with one canonical name and any number of aliases, because documents write the same unit
 * differently ("Blackburn" and "Blackburn with Darwen").
 */
public record Pdu(PduId id, RegionId regionId, String name, List<String> aliases, UnitLevel level) {

  /** A Probation Delivery Unit. */
  public Pdu(PduId id, RegionId regionId, String name, List<String> aliases) {
    this(id, regionId, name, aliases, UnitLevel.PDU);
  }

  public Pdu {
    Require.present("pdu.level", level);
    Require.present("pdu.id", id);
    Require.present("pdu.regionId", regionId);
    name = Require.text("pdu.name", name);
    Set<String> distinct = new LinkedHashSet<>();
    for (String alias : Require.present("pdu.aliases", aliases)) {
      String cleaned = Require.text("pdu.aliases", alias);
      if (!UnitName.key(cleaned).equals(UnitName.key(name))) {
        distinct.add(cleaned);
      }
    }
    aliases = List.copyOf(distinct);
  }

  /** True when {@code candidate} is this unit's name or an alias, as documents vary it. */
  public boolean isNamed(String candidate) {
    String key = UnitName.key(candidate);
    String orderFree = UnitName.orderFreeKey(candidate);
    return allNames().stream()
        .anyMatch(
            known ->
                UnitName.key(known).equals(key) || UnitName.orderFreeKey(known).equals(orderFree));
  }

  public List<String> allNames() {
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(aliases);
    return names;
  }

  /**
   * Refuses this PDU when one of its names belongs to another PDU as {@code findByName} finds it (a
   * store's look-up, which compares names as {@link #isNamed} does): a name names one unit.
   */
  public void refuseNamesTaken(Function<String, Optional<Pdu>> findByName) {
    for (String candidate : allNames()) {
      findByName
          .apply(candidate)
          .filter(other -> !other.id().equals(id))
          .ifPresent(
              other -> {
                throw new ConflictException(
                    "the name " + candidate + " already belongs to PDU " + other.name());
              });
    }
  }

  public Pdu withAlias(String alias) {
    if (isNamed(alias)) {
      return this;
    }
    List<String> more = new ArrayList<>(aliases);
    more.add(alias);
    return new Pdu(id, regionId, name, more, level);
  }
}
