package no.imdi.grants.settlement;

import java.util.List;

/**
 * What the person page shows: the person, the settlement with its history of moves, the mother (for
 * a child born after her settlement; a placeholder when she lives outside the caller's scope), the
 * reference person a family member was reunified with (R-IG-1; a placeholder the same way), the
 * children registered with this person as mother and the family members reunified with this person
 * (those within the scope).
 */
public record PersonRecord(
    Person person,
    Settlement settlement,
    List<SettlementMove> moves,
    RelatedPerson mother,
    List<Settlement> children,
    RelatedPerson reunifiedWith,
    List<Settlement> reunifiedFamily) {}
