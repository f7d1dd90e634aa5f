-- The payment run's chunk (settlements per committed step, R-PAY-3) from 2 000 to 10 000, the size
-- ./bench payments measured the proposal with on a quiet 2-core machine (250 000 persons: 1.33-1.53x the
-- set-based SQL at 10 000 against 1.73x at 2 000, each chunk's round trips and commit being the
-- difference); a crash then redoes at most 10 000 settlements, about half a second of work. Only where
-- the value is still the one V80 shipped (updated by 'migration'): an administrator's own choice stays.
-- Like the other shipped defaults it has no row in setting_audit; this migration (in Flyway's history)
-- is the record of the change.
UPDATE setting SET value = '10000', updated_at = now()
 WHERE key = 'payment.chunkSize' AND value = '2000' AND updated_by = 'migration';
