package no.imdi.grants.testsupport;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.Scheme;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.CaseHistory;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.DraftContent;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.MeasureInput;
import no.imdi.grants.disability.application.NewApplications;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.application.SubmissionContext;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.shared.Nok;

/**
 * Case files and applications written straight through the domain's verbs, for the repository tests
 * that need matters in given states without going through the services.
 */
public final class CaseSeed {

  public static final Instant AT = Instant.parse("2024-11-04T09:00:00Z");
  public static final Actor MUNICIPALITY = new Actor("kommune", Role.MUNICIPALITY_CASEWORKER);
  public static final Actor CASEWORKER = new Actor("imdi.saksbehandler", Role.IMDI_CASEWORKER);
  public static final Actor APPROVER = new Actor("imdi.godkjenner", Role.IMDI_APPROVER);

  private CaseSeed() {}

  /** A case numbered in 2024 for the person, stored. */
  public static CaseFile caseFile(EntityManager em, long personId) {
    CaseRepository cases = new CaseRepository(em);
    CaseFile file =
        CaseFile.open(
            cases.allocateNumber(2024),
            Scheme.DISABILITY_GRANT,
            em.find(Person.class, personId),
            MUNICIPALITY,
            AT);
    cases.add(file);
    return file;
  }

  /** A stored T2 draft of grant year 1 with the seed's measure (348 005 kr) and its documents. */
  public static Application draft(EntityManager em, CaseFile file, String municipality) {
    Application application =
        NewApplications.start(
                file,
                em.find(Municipality.class, municipality),
                GrantKind.T2,
                1,
                ReportingBasis.BUDGET,
                5,
                new CaseHistory(List.of(), false, false),
                MUNICIPALITY,
                AT)
            .matter();
    application.saveDraft(content(), MUNICIPALITY, AT);
    for (DocumentKind kind :
        List.of(DocumentKind.CONSENT, DocumentKind.HEALTH_DOCUMENTATION, DocumentKind.BUDGET)) {
      application.attach(kind, kind.name(), document(), false, MUNICIPALITY, AT);
    }
    em.persist(application);
    return application;
  }

  /** A stored application submitted at the instant, received on its day, with the deadline. */
  public static Application submitted(
      EntityManager em, CaseFile file, String municipality, Instant at, LocalDate deadline) {
    Application application = draft(em, file, municipality);
    LocalDate received = LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/Oslo"));
    application.submit(
        new SubmissionContext(received, deadline, null, false, false, false, true, null, null),
        null,
        MUNICIPALITY,
        at);
    return application;
  }

  public static DraftContent content() {
    return new DraftContent(
        new HealthInformation("Utviklingshemming", "Fra fødselen", true, "Døgnoppfølging"),
        "Fastlege",
        ContributionZone.I,
        false,
        false,
        false,
        List.of(
            new MeasureInput(
                "Assistanse",
                "Ingen",
                null,
                List.of(
                    CostLine.directUserTime(
                        "Miljøterapeut",
                        Nok.kroner(250),
                        BigDecimal.valueOf(1000),
                        new BigDecimal("0.12"),
                        new BigDecimal("0.10"))))));
  }

  public static DocumentRef document() {
    return new DocumentRef(java.util.UUID.randomUUID(), "application/pdf", 1000, "ab".repeat(32));
  }

  public static CaseNumber number(int sequence) {
    return new CaseNumber(2024, sequence);
  }
}
