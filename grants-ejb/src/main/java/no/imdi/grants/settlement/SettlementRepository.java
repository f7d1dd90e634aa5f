package no.imdi.grants.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * Persons and settlements in PostgreSQL. Every method takes the caller's {@link MunicipalityScope}
 * and adds it to the query itself, so that no caller can read or write another municipality's
 * persons by forgetting a check. Lists are filtered, sorted and paged in the database.
 */
@ApplicationScoped
public class SettlementRepository {

  private static final String HINT_FETCH_SIZE = "org.hibernate.fetchSize";
  private static final String HINT_READ_ONLY = "org.hibernate.readOnly";

  private static final String ROW =
      "select new no.imdi.grants.settlement.SettlementRow(s.id, p.id, p.givenName, p.familyName,"
          + " p.nationalId, p.birthDate, m.number, m.name, s.settlementDate, s.targetGroup,"
          + " s.unaccompaniedMinor) from Settlement s join s.person p join s.municipality m";

  private static final int MAX_NAME_WORDS = 5;
  private static final int MIN_TYPO_WORD = 4;

  private static final String FETCH =
      "select s from Settlement s join fetch s.person p join fetch s.municipality";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected SettlementRepository() {}

  public SettlementRepository(EntityManager em) {
    this.em = em;
  }

  /** One page of the list and the size of the whole filtered list. */
  public Page<SettlementRow> list(
      MunicipalityScope scope, SettlementFilter filter, PageRequest<SettlementSort> page) {
    return new Page<>(rows(scope, filter, page), count(scope, filter));
  }

  /** One page of the filtered list, sorted, without counting the whole list. */
  public List<SettlementRow> rows(
      MunicipalityScope scope, SettlementFilter filter, PageRequest<SettlementSort> page) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<SettlementRow> rows =
        em.createQuery(
                matches(filter, params)
                    + ROW
                    + where(scope, filter, params, !fuzzy(filter))
                    + (fuzzy(filter) ? " and p.id in (select mt.id from matches mt)" : "")
                    + orderBy(page),
                SettlementRow.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size());
    params.forEach(rows::setParameter);
    return rows.getResultList();
  }

  /**
   * The whole filtered list in its order, read forward through a database cursor of {@code
   * fetchSize} rows (inside the caller's transaction), for an export: the same scoped query as the
   * list's pages, without paging. Close the stream.
   */
  public Stream<SettlementRow> stream(
      MunicipalityScope scope,
      SettlementFilter filter,
      SettlementSort sort,
      boolean ascending,
      int fetchSize) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<SettlementRow> rows =
        em.createQuery(
                matches(filter, params)
                    + ROW
                    + where(scope, filter, params, !fuzzy(filter))
                    + (fuzzy(filter) ? " and p.id in (select mt.id from matches mt)" : "")
                    + orderBy(new PageRequest<>(0, 1, sort, ascending)),
                SettlementRow.class)
            .setHint(HINT_FETCH_SIZE, fetchSize)
            .setHint(HINT_READ_ONLY, true);
    params.forEach(rows::setParameter);
    return rows.getResultStream();
  }

  /** How many settlements the filtered list has. */
  public long count(MunicipalityScope scope, SettlementFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String from =
        filter.name() != null || filter.nationalId() != null
            ? "select count(*) from Settlement s join s.person p"
            : "select count(*) from Settlement s";
    TypedQuery<Long> count = em.createQuery(from + where(scope, filter, params, true), Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  public Optional<Settlement> findSettlement(MunicipalityScope scope, long settlementId) {
    return findOne(scope, FETCH + " where s.id = :key", settlementId);
  }

  public Optional<Settlement> findByPerson(MunicipalityScope scope, long personId) {
    return findOne(scope, FETCH + " where p.id = :key", personId);
  }

  /** A person's settlement with everything the person page shows, fetched in one query. */
  public Optional<Settlement> findRecordByPerson(MunicipalityScope scope, long personId) {
    return findOne(
        scope,
        "select distinct s from Settlement s join fetch s.person p join fetch s.municipality"
            + " join fetch s.settledIn left join fetch s.mother left join fetch s.reunifiedWith"
            + " left join fetch s.moves mv"
            + " left join fetch mv.from left join fetch mv.to where p.id = :key",
        personId);
  }

  public Optional<Settlement> findByNationalId(MunicipalityScope scope, String nationalId) {
    return findOne(scope, FETCH + " where p.nationalId = :key", nationalId);
  }

  private Optional<Settlement> findOne(MunicipalityScope scope, String jpql, Object key) {
    return em.createQuery(jpql + scopeClause(scope), Settlement.class)
        .setParameter("key", key)
        .setParameter("scope", scope.restrictedTo().orElse(""))
        .getResultStream()
        .findFirst();
  }

  /**
   * The person, in any municipality, who has this national id (the uniqueness check). Unscoped: the
   * caller decides what of the answer the user may learn.
   */
  public Optional<Long> personWithNationalId(String nationalId, Long exceptPersonId) {
    return em.createQuery(
            "select p.id from Person p where p.nationalId = :nid and p.id <> :except", Long.class)
        .setParameter("nid", nationalId)
        .setParameter("except", exceptPersonId == null ? -1L : exceptPersonId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Whether this person's settlement is in the scope (for a related person a page shows). */
  public boolean personInScope(MunicipalityScope scope, long personId) {
    return !em.createQuery(
            "select s.id from Settlement s where s.person.id = :key" + scopeClause(scope),
            Long.class)
        .setParameter("key", personId)
        .setParameter("scope", scope.restrictedTo().orElse(""))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Which of these persons have a settlement within the scope, in one query. */
  public Set<Long> personsInScope(MunicipalityScope scope, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select distinct s.person.id from Settlement s where s.person.id in :keys"
                    + scopeClause(scope),
                Long.class)
            .setParameter("keys", personIds)
            .setParameter("scope", scope.restrictedTo().orElse(""))
            .getResultList());
  }

  /** The children registered with this person as their mother (R-T-TG-3), within the scope. */
  public List<Settlement> childrenOf(MunicipalityScope scope, long motherId) {
    return em.createQuery(
            "select s from Settlement s join fetch s.person join fetch s.municipality"
                + " where s.mother.id = :id"
                + scopeClause(scope)
                + " order by s.person.birthDate",
            Settlement.class)
        .setParameter("id", motherId)
        .setParameter("scope", scope.restrictedTo().orElse(""))
        .getResultList();
  }

  /** The family members registered as reunified with this person (R-IG-1), within the scope. */
  public List<Settlement> reunifiedWith(MunicipalityScope scope, long referencePersonId) {
    return em.createQuery(
            "select s from Settlement s join fetch s.person join fetch s.municipality"
                + " where s.reunifiedWith.id = :id"
                + scopeClause(scope)
                + " order by s.person.birthDate",
            Settlement.class)
        .setParameter("id", referencePersonId)
        .setParameter("scope", scope.restrictedTo().orElse(""))
        .getResultList();
  }

  public void add(Person person, Settlement settlement) {
    em.persist(person);
    em.persist(settlement);
  }

  private static String scopeClause(MunicipalityScope scope) {
    return scope.restrictedTo().isPresent()
        ? " and s.municipality.number = :scope"
        : " and :scope = ''";
  }

  /**
   * A name filter that forgives typos is answered first, on its own, by the trigram index (a
   * materialized CTE): in the same query PostgreSQL may walk the family-name index instead and
   * compute the trigram similarity for every row it passes (a second or more for a name late in the
   * alphabet); the list then only looks the matches up.
   */
  private static String matches(SettlementFilter filter, Map<String, Object> params) {
    if (!fuzzy(filter)) {
      return "";
    }
    return "with matches as materialized (select q.id as id from Person q where 1 = 1"
        + nameCondition("q", filter, params)
        + ") ";
  }

  private static boolean fuzzy(SettlementFilter filter) {
    return nameWords(filter.name()).stream().anyMatch(SettlementRepository::forgivesTypos);
  }

  private static String nameCondition(
      String person, SettlementFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder();
    List<String> words = nameWords(filter.name());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      where.append(" and (").append(person).append(".searchName like :name").append(i);
      where.append(" escape '\\'");
      params.put("name" + i, "%" + likeEscape(word) + "%");
      if (forgivesTypos(word)) {
        where.append(" or cast(sql('(? %> ?)', ").append(person).append(".searchName, :word");
        where.append(i).append(") as Boolean)");
        params.put("word" + i, word);
      }
      where.append(")");
    }
    return where.toString();
  }

  private static String where(
      MunicipalityScope scope,
      SettlementFilter filter,
      Map<String, Object> params,
      boolean withName) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    scope
        .restrictedTo()
        .ifPresent(
            number -> {
              where.append(" and s.municipality.number = :scope");
              params.put("scope", number);
            });
    if (filter.municipalityNumber() != null) {
      where.append(" and s.municipality.number = :municipality");
      params.put("municipality", filter.municipalityNumber());
    }
    if (withName) {
      where.append(nameCondition("p", filter, params));
    }
    if (filter.nationalId() != null) {
      where.append(" and p.nationalId like :nid escape '\\'");
      params.put("nid", likeEscape(filter.nationalId()) + "%");
    }
    if (filter.settlementYear() != null) {
      where.append(" and s.settlementDate >= :from and s.settlementDate < :to");
      params.put("from", LocalDate.of(filter.settlementYear(), 1, 1));
      params.put("to", LocalDate.of(filter.settlementYear() + 1, 1, 1));
    }
    if (filter.targetGroup() != null) {
      where.append(" and s.targetGroup = :targetGroup");
      params.put("targetGroup", filter.targetGroup());
    }
    return where.toString();
  }

  private static String orderBy(PageRequest<SettlementSort> page) {
    String dir = page.ascending() ? " asc" : " desc";
    SettlementSort sort = page.sortField() == null ? SettlementSort.NAME : page.sortField();
    return switch (sort) {
      case NAME -> " order by p.familyName" + dir + ", p.givenName" + dir + ", p.id" + dir;
      case NATIONAL_ID -> " order by p.nationalId" + dir;
      case SETTLEMENT_DATE -> " order by s.settlementDate" + dir + ", s.id" + dir;
      case MUNICIPALITY -> " order by m.name" + dir + ", p.familyName, s.id";
      case TARGET_GROUP -> " order by s.targetGroup" + dir + ", p.familyName, s.id";
    };
  }

  /**
   * The words of a name as typed, in any order and with or without the comma of "Family, Given":
   * each must be in the name, as part of a word, or (a word of four letters or more) as a word of
   * it with a small typo (the trigram word similarity of {@code %>}, by pg_trgm's {@code
   * word_similarity_threshold}, 0.6 unless set); both are answered by the trigram index on {@code
   * search_name}.
   */
  static List<String> nameWords(String name) {
    if (name == null) {
      return List.of();
    }
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
        .filter(word -> !word.isEmpty())
        .distinct()
        .limit(MAX_NAME_WORDS)
        .toList();
  }

  /** Shorter words have too few trigrams for their similarity to mean a typo. */
  private static boolean forgivesTypos(String word) {
    return word.length() >= MIN_TYPO_WORD;
  }

  private static String likeEscape(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
