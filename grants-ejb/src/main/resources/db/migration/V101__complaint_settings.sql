-- R-AP-3 [verify]: the complaint deadline counts from the day the notice reached the party. The
-- system takes the day the letter was delivered to the municipality's inbox; whether the day it was
-- first opened should count instead is a choice the rule book leaves open: a setting, off, unverified.
INSERT INTO setting (key, value, verified, source, updated_at, updated_by) VALUES
    ('complaint.noticeFromFirstOpening', 'false', false,
     'R-AP-3 [verify]: forvaltningsloven § 29, underretningen er kommet fram (levert i innboksen, eller først åpnet)',
     now(), 'migration');
