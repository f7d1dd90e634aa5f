package no.imdi.grants.municipality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The 357 municipalities, for choosing one in forms and filters. */
@Stateless
@PermitAll
public class MunicipalityDirectory {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  public List<Municipality> all() {
    return em.createQuery("select m from Municipality m order by m.name", Municipality.class)
        .getResultList();
  }

  public Optional<Municipality> find(String number) {
    return number == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Municipality.class, number));
  }
}
