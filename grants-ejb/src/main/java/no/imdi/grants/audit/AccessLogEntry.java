package no.imdi.grants.audit;

import java.time.Instant;

/**
 * One read of a person's record as the access-log review shows it: when, who (with the role and
 * municipality the reader had at the time), which person (national id and name, not the record's
 * content), why, and the flags worth a look: a reader outside the person's municipality (at the
 * time of the read) and outside IMDi, a read outside working hours, and the reader's number of
 * reads that day when it is more than the threshold.
 */
public record AccessLogEntry(
    long id,
    Instant accessedAt,
    String username,
    String readerName,
    String readerRole,
    String readerMunicipality,
    long personId,
    String nationalId,
    String personName,
    String personMunicipality,
    String purpose,
    boolean outsideMunicipality,
    boolean outsideWorkingHours,
    long readsThatDay,
    boolean manyReads) {

  public boolean isFlagged() {
    return outsideMunicipality || outsideWorkingHours || manyReads;
  }
}
