package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.disability.report.AccountsReportState;
import no.imdi.grants.disability.report.ImdiReportService;
import no.imdi.grants.disability.report.OutcomeComputation;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.web.shared.Messages;

/**
 * IMDi's review of a submitted accounts report on its page: the caseworker ticks the measures the
 * scheme does not cover, sees the outcome the rules give (R-REP-3, R-REP-4, R-REP-5) with each
 * sentence and its rule id, and prepares it for a second officer; a claimed overrun, once decided
 * as an additional decision, is closed here (R-REP-3).
 */
@Named
@ViewScoped
public class AccountsReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ImdiReportService imdi;
  @Inject private AccountsReportBean report;
  @Inject private SecurityContext security;
  @Inject private Messages messages;
  @Inject private CaseFeedback feedback;

  private List<String> excluded = new ArrayList<>();
  private String comment;
  private String claimNote;
  private transient OutcomeComputation computation;

  /** The outcome the rules give with the ticked measures left out. */
  public OutcomeComputation getComputation() {
    if (computation == null && report.getView() != null && isMayPrepare()) {
      computation = imdi.preview(report.getId(), positions());
    }
    return computation;
  }

  public List<String> getSentences() {
    OutcomeComputation c = getComputation();
    return c == null
        ? List.of()
        : c.explanation().reasons().stream().map(r -> r.text(messages.locale())).toList();
  }

  public String preview() {
    computation = null;
    return null;
  }

  public String prepare() {
    try {
      imdi.prepareOutcome(report.getId(), report.getView().version(), positions(), comment);
      return report.reopened("accounts.review.prepared");
    } catch (CaseRefusedException e) {
      feedback.refused("reviewForm", e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    } catch (EJBException e) {
      messages.error("case.failed");
    }
    return null;
  }

  public String closeClaim() {
    try {
      imdi.closeClaim(report.getId(), report.getView().version(), claimNote);
      return report.reopened("accounts.review.claimClosed");
    } catch (CaseRefusedException e) {
      feedback.refused("claimForm", e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    } catch (EJBException e) {
      messages.error("case.failed");
    }
    return null;
  }

  private Set<Integer> positions() {
    return excluded.stream()
        .filter(s -> s.matches("\\d{1,3}"))
        .map(Integer::valueOf)
        .collect(Collectors.toSet());
  }

  public boolean isMayPrepare() {
    return security.isCallerInRole(Role.IMDI_CASEWORKER_NAME)
        && report.getView() != null
        && report.getView().state() == AccountsReportState.SUBMITTED;
  }

  public boolean isMayCloseClaim() {
    return security.isCallerInRole(Role.IMDI_CASEWORKER_NAME)
        && report.getView() != null
        && report.getView().claimOpen();
  }

  public List<String> getExcluded() {
    return excluded;
  }

  public void setExcluded(List<String> excluded) {
    this.excluded = excluded == null ? new ArrayList<>() : new ArrayList<>(excluded);
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getClaimNote() {
    return claimNote;
  }

  public void setClaimNote(String claimNote) {
    this.claimNote = claimNote;
  }
}
