package no.imdi.grants.complaint;

import static no.imdi.grants.complaint.ComplaintTest.assertRefused;
import static no.imdi.grants.complaint.Complaints.CASEWORKER;
import static no.imdi.grants.complaint.Complaints.MINISTRY;
import static no.imdi.grants.complaint.Complaints.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.imdi.grants.casefile.CaseMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-AP-8: one month to answer a complaint, at IMDi and again at the ministry; interim replies. */
class ComplaintInterimReplyTest {

  @ParameterizedTest(name = "reached {0}: due {1}")
  @DisplayName("R-AP-8 one month from the day it reached the body, month ends, not rolled")
  @CsvSource({
    "2026-03-01, 2026-04-01",
    "2026-01-31, 2026-02-28",
    "2024-01-31, 2024-02-29",
    "2026-03-31, 2026-04-30",
    "2026-12-15, 2027-01-15",
    "2026-04-01, 2026-05-01",
    "2026-03-05, 2026-04-05"
  })
  void R_AP_8_oneMonth(LocalDate reached, LocalDate due) {
    AnswerDue answer = AnswerDue.from(reached);
    assertThat(answer.due()).isEqualTo(due);
    assertThat(answer.isOverdueOn(due)).isFalse();
    assertThat(answer.isOverdueOn(due.plusDays(1))).isTrue();
  }

  @ParameterizedTest(name = "received {0}, checked {1} -> overdue {2}")
  @DisplayName("R-AP-8 the timer marks a complaint received 01.03 overdue on 02.04, once")
  @CsvSource({
    "2026-03-01, 2026-04-01, false",
    "2026-03-01, 2026-04-02, true",
    "2026-01-31, 2026-02-28, false",
    "2026-01-31, 2026-03-01, true",
    "2024-01-31, 2024-02-29, false",
    "2024-01-31, 2024-03-01, true"
  })
  void R_AP_8_overdueWithoutAnInterimReply(LocalDate received, LocalDate today, boolean overdue) {
    Complaint complaint = Complaints.received(received, received, received, null);
    assertThat(complaint.markOverdue(today, at(today)).isPresent()).isEqualTo(overdue);
    assertThat(complaint.isOverdue()).isEqualTo(overdue);
    assertThat(complaint.markOverdue(today, at(today))).isEmpty();
    if (!overdue) {
      assertThat(complaint.markOverdue(today.plusDays(1), at(today))).isPresent();
    }
  }

  @Test
  @DisplayName("R-AP-8 an interim reply with an expected date after today clears the overdue mark")
  void R_AP_8_interimReplyAnswers() {
    Complaint complaint = Complaints.inTime();
    LocalDate today = LocalDate.of(2026, 4, 2);
    assertThat(complaint.markOverdue(today, at(today))).isPresent();
    assertRefused(
        () -> complaint.sendInterimReply("Mange saker", today, today, CASEWORKER, at(today)),
        CaseMessage.COMPLAINT_EXPECTED_DATE,
        "R-AP-8");
    assertRefused(
        () ->
            complaint.sendInterimReply(
                "Mange saker", today.plusDays(30), today, MINISTRY, at(today)),
        CaseMessage.ROLE_NOT_ALLOWED,
        null);
    complaint.sendInterimReply("Mange saker", today.plusDays(30), today, CASEWORKER, at(today));
    assertThat(complaint.isOverdue()).isFalse();
    assertThat(complaint.getProgress().getExpectedAnswerOn()).isEqualTo(today.plusDays(30));
    assertThat(complaint.markOverdue(today.plusDays(60), at(today))).isEmpty();
  }

  @Test
  @DisplayName("R-AP-8 with the ministry the month counts from the forwarding; it answers itself")
  void R_AP_8_alsoWhileWithTheMinistry() {
    LocalDate forwarded = LocalDate.of(2026, 5, 15);
    Complaint complaint = Complaints.withMinistry(forwarded);
    assertThat(complaint.answerDue().due()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(complaint.markOverdue(LocalDate.of(2026, 6, 15), at(forwarded))).isEmpty();
    assertThat(complaint.markOverdue(LocalDate.of(2026, 6, 16), at(forwarded))).isPresent();
    assertRefused(
        () ->
            complaint.sendInterimReply(
                "x",
                LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 6, 16),
                CASEWORKER,
                at(forwarded)),
        CaseMessage.ROLE_NOT_ALLOWED,
        null);
    complaint.sendInterimReply(
        "Sommerferie",
        LocalDate.of(2026, 8, 1),
        LocalDate.of(2026, 6, 16),
        MINISTRY,
        at(forwarded));
    assertThat(complaint.isOverdue()).isFalse();
    complaint.decideByMinistry(MinistryOutcome.UPHELD, "Riktig", MINISTRY, at(forwarded));
    assertThat(complaint.markOverdue(LocalDate.of(2027, 1, 1), at(forwarded))).isEmpty();
  }
}
