package no.imdi.grants.web.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.imdi.grants.dashboard.DueItem;
import no.imdi.grants.dashboard.WaitingItem;

/**
 * Where a dashboard item leads: each dated or waiting item to its own page, each count to the list
 * it counts (paths below the context root; the page puts the context path in front).
 */
@Named("dashLinks")
@ApplicationScoped
public class DashboardLinks {

  /** The page of a dated item: the draft, the report, the complaint form, the case, the queue's. */
  public String due(DueItem item) {
    return switch (item.kind()) {
      case APPLICATION -> "/app/application.xhtml?id=" + item.id();
      case ACCOUNTS_REPORT -> "/app/accounts-report.xhtml?id=" + item.id();
      case COMPLAINT_DEADLINE -> "/app/complaint.xhtml?item=" + item.id();
      case INTERIM_REPLY -> "/app/complaint-work.xhtml?id=" + item.id();
      case REPLY_DATE -> "/app/case.xhtml?id=" + item.caseId();
      case QUEUE_ITEM ->
          "APPLICATION".equals(item.detail()) || "CONVERSION".equals(item.detail())
              ? "/app/assessment.xhtml?application=" + item.id()
              : "/app/case.xhtml?id=" + item.caseId();
    };
  }

  /** The list of a kind of item waiting for approval. */
  public String approvals(String kind) {
    return switch (kind) {
      case "PAYMENT_RUN" -> "/app/payment-runs.xhtml";
      case "ACCOUNTS_OUTCOME" -> "/app/accounts-approvals.xhtml";
      default -> "/app/approvals.xhtml";
    };
  }

  /** The page of one item waiting for approval. */
  public String approval(String kind, WaitingItem item) {
    return switch (kind) {
      case "DECISION" -> "/app/assessment.xhtml?application=" + item.linkId();
      case "PAYMENT_RUN" -> "/app/payment-run.xhtml?id=" + item.linkId();
      case "COMPLAINT_STATEMENT" -> "/app/complaint-work.xhtml?id=" + item.linkId();
      default -> "/app/accounts-report.xhtml?id=" + item.linkId();
    };
  }

  /**
   * IMDi's work queue filtered by a state; an accounts report's states, which the queue does not
   * filter by, by their item type instead.
   */
  public String queueState(String state) {
    return switch (state) {
      case "ACCOUNTS_SUBMITTED", "ACCOUNTS_OUTCOME_PREPARED" -> queueType("ACCOUNTS_REPORT");
      case "ACCOUNTS_DRAFT", "ACCOUNTS_SIGNED" -> queueType("ACCOUNTS_REPORT_DUE");
      case "ACCOUNTS_DECIDED" -> queueType("ACCOUNTS_CLAIM");
      default -> "/app/queue.xhtml?status=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
    };
  }

  /** IMDi's work queue filtered by an item type. */
  public String queueType(String type) {
    return "/app/queue.xhtml?type=" + URLEncoder.encode(type, StandardCharsets.UTF_8);
  }

  /** The municipality's instalment basis of one instalment. */
  public String basis(java.time.LocalDate instalment) {
    return "/app/instalment-basis.xhtml" + (instalment == null ? "" : "?instalment=" + instalment);
  }
}
