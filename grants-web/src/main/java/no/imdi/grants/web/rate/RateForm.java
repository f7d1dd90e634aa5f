package no.imdi.grants.web.rate;

import java.io.Serializable;
import java.math.BigDecimal;
import no.imdi.grants.rate.RateCommand;
import no.imdi.grants.rate.RateEntry;

/**
 * What the rate form holds while it is filled in, kept as typed between requests: a new row's code
 * and year, or the row being changed and the version it was opened at, and the values.
 */
public class RateForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String code;
  private Integer year;
  private BigDecimal amount;
  private String conditions;
  private String source;
  private boolean verified;
  private String reason;
  private boolean largeChangeConfirmed;
  private boolean largeChangeAsked;

  static RateForm of(RateEntry row) {
    RateForm form = new RateForm();
    form.id = row.getId();
    form.version = row.getVersion();
    form.code = row.getCode();
    form.year = row.getCalendarYear();
    form.amount = row.getAmount().amount();
    form.conditions = row.getConditions();
    form.source = row.getSource();
    form.verified = row.isVerified();
    return form;
  }

  RateCommand toCommand() {
    return new RateCommand(
        code, year, amount, conditions, source, verified, reason, largeChangeConfirmed);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isLargeChangeConfirmed() {
    return largeChangeConfirmed;
  }

  public void setLargeChangeConfirmed(boolean largeChangeConfirmed) {
    this.largeChangeConfirmed = largeChangeConfirmed;
  }

  /**
   * Whether the last save found a change of more than half the amount: the form asks to confirm.
   */
  public boolean isLargeChangeAsked() {
    return largeChangeAsked;
  }

  void askForLargeChange(boolean asked) {
    this.largeChangeAsked = asked;
    if (!asked) {
      largeChangeConfirmed = false;
    }
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public boolean isVerified() {
    return verified;
  }

  public void setVerified(boolean verified) {
    this.verified = verified;
  }
}
