-- The inbox's sources of every matter: V90 added the accounts reports' (R-REP) and V102 the
-- complaints' letters (R-AP); the two were written side by side, each from V30's list, and this
-- one joins them, so that neither replaces the other's.
ALTER TABLE inbox_item DROP CONSTRAINT inbox_item_source_check;
ALTER TABLE inbox_item ADD CONSTRAINT inbox_item_source_check
    CHECK (source IN ('DECISION', 'EXTENSION_REQUEST', 'ENQUIRY_MESSAGE',
                      'ACCOUNTS_OUTCOME', 'ACCOUNTS_DUE_SOON', 'ACCOUNTS_OVERDUE',
                      'COMPLAINT_LETTER'));
