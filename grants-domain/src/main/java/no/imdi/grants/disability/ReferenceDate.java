package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_DL_4;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonArgs;

/**
 * The date a person's grant years (R-GY-1) and application deadlines count from: the settlement
 * date (<i>bosettingsdato</i>), or, for a child born up to six months after the mother was settled
 * (R-T-TG-3), the child's date of birth (R-DL-4). A reason that names it takes the date itself as
 * its argument and writes it as a phrase only when read.
 */
public record ReferenceDate(LocalDate date, boolean childBirth) implements ReasonArgs.Phrased {

  public ReferenceDate {
    Objects.requireNonNull(date, "date");
  }

  public static ReferenceDate settlement(LocalDate settlementDate) {
    return new ReferenceDate(settlementDate, false);
  }

  public static ReferenceDate childBirth(LocalDate birthDate) {
    return new ReferenceDate(birthDate, true);
  }

  /** "bosettingsdato 13.10.2023" or "barnets fødselsdato 01.02.2024", as a part of a sentence. */
  @Override
  public Reason phrase() {
    return Reason.phrase(
        childBirth ? "referenceDate.childBirth" : "referenceDate.settlement", date);
  }

  /** A sentence citing the rule, and R-DL-4 as well when the date is a child's birth. */
  Explanation explanation(String rule, String key, Object... args) {
    return childBirth
        ? Explanation.of(List.of(rule, R_DL_4), key, args)
        : Explanation.of(rule, key, args);
  }
}
