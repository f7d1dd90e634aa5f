-- The work queue as V13 defined it, for WorkQueueViewTest to compare V50 with.
CREATE VIEW work_queue_v13 AS
SELECT CASE WHEN a.conversion_of IS NULL THEN 'APPLICATION' ELSE 'CONVERSION' END AS item_type,
       a.id                AS matter_id,
       c.id                AS case_id,
       c.case_year         AS case_year,
       c.case_sequence     AS case_sequence,
       a.state             AS state,
       a.submitted_at      AS received_at,
       a.deadline          AS due_date,
       a.grant_year        AS grant_year,
       a.kind              AS kind,
       coalesce(a.flagged_for_dismissal, false) AS flagged,
       s.municipality      AS municipality,
       m.county_number     AS county_number,
       c.assigned_to       AS assigned_to,
       p.id                AS person_id,
       p.given_name        AS given_name,
       p.family_name       AS family_name
  FROM grant_application a
  JOIN case_file c ON c.id = a.case_id
  JOIN person p ON p.id = c.person_id
  JOIN settlement s ON s.person_id = c.person_id
  JOIN municipality m ON m.number = s.municipality
 WHERE a.state IN ('SUBMITTED', 'WAITING_FOR_DOCUMENTATION', 'UNDER_ASSESSMENT', 'PREPARED', 'SENT_BACK')
UNION ALL
SELECT 'EXTENSION_REQUEST', e.id, c.id, c.case_year, c.case_sequence, e.state, e.requested_at,
       e.original_deadline, e.grant_year, NULL, false, s.municipality, m.county_number,
       c.assigned_to, p.id, p.given_name, p.family_name
  FROM extension_request e
  JOIN case_file c ON c.id = e.case_id
  JOIN person p ON p.id = c.person_id
  JOIN settlement s ON s.person_id = c.person_id
  JOIN municipality m ON m.number = s.municipality
 WHERE e.state = 'RECEIVED'
UNION ALL
SELECT 'ENQUIRY', q.id, c.id, c.case_year, c.case_sequence, q.state, q.last_message_at,
       a.deadline, a.grant_year, a.kind, false, s.municipality, m.county_number,
       c.assigned_to, p.id, p.given_name, p.family_name
  FROM enquiry q
  JOIN case_file c ON c.id = q.case_id
  JOIN person p ON p.id = c.person_id
  JOIN settlement s ON s.person_id = c.person_id
  JOIN municipality m ON m.number = s.municipality
  LEFT JOIN grant_application a ON a.id = q.application_id
 WHERE q.state = 'WAITING_FOR_IMDI';
