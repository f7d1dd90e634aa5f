package no.imdi.grants.disability;

import static no.imdi.grants.shared.Formats.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.integrationgrant.Share;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * When a granted T1 or T2 amount is paid. IMDi pays in four quarterly instalments a year, on the
 * dates the grant letter states (R-PAY-1; basis dates 31.03, 30.06, 30.09 and 31.12, R-PAY-3). By
 * the {@link PayoutSetting} (R-PAY-2) the grant is paid whole in the first instalment whose basis
 * date is on or after the decision, or a quarter in each of the next four, exact to the øre (three
 * quarters rounded down, the last one the rest). The grant codes are {@code FHT1} and {@code FHT2}.
 */
public final class GrantPayout {

  public static final String RULE_INSTALMENTS = "R-PAY-1";
  public static final String RULE_LUMP_SUM = "R-PAY-2";

  private GrantPayout() {}

  /** The instalments that pay {@code amount}, granted on {@code decisionDate}. */
  public static Reasoned<List<Instalment>> afterDecision(
      GrantKind kind, LocalDate decisionDate, Nok amount, PayoutSetting setting) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(setting, "setting");
    String code = "FHT" + kind.name().substring(1);
    LocalDate basis = firstBasisOnOrAfter(decisionDate);
    String unverified = setting.verified() ? "" : "; regelen er ikke verifisert";
    String unverifiedEn = setting.verified() ? "" : "; rule not verified";
    if (setting.wholeAtNextInstalment()) {
      Instalment whole = instalment(basis, code, Share.WHOLE, amount);
      return new Reasoned<>(
          List.of(whole),
          new Explanation(
              List.of(RULE_INSTALMENTS, RULE_LUMP_SUM),
              "Utbetales samlet med "
                  + amount
                  + " i terminen per "
                  + date(basis)
                  + " (utbetaling "
                  + whole.payout()
                  + "), første termin etter vedtaket "
                  + date(decisionDate)
                  + " (R-PAY-1, R-PAY-2"
                  + unverified
                  + ").",
              "Paid in full, "
                  + amount
                  + ", in the instalment of "
                  + date(basis)
                  + " (payout "
                  + whole.payoutEnglish()
                  + "), the first instalment after the decision of "
                  + date(decisionDate)
                  + " (R-PAY-1, R-PAY-2"
                  + unverifiedEn
                  + ")."));
    }
    List<Instalment> lines = new ArrayList<>();
    List<Nok> parts = quarters(amount);
    for (int i = 0; i < 4; i++) {
      lines.add(instalment(basis, code, Share.QUARTER, parts.get(i)));
      basis = firstBasisOnOrAfter(basis.plusDays(1));
    }
    return new Reasoned<>(
        List.copyOf(lines),
        new Explanation(
            List.of(RULE_INSTALMENTS, RULE_LUMP_SUM),
            "Utbetales med en fjerdedel i hver av de fire terminene fra "
                + date(lines.get(0).basisDate())
                + " til "
                + date(lines.get(3).basisDate())
                + ", første termin etter vedtaket "
                + date(decisionDate)
                + " (R-PAY-1, R-PAY-2"
                + unverified
                + ").",
            "Paid a quarter in each of the four instalments from "
                + date(lines.get(0).basisDate())
                + " to "
                + date(lines.get(3).basisDate())
                + ", the first after the decision of "
                + date(decisionDate)
                + " (R-PAY-1, R-PAY-2"
                + unverifiedEn
                + ")."));
  }

  static List<Nok> quarters(Nok amount) {
    Nok quarter = Nok.of(amount.amount().divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN));
    return List.of(quarter, quarter, quarter, amount.minus(quarter).minus(quarter).minus(quarter));
  }

  private static LocalDate firstBasisOnOrAfter(LocalDate day) {
    return InstalmentTerm.firstOnOrAfter(day).basisDate(day.getYear());
  }

  private static Instalment instalment(LocalDate basis, String code, Share share, Nok amount) {
    InstalmentTerm term = InstalmentTerm.firstOnOrAfter(basis);
    return new Instalment(basis, term, term.payoutNorwegian(basis.getYear()), code, share, amount);
  }
}
