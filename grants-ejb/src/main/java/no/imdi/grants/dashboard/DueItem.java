package no.imdi.grants.dashboard;

import java.time.LocalDate;

/**
 * One dated item a dashboard lists, with what the page needs to link to it: its kind, its own id
 * (application, report, inbox item, enquiry, complaint), its case and case number, the date and the
 * rule the date follows, and a detail (a state, or the queue's item type).
 */
public record DueItem(
    DueKind kind,
    long id,
    Long caseId,
    String caseNumber,
    LocalDate due,
    String rule,
    String detail) {}
