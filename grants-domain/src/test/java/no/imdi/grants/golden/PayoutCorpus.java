package no.imdi.grants.golden;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.disability.AccountsReportDue;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantPayout;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Period;
import no.imdi.grants.shared.Reasoned;

/**
 * The payout of a granted T1 or T2 (R-PAY-1, R-PAY-2: whole at the next instalment or a quarter in
 * each of the next four, by the setting, verified or not) for decisions on and around basis dates,
 * with whole and øre amounts, and the due date of T2's accounts report (R-REP-1), month ends among
 * them.
 */
final class PayoutCorpus {

  private PayoutCorpus() {}

  static void write(CorpusWriter w) {
    List<LocalDate> decisions =
        List.of(
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 6, 30),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 2, 14));
    List<Nok> amounts =
        List.of(
            Nok.kroner(196_400),
            Nok.kroner(1_520_000),
            Nok.kroner(100_001),
            Nok.of(new BigDecimal("250000.50")));
    List<PayoutSetting> settings =
        List.of(
            PayoutSetting.DEFAULT,
            PayoutSetting.QUARTERS,
            new PayoutSetting(true, true),
            new PayoutSetting(false, true));
    for (GrantKind kind : GrantKind.values()) {
      for (LocalDate decision : decisions) {
        for (int i = 0; i < settings.size(); i++) {
          Nok amount = amounts.get((decisions.indexOf(decision) + i) % amounts.size());
          PayoutSetting setting = settings.get(i);
          w.heading("payout " + kind + " decided " + decision + " " + amount + " " + setting);
          Reasoned<List<Instalment>> payout =
              GrantPayout.afterDecision(kind, decision, amount, setting);
          w.explanation("payout", payout.explanation());
          for (Instalment line : payout.value()) {
            w.line(
                "instalment "
                    + line.basisDate()
                    + " "
                    + line.term()
                    + " "
                    + line.payout()
                    + " / "
                    + line.payoutEnglish()
                    + " "
                    + line.code()
                    + " "
                    + line.share()
                    + " "
                    + line.amount());
          }
        }
      }
    }
    w.heading("accounts report due (R-REP-1)");
    List<Period> periods =
        List.of(
            new Period(LocalDate.of(2024, 10, 13), LocalDate.of(2025, 10, 12)),
            new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            new Period(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 30)),
            new Period(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)));
    for (GrantKind kind : GrantKind.values()) {
      for (Period period : periods) {
        w.reasoned(kind + " " + period, AccountsReportDue.of(kind, period));
      }
    }
  }
}
