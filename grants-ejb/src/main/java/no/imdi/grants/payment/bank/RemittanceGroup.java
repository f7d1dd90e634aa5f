package no.imdi.grants.payment.bank;

/**
 * One group of grant codes on a municipality's bank transaction (R-PAY-3), as the remittance
 * information names it: a short code (such as {@code IG1}, {@code IG2-5}, {@code EM}, {@code
 * T1T2}), a text the municipality's accountant reads, and the group's net amount in øre (negative
 * when recoveries exceed it).
 */
public record RemittanceGroup(String code, String text, long amountOre) {}
