package no.imdi.grants.disability.report;

import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;

/**
 * Whose accounts reports the caller reaches: IMDi's roles every municipality's, a municipality's
 * caseworker and finance officer (R-REP-1) only their own municipality's, anyone else none.
 */
final class ReportCallers {

  private ReportCallers() {}

  static MunicipalityScope scope(CurrentUser currentUser) {
    AppUser user = currentUser.user();
    if (user.getRole().isImdi()) {
      return MunicipalityScope.ALL;
    }
    if (user.getRole().belongsToMunicipality()) {
      return MunicipalityScope.only(user.getMunicipalityNumber());
    }
    throw new AccessDeniedException(
        "Role " + user.getRole() + " has no access to accounts reports");
  }

  /** The caller's municipality; only for a municipality's users. */
  static String municipality(CurrentUser currentUser) {
    return scope(currentUser)
        .restrictedTo()
        .orElseThrow(() -> new AccessDeniedException("Not a municipality's user"));
  }
}
