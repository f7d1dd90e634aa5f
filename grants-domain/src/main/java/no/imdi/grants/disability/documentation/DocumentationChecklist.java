package no.imdi.grants.disability.documentation;

import java.util.List;
import java.util.Optional;
import no.imdi.grants.shared.Explanation;

/**
 * The documents an application for T1 or T2 must, may or need not include (R-DOC), in the order of
 * the rule book, with the health documentation accepted for the grant type and year (R-DOC-2) and
 * what must not be attached (R-DOC-8).
 */
public record DocumentationChecklist(
    GrantType grantType,
    int grantYear,
    List<ChecklistItem> items,
    HealthDocumentation healthDocumentation,
    List<NotToAttach> notToAttach,
    Explanation notToAttachReason) {

  public DocumentationChecklist {
    items = List.copyOf(items);
    notToAttach = List.copyOf(notToAttach);
  }

  /** The item of rule {@code id} ("R-DOC-4"), if the checklist has one. */
  public Optional<ChecklistItem> item(String id) {
    return items.stream().filter(item -> item.id().equals(id)).findFirst();
  }

  /** The items the municipality must send: those {@link Requirement#REQUIRED}. */
  public List<ChecklistItem> required() {
    return items.stream().filter(item -> item.requirement() == Requirement.REQUIRED).toList();
  }
}
