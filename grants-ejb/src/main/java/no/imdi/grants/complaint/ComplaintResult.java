package no.imdi.grants.complaint;

import no.imdi.grants.shared.Explanation;

/**
 * What became of the municipality's message: a complaint (R-AP-2) or, on a letter without a
 * complaint right, an enquiry on the case (R-AP-1); its id and the reasons to show.
 */
public record ComplaintResult(LetterKind registeredAs, long id, Explanation explanation) {}
