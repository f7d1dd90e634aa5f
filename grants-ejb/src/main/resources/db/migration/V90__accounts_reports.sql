-- T2 accounts reports (R-REP-1..5): one per granted, budget-based T2 grant year (an accounts-based
-- application carries its accounts, R-REP-2), due two months after the grant period (R-REP-1).
-- The municipality that got the grant enters its actual costs per measure on the application's
-- cost lines (R-COST-7) and attaches its accounts; its caseworker signs and a finance officer of
-- the same municipality, another person, co-signs: only then is it SUBMITTED. IMDi prepares the
-- outcome and a second officer approves it (maker/checker, as decisions). An approved recovery
-- writes one row to recovery (V70, source_key REP-<report id>), which the payment run deducts from
-- the municipality's next instalment (R-PAY-4).
CREATE SEQUENCE accounts_report_seq INCREMENT BY 50;
CREATE TABLE accounts_report (
    id                bigint        PRIMARY KEY,
    case_id           bigint        NOT NULL REFERENCES case_file (id),
    application_id    bigint        NOT NULL UNIQUE REFERENCES grant_application (id),
    decision_id       bigint        NOT NULL REFERENCES decision (id),
    municipality      varchar(4)    NOT NULL REFERENCES municipality (number),
    grant_year        integer       NOT NULL CHECK (grant_year >= 1),
    period_start      date          NOT NULL,
    period_end        date          NOT NULL,
    due_date          date          NOT NULL,
    granted           numeric(14,2) NOT NULL CHECK (granted > 0),
    contribution_zone varchar(8)    NOT NULL,
    state             varchar(32)   NOT NULL
        CHECK (state IN ('DRAFT', 'SIGNED', 'SUBMITTED', 'OUTCOME_PREPARED', 'DECIDED')),
    claimed_overrun   numeric(14,2) CHECK (claimed_overrun > 0),
    claim_reason      varchar(4000),
    claim_open        boolean       NOT NULL DEFAULT false,
    signed_by         varchar(64),
    signed_role       varchar(32),
    signed_at         timestamp(6) with time zone,
    cosigned_by       varchar(64),
    cosigned_role     varchar(32),
    cosigned_at       timestamp(6) with time zone,
    reminder          varchar(16)   CHECK (reminder IN ('DUE_SOON', 'OVERDUE')),
    created_at        timestamp(6) with time zone NOT NULL,
    saved_at          timestamp(6) with time zone NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    CONSTRAINT accounts_report_period CHECK (period_end > period_start AND due_date > period_end),
    CONSTRAINT accounts_report_claim CHECK ((claimed_overrun IS NULL) = (claim_reason IS NULL)),
    -- R-REP-1: signed by the caseworker, then co-signed by a finance officer who is another person
    CONSTRAINT accounts_report_signed CHECK (
        (state = 'DRAFT') = (signed_by IS NULL)
        AND (signed_by IS NULL OR (signed_role = 'MUNICIPALITY_CASEWORKER' AND signed_at IS NOT NULL))),
    CONSTRAINT accounts_report_cosigned CHECK (
        (state IN ('DRAFT', 'SIGNED')) = (cosigned_by IS NULL)
        AND (cosigned_by IS NULL OR (cosigned_role = 'MUNICIPALITY_FINANCE' AND cosigned_at IS NOT NULL
                                     AND lower(btrim(cosigned_by)) <> lower(btrim(signed_by)))))
);
CREATE INDEX accounts_report_case ON accounts_report (case_id);
CREATE INDEX accounts_report_municipality ON accounts_report (municipality, due_date);
CREATE INDEX accounts_report_open ON accounts_report (due_date) WHERE state IN ('DRAFT', 'SIGNED');

CREATE SEQUENCE accounts_report_measure_seq INCREMENT BY 50;
CREATE TABLE accounts_report_measure (
    id               bigint       PRIMARY KEY,
    report_id        bigint       NOT NULL REFERENCES accounts_report (id),
    position         integer      NOT NULL CHECK (position >= 0),
    name             varchar(255) NOT NULL,
    granted_position integer
);
-- Not unique on (report_id, position): a saved draft replaces the measures, and the new rows are
-- written before the old ones are removed.
CREATE INDEX accounts_report_measure_report ON accounts_report_measure (report_id, position);

CREATE TABLE accounts_report_cost_line (
    measure_id       bigint        NOT NULL REFERENCES accounts_report_measure (id),
    position         integer       NOT NULL,
    role             varchar(255)  NOT NULL,
    hourly_pay       numeric(12,2) NOT NULL CHECK (hourly_pay >= 0),
    hours            numeric(10,2) NOT NULL CHECK (hours >= 0),
    category         varchar(32)   NOT NULL,
    holiday_pay_rate numeric(6,4)  NOT NULL CHECK (holiday_pay_rate BETWEEN 0 AND 1),
    pension_rate     numeric(6,4)  NOT NULL CHECK (pension_rate BETWEEN 0 AND 1),
    PRIMARY KEY (measure_id, position)
);

CREATE SEQUENCE accounts_report_attachment_seq INCREMENT BY 50;
CREATE TABLE accounts_report_attachment (
    id               bigint       PRIMARY KEY,
    report_id        bigint       NOT NULL REFERENCES accounts_report (id),
    kind             varchar(32)  NOT NULL CHECK (kind IN ('ACCOUNTS_REPORT', 'OTHER')),
    title            varchar(500) NOT NULL,
    document_id      uuid         NOT NULL,
    format           varchar(100) NOT NULL,
    size_bytes       bigint       NOT NULL CHECK (size_bytes >= 0),
    sha256           varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    attached_by      varchar(64)  NOT NULL,
    attached_at      timestamp(6) with time zone NOT NULL,
    journal_entry_id bigint       REFERENCES journal_entry (id)
);
CREATE INDEX accounts_report_attachment_report ON accounts_report_attachment (report_id);
CREATE INDEX accounts_report_attachment_document ON accounts_report_attachment (document_id);

CREATE SEQUENCE accounts_report_outcome_seq INCREMENT BY 50;
CREATE TABLE accounts_report_outcome (
    id                bigint        PRIMARY KEY,
    report_id         bigint        NOT NULL REFERENCES accounts_report (id),
    kind              varchar(32)   NOT NULL
        CHECK (kind IN ('FULL_RECOVERY', 'UNDERSPEND_RECOVERY', 'OVERRUN_CLAIM', 'SETTLED')),
    granted           numeric(14,2) NOT NULL CHECK (granted > 0),
    reported          numeric(14,2) NOT NULL CHECK (reported >= 0),
    eligible          numeric(14,2) NOT NULL CHECK (eligible >= 0),
    recovery          numeric(14,2) NOT NULL CHECK (recovery >= 0 AND recovery <= granted),
    claimed_overrun   numeric(14,2) NOT NULL CHECK (claimed_overrun >= 0),
    excluded_measures varchar(500)  NOT NULL,
    rule_ids          varchar(64)   NOT NULL,
    comment           varchar(4000),
    prepared_by       varchar(64)   NOT NULL,
    prepared_at       timestamp(6) with time zone NOT NULL,
    proposal_status   varchar(16)   NOT NULL CHECK (proposal_status IN ('PENDING', 'APPROVED', 'SENT_BACK')),
    reviewed_by       varchar(64),
    reviewed_at       timestamp(6) with time zone,
    review_comment    varchar(4000),
    letter_entry_id   bigint        REFERENCES journal_entry (id),
    version           bigint        NOT NULL DEFAULT 0,
    -- a recovery is recovered, anything else recovers nothing (R-REP-4, R-REP-5)
    CONSTRAINT accounts_report_outcome_recovery CHECK (
        (kind IN ('FULL_RECOVERY', 'UNDERSPEND_RECOVERY')) = (recovery > 0)
        AND (kind <> 'FULL_RECOVERY' OR recovery = granted)),
    -- maker/checker, as for decisions: a checked proposal names a checker who is not the preparer
    CONSTRAINT accounts_report_outcome_four_eyes CHECK (
        proposal_status = 'PENDING'
        OR (reviewed_by IS NOT NULL AND lower(btrim(reviewed_by)) <> lower(btrim(prepared_by))))
);
CREATE INDEX accounts_report_outcome_report ON accounts_report_outcome (report_id);
CREATE UNIQUE INDEX accounts_report_outcome_one_pending
    ON accounts_report_outcome (report_id) WHERE proposal_status = 'PENDING';
CREATE UNIQUE INDEX accounts_report_outcome_one_approved
    ON accounts_report_outcome (report_id) WHERE proposal_status = 'APPROVED';

-- The outcome letter and the reminders reach the municipality's inbox (V30): a letter per
-- approved outcome, and a reminder per report and stage (due within the reminder days, overdue),
-- each once by the unique (source, source_id).
ALTER TABLE inbox_item DROP CONSTRAINT inbox_item_item_kind_check;
ALTER TABLE inbox_item ADD CONSTRAINT inbox_item_item_kind_check
    CHECK (item_kind IN ('LETTER', 'REQUEST', 'REPLY', 'REMINDER'));
ALTER TABLE inbox_item DROP CONSTRAINT inbox_item_source_check;
ALTER TABLE inbox_item ADD CONSTRAINT inbox_item_source_check
    CHECK (source IN ('DECISION', 'EXTENSION_REQUEST', 'ENQUIRY_MESSAGE',
                      'ACCOUNTS_OUTCOME', 'ACCOUNTS_DUE_SOON', 'ACCOUNTS_OVERDUE'));

-- R-REP-1: how many days before its due date an accounts report still with the municipality is
-- shown in its inbox and in IMDi's queue. The rule book names no number; 14 is the issue's.
INSERT INTO setting (key, value, verified, source, updated_at, updated_by) VALUES
    ('disability.accountsReportReminderDays', '14', false,
     'R-REP-1 [verify]: påminnelse om regnskapsrapport så mange dager før fristen (prosjektets valg, 14 dager)',
     now(), 'migration');
