package no.imdi.grants.payment.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.imdi.grants.payment.bank.StatusReport;

/**
 * What the bank's status report says of a file's transfers: each transfer's status (its own, else
 * the payment information's, else the file's), accepted when it is one of the statuses the setting
 * {@code payment.bankAcceptedStatuses} counts as paid; the whole file accepted only when every
 * transfer is, rejected when any is rejected ({@code RJCT}), pending otherwise.
 */
public record BankOutcome(Outcome outcome, List<Transfer> transfers) {

  public enum Outcome {
    ACCEPTED,
    REJECTED,
    PENDING
  }

  /** A transfer's status in a report; {@code reason} is the bank's code and text, if any. */
  public record Transfer(String endToEndId, String municipalityName, String status, String reason) {

    public boolean rejected() {
      return "RJCT".equals(status);
    }
  }

  public BankOutcome {
    transfers = List.copyOf(transfers);
  }

  static BankOutcome of(StatusReport report, List<FileTransfer> file, Set<String> accepted) {
    List<Transfer> transfers = new ArrayList<>(file.size());
    boolean all = true;
    boolean anyRejected = false;
    for (FileTransfer t : file) {
      String status = report.effectiveStatus(t.endToEndId()).orElse(null);
      String reason =
          report
              .transaction(t.endToEndId())
              .map(StatusReport.TransactionStatus::reason)
              .orElse(null);
      Transfer transfer = new Transfer(t.endToEndId(), t.municipalityName(), status, reason);
      transfers.add(transfer);
      anyRejected |= transfer.rejected();
      all &= status != null && accepted.contains(status);
    }
    Outcome outcome = anyRejected ? Outcome.REJECTED : all ? Outcome.ACCEPTED : Outcome.PENDING;
    return new BankOutcome(outcome, transfers);
  }

  public List<Transfer> rejected() {
    return transfers.stream().filter(Transfer::rejected).toList();
  }
}
