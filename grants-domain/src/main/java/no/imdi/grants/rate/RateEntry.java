package no.imdi.grants.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import no.imdi.grants.shared.Nok;

/**
 * A stored row of the rate table: a grant code's amount (or cap) for a calendar year, its
 * conditions and source, and whether an administrator has verified it. A change never overwrites a
 * row: the row is {@linkplain #supersede superseded} and a new one takes its place, so old values
 * stay on record.
 */
@Entity
@Table(name = "rate")
public class RateEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, length = 32)
  private String code;

  @Column(name = "calendar_year", nullable = false)
  private int calendarYear;

  @Column(name = "amount", nullable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "conditions", length = 1000)
  private String conditions;

  @Column(name = "source", nullable = false, length = 1000)
  private String source;

  @Column(name = "verified", nullable = false)
  private boolean verified;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "superseded_by", length = 64)
  private String supersededBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RateEntry() {}

  public RateEntry(
      RateCode code,
      int calendarYear,
      Nok amount,
      String conditions,
      String source,
      boolean verified,
      Instant createdAt,
      String createdBy) {
    this.code = code.code();
    this.calendarYear = calendarYear;
    this.amount = Objects.requireNonNull(amount).amount();
    this.conditions = conditions;
    this.source = Objects.requireNonNull(source);
    this.verified = verified;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  /** Marks this row as replaced; it stays in the table as history. */
  public void supersede(Instant at, String by) {
    if (supersededAt != null) {
      throw new IllegalStateException("Rate " + id + " is already superseded");
    }
    this.supersededAt = Objects.requireNonNull(at);
    this.supersededBy = Objects.requireNonNull(by);
  }

  public Rate toRate() {
    return new Rate(codeValue(), calendarYear, Nok.of(amount), verified, source);
  }

  public RateCode codeValue() {
    return RateCode.fromCode(code).orElseThrow();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getCalendarYear() {
    return calendarYear;
  }

  public Nok getAmount() {
    return Nok.of(amount);
  }

  public String getConditions() {
    return conditions;
  }

  public String getSource() {
    return source;
  }

  public boolean isVerified() {
    return verified;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }

  public String getSupersededBy() {
    return supersededBy;
  }

  public boolean isCurrent() {
    return supersededAt == null;
  }

  public long getVersion() {
    return version;
  }
}
