package no.imdi.grants.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.audit.SecurityEvent;
import no.imdi.grants.audit.SecurityEventFilter;
import no.imdi.grants.audit.SecurityEventReview;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.SecurityEventExport;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The security log review page for IMDi: filter by kind, user and period, a paged and sorted table,
 * and an export of the whole filtered log as CSV (streamed, semicolon-separated as Norwegian
 * spreadsheets read it, UTF-8 with a byte order mark). The period's dates are typed as people type
 * them; a date that is no date is reported and the table keeps the last period that was one.
 */
@Named
@ViewScoped
public class SecurityEventsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SecurityEventReview review;
  @Inject private SessionUser sessionUser;
  @EJB private SecurityEventExport securityEventExport;
  @Inject private ExportDownload download;
  @Inject private Messages messages;

  private SecurityEvent.Kind kind;
  private String username;
  private DateInput from;
  private DateInput to;
  private LocalDate fromDate;
  private LocalDate toDate;
  private SecurityEventModel model;

  /** Only IMDi's roles review the log; others get 403. */
  public void checkAccess() {
    if (!sessionUser.isImdi()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public SecurityEventModel getModel() {
    if (model == null) {
      model = new SecurityEventModel(() -> review, this::filter);
    }
    return model;
  }

  SecurityEventFilter filter() {
    return new SecurityEventFilter(kind, username, fromDate, toDate);
  }

  /** Takes the typed period when both its dates are dates; otherwise says why not. */
  public boolean applyPeriod() {
    InputProblems typed = new InputProblems();
    LocalDate first = typed.date("from", from);
    LocalDate last = typed.date("to", to);
    if (!typed.isEmpty()) {
      messages.addProblems("eventsForm", typed.with(List.of()));
      return false;
    }
    fromDate = first;
    toDate = last;
    return true;
  }

  /** Filters the table by what the form holds. */
  public String applyFilter() {
    applyPeriod();
    return null;
  }

  /** The whole filtered log in the table's order as CSV, through the export mechanism (logged). */
  public void export() {
    export(ExportFormat.CSV);
  }

  /** The whole filtered log in the table's order as XLSX. */
  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    if (!applyPeriod()) {
      return;
    }
    SecurityEventFilter selection = filter();
    SecurityEventModel table = getModel();
    download.send(
        SecurityEventExport.TABLE,
        format,
        request ->
            securityEventExport.export(
                selection, table.currentSort(), table.currentAscending(), request));
  }

  public SecurityEvent.Kind[] getKinds() {
    return SecurityEvent.Kind.values();
  }

  public SecurityEvent.Kind getKind() {
    return kind;
  }

  public void setKind(SecurityEvent.Kind kind) {
    this.kind = kind;
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
}
