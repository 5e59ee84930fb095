package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.domain.unit.UnitName;

/**
 * Finds the region and PDU a document names, registering them when they are new, and says so in the
 * remarks so that a person can check the new names.
 */
record UnitRegistrar(Directory directory) {

  /**
   * Where the registration of a new unit is noted: in {@code remarks}, unless the document has an
   * id, when it was exported by this product and carries its own notes already.
   */
  static List<String> registrationNotes(Optional<String> documentId, List<String> remarks) {
    return documentId.isPresent() ? new ArrayList<>() : remarks;
  }

  /**
   * The PDU found under another order of the same words ("Gateshead and South Tyneside" for "South
   * Tyneside and Gateshead") keeps the order the document printed as an alias, and the remarks say
   * so, for a person to check that it is the same unit; a name found as printed changes nothing.
   */
  private Pdu withVariant(Pdu pdu, String printed, List<String> remarks) {
    String key = UnitName.key(printed);
    if (pdu.allNames().stream().anyMatch(known -> UnitName.key(known).equals(key))) {
      return pdu;
    }
    List<String> aliases = new ArrayList<>(pdu.aliases());
    aliases.add(printed);
    Pdu joined = new Pdu(pdu.id(), pdu.regionId(), pdu.name(), aliases);
    directory.pdus().save(joined);
    remarks.add(
        "'"
            + printed
            + "' read as the PDU "
            + pdu.name()
            + ": the same words in another order, kept as an alias of it (check that it is the"
            + " same unit)");
    return joined;
  }

  Region region(String name, List<String> remarks) {
    return directory
        .regions()
        .findByName(name)
        .orElseGet(
            () -> {
              Region region = new Region(RegionId.newId(), name);
              directory.regions().add(region);
              remarks.add("new region registered: " + name);
              return region;
            });
  }

  /** A PDU found by name or registered, and whether it was registered just now. */
  record FoundPdu(Pdu pdu, boolean registered) {}

  Pdu pdu(String name, Optional<String> regionName, List<String> remarks) {
    return findOrRegister(name, regionName, remarks).pdu();
  }

  /** The region in which the national service's own unit is registered when none is named. */
  static final String NATIONAL_REGION = "England and Wales";

  /**
   * The unit a document of a framework of {@code level} is of: a PDU found by name or registered,
   * or a region's own unit (the national service's) found in its region or registered there. A
   * region's unit is named after it ("North West region"); the national service's as the document
   * names it, in the region the document names, or {@value #NATIONAL_REGION}.
   */
  FoundPdu findOrRegister(
      UnitLevel level, String name, Optional<String> regionName, List<String> remarks) {
    if (level == UnitLevel.PDU) {
      return findOrRegister(name, regionName, remarks);
    }
    String regionNamed =
        level == UnitLevel.REGION ? regionName.orElse(name) : regionName.orElse(NATIONAL_REGION);
    Region region = region(regionNamed, remarks);
    Optional<Pdu> known =
        directory.pdus().findByRegion(region.id()).stream()
            .filter(unit -> unit.level() == level)
            .findFirst();
    if (known.isPresent()) {
      return new FoundPdu(known.get(), false);
    }
    String unitName = level == UnitLevel.REGION ? region.name() + " region" : name;
    Pdu unit = new Pdu(PduId.newId(), region.id(), unitName, List.of(), level);
    directory.pdus().add(unit);
    remarks.add("new " + level.words() + " registered: " + unitName + " in " + region.name());
    return new FoundPdu(unit, true);
  }

  FoundPdu findOrRegister(String name, Optional<String> regionName, List<String> remarks) {
    Optional<Pdu> known = directory.pdus().findByName(name);
    if (known.isPresent()) {
      return new FoundPdu(withVariant(known.get(), name, remarks), false);
    }
    if (regionName.isEmpty()) {
      throw new InvalidValueException(
          "pdu",
          "PDU '" + name + "' is unknown and the document names no region to register it in");
    }
    Region region = region(regionName.get(), remarks);
    Pdu pdu = new Pdu(PduId.newId(), region.id(), name, List.of());
    directory.pdus().add(pdu);
    remarks.add("new PDU registered: " + name + " in " + region.name());
    return new FoundPdu(pdu, true);
  }
}
