package org.probationinspections.persistence.jdbc.unit;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.domain.unit.UnitName;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Rows;
import org.probationinspections.persistence.jdbc.Scope;

/**
 * PDUs in {@code pdus}, their names and aliases in {@code pdu_names} with the comparison keys of
 * {@link UnitName}, so that a name as a document writes it is found by an indexed lookup.
 */
public final class JdbcPdus extends JdbcStore implements PduRepository {

  private static final Scope BY_ID = Scope.where("WHERE p.id = :key");
  private static final Scope BY_REGION = Scope.where("WHERE p.region_id = :key");

  public JdbcPdus(JdbcTransactions transactions) {
    super(transactions);
  }

  /** Kept by the transaction that reads it (see {@link JdbcTransactions#kept}). */
  @Override
  public Optional<Pdu> findById(PduId id) {
    return transactions.kept(id, () -> load(BY_ID, id.value()).stream().findFirst());
  }

  /** What a transaction keeps of a look-up by name: its comparison keys, found or not. */
  private record Named(String key, String orderFreeKey) {}

  /** Kept by the transaction that looks it up, even when nothing is found. */
  @Override
  public Optional<Pdu> findByName(String name) {
    String key = UnitName.key(name);
    String orderFreeKey = UnitName.orderFreeKey(name);
    return transactions.kept(
        new Named(key, orderFreeKey),
        () ->
            transactions.read(
                handle ->
                    handle
                        .createQuery(
                            "SELECT n.pdu_id FROM pdu_names n JOIN pdus p ON p.id = n.pdu_id"
                                + " WHERE n.name_key = :key OR n.order_free_key = :orderFreeKey"
                                + " ORDER BY p.name, p.id")
                        .bind("key", key)
                        .bind("orderFreeKey", orderFreeKey)
                        .mapTo(String.class)
                        .findFirst()
                        .flatMap(id -> findById(new PduId(id)))));
  }

  @Override
  public List<Pdu> findAll() {
    return load(Scope.ALL, "");
  }

  @Override
  public List<Pdu> findByRegion(RegionId region) {
    return load(BY_REGION, region.value());
  }

  @Override
  public List<Pdu> page(Optional<RegionId> region, Optional<PduKey> after, int limit) {
    String condition =
        "1 = 1"
            + (region.isPresent() ? " AND region_id = :region" : "")
            + (after.isPresent()
                ? " AND (name > :afterName OR (name = :afterName AND id > :afterId))"
                : "");
    return load(
        Scope.page(
            "pdus",
            "pdu_id",
            condition,
            "name, id",
            query -> {
              query.bind("limit", limit);
              region.ifPresent(r -> query.bind("region", r.value()));
              after.ifPresent(
                  a -> query.bind("afterName", a.name()).bind("afterId", a.id().value()));
            }),
        "");
  }

  @Override
  public Map<RegionId, Integer> countByRegion() {
    return transactions.read(
        handle -> {
          Map<RegionId, Integer> counts = new HashMap<>();
          handle
              .createQuery(
                  "SELECT region_id, COUNT(*) AS n FROM pdus WHERE level = 'PDU'"
                      + " GROUP BY region_id")
              .map((row, context) -> Map.entry(row.getString("region_id"), row.getInt("n")))
              .forEach(entry -> counts.put(new RegionId(entry.getKey()), entry.getValue()));
          return counts;
        });
  }

  @Override
  public void save(Pdu pdu) {
    write(pdu, true);
  }

  @Override
  public void add(Pdu pdu) {
    write(pdu, false);
  }

  /** Saves the PDU, replacing a stored one with its id, or adds it, refusing a taken id. */
  private void write(Pdu pdu, boolean replace) {
    transactions.write(
        handle -> {
          pdu.refuseNamesTaken(this::findByName);
          if (replace) {
            // One statement for a new PDU and a stored one alike.
            insert(
                handle,
                pdu,
                "DO UPDATE SET region_id = excluded.region_id, name = excluded.name,"
                    + " level = excluded.level");
            handle
                .createUpdate("DELETE FROM pdu_names WHERE pdu_id = :id")
                .bind("id", pdu.id().value())
                .execute();
          } else if (insert(handle, pdu, "DO NOTHING") == 0) {
            // A failed statement would abort a PostgreSQL transaction: a taken id inserts nothing.
            throw new ConflictException("a PDU with id " + pdu.id().value() + " already exists");
          }
          insertNames(handle, pdu);
          kept(pdu);
          return null;
        });
  }

  /** What the transaction kept of PDUs before a write is forgotten, but for the PDU written. */
  private void kept(Pdu written) {
    transactions.forget(PduId.class);
    transactions.forget(Named.class);
    transactions.keep(written.id(), written);
  }

  /** Inserts the PDU's row; {@code onConflict} says what a stored row with its id gets instead. */
  private static int insert(Handle handle, Pdu pdu, String onConflict) {
    return handle
        .createUpdate(
            "INSERT INTO pdus (id, region_id, name, level) VALUES (:id, :region, :name, :level)"
                + " ON CONFLICT (id) "
                + onConflict)
        .bind("id", pdu.id().value())
        .bind("region", pdu.regionId().value())
        .bind("name", pdu.name())
        .bind("level", pdu.level().name())
        .execute();
  }

  private static void insertNames(Handle handle, Pdu pdu) {
    Rows.insertInOrder(
        handle,
        "INSERT INTO pdu_names (pdu_id, position, name, name_key, order_free_key)"
            + " VALUES (:id, :position, :name, :key, :orderFreeKey)",
        pdu.id().value(),
        pdu.allNames(),
        (name, row) ->
            row.bind("name", name)
                .bind("key", UnitName.key(name))
                .bind("orderFreeKey", UnitName.orderFreeKey(name)));
  }

  /** The PDUs in scope with their aliases, in one statement (one round trip on PostgreSQL). */
  private List<Pdu> load(Scope scope, String key) {
    return transactions.read(
        handle ->
            Rows.scanned(
                scope
                    .in(handle, key)
                    .query(
                        "SELECT p.id, p.region_id, p.name, p.level, n.name AS alias FROM pdus p"
                            + " LEFT JOIN pdu_names n ON n.pdu_id = p.id AND n.position > 0"
                            + " <where> ORDER BY p.name, p.id, n.position"),
                (supplier, context) -> {
                  List<Pdu> pdus = new ArrayList<>();
                  ResultSet row = supplier.get();
                  boolean more = row.next();
                  while (more) {
                    String id = row.getString("id");
                    String region = row.getString("region_id");
                    String name = row.getString("name");
                    UnitLevel level = UnitLevel.valueOf(row.getString("level"));
                    List<String> aliases = new ArrayList<>();
                    do {
                      Rows.optionalText(row, "alias").ifPresent(aliases::add);
                      more = row.next();
                    } while (more && row.getString("id").equals(id));
                    pdus.add(new Pdu(new PduId(id), new RegionId(region), name, aliases, level));
                  }
                  return pdus;
                }));
  }
}
