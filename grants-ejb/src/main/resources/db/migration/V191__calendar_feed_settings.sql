-- The deadline calendar feed (issue "Reporting", V140): how many days after it passed a deadline
-- stays in the feed, and how many requests a feed token and a client address may make in ten
-- minutes before the feed answers 429. The project's choices, not the rule book's: unverified
-- until an administrator confirms them.
INSERT INTO setting (key, value, verified, source, updated_at, updated_by) VALUES
    ('calendar.pastDays', '90', false,
     'Fristkalenderen: frister som gikk ut for mer enn så mange dager siden, tas ut av kalenderen (prosjektets valg)',
     now(), 'migration'),
    ('calendar.requestsPerToken', '60', false,
     'Fristkalenderen: så mange forespørsler per kalenderadresse på ti minutter (prosjektets valg)',
     now(), 'migration'),
    ('calendar.requestsPerAddress', '300', false,
     'Fristkalenderen: så mange forespørsler per klientadresse på ti minutter (prosjektets valg)',
     now(), 'migration');
