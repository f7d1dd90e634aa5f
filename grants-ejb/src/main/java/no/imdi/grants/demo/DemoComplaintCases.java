package no.imdi.grants.demo;

import static no.imdi.grants.demo.DemoContent.health;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.imdi.grants.complaint.MinistryOutcome;
import no.imdi.grants.demo.DemoCases.DemoCase;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.settlement.Sex;

/**
 * Oslo's demo complaints (R-AP), one in each state, each on the dismissal of a T1 application that
 * was not in the scheme's form (R-DEC-1): received in time and being prepared; late and waiting for
 * IMDi's assessment (R-AP-5); a late one dismissed; one reversed by IMDi (R-AP-6); a forwarding
 * statement waiting for the approver; one with the ministry, overdue-proof with an interim reply
 * (R-AP-8); and one the ministry upheld (R-AP-7).
 */
final class DemoComplaintCases {

  private static final String OSLO = "0301";
  private static final String USER = "kommune.oslo";
  private static final HealthInformation HEARING =
      health(
          "Alvorlig hørselstap fra fødselen, uten talespråk",
          "Trenger tolk og tilrettelagt opplæring i dagliglivets ferdigheter");

  private static final String STATEMENT =
      "IMDi opprettholder avvisningen: søknaden manglet tiltakene med kostnadsberegning.";

  /**
   * Days since the dismissal of the late demo complaints: past three weeks from its delivery
   * (R-AP-3) on any weekday and holiday, well within the year (R-AP-5).
   */
  private static final int LATE_DISMISSAL_DAYS = 35;

  private DemoComplaintCases() {}

  static List<DemoCase> all() {
    return List.of(
        demo(
            "oslo-complaint-received",
            "Samir",
            "Nasser",
            LocalDate.of(1983, 1, 27),
            s -> {
              complained(s, 12);
            }),
        demo(
            "oslo-complaint-late",
            "Hodan",
            "Farah",
            LocalDate.of(1984, 3, 20),
            s -> {
              complainedLate(s, LATE_DISMISSAL_DAYS);
            }),
        demo(
            "oslo-complaint-dismissed-late",
            "Tariq",
            "Jaber",
            LocalDate.of(1977, 9, 7),
            s -> {
              if (complainedLate(s, LATE_DISMISSAL_DAYS + 9)) {
                s.complaint()
                    .dismissLate(
                        "Forsinkelsen skyldtes ferieavvikling i kommunen; det er ikke en grunn"
                            + " til å behandle klagen likevel (R-AP-5).");
              }
            }),
        demo(
            "oslo-complaint-reversed",
            "Zainab",
            "Karimi",
            LocalDate.of(1988, 2, 11),
            s -> {
              if (complained(s, 14)) {
                s.complaint().reverse("Søknaden var i skjemaets form; vedlegget lå i journalen.");
              }
            }),
        demo(
            "oslo-complaint-statement",
            "Ali",
            "Osman",
            LocalDate.of(1979, 5, 23),
            s -> {
              if (complained(s, 9)) {
                s.complaint().forward(STATEMENT);
              }
            }),
        demo(
            "oslo-complaint-ministry",
            "Leyla",
            "Demir",
            LocalDate.of(1986, 12, 8),
            s -> {
              if (forwarded(s, 16)) {
                s.complaint().ministryInterimReply("Departementet har mange klagesaker.", 30);
              }
            }),
        demo(
            "oslo-complaint-upheld",
            "Yonas",
            "Tekle",
            LocalDate.of(1981, 4, 15),
            s -> {
              if (forwarded(s, 18)) {
                s.complaint()
                    .ministryDecides(MinistryOutcome.UPHELD, "Søknaden var ikke i skjemaets form.");
              }
            }));
  }

  /** The dismissal approved {@code daysAgo} days ago (its letter then in the inbox). */
  private static long dismissal(DemoStory s, int daysAgo) {
    long application = DemoOsloCases.submittedT1(s, daysAgo + 20, HEARING, 520);
    s.day(daysAgo + 12);
    s.take();
    s.assess(application);
    s.day(daysAgo + 3);
    long decision =
        s.prepare(
            application,
            DecisionDraft.dismiss(
                "Søknaden var ikke i skjemaets form: tiltakene manglet (R-DEC-1).", "R-DEC-1"));
    s.day(daysAgo);
    s.approve(decision, "Godkjent.");
    return decision;
  }

  /**
   * The dismissal, and Oslo's complaint on it today: the letter reached the inbox when the demo was
   * loaded, so the complaint is in time (R-AP-3, R-AP-4).
   */
  private static boolean complained(DemoStory s, int dismissedDaysAgo) {
    long decision = dismissal(s, dismissedDaysAgo);
    s.day(0);
    return s.complaint()
        .complain(
            decision,
            "Tiltakene var beskrevet i vedlegget til søknaden.",
            "Behandle søknaden",
            null);
  }

  /**
   * The dismissal {@code dismissedDaysAgo} days ago, its letter delivered that day, and Oslo's
   * complaint on it today, after the three weeks (R-AP-3): late, with the reason for the delay, and
   * waiting for IMDi's assessment (R-AP-5).
   */
  private static boolean complainedLate(DemoStory s, int dismissedDaysAgo) {
    long decision = dismissal(s, dismissedDaysAgo);
    s.day(0);
    return s.complaint()
        .complain(
            decision,
            "Tiltakene var beskrevet i vedlegget til søknaden.",
            "Behandle søknaden",
            "Brevet ble ikke lest mens saksbehandleren i kommunen var på ferie.");
  }

  private static boolean forwarded(DemoStory s, int dismissedDaysAgo) {
    if (!complained(s, dismissedDaysAgo)) {
      return false;
    }
    s.complaint().forward(STATEMENT);
    s.complaint().approveForwarding();
    return true;
  }

  private static DemoCase demo(
      String key, String given, String family, LocalDate birth, Consumer<DemoStory> story) {
    Sex sex = birth.getDayOfMonth() % 2 == 0 ? Sex.FEMALE : Sex.MALE;
    return new DemoCase(key, OSLO, USER, given, family, birth, sex, 400, story);
  }
}
