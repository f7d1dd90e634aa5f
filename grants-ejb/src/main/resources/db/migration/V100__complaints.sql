-- Complaints (klage) on dismissals (R-AP-2), sent to IMDi (R-AP-6) and decided by the ministry
-- (R-AP-7), with IMDi's forwarding statements (maker/checker) and the one-month check (R-AP-8).

-- A decision set aside after a complaint (IMDi's reversal, the ministry's change or annulment)
-- stays on record with its letter; the new decision on the application is then the one in force.
ALTER TABLE decision ADD COLUMN set_aside_by varchar(64);
ALTER TABLE decision ADD COLUMN set_aside_at timestamp(6) with time zone;
ALTER TABLE decision ADD CONSTRAINT decision_set_aside_approved CHECK (
    set_aside_at IS NULL OR (proposal_status = 'APPROVED' AND set_aside_by IS NOT NULL));
DROP INDEX decision_one_approved;
CREATE UNIQUE INDEX decision_one_in_force ON decision (application_id)
    WHERE proposal_status = 'APPROVED' AND set_aside_at IS NULL;

CREATE SEQUENCE complaint_seq INCREMENT BY 50;
CREATE TABLE complaint (
    id                   bigint        PRIMARY KEY,
    case_id              bigint        NOT NULL REFERENCES case_file (id),
    decision_id          bigint        NOT NULL REFERENCES decision (id),
    application_id       bigint        NOT NULL REFERENCES grant_application (id),
    decision_kind        varchar(32)   NOT NULL CHECK (decision_kind = 'DISMISSED'),
    decided_on           date          NOT NULL,
    letter_entry_id      bigint        REFERENCES journal_entry (id),
    notice_received_on   date          NOT NULL,
    grounds              varchar(4000) NOT NULL,
    change_asked         varchar(4000),
    delay_reason         varchar(4000),
    sent_on              date          NOT NULL,
    deadline             date          NOT NULL,
    timeliness           varchar(32)   NOT NULL CHECK (timeliness IN ('IN_TIME', 'LATE_MAY_BE_CONSIDERED')),
    last_date_late       date          NOT NULL,
    received_by          varchar(64)   NOT NULL,
    received_at          timestamp(6) with time zone NOT NULL,
    state                varchar(32)   NOT NULL CHECK (state IN ('LATE', 'RECEIVED', 'STATEMENT_PREPARED',
                             'WITH_MINISTRY', 'DISMISSED_LATE', 'REVERSED', 'DECIDED_BY_MINISTRY')),
    late_assessed_by     varchar(64),
    late_assessed_at     timestamp(6) with time zone,
    late_assessment      varchar(4000),
    reversed_by          varchar(64),
    reversed_at          timestamp(6) with time zone,
    reversal_reason      varchar(4000),
    forwarded_on         date,
    forwarded_at         timestamp(6) with time zone,
    ministry_outcome     varchar(16)   CHECK (ministry_outcome IN ('DISMISSED', 'UPHELD', 'CHANGED', 'ANNULLED')),
    ministry_decided_by  varchar(64),
    ministry_decided_at  timestamp(6) with time zone,
    ministry_reason      varchar(4000),
    interim_reply_on     date,
    interim_reply_by     varchar(64),
    interim_reply_reason varchar(4000),
    expected_answer_on   date,
    overdue_since        date,
    version              bigint        NOT NULL DEFAULT 0,
    -- R-AP-5: never more than one year after the decision; a late complaint says why
    CONSTRAINT complaint_within_one_year CHECK (sent_on <= last_date_late AND sent_on >= decided_on),
    CONSTRAINT complaint_late_reason CHECK (timeliness = 'IN_TIME' OR delay_reason IS NOT NULL),
    CONSTRAINT complaint_late_state CHECK (state <> 'LATE' OR timeliness <> 'IN_TIME'),
    -- R-AP-7: the ministry's decision names its outcome and who made it
    CONSTRAINT complaint_ministry_decided CHECK (
        (state = 'DECIDED_BY_MINISTRY') = (ministry_outcome IS NOT NULL)
        AND (ministry_outcome IS NULL OR (ministry_decided_by IS NOT NULL AND ministry_decided_at IS NOT NULL))),
    CONSTRAINT complaint_forwarded CHECK (
        state NOT IN ('WITH_MINISTRY', 'DECIDED_BY_MINISTRY') OR forwarded_on IS NOT NULL)
);
CREATE INDEX complaint_case ON complaint (case_id);
CREATE UNIQUE INDEX complaint_one_open_per_decision ON complaint (decision_id)
    WHERE state IN ('LATE', 'RECEIVED', 'STATEMENT_PREPARED', 'WITH_MINISTRY');
CREATE INDEX complaint_open ON complaint (state, sent_on)
    WHERE state IN ('LATE', 'RECEIVED', 'STATEMENT_PREPARED', 'WITH_MINISTRY');

CREATE SEQUENCE complaint_statement_seq INCREMENT BY 50;
CREATE TABLE complaint_statement (
    id              bigint        PRIMARY KEY,
    complaint_id    bigint        NOT NULL REFERENCES complaint (id),
    text            varchar(8000) NOT NULL,
    prepared_by     varchar(64)   NOT NULL,
    prepared_at     timestamp(6) with time zone NOT NULL,
    proposal_status varchar(16)   NOT NULL CHECK (proposal_status IN ('PENDING', 'APPROVED', 'SENT_BACK')),
    reviewed_by     varchar(64),
    reviewed_at     timestamp(6) with time zone,
    review_comment  varchar(4000),
    version         bigint        NOT NULL DEFAULT 0,
    -- maker/checker: a checked statement names a checker who is not the preparer
    CONSTRAINT complaint_statement_four_eyes CHECK (
        proposal_status = 'PENDING'
        OR (reviewed_by IS NOT NULL AND lower(btrim(reviewed_by)) <> lower(btrim(prepared_by))))
);
CREATE INDEX complaint_statement_complaint ON complaint_statement (complaint_id);
CREATE UNIQUE INDEX complaint_statement_one_pending ON complaint_statement (complaint_id)
    WHERE proposal_status = 'PENDING';
CREATE UNIQUE INDEX complaint_statement_one_approved ON complaint_statement (complaint_id)
    WHERE proposal_status = 'APPROVED';
