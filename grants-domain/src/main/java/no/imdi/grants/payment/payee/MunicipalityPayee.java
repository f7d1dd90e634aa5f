package no.imdi.grants.payment.payee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Whom IMDi pays a municipality's grants to (*betalingsmottaker*): the municipality's organisation
 * number and bank account (*kontonummer*), the IBAN derived from it. One per municipality. Changed
 * in place by {@link #change}, with the old values kept in a {@link PayeeAudit}; the payment run
 * reads the payee when a run is approved, so a change counts for every run not yet approved.
 */
@Entity
@Table(name = "municipality_payee")
public class MunicipalityPayee {

  @Id
  @Column(name = "municipality", length = 4)
  private String municipalityNumber;

  @Column(name = "organisation_number", nullable = false, length = 9)
  private String organisationNumber;

  @Column(name = "account_number", nullable = false, length = 11)
  private String accountNumber;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MunicipalityPayee() {}

  public MunicipalityPayee(
      String municipalityNumber,
      OrganisationNumber organisationNumber,
      AccountNumber account,
      Instant at,
      String by) {
    this.municipalityNumber = Objects.requireNonNull(municipalityNumber);
    this.organisationNumber = organisationNumber.value();
    this.accountNumber = account.value();
    this.updatedAt = Objects.requireNonNull(at);
    this.updatedBy = Objects.requireNonNull(by);
  }

  /**
   * Sets new payee details; returns the audit row of the change, or {@code null} when both are as
   * they were (nothing changes, nothing is audited).
   */
  public PayeeAudit change(
      OrganisationNumber organisation,
      AccountNumber account,
      Instant at,
      String by,
      String reason) {
    if (organisation.value().equals(organisationNumber) && account.value().equals(accountNumber)) {
      return null;
    }
    PayeeAudit audit =
        new PayeeAudit(
            municipalityNumber,
            by,
            at,
            organisationNumber,
            accountNumber,
            organisation.value(),
            account.value(),
            reason);
    organisationNumber = organisation.value();
    accountNumber = account.value();
    updatedAt = Objects.requireNonNull(at);
    updatedBy = Objects.requireNonNull(by);
    return audit;
  }

  public String getMunicipalityNumber() {
    return municipalityNumber;
  }

  public OrganisationNumber getOrganisationNumber() {
    return new OrganisationNumber(organisationNumber);
  }

  public AccountNumber getAccount() {
    return new AccountNumber(accountNumber);
  }

  public Iban getIban() {
    return getAccount().iban();
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
