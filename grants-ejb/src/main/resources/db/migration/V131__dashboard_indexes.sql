-- Indexes for the start pages (dashboards), measured with ./bench dashboards (250 000 persons,
-- 50 000 applications, 500 000 payment lines).
-- A municipality's payment lines of one instalment, summed per group (the next, planned, and the
-- last, sent or paid; R-PAY-3), and a run's total of its instalment: index-only scans of the
-- instalment's lines instead of reading the whole ledger.
CREATE INDEX payment_line_instalment_municipality
    ON payment_line (instalment, municipality, run_id) INCLUDE (payment_group, amount_ore);
-- A municipality's persons (its settlements, as every scoped query joins them) without the rows.
CREATE INDEX settlement_municipality_person ON settlement (municipality, person_id);
-- The applications still open (not decided or withdrawn), by case.
CREATE INDEX grant_application_open_by_case ON grant_application (case_id)
    INCLUDE (state, grant_year, conversion_of) WHERE state NOT IN ('DECIDED', 'WITHDRAWN');
