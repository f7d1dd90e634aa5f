package no.imdi.grants.payment.file;

/** A stored file with its bytes, as a download sends them. */
public record PaymentFileDownload(StoredPaymentFile file, byte[] content) {}
