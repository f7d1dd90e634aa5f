-- A payment run's sums per municipality, instalment and payment group (R-PAY-3), written once in
-- the transaction that makes the run PROPOSED (RunFinish), after its last line: from then on the
-- run's lines do not change (a rejection moves them out of the ledger and the run's state says
-- so). Read by the dashboards' instalment figures instead of summing a large municipality's lines
-- of an instalment (about 78 000 for Oslo at 250 000 persons). The ledger (payment_line) stays the
-- only record of what is owed and paid; these rows are derived from it and never written apart.
CREATE TABLE payment_run_total (
    run_id          bigint       NOT NULL REFERENCES payment_run (id),
    municipality    varchar(4)   NOT NULL REFERENCES municipality (number),
    instalment      date         NOT NULL,
    payment_group   varchar(32)  NOT NULL,
    amount_ore      bigint       NOT NULL,
    line_count      integer      NOT NULL,
    PRIMARY KEY (run_id, municipality, instalment, payment_group)
);
-- A municipality's totals, latest instalment first.
CREATE INDEX payment_run_total_municipality
    ON payment_run_total (municipality, instalment, run_id) INCLUDE (payment_group, amount_ore);

-- The runs that finished before this table: their lines as they stand.
INSERT INTO payment_run_total (run_id, municipality, instalment, payment_group, amount_ore,
                               line_count)
SELECT l.run_id, l.municipality, l.instalment, l.payment_group, sum(l.amount_ore), count(*)
  FROM payment_line l JOIN payment_run r ON r.id = l.run_id
 WHERE r.state IN ('PROPOSED', 'APPROVED', 'PAID')
 GROUP BY l.run_id, l.municipality, l.instalment, l.payment_group;
