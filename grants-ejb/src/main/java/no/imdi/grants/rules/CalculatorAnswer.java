package no.imdi.grants.rules;

import java.time.LocalDate;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.Schedule;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.shared.Reasoned;

/**
 * The rule calculator's answer, each part with its reasons: the disability grant schedule (R-T-TG,
 * R-GY, R-DL, R-T1, R-T2, R-RATE), the integration grant schedule with the special grant for
 * unaccompanied minors (R-IG-2, R-IG-4, R-IG-5, R-EM), the limitation date of the integration grant
 * claim (R-IG-7) and the complaint deadline (R-AP-3). A part is {@code null} when the query did not
 * ask for it.
 *
 * @param claimArises the day the integration grant claim arises: the settlement, or the birth of a
 *     child born after it
 */
public record CalculatorAnswer(
    Schedule disability,
    IntegrationGrantSchedule integrationGrant,
    LocalDate claimArises,
    Reasoned<LocalDate> limitation,
    ComplaintDeadline complaint) {}
