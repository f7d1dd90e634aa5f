package no.imdi.grants.security.sso;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.imdi.grants.security.Role;

/**
 * The role and municipality a login through the identity provider gives, read from the claims'
 * values: exactly one of the application's roles (values are compared without regard to case, and
 * values that name no role are ignored, since a provider often sends other groups too), and for the
 * municipality roles a municipality number of four digits. Anything else is a refusal, never a
 * session with a guessed role.
 */
public record SsoAssignment(Role role, String municipality, SsoRefusal refusal) {

  private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");

  public static SsoAssignment of(List<String> roleValues, String municipalityValue) {
    Set<Role> roles =
        roleValues.stream()
            .filter(v -> v != null)
            .map(v -> v.strip().toUpperCase(Locale.ROOT))
            .flatMap(v -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(v)))
            .collect(Collectors.toSet());
    if (roles.size() != 1) {
      return refused(SsoRefusal.NO_ROLE);
    }
    Role role = roles.iterator().next();
    if (!role.belongsToMunicipality()) {
      return new SsoAssignment(role, null, null);
    }
    String number = municipalityValue == null ? null : municipalityValue.strip();
    if (number == null || !MUNICIPALITY.matcher(number).matches()) {
      return refused(SsoRefusal.NO_MUNICIPALITY);
    }
    return new SsoAssignment(role, number, null);
  }

  private static SsoAssignment refused(SsoRefusal refusal) {
    return new SsoAssignment(null, null, refusal);
  }

  public boolean refused() {
    return refusal != null;
  }
}
