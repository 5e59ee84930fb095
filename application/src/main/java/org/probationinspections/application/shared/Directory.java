package org.probationinspections.application.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Finds regions, PDUs and frameworks by what a person or a document calls them. */
public final class Directory {

  public static final String NATIONAL_SERVICE = "HM Prison and Probation Service";

  private final RegionRepository regions;
  private final PduRepository pdus;
  private final FrameworkCatalog frameworks;

  /** The directory of the ports' regions, PDUs and frameworks. */
  public static Directory of(Ports ports) {
    return new Directory(ports.regions(), ports.pdus(), ports.frameworks());
  }

  public Directory(RegionRepository regions, PduRepository pdus, FrameworkCatalog frameworks) {
    this.regions = regions;
    this.pdus = pdus;
    this.frameworks = frameworks;
  }

  /** A region by id or by name. */
  public Optional<Region> findRegion(String idOrName) {
    return regions.findById(new RegionId(idOrName)).or(() -> regions.findByName(idOrName));
  }

  public Region region(String idOrName) {
    return findRegion(idOrName).orElseThrow(() -> new NotFoundException("Region", idOrName));
  }

  public Region region(RegionId id) {
    return regions.findById(id).orElseThrow(() -> new NotFoundException("Region", id.value()));
  }

  /** The records of the region named (by id or name), or every record when none is named. */
  public <T> List<T> inRegionOrAll(
      Optional<String> region, Function<RegionId, List<T>> byRegion, Supplier<List<T>> all) {
    return region.isPresent() ? byRegion.apply(region(region.get()).id()) : all.get();
  }

  /** A PDU by id, name or alias. */
  public Optional<Pdu> findPdu(String idOrName) {
    return pdus.findById(new PduId(idOrName)).or(() -> pdus.findByName(idOrName));
  }

  public Pdu pdu(String idOrName) {
    return findPdu(idOrName).orElseThrow(() -> new NotFoundException("PDU", idOrName));
  }

  public Pdu pdu(PduId id) {
    return pdus.findById(id).orElseThrow(() -> new NotFoundException("PDU", id.value()));
  }

  public Framework framework(FrameworkId id) {
    return frameworks.find(id).orElseThrow(() -> new NotFoundException("Framework", id.value()));
  }

  /**
   * The framework named, or else the one chosen by the start of fieldwork ({@link
   * FrameworkChoice}).
   */
  public Framework framework(FrameworkId named, LocalDate fieldworkStarted) {
    return framework(named != null ? named : FrameworkChoice.forFieldwork(fieldworkStarted));
  }

  /** The name of a recommendation's addressee at a level, seen from a PDU. */
  public String defaultAddressee(PduId pduId, AddresseeLevel level) {
    Pdu pdu = pdu(pduId);
    return switch (level) {
      case PDU -> pdu.name();
      case REGION -> region(pdu.regionId()).name();
      case NATIONAL -> NATIONAL_SERVICE;
    };
  }

  public RegionRepository regions() {
    return regions;
  }

  public PduRepository pdus() {
    return pdus;
  }
}
