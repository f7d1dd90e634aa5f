-- Applications for the disability grant T1/T2 inside a case, their measures with cost lines
-- (R-COST-7), attached documents (R-DOC), and decisions (R-DEC-1) with maker/checker.
CREATE SEQUENCE grant_application_seq INCREMENT BY 50;
CREATE TABLE grant_application (
    id                        bigint        PRIMARY KEY,
    case_id                   bigint        NOT NULL REFERENCES case_file (id),
    applicant                 varchar(4)    NOT NULL REFERENCES municipality (number),
    kind                      varchar(8)    NOT NULL CHECK (kind IN ('T1', 'T2')),
    grant_year                integer       NOT NULL CHECK (grant_year BETWEEN 1 AND 10),
    basis                     varchar(16)   CHECK (basis IN ('BUDGET', 'ACCOUNTS')),
    conversion_of             bigint        REFERENCES grant_application (id),
    state                     varchar(32)   NOT NULL,
    impairment                varchar(4000),
    impairment_arose          varchar(1000),
    arose_before_settlement   boolean,
    help_needed               varchar(4000),
    consent_names             varchar(2000),
    contribution_zone         varchar(8),
    services_needing_decision boolean,
    pedagogical_measures      boolean,
    new_health_information    boolean,
    created_by                varchar(64)   NOT NULL,
    created_at                timestamp(6) with time zone NOT NULL,
    saved_at                  timestamp(6) with time zone NOT NULL,
    submitted_by              varchar(64),
    submitted_at              timestamp(6) with time zone,
    received_on               date,
    deadline                  date,
    flagged_for_dismissal     boolean,
    override_comment          varchar(4000),
    overridden_rules          varchar(500),
    outcome                   varchar(16)   CHECK (outcome IN ('GRANTED', 'PARTLY_GRANTED', 'REFUSED', 'DISMISSED')),
    decided_at                timestamp(6) with time zone,
    version                   bigint        NOT NULL DEFAULT 0,
    CONSTRAINT grant_application_basis CHECK ((kind = 'T2') = (basis IS NOT NULL)),
    CONSTRAINT grant_application_conversion CHECK (conversion_of IS NULL OR kind = 'T2'),
    CONSTRAINT grant_application_decided CHECK ((state = 'DECIDED') = (outcome IS NOT NULL))
);
CREATE INDEX grant_application_case ON grant_application (case_id);
CREATE INDEX grant_application_with_imdi ON grant_application (state, deadline, submitted_at)
    WHERE state IN ('SUBMITTED', 'WAITING_FOR_DOCUMENTATION', 'UNDER_ASSESSMENT', 'PREPARED', 'SENT_BACK');
-- One open or granted application per case and grant year, and one open conversion per T1 grant,
-- even when two are started at the same moment.
CREATE UNIQUE INDEX grant_application_one_per_year ON grant_application (case_id, grant_year)
    WHERE conversion_of IS NULL
      AND (state NOT IN ('WITHDRAWN', 'DECIDED') OR outcome IN ('GRANTED', 'PARTLY_GRANTED'));
CREATE UNIQUE INDEX grant_application_one_conversion ON grant_application (conversion_of)
    WHERE conversion_of IS NOT NULL AND state NOT IN ('WITHDRAWN', 'DECIDED');

CREATE SEQUENCE application_measure_seq INCREMENT BY 50;
CREATE TABLE application_measure (
    id              bigint       PRIMARY KEY,
    application_id  bigint       NOT NULL REFERENCES grant_application (id),
    position        integer      NOT NULL CHECK (position >= 0),
    name            varchar(255) NOT NULL,
    other_funding   varchar(2000),
    beyond_em_grant varchar(2000)
);
CREATE INDEX application_measure_application ON application_measure (application_id, position);

CREATE TABLE application_cost_line (
    measure_id       bigint        NOT NULL REFERENCES application_measure (id),
    position         integer       NOT NULL,
    role             varchar(255)  NOT NULL,
    hourly_pay       numeric(12,2) NOT NULL CHECK (hourly_pay >= 0),
    hours            numeric(10,2) NOT NULL CHECK (hours >= 0),
    category         varchar(32)   NOT NULL,
    holiday_pay_rate numeric(6,4)  NOT NULL CHECK (holiday_pay_rate BETWEEN 0 AND 1),
    pension_rate     numeric(6,4)  NOT NULL CHECK (pension_rate BETWEEN 0 AND 1),
    PRIMARY KEY (measure_id, position)
);

CREATE SEQUENCE application_attachment_seq INCREMENT BY 50;
CREATE TABLE application_attachment (
    id               bigint       PRIMARY KEY,
    application_id   bigint       NOT NULL REFERENCES grant_application (id),
    kind             varchar(32)  NOT NULL,
    title            varchar(500) NOT NULL,
    document_id      uuid         NOT NULL,
    format           varchar(100) NOT NULL,
    size_bytes       bigint       NOT NULL CHECK (size_bytes >= 0),
    sha256           varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    health_data      boolean      NOT NULL,
    attached_by      varchar(64)  NOT NULL,
    attached_at      timestamp(6) with time zone NOT NULL,
    journal_entry_id bigint       REFERENCES journal_entry (id)
);
CREATE INDEX application_attachment_application ON application_attachment (application_id);
CREATE INDEX application_attachment_document ON application_attachment (document_id);

CREATE SEQUENCE decision_seq INCREMENT BY 50;
CREATE TABLE decision (
    id                 bigint        PRIMARY KEY,
    application_id     bigint        NOT NULL REFERENCES grant_application (id),
    outcome            varchar(16)   NOT NULL CHECK (outcome IN ('GRANTED', 'PARTLY_GRANTED', 'REFUSED', 'DISMISSED')),
    amount             numeric(14,2) CHECK (amount > 0),
    maximum            numeric(14,2),
    eligible_costs     numeric(14,2) NOT NULL,
    rate_code          varchar(32)   NOT NULL,
    rate_year          integer       NOT NULL,
    rate_verified      boolean       NOT NULL,
    reason             varchar(4000),
    dismissal_rule     varchar(16),
    durable_specialist boolean       NOT NULL,
    not_lasting        boolean       NOT NULL,
    prepared_by        varchar(64)   NOT NULL,
    prepared_at        timestamp(6) with time zone NOT NULL,
    proposal_status    varchar(16)   NOT NULL CHECK (proposal_status IN ('PENDING', 'APPROVED', 'SENT_BACK')),
    reviewed_by        varchar(64),
    reviewed_at        timestamp(6) with time zone,
    review_comment     varchar(4000),
    letter_entry_id    bigint        REFERENCES journal_entry (id),
    version            bigint        NOT NULL DEFAULT 0,
    -- a grant has an amount, never more than the rules allowed; a refusal or dismissal none
    CONSTRAINT decision_amount CHECK (
        (outcome IN ('GRANTED', 'PARTLY_GRANTED')) = (amount IS NOT NULL) AND (amount IS NULL OR amount <= maximum)),
    -- maker/checker, a third time: a checked proposal names a checker who is not the preparer
    CONSTRAINT decision_four_eyes CHECK (
        proposal_status = 'PENDING'
        OR (reviewed_by IS NOT NULL AND lower(btrim(reviewed_by)) <> lower(btrim(prepared_by))))
);
CREATE INDEX decision_application ON decision (application_id);
CREATE UNIQUE INDEX decision_one_pending ON decision (application_id) WHERE proposal_status = 'PENDING';
CREATE UNIQUE INDEX decision_one_approved ON decision (application_id) WHERE proposal_status = 'APPROVED';
CREATE INDEX decision_pending ON decision (prepared_at) WHERE proposal_status = 'PENDING';

CREATE TABLE decision_measure (
    decision_id      bigint        NOT NULL REFERENCES decision (id),
    position         integer       NOT NULL,
    measure_position integer       NOT NULL,
    name             varchar(255)  NOT NULL,
    eligible_costs   numeric(14,2) NOT NULL,
    PRIMARY KEY (decision_id, position)
);
