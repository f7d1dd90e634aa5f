-- Every change of a rate or a setting carries the administrator's reason, kept in the audit trail.
ALTER TABLE rate_audit ADD COLUMN reason varchar(1000);
ALTER TABLE setting_audit ADD COLUMN reason varchar(1000);
