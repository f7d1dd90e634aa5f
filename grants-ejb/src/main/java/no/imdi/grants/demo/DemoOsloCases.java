package no.imdi.grants.demo;

import static no.imdi.grants.demo.DemoContent.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.imdi.grants.demo.DemoCases.DemoCase;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.settlement.Sex;

/**
 * The demo cases of Oslo (0301, {@code kommune.oslo}): a draft, a submitted T1, one under
 * assessment, a decision waiting for approval, a granted T1, a late application dismissed (R-DL-6),
 * a later deadline granted and the application sent within it (R-DL-5), a T1 converted to T2
 * (R-T2-5) and another waiting for IMDi, a decision sent back by the approver, and a withdrawn
 * application. The days are counted back from now; a first application is due 14 months after
 * settlement (R-DL-1).
 */
final class DemoOsloCases {

  private static final String OSLO = "0301";
  private static final String USER = "kommune.oslo";

  private static final HealthInformation CEREBRAL_PALSY =
      health(
          "Cerebral parese med nedsatt gangfunksjon og finmotorikk",
          "Trenger hjelp til personlig stell, måltider og forflytning morgen og kveld");
  private static final HealthInformation AUTISM =
      health(
          "Autismespekterforstyrrelse med utfordrende atferd",
          "Trenger fast miljøarbeider i bolig og følge til aktiviteter");
  private static final HealthInformation VISION =
      health(
          "Sterkt nedsatt syn (blind fra fødselen)",
          "Trenger hjelp til orientering, mobilitet og praktiske gjøremål i hjemmet");

  private DemoOsloCases() {}

  static List<DemoCase> all() {
    return List.of(
        demo(
            "oslo-draft",
            "Amina",
            "Haddad",
            LocalDate.of(1991, 3, 14),
            Sex.FEMALE,
            95,
            DemoOsloCases::draft),
        demo(
            "oslo-submitted",
            "Yusuf",
            "Abdullahi",
            LocalDate.of(1987, 11, 2),
            Sex.MALE,
            160,
            DemoOsloCases::submitted),
        demo(
            "oslo-assessed",
            "Mariam",
            "Yousef",
            LocalDate.of(1979, 6, 21),
            Sex.FEMALE,
            210,
            DemoOsloCases::assessed),
        demo(
            "oslo-prepared",
            "Oleksandr",
            "Kovalenko",
            LocalDate.of(1984, 9, 9),
            Sex.MALE,
            250,
            DemoOsloCases::prepared),
        demo(
            "oslo-granted",
            "Sara",
            "Tesfay",
            LocalDate.of(1995, 2, 27),
            Sex.FEMALE,
            300,
            DemoOsloCases::granted),
        demo(
            "oslo-late",
            "Ahmad",
            "Rahimi",
            LocalDate.of(1982, 12, 5),
            Sex.MALE,
            470,
            DemoOsloCases::dismissedLate),
        demo(
            "oslo-extended",
            "Nadia",
            "Haidari",
            LocalDate.of(1989, 7, 18),
            Sex.FEMALE,
            440,
            DemoOsloCases::extended),
        demo(
            "oslo-converted",
            "Dawit",
            "Gebre",
            LocalDate.of(1976, 4, 30),
            Sex.MALE,
            230,
            DemoOsloCases::converted),
        demo(
            "oslo-sent-back",
            "Iryna",
            "Shevchenko",
            LocalDate.of(1993, 10, 11),
            Sex.FEMALE,
            270,
            DemoOsloCases::sentBack),
        demo(
            "oslo-conversion",
            "Aisha",
            "Warsame",
            LocalDate.of(1988, 8, 8),
            Sex.FEMALE,
            150,
            DemoOsloCases::conversionRequested),
        demo(
            "oslo-withdrawn",
            "Omar",
            "Hussein",
            LocalDate.of(1980, 1, 24),
            Sex.MALE,
            180,
            DemoOsloCases::withdrawn));
  }

  private static DemoCase demo(
      String key,
      String given,
      String family,
      LocalDate birth,
      Sex sex,
      int settledDaysAgo,
      Consumer<DemoStory> story) {
    return new DemoCase(key, OSLO, USER, given, family, birth, sex, settledDaysAgo, story);
  }

  /** A T2 draft saved twice, with the consent attached; not yet sent. */
  private static void draft(DemoStory s) {
    s.day(6);
    s.openCase();
    long application = s.start(GrantKind.T2, 1, ReportingBasis.BUDGET);
    s.fill(application, DemoContent.unfinished(AUTISM, 900));
    s.attach(application, DocumentKind.CONSENT, "samtykke.pdf", "Informert samtykke");
    s.day(2);
    s.fill(application, DemoContent.t2(AUTISM, 1100, 250));
  }

  /** A T1 application sent three days ago, waiting in IMDi's queue for a caseworker. */
  private static void submitted(DemoStory s) {
    submittedT1(s, 4, CEREBRAL_PALSY, 520);
  }

  /** A T2 application that IMDi's caseworker took and is assessing. */
  private static void assessed(DemoStory s) {
    long application = submittedT2(s, 14, VISION);
    s.day(9);
    s.take();
    s.assess(application);
    s.readHealth(application, "Vurdering av søknaden");
  }

  /** A T2 decision prepared by the caseworker, waiting for the approver. */
  private static void prepared(DemoStory s) {
    long application = submittedT2(s, 24, CEREBRAL_PALSY);
    s.day(18);
    s.take();
    s.assess(application);
    s.day(3);
    s.readHealth(application, "Vurdering av søknaden");
    s.prepare(application, DecisionDraft.grant(null));
  }

  /** A T1 granted: prepared by the caseworker, approved by the approver. */
  private static void granted(DemoStory s) {
    long application = submittedT1(s, 45, CEREBRAL_PALSY, 560);
    s.day(30);
    s.take();
    s.assess(application);
    s.day(12);
    long decision = s.prepare(application, DecisionDraft.grant(null));
    s.day(9);
    s.approve(decision, "Godkjent.");
  }

  /** Sent about six weeks after the deadline without a later one: dismissed (R-DL-6, R-AP-2). */
  private static void dismissedLate(DemoStory s) {
    long application = submittedT1(s, 30, AUTISM, 540);
    s.day(20);
    s.take();
    s.assess(application);
    s.day(8);
    long decision =
        s.prepare(
            application,
            DecisionDraft.dismiss(
                "Søknaden kom inn etter søknadsfristen, og kommunen hadde ikke fått utsatt frist"
                    + " (R-DL-6, R-DL-5).",
                null));
    s.day(6);
    s.approve(decision, "Godkjent: fristen er oversittet.");
  }

  /**
   * A later deadline asked for within the deadline and granted (R-DL-5); the application came after
   * the original deadline but within the granted one, so it is in time.
   */
  private static void extended(DemoStory s) {
    s.day(50);
    s.openCase();
    LocalDate deadline = s.deadline(1);
    long request =
        s.requestExtension(
            1,
            deadline.plusMonths(2),
            "Spesialisterklæringen fra habiliteringstjenesten er bestilt, men kommer først om to"
                + " måneder.");
    s.day(45);
    s.take();
    s.grantExtension(request, deadline.plusMonths(2), "Utsatt frist innvilget (R-DL-5).");
    s.day(5);
    long application = s.start(GrantKind.T2, 1, ReportingBasis.BUDGET);
    s.fill(application, DemoContent.t2(VISION, 1000, 200));
    s.attachChecklist(application, true);
    s.submit(application, null);
  }

  /** A T1 granted, then converted to T2 while its grant year runs (R-T2-5), and granted. */
  private static void converted(DemoStory s) {
    long t1 = submittedT1(s, 200, AUTISM, 600);
    s.day(190);
    s.take();
    s.assess(t1);
    s.day(175);
    long first = s.prepare(t1, DecisionDraft.grant(null));
    s.day(172);
    s.approve(first, "Godkjent.");
    s.day(40);
    long t2 = s.startConversion(t1, ReportingBasis.BUDGET);
    s.fill(t2, DemoContent.t2(AUTISM, 1150, 300));
    s.attachChecklist(t2, true);
    s.attach(
        t2,
        DocumentKind.HEALTH_DOCUMENTATION,
        "spesialisterklaering.pdf",
        "Spesialisterklæring om varighet (R-DOC-7)");
    s.submit(t2, null);
    s.day(30);
    s.assess(t2);
    s.day(10);
    long second = s.prepare(t2, DecisionDraft.grant(null));
    s.day(7);
    s.approve(second, "Godkjent: omgjort fra T1 til T2.");
  }

  /** A granted T1 whose conversion to T2 (R-T2-5) waits in IMDi's queue. */
  private static void conversionRequested(DemoStory s) {
    long t1 = submittedT1(s, 120, CEREBRAL_PALSY, 540);
    s.day(110);
    s.take();
    s.assess(t1);
    s.day(95);
    long decision = s.prepare(t1, DecisionDraft.grant(null));
    s.day(92);
    s.approve(decision, "Godkjent.");
    s.day(3);
    long t2 = s.startConversion(t1, ReportingBasis.BUDGET);
    s.fill(t2, DemoContent.t2(CEREBRAL_PALSY, 1250, 240));
    s.attachChecklist(t2, true);
    s.submit(t2, null);
  }

  /** A partial grant the approver sent back with a comment; the caseworker must prepare anew. */
  private static void sentBack(DemoStory s) {
    long application = submittedT2(s, 28, VISION);
    s.day(21);
    s.take();
    s.assess(application);
    s.day(6);
    long decision =
        s.prepare(
            application,
            new DecisionDraft(
                DecisionOutcome.PARTLY_GRANTED,
                null,
                Set.of(0),
                "Ledsager til aktiviteter er ikke dokumentert som merutgift.",
                null,
                false,
                false));
    s.day(1);
    s.sendBack(decision, "Begrunnelsen må si hvorfor ledsageren ikke er en merutgift (R-COST-6).");
  }

  /** A T1 application the municipality withdrew after sending it. */
  private static void withdrawn(DemoStory s) {
    long application = submittedT1(s, 20, VISION, 500);
    s.day(11);
    s.withdraw(application, "Tiltaket dekkes likevel av spesialisthelsetjenesten.");
  }

  static long submittedT1(DemoStory s, int daysAgo, HealthInformation health, int hours) {
    s.day(daysAgo);
    s.openCase();
    long application = s.start(GrantKind.T1, 1, null);
    s.fill(application, DemoContent.t1(health, hours));
    s.attachChecklist(application, true);
    s.submit(application, null);
    return application;
  }

  static long submittedT2(DemoStory s, int daysAgo, HealthInformation health) {
    s.day(daysAgo);
    s.openCase();
    long application = s.start(GrantKind.T2, 1, ReportingBasis.BUDGET);
    s.fill(application, DemoContent.t2(health, 1100, 260));
    s.attachChecklist(application, true);
    s.submit(application, null);
    return application;
  }
}
