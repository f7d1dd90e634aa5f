package no.imdi.grants.letter;

/**
 * The letters IMDi sends a municipality about the disability grant: the grant letter
 * (*tilskuddsbrev*), the refusal (*avslag*), the dismissal (*avvisning*, the one individual
 * decision among them, R-AP-2), and the replies to a request for a later deadline (*utsatt
 * søknadsfrist*, R-DL-5) and to a request to convert T1 into T2 (*omgjøring*, R-T2-5), the outcome
 * of a T2 accounts report (R-REP-3..5), and the letters of a complaint (R-AP): its receipt, the
 * interim reply (R-AP-8), the dismissal of a late complaint (R-AP-5), IMDi's reversal and its
 * forwarding statement (R-AP-6), and the ministry's decision (R-AP-7). Each kind has its own
 * template in bokmål.
 */
public enum LetterKind {
  GRANT("grant", "Tilskuddsbrev"),
  REFUSAL("refusal", "Avslag på søknad om tilskudd"),
  DISMISSAL("dismissal", "Avvisning av søknad om tilskudd"),
  EXTENSION_REPLY("extension-reply", "Svar på søknad om utsatt søknadsfrist"),
  CONVERSION_REPLY("conversion-reply", "Svar på søknad om omgjøring fra T1 til T2"),
  ACCOUNTS_OUTCOME("accounts-outcome", "Avgjørelse etter regnskapsrapport for T2"),
  COMPLAINT_RECEIPT("complaint-receipt", "Bekreftelse på mottatt klage"),
  COMPLAINT_INTERIM_REPLY("complaint-interim-reply", "Foreløpig svar på klage"),
  COMPLAINT_DISMISSAL("complaint-dismissal", "Avvisning av klage"),
  COMPLAINT_REVERSAL("complaint-reversal", "Omgjøring av vedtak etter klage"),
  COMPLAINT_STATEMENT("complaint-statement", "Oversendelse av klage til departementet"),
  MINISTRY_DECISION("ministry-decision", "Vedtak i klagesak");

  private final String template;
  private final String title;

  LetterKind(String template, String title) {
    this.template = template;
    this.title = title;
  }

  /** The template's file name under {@code letters/}, without {@code .html}. */
  public String template() {
    return template;
  }

  /** The heading of the letter in bokmål. */
  public String title() {
    return title;
  }
}
