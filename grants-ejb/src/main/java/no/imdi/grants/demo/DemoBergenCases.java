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
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.settlement.Sex;

/**
 * The demo cases of Bergen (4601, {@code kommune.bergen}): an application waiting for the
 * documentation IMDi asked for, a T2 partly granted, a T1 refused, a request for a later deadline
 * waiting for IMDi (R-DL-5), and an enquiry thread in both directions with an attachment.
 */
final class DemoBergenCases {

  private static final String BERGEN = "4601";
  private static final String USER = "kommune.bergen";

  private static final HealthInformation BRAIN_INJURY =
      health(
          "Ervervet hjerneskade med nedsatt hukommelse og epilepsi",
          "Trenger tilsyn og hjelp til å strukturere dagen, og følge ved anfall");
  private static final HealthInformation DEVELOPMENTAL =
      health(
          "Moderat psykisk utviklingshemming",
          "Trenger hjelp til alle daglige gjøremål og veiledning i bolig hele dagen");

  private DemoBergenCases() {}

  static List<DemoCase> all() {
    return List.of(
        demo(
            "bergen-waiting",
            "Fatima",
            "Ali",
            LocalDate.of(1990, 5, 17),
            Sex.FEMALE,
            140,
            DemoBergenCases::waitingForDocumentation),
        demo(
            "bergen-partly",
            "Hassan",
            "Mohammed",
            LocalDate.of(1985, 8, 3),
            Sex.MALE,
            260,
            DemoBergenCases::partlyGranted),
        demo(
            "bergen-refused",
            "Liya",
            "Bekele",
            LocalDate.of(1997, 11, 29),
            Sex.FEMALE,
            220,
            DemoBergenCases::refused),
        demo(
            "bergen-extension",
            "Mohammad",
            "Karimi",
            LocalDate.of(1983, 2, 8),
            Sex.MALE,
            400,
            DemoBergenCases::extensionRequested),
        demo(
            "bergen-enquiry",
            "Olena",
            "Melnyk",
            LocalDate.of(1992, 6, 6),
            Sex.FEMALE,
            190,
            DemoBergenCases::enquiry));
  }

  private static DemoCase demo(
      String key,
      String given,
      String family,
      LocalDate birth,
      Sex sex,
      int settledDaysAgo,
      Consumer<DemoStory> story) {
    return new DemoCase(key, BERGEN, USER, given, family, birth, sex, settledDaysAgo, story);
  }

  /**
   * Sent without the health documentation (a warning the municipality overrode with a comment);
   * IMDi asked for it by a reply date, and the application waits (R-DOC-2).
   */
  private static void waitingForDocumentation(DemoStory s) {
    s.day(16);
    s.openCase();
    long application = s.start(GrantKind.T2, 1, ReportingBasis.BUDGET);
    s.fill(application, DemoContent.t2(DEVELOPMENTAL, 1200, 220));
    s.attachChecklist(application, false);
    s.submit(application, "Legeerklæringen er bestilt og ettersendes så snart den kommer.");
    s.day(12);
    s.take();
    s.assess(application);
    s.day(6);
    s.requestDocumentation(
        application,
        "Legeerklæring mangler",
        "Send legeerklæring som beskriver funksjonsnedsettelsen og når den oppsto (R-DOC-2).",
        s.today().plusDays(14));
  }

  /** A T2 granted for the assistance at home, not for the escort (R-DEC-1). */
  private static void partlyGranted(DemoStory s) {
    long application = DemoOsloCases.submittedT2(s, 40, BRAIN_INJURY);
    s.day(32);
    s.take();
    s.assess(application);
    s.readHealth(application, "Vurdering av søknaden");
    s.day(10);
    long decision =
        s.prepare(
            application,
            new DecisionDraft(
                DecisionOutcome.PARTLY_GRANTED,
                null,
                Set.of(0),
                "Ledsager til aktiviteter dekkes delvis av frivilligsentralen, og resten er ikke"
                    + " dokumentert som en merutgift for kommunen (R-COST-6).",
                null,
                false,
                false));
    s.day(7);
    s.approve(decision, "Godkjent.");
  }

  /**
   * The impairment arose after settlement (the municipality overrode the warning with a comment):
   * refused, since the person is not in the target group (R-T-TG-2).
   */
  private static void refused(DemoStory s) {
    s.day(35);
    s.openCase();
    long application = s.start(GrantKind.T1, 1, null);
    s.fill(
        application,
        DemoContent.t1(
            new HealthInformation(
                "Ervervet hjerneskade etter trafikkulykke",
                "Etter en trafikkulykke tre måneder etter bosettingen",
                false,
                "Trenger hjelp til stell og tilsyn"),
            480));
    s.attachChecklist(application, true);
    s.submit(application, "Skaden oppsto etter bosettingen; vi ber IMDi vurdere søknaden likevel.");
    s.day(25);
    s.take();
    s.assess(application);
    s.day(14);
    long decision =
        s.prepare(
            application,
            DecisionDraft.refuse(
                "Funksjonsnedsettelsen oppsto etter bosettingen, og personen er derfor ikke i"
                    + " målgruppen for tilskuddet (R-T-TG-2)."));
    s.day(11);
    s.approve(decision, "Godkjent.");
  }

  /** A later deadline asked for within the deadline, waiting in IMDi's queue (R-DL-5). */
  private static void extensionRequested(DemoStory s) {
    s.day(3);
    s.openCase();
    s.requestExtension(
        1,
        s.deadline(1).plusMonths(2),
        "Vi venter på uttalelse fra PPT om det pedagogiske tilbudet (R-DOC-6).");
  }

  /**
   * The municipality asks IMDi about an application under assessment, with an attachment; IMDi
   * answers; the municipality writes again, and the thread waits for IMDi.
   */
  private static void enquiry(DemoStory s) {
    long application = DemoOsloCases.submittedT1(s, 22, DEVELOPMENTAL, 620);
    s.day(18);
    s.take();
    s.assess(application);
    s.day(10);
    long enquiry =
        s.writeToImdi(
            application,
            "Spørsmål om timeantall",
            "Kan vi ta med timene til nattevakt i kostnadsberegningen? Timelisten er vedlagt.",
            List.of(s.upload("timeliste.pdf", "Timeliste for miljøarbeidere")));
    s.day(8);
    s.imdiReplies(
        enquiry,
        "Nattevakt kan tas med når den er direkte brukertid for personen (R-COST-2). Før timene"
            + " som direkte brukertid.");
    s.day(1);
    s.municipalityReplies(
        enquiry,
        "Takk. Nattevakten er direkte brukertid; skal vi sende et nytt kostnadsoverslag?",
        List.of(),
        false);
  }
}
