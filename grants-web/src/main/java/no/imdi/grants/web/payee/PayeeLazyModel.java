package no.imdi.grants.web.payee;

import java.util.function.Supplier;
import no.imdi.grants.payment.payee.PayeeFilter;
import no.imdi.grants.payment.payee.PayeeRow;
import no.imdi.grants.payment.payee.PayeeSort;
import no.imdi.grants.payment.payee.Payees;
import no.imdi.grants.web.shared.ServerPagedModel;

/** The payee list as its table asks for it, filtered, sorted and paged in the database. */
public class PayeeLazyModel extends ServerPagedModel<PayeeRow, PayeeSort> {

  private static final long serialVersionUID = 1L;

  public PayeeLazyModel(Supplier<Payees> payees, Supplier<PayeeFilter> filter) {
    super(
        request -> payees.get().list(filter.get(), request),
        PayeeRow::municipalityNumber,
        PayeeSort.class,
        PayeeSort.MUNICIPALITY,
        true);
  }
}
