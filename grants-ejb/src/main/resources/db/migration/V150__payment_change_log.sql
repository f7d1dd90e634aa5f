-- The payment run's change log (issue "Money", R-PAY-4: a rerun of an instalment pays only what
-- changed). Triggers on every table the entitlements read write the person whose facts changed,
-- with the writing transaction's id; a change of the rate table or of a setting the rules read is
-- written with no person and makes the next run of every instalment a full recompute.
--
-- A run records, when it starts computing, the oldest transaction still running
-- (change_xmin = pg_snapshot_xmin(pg_current_snapshot())): every change by an older transaction was
-- committed (or rolled back) before the run read anything, so the run saw it. The next run of the
-- same instalment, whose base is the last run of that instalment that was proposed, approved or
-- paid, recomputes only the persons with a change of a transaction at or after the base's
-- change_xmin (and new settlements, which are changes too); a change with no person, or no base,
-- means the whole register. The unique key (entitlement key, instalment, municipality) keeps a
-- line exactly once as before.

CREATE TABLE payment_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint,
    source     varchar(32)  NOT NULL,
    txid       xid8         NOT NULL DEFAULT pg_current_xact_id(),
    changed_at timestamp(6) with time zone NOT NULL DEFAULT now()
);
CREATE INDEX payment_change_txid ON payment_change (txid, person_id);

ALTER TABLE payment_run ADD COLUMN change_xmin xid8;
-- FULL: the whole register; CHANGES: only the persons changed since the base run's change_xmin
ALTER TABLE payment_run ADD COLUMN walk varchar(8) CHECK (walk IN ('FULL', 'CHANGES'));
ALTER TABLE payment_run ADD COLUMN base_run_id bigint REFERENCES payment_run (id);

-- settlement: the person, and those whose rules read this settlement (a child born after
-- settlement reads the mother's settlement date, R-IG-4; a family-reunified person the target
-- group of the one reunified with, R-IG-2).
CREATE FUNCTION payment_change_settlement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO payment_change (person_id, source)
        SELECT person_id, 'settlement' FROM new_rows
        UNION SELECT s.person_id, 'settlement' FROM settlement s JOIN new_rows n ON s.mother_id = n.person_id
        UNION SELECT s.person_id, 'settlement' FROM settlement s JOIN new_rows n ON s.reunified_with_id = n.person_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO payment_change (person_id, source)
        SELECT person_id, 'settlement' FROM old_rows
        UNION SELECT s.person_id, 'settlement' FROM settlement s JOIN old_rows o ON s.mother_id = o.person_id
        UNION SELECT s.person_id, 'settlement' FROM settlement s JOIN old_rows o ON s.reunified_with_id = o.person_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER payment_change_settlement_insert AFTER INSERT ON settlement
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_change_settlement();
CREATE TRIGGER payment_change_settlement_update AFTER UPDATE ON settlement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION payment_change_settlement();
CREATE TRIGGER payment_change_settlement_delete AFTER DELETE ON settlement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_change_settlement();

-- person: the birth date (R-IG-3, R-EM-2), and the children born after settlement whose mother
-- this is are covered by the settlement rows above.
CREATE FUNCTION payment_change_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payment_change (person_id, source)
    SELECT n.id, 'person' FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE n.birth_date IS DISTINCT FROM o.birth_date;
    RETURN NULL;
END $$;
CREATE TRIGGER payment_change_person_update AFTER UPDATE ON person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION payment_change_person();

-- settlement_move (R-IG-6): the settlement's person.
CREATE FUNCTION payment_change_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO payment_change (person_id, source)
        SELECT DISTINCT s.person_id, 'move' FROM settlement s JOIN new_rows n ON n.settlement_id = s.id;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO payment_change (person_id, source)
        SELECT DISTINCT s.person_id, 'move' FROM settlement s JOIN old_rows o ON o.settlement_id = s.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER payment_change_move_insert AFTER INSERT ON settlement_move
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_change_move();
CREATE TRIGGER payment_change_move_update AFTER UPDATE ON settlement_move
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION payment_change_move();
CREATE TRIGGER payment_change_move_delete AFTER DELETE ON settlement_move
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_change_move();

-- decision (R-PAY-2, R-T2-5: approved T1/T2 decisions and their amounts): the case's person.
CREATE FUNCTION payment_change_decision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO payment_change (person_id, source)
        SELECT DISTINCT cf.person_id, 'decision' FROM new_rows n
          JOIN grant_application ga ON ga.id = n.application_id JOIN case_file cf ON cf.id = ga.case_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO payment_change (person_id, source)
        SELECT DISTINCT cf.person_id, 'decision' FROM old_rows o
          JOIN grant_application ga ON ga.id = o.application_id JOIN case_file cf ON cf.id = ga.case_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER payment_change_decision_insert AFTER INSERT ON decision
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_change_decision();
CREATE TRIGGER payment_change_decision_update AFTER UPDATE ON decision
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION payment_change_decision();
CREATE TRIGGER payment_change_decision_delete AFTER DELETE ON decision
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_change_decision();

-- grant_application (kind, applicant municipality, conversion_of of a T2, R-T2-5): the person.
CREATE FUNCTION payment_change_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payment_change (person_id, source)
    SELECT DISTINCT cf.person_id, 'application' FROM new_rows n JOIN case_file cf ON cf.id = n.case_id
    UNION SELECT cf.person_id, 'application' FROM old_rows o JOIN case_file cf ON cf.id = o.case_id;
    RETURN NULL;
END $$;
CREATE TRIGGER payment_change_application_update AFTER UPDATE ON grant_application
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION payment_change_application();

-- case_file: a case moved to another person (both).
CREATE FUNCTION payment_change_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payment_change (person_id, source)
    SELECT n.person_id, 'case' FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE n.person_id IS DISTINCT FROM o.person_id
    UNION SELECT o.person_id, 'case' FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE n.person_id IS DISTINCT FROM o.person_id;
    RETURN NULL;
END $$;
CREATE TRIGGER payment_change_case_update AFTER UPDATE ON case_file
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION payment_change_case();

-- The rate table and the settings the rules read: everyone (no person).
CREATE FUNCTION payment_change_everyone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payment_change (person_id, source) VALUES (NULL, TG_TABLE_NAME);
    RETURN NULL;
END $$;
CREATE TRIGGER payment_change_rate AFTER INSERT OR UPDATE OR DELETE ON rate
    FOR EACH STATEMENT EXECUTE FUNCTION payment_change_everyone();
-- Every setting but those of the run's own working, the bank file and the payer: a setting of
-- another issue forces a full recompute too, which costs time and never a wrong line.
CREATE TRIGGER payment_change_setting AFTER INSERT OR UPDATE ON setting
    FOR EACH ROW
    WHEN (NEW.key NOT IN ('payment.chunkSize', 'payment.leaseSeconds', 'payment.payoutDay',
                          'payment.payoutDayDecember', 'payment.bankAcceptedStatuses')
          AND NEW.key NOT LIKE 'payment.debtor.%')
    EXECUTE FUNCTION payment_change_everyone();
