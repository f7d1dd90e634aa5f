package no.imdi.grants.security;

import java.util.Optional;

/**
 * Which municipalities' persons and settlements a caller may read and write: all of them (IMDi), or
 * exactly one (a municipality's own staff). Every query of persons and settlements takes a scope,
 * so a query cannot be written without one.
 */
public record MunicipalityScope(String municipalityNumber) {

  public static final MunicipalityScope ALL = new MunicipalityScope(null);

  public static MunicipalityScope only(String municipalityNumber) {
    if (municipalityNumber == null) {
      throw new IllegalArgumentException("A municipality scope names a municipality");
    }
    return new MunicipalityScope(municipalityNumber);
  }

  public Optional<String> restrictedTo() {
    return Optional.ofNullable(municipalityNumber);
  }

  public boolean allows(String number) {
    return municipalityNumber == null || municipalityNumber.equals(number);
  }
}
