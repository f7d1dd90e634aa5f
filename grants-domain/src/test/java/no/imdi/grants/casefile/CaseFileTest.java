package no.imdi.grants.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A case file is opened, taken by one IMDi caseworker at a time, and handed back. */
class CaseFileTest {

  static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
  static final Actor OSLO = new Actor("kommune.oslo", Role.MUNICIPALITY_CASEWORKER);
  static final Actor EVA = new Actor("eva", Role.IMDI_CASEWORKER);
  static final Actor OLA = new Actor("ola", Role.IMDI_CASEWORKER);

  @ParameterizedTest(name = "{0} may open a case: {1}")
  @EnumSource(Role.class)
  void openedByTheMunicipalitysCaseworkerOrIMDi(Role role) {
    boolean allowed = role == Role.MUNICIPALITY_CASEWORKER || role.isImdi();
    Actor actor = new Actor("x", role);
    if (allowed) {
      CaseFile file = open(actor);
      assertThat(file.getNumber()).hasToString("2026/00123");
      assertThat(file.getOpenedBy()).isEqualTo("x");
      assertThat(file.handling()).isEqualTo(Handling.UNASSIGNED);
    } else {
      assertThatThrownBy(() -> open(actor)).isInstanceOf(Refusal.class);
    }
  }

  @Test
  void takenByOneCaseworkerAndHandedBack() {
    CaseFile file = open(OSLO);

    StateChange<Handling> taken = file.take(EVA, AT);
    assertThat(taken)
        .isEqualTo(
            new StateChange<>("take", Handling.UNASSIGNED, Handling.ASSIGNED, "eva", AT, null));
    assertThat(file.getAssignedTo()).isEqualTo("eva");
    assertRefused(() -> file.take(OLA, AT), CaseMessage.CASE_TAKEN_BY_OTHER);
    assertRefused(() -> file.take(EVA, AT), CaseMessage.CASE_ALREADY_YOURS);
    assertRefused(() -> file.handBack(OLA, AT, null), CaseMessage.CASE_TAKEN_BY_OTHER);

    StateChange<Handling> back = file.handBack(EVA, AT, "Ferie");
    assertThat(back.to()).isEqualTo(Handling.UNASSIGNED);
    assertThat(back.why()).isEqualTo("Ferie");
    assertThat(file.getAssignedTo()).isNull();
    assertRefused(() -> file.handBack(EVA, AT, null), CaseMessage.CASE_NOT_TAKEN);
    assertThat(file.take(OLA, AT).by()).isEqualTo("ola");
  }

  @ParameterizedTest(name = "{0} takes a case")
  @EnumSource(
      value = Role.class,
      names = {"IMDI_CASEWORKER"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyAnIMDiCaseworkerTakesACase(Role role) {
    assertRefused(() -> open(OSLO).take(new Actor("x", role), AT), CaseMessage.ROLE_NOT_ALLOWED);
  }

  private static CaseFile open(Actor by) {
    Person person = new Person("01010150000", "A", "B", LocalDate.of(2001, 1, 1), Sex.MALE);
    return CaseFile.open(new CaseNumber(2026, 123), Scheme.DISABILITY_GRANT, person, by, AT);
  }

  private static void assertRefused(Runnable verb, CaseMessage expected) {
    assertThatThrownBy(verb::run)
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).isEqualTo(expected));
  }
}
