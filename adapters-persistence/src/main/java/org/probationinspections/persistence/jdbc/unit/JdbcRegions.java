package org.probationinspections.persistence.jdbc.unit;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitName;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/** Regions in the {@code regions} table; the name key makes names unique as documents vary. */
public final class JdbcRegions extends JdbcStore implements RegionRepository {

  private static final RowMapper<Region> REGION =
      (row, context) -> new Region(new RegionId(row.getString("id")), row.getString("name"));

  public JdbcRegions(JdbcTransactions transactions) {
    super(transactions);
  }

  /** Kept by the transaction that reads it (see {@link JdbcTransactions#kept}). */
  @Override
  public Optional<Region> findById(RegionId id) {
    return transactions.kept(
        id,
        () ->
            transactions.read(
                handle ->
                    handle
                        .createQuery("SELECT id, name FROM regions WHERE id = :id")
                        .bind("id", id.value())
                        .map(REGION)
                        .findOne()));
  }

  @Override
  public Optional<Region> findByName(String name) {
    Optional<Region> found =
        transactions.read(
            handle ->
                handle
                    .createQuery("SELECT id, name FROM regions WHERE name_key = :key")
                    .bind("key", UnitName.key(name))
                    .map(REGION)
                    .findOne());
    found.ifPresent(region -> transactions.keep(region.id(), region));
    return found;
  }

  @Override
  public List<Region> findAll() {
    return transactions.read(
        handle ->
            handle
                .createQuery("SELECT id, name FROM regions ORDER BY name, id")
                .map(REGION)
                .list());
  }

  @Override
  public void add(Region region) {
    transactions.write(
        handle -> {
          if (findByName(region.name()).isPresent() || findById(region.id()).isPresent()) {
            throw new ConflictException("a region named " + region.name() + " already exists");
          }
          handle
              .createUpdate("INSERT INTO regions (id, name, name_key) VALUES (:id, :name, :key)")
              .bind("id", region.id().value())
              .bind("name", region.name())
              .bind("key", UnitName.key(region.name()))
              .execute();
          transactions.keep(region.id(), region);
          return null;
        });
  }
}
