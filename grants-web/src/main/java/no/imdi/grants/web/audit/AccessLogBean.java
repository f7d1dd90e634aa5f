package no.imdi.grants.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.audit.AccessLogFilter;
import no.imdi.grants.audit.AccessLogReview;
import no.imdi.grants.export.AccessLogExport;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import org.primefaces.component.datatable.DataTable;

/**
 * The access-log review page: search by person (national id), reader and period, show only the
 * flagged reads if asked, a paged and sorted table of who read whom, when and why with the flags,
 * and an export of the whole selection as CSV (streamed, semicolon-separated, UTF-8 with a byte
 * order mark). For the administrator over every person, for a municipality's caseworker over the
 * municipality's own persons.
 */
@Named
@ViewScoped
public class AccessLogBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccessLogReview review;
  @Inject private SessionUser sessionUser;
  @Inject private Messages messages;
  @EJB private AccessLogExport accessLogExport;
  @Inject private ExportDownload download;

  private String nationalId;
  private String username;
  private DateInput from;
  private DateInput to;
  private boolean flaggedOnly;
  private AccessLogModel model;
  private AccessLogFilter applied = AccessLogFilter.NONE;

  /** The administrator and municipality caseworkers review the log; others get 403. */
  public void checkAccess() {
    if (!sessionUser.isReviewsAccessLog()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public AccessLogModel getModel() {
    if (model == null) {
      model = new AccessLogModel(() -> review, () -> applied);
    }
    return model;
  }

  /** The filter as typed; a date that cannot be read is noted in {@code typed} and left out. */
  AccessLogFilter filter(InputProblems typed) {
    return new AccessLogFilter(
        nationalId, username, typed.date("from", from), typed.date("to", to), flaggedOnly);
  }

  /**
   * The filter when it is valid; else {@code null}, with every problem at its field at once (a date
   * that cannot be read together with what the review's own check finds).
   */
  private AccessLogFilter validFilter() {
    InputProblems typed = new InputProblems();
    AccessLogFilter asked = filter(typed);
    List<FieldProblem> problems = List.of();
    try {
      review.validate(asked);
    } catch (InvalidInputException e) {
      problems = e.problems();
    }
    if (typed.isEmpty() && problems.isEmpty()) {
      return asked;
    }
    messages.addProblems("accessLogForm", typed.with(problems));
    return null;
  }

  /** Applies the filter to the table when it is valid; else says what is wrong at its field. */
  public void search() {
    AccessLogFilter asked = validFilter();
    if (asked != null) {
      applied = asked;
      if (FacesContext.getCurrentInstance().getViewRoot().findComponent("accessLogForm:reads")
          instanceof DataTable table) {
        table.setFirst(0);
      }
    }
  }

  public int getThreshold() {
    return review.readsPerDayThreshold();
  }

  /** The whole selection of the form, in the table's order, as CSV. */
  public void export() {
    export(ExportFormat.CSV);
  }

  /** The whole selection of the form, in the table's order, as XLSX. */
  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    AccessLogFilter asked = validFilter();
    if (asked == null) {
      return;
    }
    AccessLogModel table = getModel();
    download.send(
        AccessLogExport.TABLE,
        format,
        request ->
            accessLogExport.export(asked, table.currentSort(), table.currentAscending(), request));
  }

  public String getNationalId() {
    return nationalId;
  }

  public void setNationalId(String nationalId) {
    this.nationalId = nationalId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public DateInput getFrom() {
    return from;
  }

  public void setFrom(DateInput from) {
    this.from = from;
  }

  public DateInput getTo() {
    return to;
  }

  public void setTo(DateInput to) {
    this.to = to;
  }

  public boolean isFlaggedOnly() {
    return flaggedOnly;
  }

  public void setFlaggedOnly(boolean flaggedOnly) {
    this.flaggedOnly = flaggedOnly;
  }
}
