-- The statistics page (issue "Reporting"): a municipality's figures read its own rows by index.
-- Settled persons are counted by the settling municipality (settled_in), which had no index.
CREATE INDEX settlement_settled_in_date ON settlement (settled_in, settlement_date);
-- The ledger's amounts of one municipality per instalment and payment group, read from the index
-- alone (the run decides whether a line is granted or paid).
CREATE INDEX payment_line_municipality_instalment ON payment_line (municipality, instalment)
    INCLUDE (payment_group, run_id, amount_ore);
-- Applications and their complaints of one municipality.
CREATE INDEX grant_application_applicant ON grant_application (applicant, submitted_at);
