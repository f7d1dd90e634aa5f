package no.imdi.grants.disability.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.payment.StoredReason;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reason;

/**
 * A recovery (R-REP-4, R-REP-5): an amount IMDi takes back from the municipality's next instalment
 * (R-PAY-4), written once when the outcome of an accounts report is approved (the source key is
 * unique: {@code REP-<report id>}) and read by the payment run. Code FHT2, amount in kroner and
 * positive; the reason is a key of the reasons bundles with its arguments joined by {@code |}
 * (amounts as plain decimals: granted, eligible, recovered). Never changed.
 */
@Entity
@Table(name = "recovery")
public class Recovery {

  public static final String CODE_T2 = "FHT2";
  public static final String ARGS_SEPARATOR = "|";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "source_key", nullable = false, updatable = false, unique = true, length = 64)
  private String sourceKey;

  @Column(name = "municipality", nullable = false, updatable = false, length = 4)
  private String municipality;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Column(name = "person_id", updatable = false)
  private Long personId;

  @Column(name = "code", nullable = false, updatable = false, length = 16)
  private String code;

  @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "rule_ids", nullable = false, updatable = false, length = 64)
  private String ruleIds;

  @Column(name = "reason_key", nullable = false, updatable = false, length = 128)
  private String reasonKey;

  @Column(name = "reason_args", nullable = false, updatable = false, length = 2000)
  private String reasonArgs;

  @Column(name = "decided_on", nullable = false, updatable = false)
  private LocalDate decidedOn;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Recovery() {}

  /** The recovery an approved outcome gives; refused unless the outcome recovers an amount. */
  public static Recovery of(ReportOutcome outcome, LocalDate decidedOn, String by, Instant at) {
    if (!outcome.getKind().recovers() || outcome.getRecovery().compareTo(Nok.ZERO) <= 0) {
      throw new IllegalArgumentException("Outcome " + outcome.getId() + " recovers nothing");
    }
    AccountsReport report = outcome.getReport();
    Recovery r = new Recovery();
    r.sourceKey = outcome.recoveryKey();
    r.municipality = report.getMunicipality().getNumber();
    r.caseId = report.getCaseFile().getId();
    r.personId = report.getCaseFile().getPerson().getId();
    r.code = CODE_T2;
    r.amount = outcome.getRecovery().amount();
    boolean full = outcome.getKind() == OutcomeKind.FULL_RECOVERY;
    r.ruleIds = full ? OutcomeRules.R_REP_5 : OutcomeRules.R_REP_4;
    r.reasonKey = full ? "R-REP-5.recovery" : "R-REP-4.recovery";
    // the payment line reads these back as typed amounts (StoredReason's form: n:12857.00|...)
    r.reasonArgs =
        StoredReason.of(
                Reason.of(
                    List.of(r.ruleIds),
                    r.reasonKey,
                    outcome.getGranted(),
                    outcome.getEligible(),
                    outcome.getRecovery()))
            .args();
    r.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
    r.createdBy = by;
    r.createdAt = at;
    return r;
  }

  public Long getId() {
    return id;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public String getMunicipality() {
    return municipality;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getPersonId() {
    return personId;
  }

  public String getCode() {
    return code;
  }

  public Nok getAmount() {
    return Nok.of(amount);
  }

  public String getRuleIds() {
    return ruleIds;
  }

  public String getReasonKey() {
    return reasonKey;
  }

  public String getReasonArgs() {
    return reasonArgs;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
