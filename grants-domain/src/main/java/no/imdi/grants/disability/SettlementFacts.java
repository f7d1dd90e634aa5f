package no.imdi.grants.disability;

import java.time.LocalDate;
import no.imdi.grants.settlement.UdiHousing;

/**
 * The facts about one person that the disability grant's schedule rules need: the settlement date,
 * or for a child born after the mother's settlement (R-T-TG-3) the mother's settlement date and the
 * child's birth; the birth date; whether the person came as an unaccompanied minor (R-T2-2), from
 * which of UDI's special housing (R-T2-3), whether UDI confirmed a child's needs (R-T2-4); how the
 * person was settled (R-T-TG-1; for a child these describe the mother's settlement) and IMDi's
 * assessment of the impairment (R-T-TG-2). Build one with {@link #settledOn} or {@link
 * #childBornOn}; defaults: within the integration grant scheme, settled by agreement, not family
 * reunified, no UDI housing, impairment not assessed.
 */
public record SettlementFacts(
    LocalDate settlementDate,
    LocalDate motherSettlementDate,
    LocalDate birthDate,
    boolean unaccompaniedMinor,
    UdiHousing udiHousing,
    boolean childNeedsConfirmedByUdi,
    boolean withinIntegrationGrantScheme,
    boolean settledByAgreement,
    boolean familyReunified,
    boolean specialAgreement,
    ImpairmentAssessment impairment) {

  public SettlementFacts {
    if ((settlementDate == null) == (motherSettlementDate == null)) {
      throw new IllegalArgumentException(
          "Give either the settlement date or the mother's settlement date, not both or neither");
    }
    if (motherSettlementDate != null && birthDate == null) {
      throw new IllegalArgumentException("A child settled with its mother needs its birth date");
    }
    if (motherSettlementDate != null && birthDate.isBefore(motherSettlementDate)) {
      throw new IllegalArgumentException(
          "The child was born "
              + birthDate
              + ", before the mother's settlement "
              + motherSettlementDate
              + ": give the child's own settlement date instead");
    }
    if (settlementDate != null && birthDate != null && birthDate.isAfter(settlementDate)) {
      throw new IllegalArgumentException(
          "Born " + birthDate + ", after the settlement date " + settlementDate);
    }
    if ((unaccompaniedMinor || childNeedsConfirmedByUdi) && birthDate == null) {
      throw new IllegalArgumentException(
          "The birth date is needed for an unaccompanied minor (R-T2-2) or a child (R-T2-4)");
    }
    udiHousing = udiHousing == null ? UdiHousing.NONE : udiHousing;
    impairment = impairment == null ? ImpairmentAssessment.NOT_ASSESSED : impairment;
  }

  /** A person settled on the date. */
  public static Builder settledOn(LocalDate settlementDate) {
    return new Builder(settlementDate, null, null);
  }

  /** A child born on the date after the mother was settled on the other date (R-T-TG-3). */
  public static Builder childBornOn(LocalDate birthDate, LocalDate motherSettlementDate) {
    return new Builder(null, motherSettlementDate, birthDate);
  }

  /** Whether this is a child born after the mother's settlement (R-T-TG-3). */
  public boolean childBornAfterMotherSettled() {
    return motherSettlementDate != null;
  }

  /** The date grant years and deadlines count from: the settlement, or the child's birth. */
  public ReferenceDate referenceDate() {
    return childBornAfterMotherSettled()
        ? ReferenceDate.childBirth(birthDate)
        : ReferenceDate.settlement(settlementDate);
  }

  /** Builds {@link SettlementFacts} with the defaults of the scheme. */
  public static final class Builder {
    private final LocalDate settlementDate;
    private final LocalDate motherSettlementDate;
    private LocalDate birthDate;
    private boolean unaccompaniedMinor;
    private UdiHousing udiHousing = UdiHousing.NONE;
    private boolean childNeedsConfirmedByUdi;
    private boolean withinIntegrationGrantScheme = true;
    private boolean settledByAgreement = true;
    private boolean familyReunified;
    private boolean specialAgreement;
    private ImpairmentAssessment impairment = ImpairmentAssessment.NOT_ASSESSED;

    private Builder(LocalDate settlementDate, LocalDate motherSettlementDate, LocalDate birth) {
      this.settlementDate = settlementDate;
      this.motherSettlementDate = motherSettlementDate;
      this.birthDate = birth;
    }

    public Builder bornOn(LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    public Builder unaccompaniedMinor(boolean unaccompaniedMinor) {
      this.unaccompaniedMinor = unaccompaniedMinor;
      return this;
    }

    public Builder udiHousing(UdiHousing udiHousing) {
      this.udiHousing = udiHousing;
      return this;
    }

    public Builder childNeedsConfirmedByUdi(boolean confirmed) {
      this.childNeedsConfirmedByUdi = confirmed;
      return this;
    }

    public Builder withinIntegrationGrantScheme(boolean within) {
      this.withinIntegrationGrantScheme = within;
      return this;
    }

    public Builder settledByAgreement(boolean settledByAgreement) {
      this.settledByAgreement = settledByAgreement;
      return this;
    }

    public Builder familyReunified(boolean familyReunified, boolean specialAgreement) {
      this.familyReunified = familyReunified;
      this.specialAgreement = specialAgreement;
      return this;
    }

    public Builder impairment(ImpairmentAssessment impairment) {
      this.impairment = impairment;
      return this;
    }

    public SettlementFacts build() {
      return new SettlementFacts(
          settlementDate,
          motherSettlementDate,
          birthDate,
          unaccompaniedMinor,
          udiHousing,
          childNeedsConfirmedByUdi,
          withinIntegrationGrantScheme,
          settledByAgreement,
          familyReunified,
          specialAgreement,
          impairment);
    }
  }
}
