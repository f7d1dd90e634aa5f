package no.imdi.grants.rate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * Checks a rate row before it is stored and collects every problem by field: a known grant code
 * (R-IG-4, R-EM, R-RATE-2), a calendar year from 1900 to 2199, an amount of zero or more in whole
 * kroner (the state budget sets rates in kroner), conditions of at most 1000 characters, a source,
 * since a rate nobody can trace cannot be verified, and the reason for the change (the audit trail
 * keeps it).
 */
public final class RateValidator {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2199;
  public static final int MAX_TEXT = 1000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");

  private RateValidator() {}

  /** Throws {@link InvalidInputException} with one problem per wrong field. */
  public static void check(RateCommand command) {
    List<FieldProblem> problems = problems(command);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public static List<FieldProblem> problems(RateCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.code() == null) {
      problems.add(FieldProblem.of("code", "required"));
    } else if (RateCode.fromCode(c.code()).isEmpty()) {
      problems.add(FieldProblem.of("code", "rate.code.unknown", c.code()));
    }
    if (c.year() == null) {
      problems.add(FieldProblem.of("year", "required"));
    } else if (c.year() < FIRST_YEAR || c.year() > LAST_YEAR) {
      problems.add(
          FieldProblem.of(
              "year", "rate.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
    }
    amount(c.amount(), problems);
    if (c.conditions() != null && c.conditions().length() > MAX_TEXT) {
      problems.add(FieldProblem.of("conditions", "tooLong", MAX_TEXT));
    }
    if (c.reason() == null) {
      problems.add(FieldProblem.of("reason", "rate.reason.required"));
    } else if (c.reason().length() > MAX_TEXT) {
      problems.add(FieldProblem.of("reason", "tooLong", MAX_TEXT));
    }
    if (c.source() == null) {
      problems.add(FieldProblem.of("source", "required"));
    } else if (c.source().length() > MAX_TEXT) {
      problems.add(FieldProblem.of("source", "tooLong", MAX_TEXT));
    }
    return problems;
  }

  private static void amount(BigDecimal amount, List<FieldProblem> problems) {
    if (amount == null) {
      problems.add(FieldProblem.of("amount", "required"));
    } else if (amount.signum() < 0) {
      problems.add(FieldProblem.of("amount", "rate.amount.negative"));
    } else if (amount.stripTrailingZeros().scale() > 0) {
      problems.add(FieldProblem.of("amount", "rate.amount.wholeKroner"));
    } else if (amount.compareTo(MAX_AMOUNT) > 0) {
      problems.add(FieldProblem.of("amount", "rate.amount.tooLarge"));
    }
  }
}
