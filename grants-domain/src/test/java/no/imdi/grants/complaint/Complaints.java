package no.imdi.grants.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.Scheme;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Sex;

/** Fresh cases, contested decisions and complaints for each test, with the demo users' names. */
final class Complaints {

  static final Actor OSLO = new Actor("kommune.oslo", Role.MUNICIPALITY_CASEWORKER);
  static final Actor CASEWORKER = new Actor("imdi.saksbehandler", Role.IMDI_CASEWORKER);
  static final Actor OTHER_CASEWORKER = new Actor("imdi.annen", Role.IMDI_CASEWORKER);
  static final Actor APPROVER = new Actor("imdi.godkjenner", Role.IMDI_APPROVER);
  static final Actor MINISTRY = new Actor("departementet", Role.MINISTRY);
  static final Actor ADMIN = new Actor("admin", Role.ADMIN);

  private Complaints() {}

  static Instant at(LocalDate day) {
    return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
  }

  static CaseFile caseFile() {
    Person person =
        new Person("01010150000", "Ahmad", "Rahimi", LocalDate.of(2001, 1, 1), Sex.MALE);
    return CaseFile.open(
        new CaseNumber(2026, 42), Scheme.DISABILITY_GRANT, person, OSLO, Instant.EPOCH);
  }

  static ContestedDecision dismissal(LocalDate decided, LocalDate notice) {
    return contested(DecisionKind.DISMISSED, decided, notice);
  }

  static ContestedDecision contested(DecisionKind kind, LocalDate decided, LocalDate notice) {
    return new ContestedDecision(7, 3, kind, decided, 11L, notice);
  }

  static ComplaintFiling filing(LocalDate sent, String delayReason) {
    return new ComplaintFiling(
        "Søknaden kom i tide; portalen var nede.", "Behandle søknaden", delayReason, sent);
  }

  /** A complaint received on {@code sent} about a dismissal of {@code decided}. */
  static Complaint received(LocalDate decided, LocalDate notice, LocalDate sent, String delay) {
    return Complaint.receive(
            caseFile(),
            dismissal(decided, notice),
            filing(sent, delay),
            RollForwardSetting.DEFAULT,
            List.of(),
            OSLO,
            at(sent))
        .matter();
  }

  /** In time, received 01.03.2026 on a dismissal of 16.02.2026; the case taken by IMDi. */
  static Complaint inTime() {
    Complaint complaint =
        received(
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 1), null);
    complaint.getCaseFile().take(CASEWORKER, at(LocalDate.of(2026, 3, 2)));
    return complaint;
  }

  /** In time and forwarded to the ministry on {@code forwarded}. */
  static Complaint withMinistry(LocalDate forwarded) {
    Complaint complaint = inTime();
    complaint.forwardToMinistry("IMDi opprettholder avvisningen.", CASEWORKER, at(forwarded));
    complaint.approveForwarding(APPROVER, forwarded, at(forwarded), null);
    return complaint;
  }
}
