package no.imdi.grants.payment.payee;

/** A text that is not a valid organisation number, account number or IBAN, and why. */
public class InvalidBankNumberException extends IllegalArgumentException {

  private final BankNumberProblem problem;

  public InvalidBankNumberException(String kind, BankNumberProblem problem) {
    super(kind + ": " + problem);
    this.problem = problem;
  }

  public BankNumberProblem problem() {
    return problem;
  }
}
