-- IMDi's work queue, the same columns and rows as V13, shaped so that a page of it is fast with tens
-- of thousands of applications (measured by ./bench queue, see the README): the matters are
-- gathered from their own tables first (applications and conversions with IMDi, requests for a
-- later deadline not yet decided, enquiries waiting for IMDi), and the case, the person and where
-- the person lives are joined to that once, outside the UNION ALL. PostgreSQL then sorts and
-- limits the matters' few columns and joins the case, person, settlement and municipality only for
-- the rows of the page, instead of joining every row of the queue before sorting it.
--
-- The joins are LEFT JOINs on unique keys, so a count or a filter that does not name a joined
-- table's columns does not join it at all (PostgreSQL removes such a join). The rows are the same
-- as with V13's inner joins: a matter always has its case, a case its person (both NOT NULL
-- foreign keys), and every person in the register has one settlement in one municipality; were a
-- settlement missing, the matter would show without a municipality instead of vanishing from the
-- queue.
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
         WHERE q.state = 'WAITING_FOR_IMDI') w
  LEFT JOIN case_file c ON c.id = w.case_id
  LEFT JOIN person p ON p.id = c.person_id
  LEFT JOIN settlement s ON s.person_id = c.person_id
  LEFT JOIN municipality m ON m.number = s.municipality;
