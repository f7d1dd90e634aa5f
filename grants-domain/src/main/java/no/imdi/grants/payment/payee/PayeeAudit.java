package no.imdi.grants.payment.payee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audited change of a municipality's payee details: who, when, why, and the organisation number
 * and account before and after. Written once, never changed: the payee is changed in place, so its
 * earlier accounts stay on record here.
 */
@Entity
@Table(name = "municipality_payee_audit")
public class PayeeAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "municipality", nullable = false, length = 4)
  private String municipalityNumber;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "old_organisation_number", nullable = false, length = 9)
  private String oldOrganisationNumber;

  @Column(name = "old_account_number", nullable = false, length = 11)
  private String oldAccountNumber;

  @Column(name = "new_organisation_number", nullable = false, length = 9)
  private String newOrganisationNumber;

  @Column(name = "new_account_number", nullable = false, length = 11)
  private String newAccountNumber;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  protected PayeeAudit() {}

  PayeeAudit(
      String municipalityNumber,
      String changedBy,
      Instant changedAt,
      String oldOrganisationNumber,
      String oldAccountNumber,
      String newOrganisationNumber,
      String newAccountNumber,
      String reason) {
    this.municipalityNumber = municipalityNumber;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.oldOrganisationNumber = oldOrganisationNumber;
    this.oldAccountNumber = oldAccountNumber;
    this.newOrganisationNumber = newOrganisationNumber;
    this.newAccountNumber = newAccountNumber;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public String getMunicipalityNumber() {
    return municipalityNumber;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public OrganisationNumber getOldOrganisationNumber() {
    return new OrganisationNumber(oldOrganisationNumber);
  }

  public AccountNumber getOldAccount() {
    return new AccountNumber(oldAccountNumber);
  }

  public OrganisationNumber getNewOrganisationNumber() {
    return new OrganisationNumber(newOrganisationNumber);
  }

  public AccountNumber getNewAccount() {
    return new AccountNumber(newAccountNumber);
  }

  public String getReason() {
    return reason;
  }
}
