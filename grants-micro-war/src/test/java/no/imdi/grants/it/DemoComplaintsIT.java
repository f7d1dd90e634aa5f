package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import no.imdi.grants.complaint.ComplaintState;
import org.junit.jupiter.api.Test;

/**
 * The demo data's complaints (R-AP), as the server loaded them: one in each state of the flow, the
 * late ones among them (R-AP-5), with their letters in Oslo's inbox. Read in the database of the
 * running server; the tests' own cases (case year 2099) are left out.
 */
class DemoComplaintsIT {

  @Test
  void theDemoHasComplaintsInEachStateOfTheFlow() throws Exception {
    String demo =
        " from complaint k join case_file f on f.id = k.case_id where f.case_year <> 2099";
    assertThat(CaseTestData.count("select count(distinct k.state)" + demo))
        .isEqualTo(ComplaintState.values().length);
    // R-AP-5: the late one waits for IMDi's assessment with the municipality's reason for the
    // delay; the late one dismissed has its dismissal letter (with its own right) in the inbox
    assertThat(
            CaseTestData.count(
                "select count(*)"
                    + demo
                    + " and k.state = 'LATE' and k.timeliness = 'LATE_MAY_BE_CONSIDERED'"
                    + " and k.delay_reason is not null and k.late_assessed_by is null"))
        .isEqualTo(1);
    assertThat(
            CaseTestData.count(
                "select count(*)"
                    + demo
                    + " and k.state = 'DISMISSED_LATE' and k.late_assessed_by = 'imdi.saksbehandler'"
                    + " and exists (select 1 from inbox_item i join journal_entry e"
                    + " on e.id = i.source_id where i.source = 'COMPLAINT_LETTER'"
                    + " and e.case_id = k.case_id and i.letter_kind = 'COMPLAINT_DISMISSAL')"))
        .isEqualTo(1);
    assertThat(
            CaseTestData.count(
                "select count(*)"
                    + demo
                    + " and k.state = 'WITH_MINISTRY'"
                    + " and k.interim_reply_by = 'departementet'"))
        .isEqualTo(1);
    assertThat(
            CaseTestData.count(
                "select count(*)"
                    + demo
                    + " and k.ministry_outcome = 'UPHELD'"
                    + " and k.ministry_decided_by = 'departementet'"))
        .isEqualTo(1);
    assertThat(
            CaseTestData.count(
                "select count(*) from inbox_item i join case_file f on f.id = i.case_id"
                    + " where i.source = 'COMPLAINT_LETTER' and f.case_year <> 2099"))
        // receipts of all seven; the late one's dismissal; the reversal; the statement and the
        // interim reply; the statement and the ministry's decision
        .isEqualTo(1 + 2 + 1 + 2 + 1 + 3 + 3);
  }
}
