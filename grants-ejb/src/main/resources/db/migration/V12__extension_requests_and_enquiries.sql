-- Requests for a later deadline (R-DL-5) and enquiry threads between the municipality and IMDi.
CREATE SEQUENCE extension_request_seq INCREMENT BY 50;
CREATE TABLE extension_request (
    id                 bigint        PRIMARY KEY,
    case_id            bigint        NOT NULL REFERENCES case_file (id),
    grant_year         integer       NOT NULL CHECK (grant_year BETWEEN 1 AND 10),
    original_deadline  date          NOT NULL,
    requested_deadline date,
    reason             varchar(4000) NOT NULL,
    received_on        date          NOT NULL,
    requested_by       varchar(64)   NOT NULL,
    requested_at       timestamp(6) with time zone NOT NULL,
    state              varchar(16)   NOT NULL CHECK (state IN ('RECEIVED', 'GRANTED', 'REFUSED')),
    granted_deadline   date,
    decided_by         varchar(64),
    decided_at         timestamp(6) with time zone,
    decision_reason    varchar(4000),
    letter_entry_id    bigint        REFERENCES journal_entry (id),
    version            bigint        NOT NULL DEFAULT 0,
    CONSTRAINT extension_request_in_time CHECK (received_on <= original_deadline),
    CONSTRAINT extension_request_granted CHECK (
        (state = 'GRANTED') = (granted_deadline IS NOT NULL) AND (granted_deadline IS NULL OR granted_deadline > original_deadline))
);
CREATE INDEX extension_request_case ON extension_request (case_id, grant_year);
CREATE UNIQUE INDEX extension_request_one_per_year ON extension_request (case_id, grant_year)
    WHERE state IN ('RECEIVED', 'GRANTED');

CREATE SEQUENCE enquiry_seq INCREMENT BY 50;
CREATE TABLE enquiry (
    id                    bigint       PRIMARY KEY,
    case_id               bigint       NOT NULL REFERENCES case_file (id),
    application_id        bigint       REFERENCES grant_application (id),
    subject               varchar(255) NOT NULL,
    documentation_request boolean      NOT NULL,
    reply_by              date,
    state                 varchar(32)  NOT NULL CHECK (state IN ('WAITING_FOR_IMDI', 'WAITING_FOR_MUNICIPALITY', 'CLOSED')),
    opened_by             varchar(64)  NOT NULL,
    opened_at             timestamp(6) with time zone NOT NULL,
    last_message_at       timestamp(6) with time zone NOT NULL,
    version               bigint       NOT NULL DEFAULT 0,
    CONSTRAINT enquiry_reply_by CHECK (NOT documentation_request OR (reply_by IS NOT NULL AND application_id IS NOT NULL))
);
CREATE INDEX enquiry_case ON enquiry (case_id);
CREATE INDEX enquiry_waiting_for_imdi ON enquiry (last_message_at) WHERE state = 'WAITING_FOR_IMDI';

CREATE SEQUENCE enquiry_message_seq INCREMENT BY 50;
CREATE TABLE enquiry_message (
    id               bigint        PRIMARY KEY,
    enquiry_id       bigint        NOT NULL REFERENCES enquiry (id),
    side             varchar(16)   NOT NULL CHECK (side IN ('MUNICIPALITY', 'IMDI')),
    written_by       varchar(64)   NOT NULL,
    written_at       timestamp(6) with time zone NOT NULL,
    text             varchar(8000) NOT NULL,
    journal_entry_id bigint        REFERENCES journal_entry (id)
);
CREATE INDEX enquiry_message_enquiry ON enquiry_message (enquiry_id, written_at);
