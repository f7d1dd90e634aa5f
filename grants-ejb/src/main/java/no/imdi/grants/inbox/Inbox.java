package no.imdi.grants.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.letter.LetterKind;

/**
 * The municipalities' inboxes in PostgreSQL ({@code inbox_item}, V30): a delivery is one row per
 * source, refused a second time by the unique constraint, in the caller's transaction; reads are
 * always of one municipality's inbox (or of one of its cases, by case number), unread first and
 * then newest first, paged in the database; a first opening is written once (the database refuses a
 * second and any other change).
 */
@ApplicationScoped
public class Inbox {

  private static final String COLUMNS =
      "select i.id, i.municipality, i.case_id, c.case_year, c.case_sequence, i.item_kind,"
          + " i.source, i.source_id, i.letter_kind, i.title, i.journal_entry_id, i.document_id,"
          + " i.delivered_at, i.first_opened_at, i.first_opened_by"
          + " from inbox_item i join case_file c on c.id = i.case_id";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected Inbox() {}

  public Inbox(EntityManager em) {
    this.em = em;
  }

  /** A letter delivered to the municipality; fails if the source was delivered before. */
  public void deliverLetter(
      String municipality,
      long caseId,
      InboxSource source,
      long sourceId,
      LetterKind kind,
      String title,
      long journalEntryId,
      UUID documentId,
      Instant at) {
    em.createNativeQuery(
            "insert into inbox_item (municipality, case_id, item_kind, source, source_id,"
                + " letter_kind, title, journal_entry_id, document_id, delivered_at)"
                + " values (:m, :c, 'LETTER', :s, :sid, :k, :t, :j, :d, :at)")
        .setParameter("m", municipality)
        .setParameter("c", caseId)
        .setParameter("s", source.name())
        .setParameter("sid", sourceId)
        .setParameter("k", kind.name())
        .setParameter("t", title)
        .setParameter("j", journalEntryId)
        .setParameter("d", documentId)
        .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Whether the source has been delivered already. */
  public boolean delivered(InboxSource source, long sourceId) {
    return ((Number)
                em.createNativeQuery(
                        "select count(*) from inbox_item where source = :s and source_id = :sid")
                    .setParameter("s", source.name())
                    .setParameter("sid", sourceId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  public List<InboxItem> page(String municipality, boolean unreadOnly, int first, int size) {
    return page(municipality, unreadOnly, null, first, size);
  }

  /** A page of the inbox, of one case only when {@code caseNumber} is given. */
  public List<InboxItem> page(
      String municipality, boolean unreadOnly, CaseNumber caseNumber, int first, int size) {
    Query query =
        em.createNativeQuery(
            COLUMNS
                + where(unreadOnly, caseNumber)
                + " order by (i.first_opened_at is not null), i.delivered_at desc, i.id desc"
                + " limit :size offset :first");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        bind(query, municipality, caseNumber)
            .setParameter("size", size)
            .setParameter("first", first)
            .getResultList();
    return rows.stream().map(Inbox::item).toList();
  }

  /**
   * The whole inbox of the page's filter in the page's order (unread first, then newest), read
   * forward through a database cursor ({@code fetchSize} rows at a time, read-only), for the
   * export; the same query as {@link #page} without the paging. The caller closes the stream.
   */
  @SuppressWarnings("unchecked")
  public java.util.stream.Stream<InboxItem> stream(
      String municipality, boolean unreadOnly, CaseNumber caseNumber, int fetchSize) {
    Query query =
        em.createNativeQuery(
            COLUMNS
                + where(unreadOnly, caseNumber)
                + " order by (i.first_opened_at is not null), i.delivered_at desc, i.id desc");
    return ((java.util.stream.Stream<Object[]>)
            bind(query, municipality, caseNumber)
                .setHint("org.hibernate.fetchSize", fetchSize)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream())
        .map(Inbox::item);
  }

  public long count(String municipality, boolean unreadOnly) {
    return count(municipality, unreadOnly, null);
  }

  public long count(String municipality, boolean unreadOnly, CaseNumber caseNumber) {
    Query query =
        em.createNativeQuery(
            "select count(*) from inbox_item i join case_file c on c.id = i.case_id"
                + where(unreadOnly, caseNumber));
    return ((Number) bind(query, municipality, caseNumber).getSingleResult()).longValue();
  }

  /** The item, if it is in the municipality's inbox. */
  public Optional<InboxItem> find(String municipality, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COLUMNS + " where i.municipality = :m and i.id = :id")
            .setParameter("m", municipality)
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst().map(Inbox::item);
  }

  /**
   * The municipality's letters of one kind from one source, oldest first (the deadline calendar's
   * complaint deadlines, R-AP-3).
   */
  public List<InboxItem> letters(String municipality, InboxSource source, LetterKind kind) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                COLUMNS
                    + " where i.municipality = :m and i.source = :s and i.letter_kind = :k"
                    + " order by i.delivered_at, i.id")
            .setParameter("m", municipality)
            .setParameter("s", source.name())
            .setParameter("k", kind.name())
            .getResultList();
    return rows.stream().map(Inbox::item).toList();
  }

  /** The item delivered for the source, whoever's inbox it is in (for IMDi's own checks). */
  public Optional<InboxItem> ofSource(InboxSource source, long sourceId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COLUMNS + " where i.source = :s and i.source_id = :sid")
            .setParameter("s", source.name())
            .setParameter("sid", sourceId)
            .getResultList();
    return rows.stream().findFirst().map(Inbox::item);
  }

  /** Records the first opening; returns false when it was opened before (nothing changes). */
  public boolean recordFirstOpening(long id, String by, Instant at) {
    return em.createNativeQuery(
                "update inbox_item set first_opened_at = greatest(:at, delivered_at),"
                    + " first_opened_by = :by where id = :id and first_opened_at is null")
            .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .setParameter("by", by)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  private static String where(boolean unreadOnly, CaseNumber caseNumber) {
    return " where i.municipality = :m"
        + (unreadOnly ? " and i.first_opened_at is null" : "")
        + (caseNumber == null ? "" : " and c.case_year = :year and c.case_sequence = :sequence");
  }

  private static Query bind(Query query, String municipality, CaseNumber caseNumber) {
    query.setParameter("m", municipality);
    if (caseNumber != null) {
      query.setParameter("year", caseNumber.year()).setParameter("sequence", caseNumber.sequence());
    }
    return query;
  }

  private static InboxItem item(Object[] r) {
    return new InboxItem(
        ((Number) r[0]).longValue(),
        (String) r[1],
        ((Number) r[2]).longValue(),
        new CaseNumber(((Number) r[3]).intValue(), ((Number) r[4]).intValue()).toString(),
        InboxItemKind.valueOf((String) r[5]),
        InboxSource.valueOf((String) r[6]),
        ((Number) r[7]).longValue(),
        r[8] == null ? null : LetterKind.valueOf((String) r[8]),
        (String) r[9],
        r[10] == null ? null : ((Number) r[10]).longValue(),
        (UUID) r[11],
        instant(r[12]),
        instant(r[13]),
        (String) r[14]);
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
