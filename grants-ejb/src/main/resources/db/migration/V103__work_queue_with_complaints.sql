-- IMDi's work queue with the complaints IMDi prepares (R-AP-5, R-AP-6, R-AP-8): V50's definition
-- (copied unchanged) with one more part of the UNION ALL. The columns stay the same, so the queue's
-- filters, sorting, paging and export take complaints as they take the other matters; the due
-- date of a complaint is the last day of its month to answer (R-AP-8), and it is flagged when it
-- came late (R-AP-5) or is overdue.
CREATE OR REPLACE VIEW work_queue AS
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
        -- complaints with IMDi (R-AP-6): the due date is the month to answer (R-AP-8); flagged when
        -- late (R-AP-5) or overdue
        SELECT 'COMPLAINT', k.id, k.case_id, k.state, k.received_at,
               (k.sent_on + interval '1 month')::date, ka.grant_year, ka.kind,
               (k.timeliness <> 'IN_TIME' OR k.overdue_since IS NOT NULL)
          FROM complaint k
          LEFT JOIN grant_application ka ON ka.id = k.application_id
         WHERE k.state IN ('LATE', 'RECEIVED', 'STATEMENT_PREPARED')) w
  LEFT JOIN case_file c ON c.id = w.case_id
  LEFT JOIN person p ON p.id = c.person_id
  LEFT JOIN settlement s ON s.person_id = c.person_id
  LEFT JOIN municipality m ON m.number = s.municipality;
