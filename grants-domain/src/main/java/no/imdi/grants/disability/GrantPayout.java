package no.imdi.grants.disability;

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

  private static final List<String> RULES = List.of(RULE_INSTALMENTS, RULE_LUMP_SUM);

  private GrantPayout() {}

  /** The instalments that pay {@code amount}, granted on {@code decisionDate}. */
  public static Reasoned<List<Instalment>> afterDecision(
      GrantKind kind, LocalDate decisionDate, Nok amount, PayoutSetting setting) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(setting, "setting");
    String code = kind == GrantKind.T1 ? "FHT1" : "FHT2";
    LocalDate basis = firstBasisOnOrAfter(decisionDate);
    if (setting.wholeAtNextInstalment()) {
      Instalment whole = instalment(basis, code, Share.WHOLE, amount);
      return new Reasoned<>(
          List.of(whole),
          Explanation.of(
              RULES,
              setting.verified() ? "R-PAY-2.whole" : "R-PAY-2.whole.unverified",
              amount,
              basis,
              whole.term().payout(basis.getYear()),
              decisionDate));
    }
    List<Instalment> lines = new ArrayList<>(4);
    List<Nok> parts = quarters(amount);
    for (int i = 0; i < 4; i++) {
      lines.add(instalment(basis, code, Share.QUARTER, parts.get(i)));
      basis = firstBasisOnOrAfter(basis.plusDays(1));
    }
    return new Reasoned<>(
        List.copyOf(lines),
        Explanation.of(
            RULES,
            setting.verified() ? "R-PAY-2.quarters" : "R-PAY-2.quarters.unverified",
            lines.get(0).basisDate(),
            lines.get(3).basisDate(),
            decisionDate));
  }

  static List<Nok> quarters(Nok amount) {
    Nok quarter = Nok.of(amount.amount().divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN));
    return List.of(quarter, quarter, quarter, amount.minus(quarter).minus(quarter).minus(quarter));
  }

  private static LocalDate firstBasisOnOrAfter(LocalDate day) {
    return InstalmentTerm.firstOnOrAfter(day).basisDate(day.getYear());
  }

  private static Instalment instalment(LocalDate basis, String code, Share share, Nok amount) {
    return new Instalment(basis, InstalmentTerm.firstOnOrAfter(basis), code, share, amount);
  }
}
