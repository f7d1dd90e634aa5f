package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.GrantYearStatus;
import no.imdi.grants.disability.application.MunicipalityCaseService;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.web.shared.Messages;

/**
 * The disability grant on the person's page: the person's case number with a link to the case, the
 * grant years with their periods (R-GY-1), deadlines (R-DL-1..5, passed or the days left) and what
 * may be applied for now with the reasons for what may not (R-T-1, R-T1-1, R-T1-2, R-T2-1..4); and
 * for the municipality's caseworker "start application", which opens the case when there is none
 * and goes to the new draft. Shown to the municipality's caseworker and IMDi's roles only.
 */
@Named
@ViewScoped
public class GrantYearsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseReadService reads;
  @EJB private MunicipalityCaseService municipality;
  @Inject private CaseAccess access;
  @Inject private Messages messages;
  @Inject private CaseFeedback feedback;

  private Long personId;
  private transient CaseView caseFile;
  private transient List<GrantYearStatus> years;
  private ReportingBasis basis = ReportingBasis.BUDGET;

  /** The person's grant years; empty for a role that sees no case. */
  public List<GrantYearStatus> years(Long person) {
    load(person);
    return years;
  }

  /** The person's case, or {@code null} when none was opened. */
  public CaseView caseOf(Long person) {
    load(person);
    return caseFile;
  }

  private void load(Long person) {
    if (person == null || (years != null && person.equals(personId))) {
      return;
    }
    personId = person;
    years = List.of();
    caseFile = null;
    if (!access.isSeesCases()) {
      return;
    }
    try {
      caseFile = reads.caseOfPerson(person).orElse(null);
      years = reads.grantYearsOfPerson(person);
    } catch (AccessDeniedException | EJBAccessException e) {
      years = List.of();
    }
  }

  /** Starts a draft application for the grant year and goes to its form. */
  public String start(Long person, int grantYear, String kindName) {
    GrantKind kind = GrantKind.valueOf(kindName);
    try {
      long caseId = municipality.openCase(person).id();
      long id =
          municipality.startApplication(
              caseId, kind, grantYear, kind == GrantKind.T2 ? basis : null);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      messages.info("grantYears.started", kind, grantYear);
      return "/app/application?faces-redirect=true&id=" + id;
    } catch (CaseRefusedException e) {
      feedback.refused("grantYearsForm", e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    }
    years = null;
    return null;
  }

  public boolean may(GrantYearStatus year, String kindName) {
    return year.mayApplyFor().contains(GrantKind.valueOf(kindName));
  }

  public ReportingBasis getBasis() {
    return basis;
  }

  public void setBasis(ReportingBasis basis) {
    this.basis = basis;
  }

  public ReportingBasis[] getBases() {
    return ReportingBasis.values();
  }
}
