package no.imdi.grants.settlement;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as the start page shows it: when, what, the person (with a link only when the person
 * lives in the caller's municipality now), the other municipality of the move and its date.
 */
public record NoticeView(
    Instant createdAt,
    MunicipalityNotice.Kind kind,
    long personId,
    String personName,
    boolean personVisible,
    String otherMunicipality,
    LocalDate moveDate)
    implements Serializable {}
