package no.imdi.grants.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The rates in force, read from the stored rate table: the current (not superseded) row of each
 * grant code and year. The rules are handed a snapshot as a {@link RateTable}; a missing row means
 * no rate is known, which the rules say instead of guessing.
 */
@ApplicationScoped
public class RateBook {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected RateBook() {}

  public RateBook(EntityManager em) {
    this.em = em;
  }

  public RateTable table() {
    return new InMemoryRateTable(current().stream().map(RateEntry::toRate).toList());
  }

  public List<RateEntry> current() {
    return em.createQuery(
            "select r from RateEntry r where r.supersededAt is null order by r.code, r.calendarYear",
            RateEntry.class)
        .getResultList();
  }
}
