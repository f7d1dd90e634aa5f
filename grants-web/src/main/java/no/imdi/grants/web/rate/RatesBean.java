package no.imdi.grants.web.rate;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.RateExport;
import no.imdi.grants.rate.RateAdministration;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateEntry;
import no.imdi.grants.rate.RateHistory;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Messages;

/**
 * The rates part of the administration page: the current rates, the history of one code and year,
 * and the form that adds a new year's rate or changes one (the service supersedes the old row and
 * audits the change). What was typed stays on the page when the service finds a problem; a change
 * after someone else's is refused and their change is shown in the history.
 */
@Named
@ViewScoped
public class RatesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RateAdministration administration;
  @Inject private Messages messages;
  @EJB private RateExport rateExport;
  @Inject private ExportDownload download;

  private Long edit;
  private Long history;
  private RateForm form = new RateForm();
  private boolean loaded;
  private RateLazyModel model;
  private transient RateHistory shownHistory;

  /** Opens the row of {@code ?edit=} in the form; {@code ?history=} shows a row's history. */
  /** The rate table as the table shows it (its filter and order, every page) as CSV. */
  public void exportCsv() {
    export(ExportFormat.CSV);
  }

  /** The rate table as the table shows it as XLSX. */
  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    RateLazyModel table = getModel();
    download.send(
        RateExport.TABLE,
        format,
        request ->
            rateExport.export(
                table.currentFilter(), table.currentSort(), table.currentAscending(), request));
  }

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (edit != null) {
      Optional<RateEntry> row = administration.find(edit);
      if (row.isEmpty()) {
        messages.error("rates.unknownRow");
      } else if (!row.get().isCurrent()) {
        messages.error("rates.notCurrent");
        history = edit;
      } else {
        form = RateForm.of(row.get());
      }
    }
    if (history != null && administration.find(history).isEmpty()) {
      messages.error("rates.unknownRow");
      history = null;
    }
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      long id =
          form.isNew()
              ? administration.add(form.toCommand())
              : administration.change(form.getId(), form.getVersion(), form.toCommand());
      if (!form.isNew() && id == form.getId()) {
        messages.info("rates.unchanged", form.getCode(), String.valueOf(form.getYear()));
      } else {
        messages.info(
            form.isNew() ? "rates.added" : "rates.changed",
            form.getCode(),
            String.valueOf(form.getYear()));
      }
      AdminRedirect.toHistory(faces, "history", Long.toString(id));
    } catch (InvalidInputException e) {
      form.askForLargeChange(
          e.problems().stream().anyMatch(p -> p.messageKey().equals("rate.amount.largeChange")));
      messages.addProblems("rateForm", e.problems());
      messages.error("rates.notSaved");
    } catch (ConcurrentChangeException e) {
      messages.error("rates.concurrentChange", form.getCode(), String.valueOf(form.getYear()));
      history = form.getId();
      shownHistory = null;
      faces.validationFailed();
    } catch (EJBAccessException e) {
      messages.error("rates.denied");
      faces.validationFailed();
    }
  }

  /** Verifies a current row as it was shown (a new verified row takes its place). */
  public void verify(long rateId, long version, String code, int year) {
    try {
      long id = administration.verify(rateId, version);
      messages.info("rates.verifiedDone", code, String.valueOf(year));
      AdminRedirect.toHistory(FacesContext.getCurrentInstance(), "history", Long.toString(id));
    } catch (ConcurrentChangeException e) {
      messages.error("rates.concurrentChange", code, String.valueOf(year));
    } catch (EJBAccessException e) {
      messages.error("rates.denied");
    }
  }

  public RateLazyModel getModel() {
    if (model == null) {
      model = new RateLazyModel(() -> administration);
    }
    return model;
  }

  /** The history shown under the table, or null when none was asked for. */
  public RateHistory getShownHistory() {
    if (shownHistory == null && history != null) {
      shownHistory = administration.history(history);
    }
    return shownHistory;
  }

  public RateCode[] getCodes() {
    return RateCode.values();
  }

  public Long getEdit() {
    return edit;
  }

  public void setEdit(Long edit) {
    this.edit = edit;
  }

  public Long getHistory() {
    return history;
  }

  public void setHistory(Long history) {
    this.history = history;
  }

  public RateForm getForm() {
    return form;
  }
}
