package no.imdi.grants.web.payee;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.payment.payee.Debtor;
import no.imdi.grants.payment.payee.PayeeExport;
import no.imdi.grants.payment.payee.PayeeFilter;
import no.imdi.grants.payment.payee.Payees;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.user.Municipalities;

/**
 * The list of the payees page: the municipalities with their organisation number, account and IBAN,
 * filtered by a text and a county, sorted and paged in the database; and IMDi as the payer.
 */
@Named
@ViewScoped
public class PayeesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Payees payees;
  @Inject private Municipalities municipalities;
  @EJB private PayeeExport payeeExport;
  @Inject private ExportDownload download;

  private String text;
  private String county;
  private PayeeLazyModel model;
  private transient Debtor debtor;

  public PayeeLazyModel getModel() {
    if (model == null) {
      model = new PayeeLazyModel(() -> payees, this::filter);
    }
    return model;
  }

  PayeeFilter filter() {
    return new PayeeFilter(text, county);
  }

  /** Every payee of the filter in the table's order as CSV, through the export mechanism. */
  public void export() {
    export(ExportFormat.CSV);
  }

  /** Every payee of the filter in the table's order as XLSX. */
  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    PayeeFilter selection = filter();
    PayeeLazyModel table = getModel();
    download.send(
        PayeeExport.TABLE,
        format,
        request ->
            payeeExport.export(selection, table.currentSort(), table.currentAscending(), request));
  }

  public Debtor getDebtor() {
    if (debtor == null) {
      debtor = payees.debtor();
    }
    return debtor;
  }

  /** The counties by number, for the filter. */
  public List<Map.Entry<String, String>> getCounties() {
    Map<String, String> counties = new TreeMap<>();
    for (Municipality m : municipalities.getAll()) {
      counties.putIfAbsent(m.getCountyNumber(), m.getCountyName());
    }
    return List.copyOf(counties.entrySet());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county;
  }
}
