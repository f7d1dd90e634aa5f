package no.imdi.grants.payment.payee;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/** The payee list: the municipalities with their payee details, filtered, sorted and paged. */
final class PayeeQueries {

  private static final String FROM =
      " from MunicipalityPayee p join Municipality m on m.number = p.municipalityNumber";

  private PayeeQueries() {}

  static Page<PayeeRow> list(EntityManager em, PayeeFilter filter, PageRequest<PayeeSort> page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter == null ? PayeeFilter.ALL : filter, params);
    TypedQuery<PayeeRow> rows =
        em.createQuery(
                "select new no.imdi.grants.payment.payee.PayeeRow(m.number, m.name, m.countyName,"
                    + " p.organisationNumber, p.accountNumber, p.updatedAt, p.updatedBy,"
                    + " p.version)"
                    + FROM
                    + where
                    + orderBy(page),
                PayeeRow.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size());
    TypedQuery<Long> count = em.createQuery("select count(p)" + FROM + where, Long.class);
    params.forEach(rows::setParameter);
    params.forEach(count::setParameter);
    return new Page<>(rows.getResultList(), count.getSingleResult());
  }

  private static String where(PayeeFilter f, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (f.countyNumber() != null && !f.countyNumber().isBlank()) {
      where.append(" and m.countyNumber = :county");
      params.put("county", f.countyNumber().strip());
    }
    if (f.text() != null && !f.text().isBlank()) {
      String text = f.text().strip().toLowerCase(Locale.ROOT);
      String digits = text.replaceAll("[\\s.]", "");
      where.append(" and (lower(m.name) like :text escape '\\' or m.number like :text escape '\\'");
      params.put("text", like(text));
      if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
        where.append(
            " or p.organisationNumber like :digits escape '\\'"
                + " or p.accountNumber like :digits escape '\\'");
        params.put("digits", like(digits));
      }
      where.append(")");
    }
    return where.toString();
  }

  private static String like(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static String orderBy(PageRequest<PayeeSort> page) {
    String dir = page.ascending() ? " asc" : " desc";
    PayeeSort sort = page.sortField() == null ? PayeeSort.MUNICIPALITY : page.sortField();
    return switch (sort) {
      case MUNICIPALITY -> " order by m.number" + dir;
      case NAME -> " order by m.name" + dir + ", m.number";
      case COUNTY -> " order by m.countyName" + dir + ", m.number";
      case ORGANISATION_NUMBER -> " order by p.organisationNumber" + dir + ", m.number";
      case ACCOUNT -> " order by p.accountNumber" + dir + ", m.number";
      case UPDATED -> " order by p.updatedAt" + dir + ", m.number";
    };
  }
}
