-- The letters of a complaint (receipt, interim reply, dismissal of a late complaint, IMDi's
-- reversal, the copy of IMDi's statement, the ministry's decision) reach the municipality's inbox
-- like the decision letters; each is delivered once, keyed by its own journal entry.
ALTER TABLE inbox_item DROP CONSTRAINT inbox_item_source_check;
ALTER TABLE inbox_item ADD CONSTRAINT inbox_item_source_check
    CHECK (source IN ('DECISION', 'EXTENSION_REQUEST', 'ENQUIRY_MESSAGE', 'COMPLAINT_LETTER'));
