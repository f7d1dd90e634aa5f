package no.imdi.grants.web.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.payment.LineStatus;
import no.imdi.grants.payment.basis.BasisExport;
import no.imdi.grants.payment.basis.BasisFilter;
import no.imdi.grants.payment.basis.BasisLine;
import no.imdi.grants.payment.basis.BasisSort;
import no.imdi.grants.payment.basis.InstalmentBasis;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Failures;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * A municipality's instalment basis (*termingrunnlag*, R-PAY-3) for its caseworker and finance
 * officer: its own lines per instalment, person and code with status and reason, filtered by
 * instalment, status, code and person, sorted and paged in the database, and exported whole as CSV
 * or XLSX for its accounting system (the export mechanism, logged). Its address keeps the filter
 * ({@code instalment}, {@code status}, {@code code}, {@code person}); {@code line=ID} shows one
 * line. Another municipality's person or line is 404 (the service logs the refusal); other roles
 * get 403.
 */
@Named
@ViewScoped
public class InstalmentBasisBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_CODE = 16;

  @EJB private InstalmentBasis basis;
  @Inject private PaymentPages pages;
  @Inject private Messages messages;
  @EJB private BasisExport basisExport;
  @Inject private ExportDownload download;

  private String instalment;
  private String status;
  private String code;
  private String personParam;
  private String lineParam;
  private Long person;
  private BasisLine line;
  private List<LocalDate> instalments;
  private ServerPagedModel<BasisLine, BasisSort> model;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!pages.isMunicipality()) {
      Pages.refuse(faces, 403);
      return;
    }
    person = Ids.parse(personParam);
    Long lineId = Ids.parse(lineParam);
    if ((personParam != null && !personParam.isEmpty() && person == null)
        || (lineParam != null && !lineParam.isEmpty() && lineId == null)) {
      Pages.refuse(faces, 404);
      return;
    }
    try {
      if (lineId != null) {
        line = basis.line(lineId);
      }
      if (person != null) {
        basis.page(filter(), new PageRequest<>(0, 1, BasisSort.INSTALMENT, false));
      }
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    } catch (RuntimeException e) {
      if (Failures.causedBy(e, AccessDeniedException.class)) {
        Pages.refuse(faces, 404);
        return;
      }
      throw e;
    }
  }

  BasisFilter filter() {
    return new BasisFilter(date(instalment), person, code(code), status(status));
  }

  public ServerPagedModel<BasisLine, BasisSort> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>(
              request -> basis.page(filter(), request),
              l -> Long.toString(l.id()),
              BasisSort.class,
              BasisSort.INSTALMENT,
              false);
    }
    return model;
  }

  public String applyFilter() {
    return null;
  }

  /**
   * The whole filtered basis in the table's order as CSV (for the accounting system), through the
   * export mechanism (logged: it names persons).
   */
  public void export() {
    export(ExportFormat.CSV);
  }

  /** The whole filtered basis in the table's order as XLSX. */
  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    BasisFilter selection = filter();
    ServerPagedModel<BasisLine, BasisSort> table = getModel();
    download.send(
        BasisExport.TABLE,
        format,
        request ->
            basisExport.export(selection, table.currentSort(), table.currentAscending(), request));
  }

  public List<LocalDate> getInstalments() {
    if (instalments == null) {
      instalments = basis.instalments();
    }
    return instalments;
  }

  public LineStatus[] getStatuses() {
    return LineStatus.values();
  }

  /** A line status as the page writes it: planned, sent, paid. */
  public String status(LineStatus status) {
    return status == null ? "" : messages.text("basis.status." + status.name());
  }

  public String text(BasisLine l) {
    return l.text(messages.locale());
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String code(String text) {
    if (text == null || text.isBlank() || text.strip().length() > MAX_CODE) {
      return null;
    }
    return text.strip().toUpperCase(Locale.ROOT);
  }

  private static LineStatus status(String text) {
    if (text == null) {
      return null;
    }
    for (LineStatus s : LineStatus.values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    return null;
  }

  public BasisLine getLine() {
    return line;
  }

  public Long getPerson() {
    return person;
  }

  public String getInstalment() {
    return instalment;
  }

  public void setInstalment(String instalment) {
    this.instalment = instalment;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPersonParam() {
    return personParam;
  }

  public void setPersonParam(String personParam) {
    this.personParam = personParam;
  }

  public String getLineParam() {
    return lineParam;
  }

  public void setLineParam(String lineParam) {
    this.lineParam = lineParam;
  }
}
