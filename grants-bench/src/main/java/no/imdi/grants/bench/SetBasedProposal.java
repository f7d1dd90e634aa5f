package no.imdi.grants.bench;

/**
 * The payment benchmark's data and its hand-written set-based proposal: persons settled and
 * registered in the first quarter of 2025 in the twelve largest municipalities (a fifth single
 * adults, a fifth children, some 60 or older, some 0-5), T2 grants approved 15.02.2025, and the one
 * {@code INSERT ... SELECT} that writes the lines the run engine writes for instalment 31.03.2025
 * (R-IG-4, R-IG-5, R-PAY-2): the same keys, amounts, rule ids and stored sentences.
 */
final class SetBasedProposal {

  static final String FILL_PERSONS =
      """
      INSERT INTO person (id, national_id, given_name, family_name, birth_date, sex)
      SELECT i, '8' || lpad(i::text, 10, '0'), 'Bench', 'Person ' || i,
             CASE WHEN i %% 5 = 1 THEN date '2007-01-01' + (i %% 6500)
                  WHEN i %% 17 = 0 THEN date '1950-01-01' + (i %% 3000)
                  ELSE date '1975-01-01' + (i %% 9000) END,
             CASE WHEN i %% 2 = 0 THEN 'FEMALE' ELSE 'MALE' END
        FROM generate_series(1, %d) i
      """;

  static final String FILL_SETTLEMENTS =
      """
      WITH m AS (SELECT number, row_number() OVER (ORDER BY number) - 1 AS n
                   FROM municipality ORDER BY number LIMIT 12)
      INSERT INTO settlement (id, person_id, settled_in, municipality, settlement_date,
                              target_group, settled_by_agreement, family_reunification,
                              reunification_special_agreement, unaccompanied_minor, udi_housing,
                              household, registered_on)
      SELECT i, i, m.number, m.number, date '2025-01-01' + (i %% 89), 'REFUGEE', true, false,
             false, false, 'NONE',
             CASE WHEN i %% 5 = 1 THEN 'CHILD' WHEN i %% 5 = 2 THEN 'SINGLE_ADULT'
                  ELSE 'ADULT_IN_FAMILY' END,
             date '2025-01-01' + (i %% 89)
        FROM generate_series(1, %d) i JOIN m ON m.n = i %% 12
      """;

  static final String FILL_CASES =
      """
      INSERT INTO case_file (id, case_year, case_sequence, scheme, person_id, opened_at, opened_by)
      SELECT g, 2025, g, 'DISABILITY_GRANT', g * %2$d, timestamptz '2025-01-20 10:00+01', 'bench'
        FROM generate_series(1, %1$d) g
      """;

  static final String FILL_APPLICATIONS =
      """
      INSERT INTO grant_application (id, case_id, applicant, kind, grant_year, basis, state,
                                     created_by, created_at, saved_at, outcome, decided_at)
      SELECT cf.id, cf.id, s.municipality, 'T2', 1, 'BUDGET', 'DECIDED', 'bench',
             timestamptz '2025-01-20 10:00+01', timestamptz '2025-01-20 10:00+01', 'GRANTED',
             timestamptz '2025-02-15 10:00+01'
        FROM case_file cf JOIN settlement s ON s.person_id = cf.person_id
      """;

  static final String FILL_DECISIONS =
      """
      INSERT INTO decision (id, application_id, outcome, amount, maximum, eligible_costs,
                            rate_code, rate_year, rate_verified, durable_specialist, not_lasting,
                            prepared_by, prepared_at, proposal_status, reviewed_by, reviewed_at)
      SELECT ga.id, ga.id, 'GRANTED', 300000 + (ga.id % 1000) * 100, 1520000,
             300000 + (ga.id % 1000) * 100, 'T2', 2025, true, false, false, 'bench.maker',
             timestamptz '2025-02-14 10:00+01', 'APPROVED', 'bench.checker',
             timestamptz '2025-02-15 10:00+01'
        FROM grant_application ga
      """;

  /** Invented rates for 2025 (benchmark only, unverified). */
  static final String RATES =
      """
      INSERT INTO rate (code, calendar_year, amount, source, verified, created_at, created_by)
      SELECT code, 2025, amount, 'benchmark', false, now(), 'bench'
        FROM (VALUES ('AR-1', 210000), ('AR-1-EV', 260000), ('AR-1-B', 190000),
                     ('AR-2', 104000), ('AR-3', 84000), ('AR-4', 72000), ('AR-5', 60000),
                     ('ELDR', 180000), ('BHT', 28000), ('EMINB', 1200000),
                     ('EMINU', 760000)) AS r(code, amount)
      """;

  static final String SQL =
      """
      INSERT INTO payment_line (run_id, person_id, municipality, code, payment_group,
                              entitlement_key, instalment, due_basis, amount_ore, kind, rule_ids,
                              reason_key, reason_args)
      SELECT %1$d, s.person_id, s.settled_in, c.code, 'INTEGRATION_YEAR_ONE',
             'P' || s.person_id || '/' || c.code || '/2025', date '2025-03-31', date '2025-03-31',
             (r.amount * 100)::bigint, 'ORDINARY', 'R-IG-4,R-IG-5', 'payment.line.whole',
             's:' || c.code || '|i:2025|n:' || r.amount::text || '|d:2025-03-31'
        FROM settlement s
        JOIN person p ON p.id = s.person_id
        CROSS JOIN LATERAL (VALUES
             (CASE s.household WHEN 'SINGLE_ADULT' THEN 'AR-1-EV' WHEN 'CHILD' THEN 'AR-1-B'
                               ELSE 'AR-1' END),
             (CASE WHEN date_part('year', age(s.settlement_date, p.birth_date)) >= 60
                   THEN 'ELDR' END),
             (CASE WHEN date_part('year', age(s.settlement_date, p.birth_date)) <= 5
                   THEN 'BHT' END)) AS c(code)
        JOIN rate r ON r.code = c.code AND r.calendar_year = 2025 AND r.superseded_at IS NULL
       WHERE c.code IS NOT NULL AND s.registered_on <= date '2025-03-31'
      UNION ALL
      SELECT %1$d, cf.person_id, ga.applicant, 'FHT2', 'DISABILITY',
             'P' || cf.person_id || '/FHT2/A' || ga.id, date '2025-03-31', date '2025-03-31',
             (d.amount * 100)::bigint, 'ORDINARY', 'R-PAY-2', 'payment.line.grant',
             's:FHT2|n:' || d.amount::text || '|d:'
                 || (d.reviewed_at AT TIME ZONE 'Europe/Oslo')::date || '|d:2025-03-31'
        FROM decision d
        JOIN grant_application ga ON ga.id = d.application_id
        JOIN case_file cf ON cf.id = ga.case_id
       WHERE d.proposal_status = 'APPROVED' AND d.outcome IN ('GRANTED', 'PARTLY_GRANTED')
      ON CONFLICT (entitlement_key, instalment, municipality) DO NOTHING
      """;

  private static final String COLUMNS =
      "person_id, municipality, code, payment_group, entitlement_key, due_basis, amount_ore,"
          + " kind, rule_ids, reason_key, reason_args";

  /** The engine's run's lines that the SQL's (rejected, moved out) run lacks; %1$d the run. */
  static final String COMPARE_ENGINE_EXCEPT_SQL =
      "SELECT "
          + COLUMNS
          + " FROM payment_line WHERE run_id = %1$d EXCEPT SELECT "
          + COLUMNS
          + " FROM payment_line_rejected";

  static final String COMPARE_SQL_EXCEPT_ENGINE =
      "SELECT "
          + COLUMNS
          + " FROM payment_line_rejected EXCEPT SELECT "
          + COLUMNS
          + " FROM payment_line WHERE run_id = %1$d";

  private SetBasedProposal() {}
}
