package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.ApplicationState.DRAFT;
import static no.imdi.grants.disability.application.ApplicationState.PREPARED;

import java.util.Arrays;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseRoles;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.security.Actor;

/**
 * Who may use each verb of an application, and in which of its states: the municipality edits,
 * submits and withdraws its own application, an IMDi caseworker who has the case assesses it, and
 * either of them may send documents while IMDi has it, until a decision is prepared. Holds nothing:
 * each check reads the application it is given and refuses as the application's verbs always have.
 */
final class ApplicationAccess {

  private ApplicationAccess() {}

  /** The municipality acts on its application in one of the allowed states. */
  static void requireMunicipality(Application application, Actor by, ApplicationState... allowed) {
    CaseRoles.requireMunicipality(by);
    requireState(application, allowed);
  }

  /** An IMDi caseworker who has the case acts on the application in one of the allowed states. */
  static void requireCaseworker(Application application, Actor by, ApplicationState... allowed) {
    CaseRoles.requireImdiCaseworker(by, application.getCaseFile());
    requireState(application, allowed);
  }

  /** The municipality or an IMDi caseworker who has the case, in one of the allowed states. */
  static void requireParty(Application application, Actor by, ApplicationState... allowed) {
    CaseRoles.requireMunicipalityOrCaseworker(by, application.getCaseFile());
    requireState(application, allowed);
  }

  /**
   * The municipality attaches to its draft and, after submitting, sends documents later; IMDi
   * registers documents that arrive by other routes while it has the application.
   */
  static void requireAttacher(Application application, Actor by) {
    ApplicationState state = application.getState();
    if (state == DRAFT) {
      CaseRoles.requireMunicipality(by);
    } else if (state.isWithImdi() && state != PREPARED) {
      CaseRoles.requireMunicipalityOrCaseworker(by, application.getCaseFile());
    } else {
      throw Refusal.of(CaseMessage.APPLICATION_STATE, state);
    }
  }

  static void requireState(Application application, ApplicationState... allowed) {
    if (!Arrays.asList(allowed).contains(application.getState())) {
      throw Refusal.of(CaseMessage.APPLICATION_STATE, application.getState());
    }
  }
}
