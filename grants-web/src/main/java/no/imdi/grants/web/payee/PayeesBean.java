package no.imdi.grants.web.payee;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.payment.payee.Debtor;
import no.imdi.grants.payment.payee.PayeeFilter;
import no.imdi.grants.payment.payee.Payees;
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
