package no.imdi.grants.dashboard;

/**
 * One figure of a dashboard: how many of a kind (a state, a role, an item kind) there are, counted
 * in the database.
 */
public record Tally(String key, long count) {}
