package no.imdi.grants.letter;

/**
 * The letters IMDi sends a municipality about the disability grant: the grant letter
 * (*tilskuddsbrev*), the refusal (*avslag*), the dismissal (*avvisning*, the one individual
 * decision among them, R-AP-2), and the replies to a request for a later deadline (*utsatt
 * søknadsfrist*, R-DL-5) and to a request to convert T1 into T2 (*omgjøring*, R-T2-5), and the
 * outcome of a T2 accounts report (R-REP-3..5). Each kind has its own template in bokmål.
 */
public enum LetterKind {
  GRANT("grant", "Tilskuddsbrev"),
  REFUSAL("refusal", "Avslag på søknad om tilskudd"),
  DISMISSAL("dismissal", "Avvisning av søknad om tilskudd"),
  EXTENSION_REPLY("extension-reply", "Svar på søknad om utsatt søknadsfrist"),
  CONVERSION_REPLY("conversion-reply", "Svar på søknad om omgjøring fra T1 til T2"),
  ACCOUNTS_OUTCOME("accounts-outcome", "Avgjørelse etter regnskapsrapport for T2");

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
