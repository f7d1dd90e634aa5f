-- The start pages (dashboards). R-AP-8 asks for an interim reply when a complaint cannot be
-- answered within one month; how many days before that month ends IMDi's caseworker is warned is
-- this project's choice, not the rule book's: a setting, unverified until an administrator
-- confirms it.
INSERT INTO setting (key, value, verified, source, updated_at, updated_by) VALUES
    ('dashboard.interimReplyWarningDays', '7', false,
     'R-AP-8: varsel på oversiktssiden så mange dager før fristen på én måned for svar eller foreløpig svar (prosjektets valg)',
     now(), 'migration');
