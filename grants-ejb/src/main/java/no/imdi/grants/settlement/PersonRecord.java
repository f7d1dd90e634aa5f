package no.imdi.grants.settlement;

import java.util.List;

/**
 * What the person page shows: the person, the settlement with its history of moves, the mother (for
 * a child born after her settlement; a placeholder when she lives outside the caller's scope) and
 * the children registered with this person as mother (those within the scope).
 */
public record PersonRecord(
    Person person,
    Settlement settlement,
    List<SettlementMove> moves,
    RelatedPerson mother,
    List<Settlement> children) {}
