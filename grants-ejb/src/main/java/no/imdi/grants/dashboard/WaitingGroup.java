package no.imdi.grants.dashboard;

import java.util.List;

/** A kind of item waiting for approval: how many, and the oldest of them first. */
public record WaitingGroup(String kind, long count, List<WaitingItem> oldest) {}
