package org.probationinspections.application.units;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.PduRepository.PduKey;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.units.port.in.ListPdusUseCase;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;

/** PDUs with their region's name. */
record ListPdusService(Directory directory, UnitOfWork unitOfWork) implements ListPdusUseCase {

  @Override
  public List<PduView> list(Optional<String> region) {
    Names names = new Names(directory);
    List<Pdu> pdus =
        region.isPresent()
            ? directory.pdus().findByRegion(directory.region(region.get()).id())
            : directory.pdus().findAll();
    return pdus.stream().map(pdu -> PduView.of(pdu, names.region(pdu.regionId()).name())).toList();
  }

  /**
   * The page's units (and one more, to know whether a page follows) read by the store's keys, by
   * name; only their regions are named.
   */
  @Override
  public CursorPage<PduView> page(Optional<String> region, CursorPage.Request page) {
    return unitOfWork.reading(
        () -> {
          Names names = new Names(directory);
          var regionId = region.map(name -> directory.region(name).id());
          Optional<PduKey> after = page.cursor().map(ListPdusService::key);
          List<Pdu> units = directory.pdus().page(regionId, after, page.limit() + 1);
          List<Pdu> shown = units.subList(0, Math.min(page.limit(), units.size()));
          Optional<String> next =
              units.size() > page.limit()
                  ? Optional.of(cursor(PduKey.of(shown.get(shown.size() - 1))))
                  : Optional.empty();
          return new CursorPage<>(
              shown.stream()
                  .map(pdu -> PduView.of(pdu, names.region(pdu.regionId()).name()))
                  .toList(),
              next);
        });
  }

  private static String cursor(PduKey key) {
    return CursorPage.encode(key.name(), key.id().value());
  }

  private static PduKey key(String cursor) {
    return CursorPage.decode(
        cursor, 2, fields -> new PduKey(fields.get(0), new PduId(fields.get(1))));
  }
}
