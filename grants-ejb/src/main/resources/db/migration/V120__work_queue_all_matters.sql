-- IMDi's work queue with every kind of matter: V50's applications, conversions, requests for a
-- later deadline and enquiries, V91's accounts reports (R-REP) and V103's complaints (R-AP). The
-- two later migrations were written side by side, each from V50's definition; this one joins
-- them, so that neither replaces the other's part. Dropped and created again, as in V91.
DROP VIEW work_queue;
CREATE VIEW work_queue AS
SELECT w.item_type,
       w.matter_id,
       c.id            AS case_id,
       c.case_year     AS case_year,
       c.case_sequence AS case_sequence,
       w.state,
       w.received_at,
       w.due_date,
       w.grant_year,
       w.kind,
       w.flagged,
       s.municipality  AS municipality,
       m.county_number AS county_number,
       c.assigned_to   AS assigned_to,
       p.id            AS person_id,
       p.given_name    AS given_name,
       p.family_name   AS family_name
  FROM (SELECT CASE WHEN a.conversion_of IS NULL THEN 'APPLICATION' ELSE 'CONVERSION' END AS item_type,
               a.id              AS matter_id,
               a.case_id         AS case_id,
               a.state           AS state,
               a.submitted_at    AS received_at,
               a.deadline        AS due_date,
               a.grant_year      AS grant_year,
               a.kind            AS kind,
               coalesce(a.flagged_for_dismissal, false) AS flagged
          FROM grant_application a
         WHERE a.state IN ('SUBMITTED', 'WAITING_FOR_DOCUMENTATION', 'UNDER_ASSESSMENT', 'PREPARED', 'SENT_BACK')
        UNION ALL
        SELECT 'EXTENSION_REQUEST', e.id, e.case_id, e.state, e.requested_at, e.original_deadline,
               e.grant_year, NULL, false
          FROM extension_request e
         WHERE e.state = 'RECEIVED'
        UNION ALL
        SELECT 'ENQUIRY', q.id, q.case_id, q.state, q.last_message_at, qa.deadline, qa.grant_year,
               qa.kind, false
          FROM enquiry q
          LEFT JOIN grant_application qa ON qa.id = q.application_id
         WHERE q.state = 'WAITING_FOR_IMDI'
        UNION ALL
        -- V91, accounts reports (R-REP): submitted ones for IMDi to review, with the day the
        -- finance officer co-signed; those still with the municipality once the daily run has
        -- reminded them (due within the reminder days, or overdue: flagged); and decided ones whose
        -- claimed overrun waits for its additional decision (R-REP-3).
        SELECT CASE WHEN r.state IN ('SUBMITTED', 'OUTCOME_PREPARED') THEN 'ACCOUNTS_REPORT'
                    WHEN r.state = 'DECIDED' THEN 'ACCOUNTS_CLAIM'
                    ELSE 'ACCOUNTS_REPORT_DUE' END,
               r.id, r.case_id, CAST('ACCOUNTS_' || r.state AS varchar(32)),
               coalesce(r.cosigned_at, r.created_at), r.due_date, r.grant_year, CAST('T2' AS varchar(8)),
               coalesce(r.reminder = 'OVERDUE', false)
          FROM accounts_report r
         WHERE r.state IN ('SUBMITTED', 'OUTCOME_PREPARED')
            OR (r.state IN ('DRAFT', 'SIGNED') AND r.reminder IS NOT NULL)
            OR (r.state = 'DECIDED' AND r.claim_open)
        UNION ALL
        -- V103, complaints with IMDi (R-AP-6): the due date is the month to answer (R-AP-8);
        -- flagged when late (R-AP-5) or overdue
        SELECT 'COMPLAINT', k.id, k.case_id, CAST(k.state AS varchar(32)), k.received_at,
               (k.sent_on + interval '1 month')::date, ka.grant_year, CAST(ka.kind AS varchar(8)),
               (k.timeliness <> 'IN_TIME' OR k.overdue_since IS NOT NULL)
          FROM complaint k
          LEFT JOIN grant_application ka ON ka.id = k.application_id
         WHERE k.state IN ('LATE', 'RECEIVED', 'STATEMENT_PREPARED')) w
  LEFT JOIN case_file c ON c.id = w.case_id
  LEFT JOIN person p ON p.id = c.person_id
  LEFT JOIN settlement s ON s.person_id = c.person_id
  LEFT JOIN municipality m ON m.number = s.municipality;
