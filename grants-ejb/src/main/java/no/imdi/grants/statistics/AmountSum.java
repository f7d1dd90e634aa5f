package no.imdi.grants.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import no.imdi.grants.payment.PaymentGroup;

/**
 * The payment ledger's amounts of an instalment and payment group (R-PAY-3; the scheme follows from
 * the group), in øre: granted (the lines of approved runs, paid or not yet) and paid (the lines of
 * runs marked paid).
 */
public record AmountSum(
    LocalDate instalment,
    StatisticsScheme scheme,
    PaymentGroup group,
    long grantedOre,
    long paidOre)
    implements Serializable {}
