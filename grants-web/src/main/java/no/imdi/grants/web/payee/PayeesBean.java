package no.imdi.grants.web.payee;

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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.payment.payee.Debtor;
import no.imdi.grants.payment.payee.PayeeFilter;
import no.imdi.grants.payment.payee.PayeeRow;
import no.imdi.grants.payment.payee.PayeeSort;
import no.imdi.grants.payment.payee.Payees;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.web.rate.Timestamps;
import no.imdi.grants.web.shared.Pages;
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
  @Inject private Timestamps timestamps;

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

  /** Writes every payee of the filter, by municipality number, as CSV. */
  public void export() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      PayeeFilter selection = filter();
      external.setResponseContentType("text/csv; charset=UTF-8");
      external.setResponseHeader(
          "Content-Disposition", "attachment; filename=\"betalingsmottakere.csv\"");
      Writer out =
          new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
      out.write('\uFEFF');
      out.write(PayeeCsv.HEADER);
      int first = 0;
      while (true) {
        Page<PayeeRow> page =
            payees.list(
                selection,
                new PageRequest<>(first, PageRequest.MAX_SIZE, PayeeSort.MUNICIPALITY, true));
        for (PayeeRow row : page.rows()) {
          PayeeCsv.write(out, row, timestamps);
        }
        first += page.rows().size();
        if (page.rows().isEmpty() || first >= page.total()) {
          break;
        }
      }
      out.flush();
    } catch (IOException | EJBAccessException e) {
      Pages.refuse(faces, 403);
      return;
    }
    faces.responseComplete();
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
