package no.imdi.grants.web.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.imdi.grants.audit.AccessLogEntry;
import no.imdi.grants.audit.AccessLogFilter;
import no.imdi.grants.audit.AccessLogReview;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.rate.Timestamps;
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
  @Inject private Timestamps timestamps;
  @Inject private Messages messages;

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

  /** Writes the whole selection as CSV to the response. */
  public void export() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AccessLogFilter asked = validFilter();
    if (asked == null) {
      return;
    }
    try {
      external.setResponseContentType("text/csv; charset=UTF-8");
      external.setResponseHeader(
          "Content-Disposition", "attachment; filename=\"tilgangslogg.csv\"");
      Writer out =
          new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
      out.write('\uFEFF');
      out.write(
          "tidspunkt;bruker;navn;rolle;brukerens kommune;fødselsnummer;person;personens kommune;"
              + "formål;utenfor kommunen;utenfor arbeidstid;oppslag samme dag;mange oppslag\r\n");
      review.export(asked, batch -> write(out, batch));
      out.flush();
    } catch (IOException | AccessDeniedException | EJBAccessException e) {
      Pages.refuse(faces, 403);
      return;
    }
    faces.responseComplete();
  }

  private void write(Writer out, List<AccessLogEntry> batch) {
    try {
      for (AccessLogEntry e : batch) {
        out.write(
            String.join(
                    ";",
                    timestamps.at(e.accessedAt()),
                    SecurityEventsBean.csv(e.username()),
                    SecurityEventsBean.csv(e.readerName()),
                    SecurityEventsBean.csv(e.readerRole()),
                    SecurityEventsBean.csv(e.readerMunicipality()),
                    SecurityEventsBean.csv(e.nationalId()),
                    SecurityEventsBean.csv(e.personName()),
                    SecurityEventsBean.csv(e.personMunicipality()),
                    SecurityEventsBean.csv(e.purpose()),
                    yesNo(e.outsideMunicipality()),
                    yesNo(e.outsideWorkingHours()),
                    Long.toString(e.readsThatDay()),
                    yesNo(e.manyReads()))
                + "\r\n");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String yesNo(boolean value) {
    return value ? "ja" : "nei";
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
