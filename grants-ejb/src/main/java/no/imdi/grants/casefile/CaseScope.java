package no.imdi.grants.casefile;

import jakarta.persistence.TypedQuery;
import no.imdi.grants.security.MunicipalityScope;

/**
 * The municipality scope as a clause of a case query: a case belongs to the municipality the person
 * lives in now (the settlement's municipality, which follows a move). Every query of a case or of
 * anything in it adds this clause on the case's alias, so a municipality never reaches another's
 * case, document or message by its id.
 */
public final class CaseScope {

  private CaseScope() {}

  /** The clause for the case alias ({@code c}); bind {@code :scope} with {@link #bind}. */
  public static String clause(MunicipalityScope scope, String caseAlias) {
    return scope.restrictedTo().isPresent()
        ? " and exists (select 1 from Settlement s where s.person = "
            + caseAlias
            + ".person and s.municipality.number = :scope)"
        : " and :scope = ''";
  }

  public static <T> TypedQuery<T> bind(TypedQuery<T> query, MunicipalityScope scope) {
    return query.setParameter("scope", scope.restrictedTo().orElse(""));
  }
}
