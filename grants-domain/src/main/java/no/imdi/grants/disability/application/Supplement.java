package no.imdi.grants.disability.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import no.imdi.grants.shared.Nok;

/**
 * What makes an application a supplement (*tilleggssøknad*, R-REP-3): the granted T2 application
 * whose accounts report claimed costs above the grant, the report, the claimed overrun (the most
 * the additional decision may grant) and the amount granted before (for the T2 cap, R-T2-1). Empty
 * on every other application.
 */
@Embeddable
public class Supplement {

  @Column(name = "supplement_of", updatable = false)
  private Long applicationId;

  @Column(name = "supplement_report_id", updatable = false)
  private Long reportId;

  @Column(name = "supplement_claim", updatable = false, precision = 14, scale = 2)
  private BigDecimal claim;

  @Column(name = "supplement_granted", updatable = false, precision = 14, scale = 2)
  private BigDecimal granted;

  protected Supplement() {}

  Supplement(long applicationId, long reportId, Nok claim, Nok granted) {
    this.applicationId = applicationId;
    this.reportId = reportId;
    this.claim = Objects.requireNonNull(claim, "claim").amount();
    this.granted = Objects.requireNonNull(granted, "granted").amount();
  }

  boolean isPresent() {
    return applicationId != null;
  }

  /** The granted T2 application the supplement adds to. */
  public Long applicationId() {
    return applicationId;
  }

  /** The accounts report whose claim the supplement decides. */
  public Long reportId() {
    return reportId;
  }

  public Nok claim() {
    return claim == null ? null : Nok.of(claim);
  }

  public Nok granted() {
    return granted == null ? null : Nok.of(granted);
  }
}
