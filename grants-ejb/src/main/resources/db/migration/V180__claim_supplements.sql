-- R-REP-3: an overrun claimed with a T2 accounts report is decided as an additional decision
-- through the decision flow. The additional decision is its own application row, a supplement
-- (*tilleggssøknad*) that names the granted T2 application and the report whose claim it decides,
-- with the claimed amount as its limit. It is accounts-based (no new accounts report, R-REP-2),
-- created by IMDi from the open claim, and paid at the next instalment under its own ledger key
-- (R-PAY-2). One supplement per report, in any state: a second for the same claim is refused.
ALTER TABLE grant_application ADD COLUMN supplement_of bigint REFERENCES grant_application (id);
ALTER TABLE grant_application ADD COLUMN supplement_report_id bigint REFERENCES accounts_report (id);
ALTER TABLE grant_application ADD COLUMN supplement_claim numeric(14,2);
ALTER TABLE grant_application ADD COLUMN supplement_granted numeric(14,2);
ALTER TABLE grant_application ADD CONSTRAINT grant_application_supplement CHECK (
    (supplement_of IS NULL) = (supplement_report_id IS NULL)
    AND (supplement_of IS NULL) = (supplement_claim IS NULL)
    AND (supplement_of IS NULL) = (supplement_granted IS NULL)
    AND (supplement_of IS NULL
         OR (kind = 'T2' AND basis = 'ACCOUNTS' AND conversion_of IS NULL
             AND supplement_claim > 0 AND supplement_granted > 0)));
CREATE UNIQUE INDEX grant_application_one_supplement ON grant_application (supplement_report_id)
    WHERE supplement_report_id IS NOT NULL;
CREATE INDEX grant_application_supplement_of ON grant_application (supplement_of)
    WHERE supplement_of IS NOT NULL;

-- V11's one open or granted application per case and grant year, now leaving supplements out.
DROP INDEX grant_application_one_per_year;
CREATE UNIQUE INDEX grant_application_one_per_year ON grant_application (case_id, grant_year)
    WHERE conversion_of IS NULL AND supplement_of IS NULL
      AND (state NOT IN ('WITHDRAWN', 'DECIDED') OR outcome IN ('GRANTED', 'PARTLY_GRANTED'));
