package no.imdi.grants.disability.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.ApplicationDeadlines;
import no.imdi.grants.disability.AppliedRate;
import no.imdi.grants.disability.DisabilityRates;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.T2Duration;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.Period;

/**
 * The facts the disability grant's rules need about a case, from the register, the rate table and
 * the settings: the person's settlement facts (a child born after the mother's settlement counts
 * from its birth, R-DL-4), what the case's applications granted, the deadline of a grant year
 * (R-DL-1..4) with a granted later one (R-DL-5), the rate of a grant year (R-RATE-1, R-RATE-2), and
 * everything the submit check takes. Called after the case was found in the caller's scope; the
 * mother's settlement date is read only for the rules, never shown.
 */
@ApplicationScoped
public class CaseFacts {

  @Inject private SettlementRepository settlements;
  @Inject private ApplicationRepository applications;
  @Inject private RateBook rates;
  @Inject private SettingsBook settings;

  protected CaseFacts() {}

  public CaseFacts(
      SettlementRepository settlements,
      ApplicationRepository applications,
      RateBook rates,
      SettingsBook settings) {
    this.settlements = settlements;
    this.applications = applications;
    this.rates = rates;
    this.settings = settings;
  }

  /** The person's facts for the disability grant's rules. */
  public SettlementFacts facts(CaseFile caseFile) {
    return facts(caseFile.getPerson());
  }

  /** The person in the caller's scope, for a person who may have no case yet. */
  public Optional<Person> person(MunicipalityScope scope, long personId) {
    return settlements.findByPerson(scope, personId).map(Settlement::getPerson);
  }

  /** The facts of a person who may have no case yet. */
  public SettlementFacts facts(Person person) {
    Settlement settlement =
        settlements
            .findByPerson(MunicipalityScope.ALL, person.getId())
            .orElseThrow(() -> new IllegalStateException("No settlement for " + person.getId()));
    no.imdi.grants.settlement.SettlementFacts registered = settlement.facts();
    Optional<LocalDate> mother =
        Optional.ofNullable(settlement.getMother())
            .flatMap(m -> settlements.findByPerson(MunicipalityScope.ALL, m.getId()))
            .map(Settlement::getSettlementDate)
            .filter(date -> person.getBirthDate().isAfter(date));
    SettlementFacts.Builder builder =
        mother.isPresent()
            ? SettlementFacts.childBornOn(person.getBirthDate(), mother.get())
            : SettlementFacts.settledOn(registered.settlementDate()).bornOn(person.getBirthDate());
    return builder
        .unaccompaniedMinor(registered.unaccompaniedMinor())
        .udiHousing(registered.udiHousing())
        .settledByAgreement(registered.settledByAgreement())
        .familyReunified(
            registered.familyReunification(), registered.reunificationBySpecialAgreement())
        .build();
  }

  /** The case's applications and what their approved decisions say. */
  public CaseHistory history(MunicipalityScope scope, CaseFile caseFile) {
    return CaseHistory.of(
        applications.ofCase(scope, caseFile.getId()),
        applications.approvedOfCase(scope, caseFile.getId()));
  }

  public int maxT2Years(SettlementFacts facts) {
    return T2Duration.maxYears(facts).value();
  }

  /** R-DL-1..4: the grant year's deadline given what else was granted, or null (R-DL-3). */
  public LocalDate deadline(
      SettlementFacts facts, int grantYear, CaseHistory history, Application except) {
    return ApplicationDeadlines.deadline(
            facts.referenceDate(), grantYear, history.priorGrants(except))
        .value();
  }

  public Optional<LocalDate> grantedExtension(CaseFile caseFile, int grantYear) {
    return applications.grantedExtension(caseFile.getId(), grantYear);
  }

  public Period grantYear(SettlementFacts facts, int grantYear) {
    return GrantYear.of(facts.referenceDate().date(), grantYear).period();
  }

  /** R-RATE-1, R-RATE-2: the T1 rate or the T2 cap of the application's grant year. */
  public AppliedRate rate(SettlementFacts facts, Application application) {
    GrantYear year = GrantYear.of(facts.referenceDate().date(), application.getGrantYear());
    DisabilityRates table = new DisabilityRates(rates.table());
    return application.getKind() == GrantKind.T1
        ? table.t1Amount(year)
        : table.t2Cap(year, facts.udiHousing(), facts.referenceDate().date());
  }

  /** Everything the submit check needs besides the application, for a day of receipt. */
  public SubmissionContext submissionContext(
      MunicipalityScope scope, Application application, LocalDate receivedOn) {
    CaseFile caseFile = application.getCaseFile();
    SettlementFacts facts = facts(caseFile);
    CaseHistory history = history(scope, caseFile);
    int year = application.getGrantYear();
    if (application.isConversion()) {
      Period t1Year = grantYear(facts, application.getConversionOf().getGrantYear());
      return new SubmissionContext(
          receivedOn,
          null,
          null,
          facts.unaccompaniedMinor(),
          history.t2GrantedOnSpecialistAssessment(),
          history.impairmentNotLastingOrTentative(),
          settings.missingConsentRefuses(),
          null,
          t1Year);
    }
    Refusal eligibility =
        ApplicationEligibility.check(
                application.getKind(), year, maxT2Years(facts), history.priorGrants(application))
            .orElse(null);
    return new SubmissionContext(
        receivedOn,
        deadline(facts, year, history, application),
        grantedExtension(caseFile, year).orElse(null),
        facts.unaccompaniedMinor(),
        history.t2GrantedOnSpecialistAssessment(),
        history.impairmentNotLastingOrTentative(),
        settings.missingConsentRefuses(),
        eligibility,
        null);
  }
}
