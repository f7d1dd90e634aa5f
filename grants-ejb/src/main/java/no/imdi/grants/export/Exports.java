package no.imdi.grants.export;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import no.imdi.grants.security.CurrentUser;

/**
 * Runs an export of a list and logs it: the rows are written while the list's own query reads them
 * (in the caller's transaction, whose cursor they come through), and an export of personal data is
 * written to the export log with the filter, the order and the count, also when it broke off. Each
 * list's export service describes its table and hands its scoped query here.
 */
@Stateless
public class Exports {

  @Inject private CurrentUser currentUser;
  @Inject private ExportLog log;

  public Exports() {}

  public Exports(CurrentUser currentUser, ExportLog log) {
    this.currentUser = currentUser;
    this.log = log;
  }

  public <R> ExportOutcome run(
      ExportTable<R> table,
      RowSource<R> rows,
      ExportRequest request,
      String filter,
      String sortOrder) {
    ExportOutcome outcome =
        Exporter.write(table, rows, request.format(), request.texts(), request.out());
    if (table.personalData()) {
      log.record(
          currentUser.username(), table.list(), request.format(), filter, sortOrder, outcome);
    }
    return outcome;
  }
}
