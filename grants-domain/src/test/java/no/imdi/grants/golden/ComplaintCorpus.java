package no.imdi.grants.golden;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.calendar.WorkingDayRoll;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.ComplaintTimeliness;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.complaint.RollForwardSetting;

/**
 * The complaints of the corpus (R-AP-1..5): whether a decision can be appealed, the complaint
 * deadline for every notice date of the Easter, Ascension and Whitsun months of 2024 and of
 * December 2025, with the roll-forward setting on and unverified, off, and on and verified, and
 * whether complaints sent on, after and long after the deadline came in time (decisions of 29
 * February among them).
 */
final class ComplaintCorpus {

  private static final RollForwardSetting VERIFIED = new RollForwardSetting(true, true);

  private ComplaintCorpus() {}

  static void write(CorpusWriter w) {
    w.heading("complaint right (R-AP-1, R-AP-2)");
    for (DecisionKind kind : DecisionKind.values()) {
      w.reasoned(kind.name(), kind.complaintRight());
    }
    w.heading("complaint deadlines (R-AP-3)");
    deadlines(w, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
    deadlines(w, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));
    deadlines(w, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20));
    timeliness(w);
    w.heading("working-day rolls");
    for (LocalDate day = LocalDate.of(2026, 3, 28);
        !day.isAfter(LocalDate.of(2026, 4, 8));
        day = day.plusDays(1)) {
      WorkingDayRoll roll = WorkingDayRoll.of(day);
      w.line(day + " nb: " + roll.norwegian() + " | " + roll.norwegianReason());
      w.line(day + " en: " + roll.english() + " | " + roll.englishReason());
    }
  }

  private static void deadlines(CorpusWriter w, LocalDate first, LocalDate last) {
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      ComplaintDeadline deadline = ComplaintDeadline.forNotice(day);
      w.explanation("notice " + day + " default " + deadline.deadline(), deadline.explanation());
      if (deadline.rolledForward()) {
        for (RollForwardSetting setting : List.of(RollForwardSetting.OFF, VERIFIED)) {
          ComplaintDeadline other = ComplaintDeadline.forNotice(day, setting);
          w.explanation(
              "notice " + day + " " + setting + " " + other.deadline(), other.explanation());
        }
      }
    }
  }

  private static void timeliness(CorpusWriter w) {
    w.heading("complaint timeliness (R-AP-4, R-AP-5)");
    assess(
        w,
        LocalDate.of(2024, 2, 29),
        LocalDate.of(2024, 3, 4),
        LocalDate.of(2024, 3, 25),
        LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 2, 28),
        LocalDate.of(2025, 3, 1));
    assess(
        w,
        LocalDate.of(2023, 9, 1),
        LocalDate.of(2023, 9, 5),
        LocalDate.of(2023, 9, 26),
        LocalDate.of(2023, 9, 27),
        LocalDate.of(2024, 9, 1),
        LocalDate.of(2024, 9, 2));
    assess(
        w,
        LocalDate.of(2026, 3, 13),
        LocalDate.of(2026, 3, 16),
        LocalDate.of(2026, 4, 6),
        LocalDate.of(2026, 4, 7),
        LocalDate.of(2026, 4, 8),
        LocalDate.of(2027, 3, 13));
  }

  private static void assess(
      CorpusWriter w, LocalDate decision, LocalDate notice, LocalDate... sent) {
    for (LocalDate day : sent) {
      for (RollForwardSetting setting :
          List.of(RollForwardSetting.DEFAULT, RollForwardSetting.OFF)) {
        ComplaintTimeliness t = ComplaintTimeliness.assess(decision, notice, day, setting);
        w.explanation(
            "decision "
                + decision
                + " notice "
                + notice
                + " sent "
                + day
                + " "
                + setting
                + " "
                + t.outcome()
                + " last "
                + t.lastDateForLateComplaint(),
            t.explanation());
      }
    }
  }
}
