package no.imdi.grants.settlement;

import java.io.Serializable;

/**
 * A person shown beside the one a page is about (the mother of a child born after her settlement,
 * R-T-TG-3; the reference person a family member was reunified with, R-IG-1). When the caller may
 * not see the related person, the page gets {@link #HIDDEN}: that there is someone, and nothing
 * about who.
 */
public record RelatedPerson(Long id, String fullName, String nationalId, boolean hidden)
    implements Serializable {

  public static final RelatedPerson HIDDEN = new RelatedPerson(null, null, null, true);

  static RelatedPerson of(Person person) {
    return new RelatedPerson(person.getId(), person.getFullName(), person.getNationalId(), false);
  }
}
