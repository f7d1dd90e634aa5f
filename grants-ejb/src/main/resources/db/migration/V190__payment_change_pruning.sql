-- Pruning of the payment run's change log (issue "Money", R-PAY-4; V150's payment_change). Rows
-- older than the retention (setting payment.changeLog.retentionDays) are deleted in bounded batches
-- by a background timer. Each batch writes one row here in the same transaction as its delete: how
-- many rows, up to which change time, and the highest transaction id it deleted. The highest
-- through_txid of this table is the horizon: a base run whose change_xmin is at or below it may
-- miss a pruned change, so a rerun on it walks the whole register, as a first run does. The rows
-- are never changed; they are the audit trail of the pruning.
CREATE TABLE payment_change_pruned (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pruned_at      timestamp(6) with time zone NOT NULL,
    changed_before timestamp(6) with time zone NOT NULL,
    row_count      bigint NOT NULL CHECK (row_count > 0),
    through_txid   xid8   NOT NULL
);
CREATE INDEX payment_change_pruned_txid ON payment_change_pruned (through_txid);
CREATE INDEX payment_change_changed_at ON payment_change (changed_at, id);

-- The retention is the project's choice, not the rule book's: unverified until an administrator
-- confirms it.
INSERT INTO setting (key, value, verified, source, updated_at, updated_by) VALUES
    ('payment.changeLog.retentionDays', '400', false,
     'R-PAY-4: endringsloggen for betalingskjøringen beholdes så mange dager (prosjektets valg)',
     now(), 'migration');

-- The retention is a setting of the log's own upkeep, and the calendar feed's settings (V191) are
-- not read by the rules either: their change does not make the next run a full recompute.
DROP TRIGGER payment_change_setting ON setting;
CREATE TRIGGER payment_change_setting AFTER INSERT OR UPDATE ON setting
    FOR EACH ROW
    WHEN (NEW.key NOT IN ('payment.chunkSize', 'payment.leaseSeconds', 'payment.payoutDay',
                          'payment.payoutDayDecember', 'payment.bankAcceptedStatuses',
                          'payment.changeLog.retentionDays')
          AND NEW.key NOT LIKE 'payment.debtor.%' AND NEW.key NOT LIKE 'calendar.%')
    EXECUTE FUNCTION payment_change_everyone();
