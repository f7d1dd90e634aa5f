package no.imdi.grants.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/** The users list, filtered, sorted and paged in the database. */
final class UserQueries {

  private UserQueries() {}

  static Page<AppUser> list(EntityManager em, UserFilter filter, PageRequest<UserSort> page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    TypedQuery<AppUser> rows =
        em.createQuery("select u from AppUser u" + where + orderBy(page), AppUser.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size());
    TypedQuery<Long> count = em.createQuery("select count(u) from AppUser u" + where, Long.class);
    params.forEach(rows::setParameter);
    params.forEach(count::setParameter);
    return new Page<>(rows.getResultList(), count.getSingleResult());
  }

  private static String where(UserFilter f, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (f.role() != null) {
      where.append(" and u.role = :role");
      params.put("role", f.role());
    }
    if (f.municipalityNumber() != null && !f.municipalityNumber().isBlank()) {
      where.append(" and u.municipalityNumber = :municipality");
      params.put("municipality", f.municipalityNumber().strip());
    }
    if (f.enabled() != null) {
      where.append(" and u.enabled = :enabled");
      params.put("enabled", f.enabled());
    }
    if (f.text() != null && !f.text().isBlank()) {
      where.append(
          " and (lower(u.username) like :text escape '\\' or lower(u.displayName) like :text"
              + " escape '\\')");
      params.put(
          "text",
          "%"
              + f.text()
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    return where.toString();
  }

  private static String orderBy(PageRequest<UserSort> page) {
    String dir = page.ascending() ? " asc" : " desc";
    UserSort sort = page.sortField() == null ? UserSort.USERNAME : page.sortField();
    return switch (sort) {
      case USERNAME -> " order by u.username" + dir;
      case DISPLAY_NAME -> " order by u.displayName" + dir + ", u.username";
      case ROLE -> " order by u.role" + dir + ", u.username";
      case MUNICIPALITY -> " order by u.municipalityNumber" + dir + " nulls last, u.username";
    };
  }
}
