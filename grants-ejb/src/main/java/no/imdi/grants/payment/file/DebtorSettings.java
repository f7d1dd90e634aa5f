package no.imdi.grants.payment.file;

import jakarta.persistence.EntityManager;
import no.imdi.grants.payment.payee.Payees;
import no.imdi.grants.settings.SettingsBook;

/**
 * IMDi as the payer of the file, read from the same settings as {@link Payees#debtor()} ({@code
 * payment.debtor.*}) in the transaction that makes the file; the writer checks the numbers.
 */
record DebtorSettings(String name, String organisationNumber, String account, String bic) {

  static DebtorSettings read(EntityManager em) {
    SettingsBook settings = new SettingsBook(em);
    String bic = settings.get(Payees.DEBTOR_BIC).getValue();
    return new DebtorSettings(
        settings.get(Payees.DEBTOR_NAME).getValue().strip(),
        settings.get(Payees.DEBTOR_ORGANISATION_NUMBER).getValue().strip(),
        settings.get(Payees.DEBTOR_ACCOUNT).getValue().strip(),
        bic == null || bic.isBlank() ? null : bic.strip());
  }
}
