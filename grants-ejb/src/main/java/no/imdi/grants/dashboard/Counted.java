package no.imdi.grants.dashboard;

import java.util.List;

/**
 * The first few items of a list and how many the whole list holds, read in one statement ({@code
 * count(*) OVER ()} before the {@code LIMIT}); {@code second} a second count where the list has one
 * (R-AP-8: near and overdue), else 0.
 */
record Counted<T>(long count, long second, List<T> items) {}
