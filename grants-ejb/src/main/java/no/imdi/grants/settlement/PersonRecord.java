package no.imdi.grants.settlement;

import java.util.List;

/**
 * What the person page shows: the person, the settlement with its history of moves, the mother (for
 * a child born after her settlement) and the children registered with this person as mother.
 */
public record PersonRecord(
    Person person,
    Settlement settlement,
    List<SettlementMove> moves,
    Person mother,
    List<Settlement> children) {}
