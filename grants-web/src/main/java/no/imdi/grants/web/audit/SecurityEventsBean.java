package no.imdi.grants.web.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.imdi.grants.audit.SecurityEvent;
import no.imdi.grants.audit.SecurityEventFilter;
import no.imdi.grants.audit.SecurityEventReview;
import no.imdi.grants.web.rate.Timestamps;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.Pages;

/**
 * The security log review page for IMDi: filter by kind, user and period, a paged and sorted table,
 * and an export of the whole filtered log as CSV (streamed, semicolon-separated as Norwegian
 * spreadsheets read it, UTF-8 with a byte order mark).
 */
@Named
@ViewScoped
public class SecurityEventsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SecurityEventReview review;
  @Inject private SessionUser sessionUser;
  @Inject private Timestamps timestamps;

  private SecurityEvent.Kind kind;
  private String username;
  private LocalDate from;
  private LocalDate to;
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
    return new SecurityEventFilter(kind, username, from, to);
  }

  /** Writes the whole filtered log as CSV to the response. */
  public void export() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.setResponseContentType("text/csv; charset=UTF-8");
      external.setResponseHeader(
          "Content-Disposition", "attachment; filename=\"sikkerhetslogg.csv\"");
      Writer out =
          new java.io.OutputStreamWriter(
              external.getResponseOutputStream(), StandardCharsets.UTF_8);
      out.write('\uFEFF');
      out.write("tidspunkt;hendelse;bruker;adresse;hva;detalj\r\n");
      review.export(
          filter(),
          batch -> {
            try {
              for (SecurityEvent e : batch) {
                out.write(
                    String.join(
                            ";",
                            timestamps.at(e.getOccurredAt()),
                            e.getKind().name(),
                            csv(e.getUsername()),
                            csv(e.getSource()),
                            csv(e.getTarget()),
                            csv(e.getDetail()))
                        + "\r\n");
              }
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
      out.flush();
    } catch (IOException | EJBAccessException e) {
      Pages.refuse(faces, 403);
      return;
    }
    faces.responseComplete();
  }

  /** A CSV field: quoted, quotes doubled; a leading = + - @ is defused for spreadsheets. */
  static String csv(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
