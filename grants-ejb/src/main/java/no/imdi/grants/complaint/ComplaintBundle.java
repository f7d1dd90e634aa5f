package no.imdi.grants.complaint;

import java.util.List;
import no.imdi.grants.casefile.JournalEntryView;
import no.imdi.grants.disability.application.ApplicationView;
import no.imdi.grants.disability.application.DecisionView;

/**
 * What IMDi hands the ministry with a forwarded complaint (R-AP-6): the complaint and IMDi's
 * statement, the contested decision and its letter, the application, and the journal entries of the
 * complaint and the documents IMDi relied on. Health information is not in it: it is read through
 * the access-logged methods, as everywhere.
 */
public record ComplaintBundle(
    ComplaintView complaint,
    DecisionView decision,
    ApplicationView application,
    List<JournalEntryView> entries) {}
