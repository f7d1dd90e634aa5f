package no.imdi.grants.dashboard;

import java.time.LocalDate;
import java.util.Map;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.RunState;

/**
 * A municipality's lines of one instalment as its instalment basis shows them (R-PAY-3): the basis
 * date, the state of the run that carries them (planned while the run is open, sent once approved,
 * paid), the net in øre and the net per payment group, summed in the database.
 */
public record InstalmentFigure(
    LocalDate instalment, RunState state, long netOre, Map<PaymentGroup, Long> groupOre) {}
