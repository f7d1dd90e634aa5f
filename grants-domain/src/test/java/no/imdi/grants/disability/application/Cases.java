package no.imdi.grants.disability.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.Scheme;
import no.imdi.grants.disability.AppliedRate;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * Fresh cases, applications and actors for each test: a person settled in Oslo, the seed's cost
 * line (1 000 hours at 250 kr, 12 % holiday pay, 10 % pension, zone I: 348 005 kr), and the rates
 * of R-RATE-2 for 2024.
 */
final class Cases {

  static final Instant T0 = Instant.parse("2024-11-04T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2024, 11, 4);
  static final Actor MUNICIPALITY = new Actor("kommune.oslo", Role.MUNICIPALITY_CASEWORKER);
  static final Actor CASEWORKER = new Actor("imdi.saksbehandler", Role.IMDI_CASEWORKER);
  static final Actor OTHER_CASEWORKER = new Actor("imdi.annen", Role.IMDI_CASEWORKER);
  static final Actor APPROVER = new Actor("imdi.godkjenner", Role.IMDI_APPROVER);
  static final Actor FINANCE = new Actor("okonomi.oslo", Role.MUNICIPALITY_FINANCE);
  static final Actor MINISTRY = new Actor("departementet", Role.MINISTRY);
  static final Actor ADMIN = new Actor("admin", Role.ADMIN);
  static final Municipality OSLO = new Municipality("0301", "Oslo", "03", "Oslo");

  private Cases() {}

  static CaseFile caseFile() {
    Person person =
        new Person("01010150000", "Amina", "Haddad", LocalDate.of(2001, 1, 1), Sex.FEMALE);
    return CaseFile.open(
        new CaseNumber(2026, 123), Scheme.DISABILITY_GRANT, person, MUNICIPALITY, T0);
  }

  static CaseHistory noHistory() {
    return new CaseHistory(List.of(), false, false);
  }

  static Application draft(GrantKind kind, int year) {
    ReportingBasis basis = kind == GrantKind.T2 ? ReportingBasis.BUDGET : null;
    return new Application(caseFile(), OSLO, kind, year, basis, null, MUNICIPALITY.username(), T0);
  }

  /** A draft with everything filled in and every document of the checklist attached. */
  static Application complete(GrantKind kind, int year, long hours) {
    Application application = draft(kind, year);
    application.saveDraft(content(hours), MUNICIPALITY, T0);
    for (DocumentKind document :
        List.of(
            DocumentKind.CONSENT,
            DocumentKind.HEALTH_DOCUMENTATION,
            DocumentKind.BUDGET,
            DocumentKind.ACCOUNTS_REPORT)) {
      attach(application, document);
    }
    return application;
  }

  static DraftContent content(long hours) {
    return content(List.of(measure("Personlig assistanse", hours)));
  }

  static DraftContent content(List<MeasureInput> measures) {
    return new DraftContent(
        new HealthInformation(
            "Alvorlig utviklingshemming", "Fra fødselen", true, "Hjelp hele døgnet"),
        "Fastlege Ola Lege, Oslo legevakt",
        ContributionZone.I,
        false,
        false,
        false,
        measures);
  }

  /** The seed's content with the three checklist answers given (null: not answered). */
  static DraftContent answers(Boolean decisions, Boolean pedagogical, Boolean newHealth) {
    DraftContent c = content(1000);
    return new DraftContent(
        c.health(), c.consentNames(), c.zone(), decisions, pedagogical, newHealth, c.measures());
  }

  /** The messages of every problem the check found, in its order. */
  static List<CaseMessage> messages(SubmissionCheck check) {
    return check.problems().stream().map(SubmitProblem::message).toList();
  }

  static MeasureInput measure(String name, long hours) {
    return new MeasureInput(name, "Ingen andre bidrar", null, List.of(line(hours)));
  }

  static CostLine line(long hours) {
    return CostLine.directUserTime(
        "Miljøterapeut",
        Nok.kroner(250),
        BigDecimal.valueOf(hours),
        new BigDecimal("0.12"),
        new BigDecimal("0.10"));
  }

  static Attachment attach(Application application, DocumentKind kind) {
    return application.attach(kind, kind.name(), document(), false, MUNICIPALITY, T0);
  }

  static DocumentRef document() {
    return new DocumentRef(java.util.UUID.randomUUID(), "application/pdf", 12_345, "ab".repeat(32));
  }

  /** Received today, deadline 13.12.2024, nothing else special. */
  static SubmissionContext inTime() {
    return context(TODAY, LocalDate.of(2024, 12, 13), null);
  }

  static SubmissionContext context(LocalDate received, LocalDate deadline, LocalDate extension) {
    return new SubmissionContext(
        received, deadline, extension, false, false, false, true, null, null);
  }

  static Application submitted(GrantKind kind, int year, long hours) {
    Application application = complete(kind, year, hours);
    application.submit(inTime(), null, MUNICIPALITY, T0);
    return application;
  }

  /** Submitted, the case taken by {@link #CASEWORKER}, and under assessment. */
  static Application assessed(GrantKind kind, int year, long hours) {
    Application application = submitted(kind, year, hours);
    application.getCaseFile().take(CASEWORKER, T0);
    application.startAssessment(CASEWORKER, T0);
    return application;
  }

  /** A T2 application for grant year 1 (348 005 kr) in the given state. */
  static Application inState(ApplicationState state) {
    if (state == ApplicationState.DRAFT) {
      return complete(GrantKind.T2, 1, 1000);
    }
    if (state == ApplicationState.SUBMITTED) {
      return submitted(GrantKind.T2, 1, 1000);
    }
    if (state == ApplicationState.WITHDRAWN) {
      Application application = submitted(GrantKind.T2, 1, 1000);
      application.withdraw(MUNICIPALITY, T0, "Flyttet");
      return application;
    }
    Application application = assessed(GrantKind.T2, 1, 1000);
    if (state == ApplicationState.WAITING_FOR_DOCUMENTATION) {
      application.awaitDocumentation(CASEWORKER, T0, "Mangler legeerklæring");
    }
    if (state.compareTo(ApplicationState.PREPARED) >= 0) {
      Decision decision = prepare(application, DecisionDraft.grant(null)).decision();
      if (state == ApplicationState.SENT_BACK) {
        decision.sendBack(APPROVER, T0, "Sjekk beløpet");
      }
      if (state == ApplicationState.DECIDED) {
        decision.approve(APPROVER, T0, null);
      }
    }
    return application;
  }

  static PreparedDecision prepare(Application application, DecisionDraft draft) {
    AppliedRate rate = application.getKind() == GrantKind.T1 ? t1Rate() : t2Cap();
    return application.prepareDecision(draft, rate, CASEWORKER, T0);
  }

  static AppliedRate t1Rate() {
    return rate(RateCode.T1, 196_400);
  }

  static AppliedRate t2Cap() {
    return rate(RateCode.T2, 1_608_000);
  }

  static AppliedRate rate(RateCode code, long kroner) {
    return new AppliedRate(code, 2024, Nok.kroner(kroner), true, Explanation.NONE);
  }

  static AppliedRate unknownRate(RateCode code) {
    return new AppliedRate(code, 2025, null, false, Explanation.NONE);
  }
}
