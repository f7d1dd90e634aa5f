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
import no.imdi.grants.disability.report.ClaimSupplementService;
import no.imdi.grants.disability.report.ImdiReportService;
import no.imdi.grants.disability.report.OutcomeComputation;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.web.shared.Messages;

/**
 * IMDi's review of a submitted accounts report on its page: the caseworker ticks the measures the
 * scheme does not cover, sees the outcome the rules give (R-REP-3, R-REP-4, R-REP-5) with each
 * sentence and its rule id, and prepares it for a second officer; a claimed overrun is opened here
 * as an additional decision (a supplement application) on the assessment page, and its approval
 * closes the claim (R-REP-3).
 */
@Named
@ViewScoped
public class AccountsReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ImdiReportService imdi;
  @EJB private ClaimSupplementService supplements;
  @Inject private AccountsReportBean report;
  @Inject private SecurityContext security;
  @Inject private Messages messages;
  @Inject private CaseFeedback feedback;

  private List<String> excluded = new ArrayList<>();
  private String comment;
  private Long supplementId;
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

  /**
   * R-REP-3: starts the additional decision on the claim (a supplement application under
   * assessment) and opens it on the assessment page; a started one is opened again.
   */
  public String openSupplement() {
    try {
      long application =
          supplement()
              .orElseGet(
                  () -> supplements.startSupplement(report.getId(), report.getView().version()));
      return "/app/assessment.xhtml?faces-redirect=true&application=" + application;
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

  /** The supplement already started for the claim, if any (looked up once per view). */
  private java.util.Optional<Long> supplement() {
    if (supplementId == null) {
      supplementId = supplements.supplementOf(report.getId()).orElse(-1L);
    }
    return supplementId < 0 ? java.util.Optional.empty() : java.util.Optional.of(supplementId);
  }

  public boolean isSupplementStarted() {
    return isMayCloseClaim() && supplement().isPresent();
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
}
