package no.imdi.grants.disability.application;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.settlement.UdiHousing;

/**
 * What the assessment page shows beyond the application itself: the case, the person's facts that
 * the rules take (no national id, no health data), and the rule checks with pass or fail and their
 * reasons (R-T-TG, R-DL, R-T1-1, R-T2-1, R-T-1, R-T1-2).
 */
public record AssessmentView(
    CaseView caseFile,
    LocalDate birthDate,
    LocalDate referenceDate,
    boolean childBornAfterMotherSettled,
    String municipality,
    boolean unaccompaniedMinor,
    UdiHousing udiHousing,
    int maxT2Years,
    List<RuleCheck> checks) {}
