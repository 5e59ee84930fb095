package org.probationinspections.domain.unit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.probationinspections.domain.common.Require;

/**
 * A Probation Delivery Unit: one canonical name and any number of aliases, because documents write
 * the same unit differently ("Blackburn" and "Blackburn with Darwen").
 */
public record Pdu(PduId id, RegionId regionId, String name, List<String> aliases) {

  public Pdu {
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

  public Pdu withAlias(String alias) {
    if (isNamed(alias)) {
      return this;
    }
    List<String> more = new ArrayList<>(aliases);
    more.add(alias);
    return new Pdu(id, regionId, name, more);
  }
}
