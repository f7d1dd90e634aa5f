package no.imdi.grants.payment.basis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.payment.LineStatus;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * A municipality's instalment basis (*termingrunnlag*, R-PAY-3): its own payment lines per
 * instalment, person and code with their status (planned, sent, paid) and reason, for its
 * caseworker and finance officer. The municipality is always the caller's own: another
 * municipality's line or person is refused (and the refusal logged) as if it did not exist. A
 * person's lines are a read of that person's record and are written to the access log.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.MUNICIPALITY_FINANCE_NAME})
public class InstalmentBasis {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private AccessLog accessLog;

  public InstalmentBasis() {}

  public InstalmentBasis(EntityManager em, CurrentUser currentUser, AccessLog accessLog) {
    this.em = em;
    this.currentUser = currentUser;
    this.accessLog = accessLog;
  }

  public Page<BasisLine> page(BasisFilter filter, PageRequest<BasisSort> page) {
    String municipality = municipality();
    BasisFilter f = filter == null ? BasisFilter.ALL : filter;
    if (f.personId() != null) {
      person(f.personId(), municipality);
    }
    return BasisQueries.page(em, municipality, f, page);
  }

  /**
   * The caller's municipality for the filter, checked as {@link #page} checks it (a person of
   * another municipality refused, a person filter written to the access log), before an export
   * ({@link BasisExport}) writes its first byte.
   */
  String checked(BasisFilter f) {
    String municipality = municipality();
    if (f.personId() != null) {
      person(f.personId(), municipality);
    }
    return municipality;
  }

  /** One of the municipality's lines; another's, or none, is refused. */
  public BasisLine line(long id) {
    String municipality = municipality();
    BasisLine line =
        BasisQueries.line(em, id)
            .filter(l -> l.municipality().equals(municipality))
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "Payment line " + id + " is not a line of " + municipality));
    if (line.personId() != null) {
      accessLog.recordRead(currentUser.username(), line.personId(), "termingrunnlag");
    }
    return line;
  }

  /** The instalments the municipality has lines in, newest first. */
  public List<LocalDate> instalments() {
    return BasisQueries.instalments(em, municipality());
  }

  public List<LineStatus> statuses() {
    return List.of(LineStatus.values());
  }

  private void person(long personId, String municipality) {
    if (!BasisQueries.hasLines(em, personId, municipality)) {
      throw new AccessDeniedException(
          "Person " + personId + " has no payment lines in " + municipality);
    }
    accessLog.recordRead(currentUser.username(), personId, "termingrunnlag");
  }

  private String municipality() {
    MunicipalityScope scope = currentUser.settlementScope();
    return scope
        .restrictedTo()
        .orElseThrow(() -> new AccessDeniedException("The instalment basis is a municipality's"));
  }
}
